/// The theme's own files (CSS, JavaScript, SVG) are copied as they are; an empty or truncated one
/// gives pages without style or a decision tool that does nothing, with no warning (issue 11,
/// defect 11). These checks catch a file that is empty or cut short: brackets, strings and comments
/// that are opened and never closed. They are not a full parser: they only count what must balance.
enum ThemeAssetCheck {
    struct Problem: Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    static func problem(in bytes: [UInt8], name: String) -> Problem? {
        let lower = name.lowercased()
        let checked = lower.hasSuffix(".css") || lower.hasSuffix(".js") || lower.hasSuffix(".svg")
        if bytes.isEmpty || (checked && bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 })) {
            return Problem(line: 1, column: 1, message: "het bestand is leeg; zet het terug (anders komen pagina's zonder online)")
        }
        guard checked else { return nil }
        guard case .success(let text) = TextFile.decode(bytes) else { return nil }
        if lower.hasSuffix(".svg") { return svgProblem(text) }
        return bracketProblem(Array(text), javaScript: lower.hasSuffix(".js"))
    }

    private static func svgProblem(_ text: String) -> Problem? {
        guard text.contains("<svg") else { return Problem(line: 1, column: 1, message: "dit SVG-bestand heeft geen element <svg>") }
        let trimmed = text.trimmingWhitespace
        if !trimmed.hasSuffix("</svg>") {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return Problem(line: max(lines.count, 1), column: (lines.last?.count ?? 0) + 1,
                           message: "dit SVG-bestand eindigt niet met </svg> (is het afgekapt?)")
        }
        return nil
    }

    /// Brackets must close in order, outside strings and comments; strings and comments must end.
    private static func bracketProblem(_ characters: [Character], javaScript: Bool) -> Problem? {
        var stack: [(character: Character, line: Int, column: Int)] = []
        var line = 1
        var column = 1
        var index = 0
        /// The last character that was not a space or a comment: decides whether `/` starts a regex.
        var previous: Character?
        var previousWord = ""
        var wordEnded = false
        let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{"]

        func step() {
            if characters[index] == "\n" || characters[index] == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        func at(_ offset: Int) -> Character? { index + offset < characters.count ? characters[index + offset] : nil }

        while index < characters.count {
            let character = characters[index]
            let (startLine, startColumn) = (line, column)
            if character == "/" && at(1) == "*" {
                step(); step()
                while index < characters.count && !(characters[index] == "*" && at(1) == "/") { step() }
                guard index < characters.count else {
                    return Problem(line: startLine, column: startColumn, message: "dit commentaar wordt nooit gesloten met '*/' (is het bestand afgekapt?)")
                }
                step(); step()
                continue
            }
            if javaScript && character == "/" && at(1) == "/" {
                while index < characters.count && characters[index] != "\n" && characters[index] != "\r\n" { step() }
                continue
            }
            if character == "\"" || character == "'" || (javaScript && character == "`") {
                step()
                var closed = false
                while index < characters.count {
                    let inner = characters[index]
                    if inner == "\\" { step(); if index < characters.count { step() }; continue }
                    if inner == character { step(); closed = true; break }
                    if character != "`" && (inner == "\n" || inner == "\r\n") { break }
                    step()
                }
                guard closed else {
                    return Problem(line: startLine, column: startColumn, message: "deze tekst tussen aanhalingstekens wordt nooit gesloten (is het bestand afgekapt?)")
                }
                previous = character
                previousWord = ""
                continue
            }
            if javaScript && character == "/" && startsRegex(after: previous, word: previousWord) {
                step()
                var inClass = false
                var closed = false
                while index < characters.count {
                    let inner = characters[index]
                    if inner == "\\" { step(); if index < characters.count { step() }; continue }
                    if inner == "\n" || inner == "\r\n" { break }
                    if inner == "[" { inClass = true } else if inner == "]" { inClass = false }
                    step()
                    if inner == "/" && !inClass { closed = true; break }
                }
                guard closed else {
                    return Problem(line: startLine, column: startColumn, message: "deze reguliere expressie wordt nooit gesloten met '/' (is het bestand afgekapt?)")
                }
                while index < characters.count, characters[index].isLetter { step() }
                previous = "/"
                previousWord = ""
                continue
            }
            if character == "(" || character == "[" || character == "{" {
                stack.append((character, line, column))
            } else if let opener = pairs[character] {
                guard let last = stack.popLast(), last.character == opener else {
                    return Problem(line: line, column: column, message: "'\(character)' sluit een haakje dat hier nooit geopend is")
                }
            }
            if character.isWhitespace {
                wordEnded = true
            } else {
                if isIdentifier(character) {
                    previousWord = !wordEnded && previous.map(isIdentifier) == true ? previousWord + String(character) : String(character)
                } else {
                    previousWord = ""
                }
                previous = character
                wordEnded = false
            }
            step()
        }
        if let open = stack.last {
            return Problem(line: open.line, column: open.column, message: "'\(open.character)' wordt nooit gesloten (is het bestand afgekapt?)")
        }
        return nil
    }

    private static func isIdentifier(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "$"
    }

    /// Whether a `/` after this token begins a regular expression rather than a division.
    private static func startsRegex(after previous: Character?, word: String) -> Bool {
        guard let previous else { return true }
        if previous.isLetter || previous.isNumber || previous == "_" || previous == "$" {
            return ["return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw"].contains(word)
        }
        return !(previous == ")" || previous == "]" || previous == "}" || previous == "\"" || previous == "'" || previous == "`")
    }
}
