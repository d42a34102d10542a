import Foundation
import Messages

/// libyaml's problem in Dutch, at the place an editor fixes it. libyaml names what its grammar missed
/// ("did not find expected key"); the editor needs the mistake behind it (text after a closing quote, a
/// line indented one space too far), so the common ones are recognised from the line itself and get a
/// message of their own. Every other problem is translated word for word into RB701.
struct YAMLProblem {
    /// The YAML text the marks count in.
    let text: String

    /// The message and its place (1-based line and column in `text`) for a scanner, parser or composer
    /// problem noticed at `mark`, in `context` (which began at `contextMark`).
    func explain(_ problem: String, at mark: (line: Int, column: Int), context: String?,
                 contextMark: (line: Int, column: Int)?) -> (line: Int, column: Int, message: Message) {
        let start = contextMark ?? mark
        switch problem {
        case "could not find expected ':'":
            if let key = blockScalarKey(above: start) { return (start.line, start.column, .yamlBlockScalarIndentation(key)) }
            return (start.line, start.column, .yamlMissingColon())
        case "found character that cannot start any token":
            let character = self.character(at: mark)
            return (mark.line, mark.column, character == "\t" ? .yamlTab() : .yamlBadStart(character.map(String.init) ?? ""))
        case "mapping keys are not allowed in this context":
            return (mark.line, mark.column, .yamlSpecialStart("?", meaning: "het begin van een sleutel"))
        case "did not find expected node content" where character(at: mark).map { ",]}".contains($0) } == true:
            let character = self.character(at: mark) ?? ","
            let meaning = character == "," ? "een komma tussen de items van een lijst" : "het einde van een lijst of blok"
            return (mark.line, mark.column, .yamlSpecialStart(String(character), meaning: meaning))
        case "mapping values are not allowed in this context":
            if let keyColumn = indentedKey(at: mark) { return (mark.line, keyColumn, .yamlIndentation()) }
            if let quote = curlyQuote(before: mark) { return (mark.line, quote.column, .yamlCurlyQuote(String(quote.character))) }
            return (mark.line, mark.column, .yamlColonInValue())
        case "found unexpected end of stream" where context?.contains("quoted scalar") == true,
             "found unexpected document indicator" where context?.contains("quoted scalar") == true:
            return (start.line, start.column, .yamlUnclosedQuote())
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            return (mark.line, mark.column, .yamlTab())
        case "found unknown escape character", "did not find expected hexdecimal number", "found invalid Unicode character escape code":
            let escape = escapeSequence(before: mark)
            return (escape.line, escape.column, .yamlEscape(escape.written))
        case "did not find expected comment or line break" where context == "while scanning a block scalar",
             "found an indentation indicator equal to 0":
            return (mark.line, mark.column, .yamlBlockScalarHeader())
        case "did not find expected ',' or ']'":
            return (start.line, start.column, .yamlUnclosedFlow("[", "]"))
        case "did not find expected ',' or '}'":
            return (start.line, start.column, .yamlUnclosedFlow("{", "}"))
        case "did not find expected key", "did not find expected '-' indicator":
            return (mark.line, mark.column, misplacedLine(at: mark, inMapping: problem == "did not find expected key"))
        case "block sequence entries are not allowed in this context":
            return (mark.line, mark.column, .yamlSpecialStart("-", meaning: "een lijstitem"))
        case "found undefined alias":
            return (mark.line, mark.column, .yamlSpecialStart(word(at: mark), meaning: Self.aliasMeaning))
        case "but found another document":
            return (mark.line, mark.column, .yamlSecondDocument())
        case _ where context == "while scanning an anchor":
            return (start.line, start.column, .yamlSpecialStart(word(at: start), meaning: Self.anchorMeaning))
        case _ where context == "while scanning an alias":
            return (start.line, start.column, .yamlSpecialStart(word(at: start), meaning: Self.aliasMeaning))
        case _ where context == "while scanning a tag" || context == "while parsing a tag"
            || problem == "found undefined tag handle":
            return (start.line, start.column, .yamlSpecialStart(word(at: start), meaning: Self.tagMeaning))
        default:
            let place = context.flatMap { Self.contexts[$0] }.map { " (\($0))" } ?? ""
            let what = Self.problems[problem] ?? "de YAML-lezer meldt '\(problem)'"
            return (mark.line, mark.column, .yamlInvalid(what + place))
        }
    }

    static let tagMeaning = "een label (tag)"
    static let anchorMeaning = "een anker"
    static let aliasMeaning = "een verwijzing naar een anker"

    /// "did not find expected key": text after a closed quote or bracket, a list item among keys, or a
    /// line indented differently from its block.
    private func misplacedLine(at mark: (line: Int, column: Int), inMapping: Bool) -> Message {
        let line = self.line(mark.line)
        let before = line.prefix(max(mark.column - 1, 0)).reversed().drop { $0 == " " }
        if let closer = before.first, "\"']}".contains(closer), before.dropFirst().contains(where: { $0 != " " }) {
            switch closer {
            case "\"": return .yamlTextAfterClosedValue("het afsluitende aanhalingsteken", quotes: "enkele aanhalingstekens")
            case "'": return .yamlTextAfterClosedValue("het afsluitende aanhalingsteken", quotes: "dubbele aanhalingstekens")
            default: return .yamlTextAfterClosedValue("de afsluitende '\(closer)'", quotes: "aanhalingstekens")
            }
        }
        let trimmed = line.drop { $0 == " " }
        if inMapping, trimmed == "-" || trimmed.hasPrefix("- ") { return .yamlListItemInMapping() }
        return .yamlIndentation()
    }

    /// The key of a block text (`uitleg: >-`, `wat: |`) on the last non-blank line above `mark`, when the
    /// line at `mark` is indented no further than that key: the editor meant it as the text's next line,
    /// but YAML ends the (empty) text there and reads the line as a key without ':'.
    private func blockScalarKey(above mark: (line: Int, column: Int)) -> String? {
        let indent = line(mark.line).prefix { $0 == " " }.count
        var number = mark.line - 1
        while number > 0, line(number).allSatisfy({ $0 == " " }) { number -= 1 }
        guard number > 0 else { return nil }
        var above = line(number)
        let comment = above.range(of: " #").map { above[..<$0.lowerBound] }
        if let comment { above = comment }
        var keyColumn = above.prefix { $0 == " " }.count
        var rest = above.dropFirst(keyColumn)
        if rest.hasPrefix("- ") {
            rest = rest.dropFirst(2)
            keyColumn += 2
        }
        guard let colon = rest.range(of: ": ") else { return nil }
        let key = rest[..<colon.lowerBound]
        let header = rest[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, !key.contains(" "), let first = header.first, first == ">" || first == "|",
              header.dropFirst().allSatisfy({ "+-123456789".contains($0) }), indent <= keyColumn else { return nil }
        return "\(key): \(header)"
    }

    /// The key's column when the ':' at `mark` ends a key alone on an indented line (`  volgorde: 3`
    /// under `titel: x`): libyaml reads the line as the value above going on, but the editor meant a key
    /// of the block.
    private func indentedKey(at mark: (line: Int, column: Int)) -> Int? {
        let before = line(mark.line).prefix(max(mark.column - 1, 0))
        guard before.first == " " else { return nil }
        let key = before.drop { $0 == " " }
        guard !key.isEmpty, !key.hasPrefix("-"), !key.contains(" ") else { return nil }
        return before.count - key.count + 1
    }

    /// Quotes Word types that YAML reads as text.
    static let curlyQuotes: Set<Character> = ["“", "”", "‘", "’", "„", "‚", "«", "»"]

    /// The curly quote a value starts with when its ': ' at `mark` is refused: the editor did quote the
    /// value, with quotes YAML does not know (`titel: “Privacy: wat mag je delen?”`).
    private func curlyQuote(before mark: (line: Int, column: Int)) -> (character: Character, column: Int)? {
        let before = Array(line(mark.line).prefix(max(mark.column - 1, 0)))
        // The value starts after the line's first ': ' (its key's) or after a list item's '- '.
        var start = before.prefix { $0 == " " }.count
        if start + 1 < before.count, before[start] == "-", before[start + 1] == " " { start += 2 }
        if let colon = before.indices.dropFirst(start).first(where: { $0 + 1 < before.count && before[$0] == ":" && before[$0 + 1] == " " }) {
            start = colon + 2
        }
        while start < before.count, before[start] == " " { start += 1 }
        guard start < before.count, Self.curlyQuotes.contains(before[start]) else { return nil }
        // A Dutch apostrophe ('’s Ochtends', '’t Is') is no quote: one or two letters and a space follow it.
        let line = Array(line(mark.line))
        if before[start] == "’", start + 2 < line.count {
            let letters = line[(start + 1)...].prefix { $0.isLetter }
            if (1...2).contains(letters.count), start + 1 + letters.count < line.count, line[start + 1 + letters.count] == " " { return nil }
        }
        return (before[start], start + 1)
    }

    /// The escape sequence a problem in a double-quoted text points into: from its backslash, the
    /// letter after it and any hexadecimal digits.
    private func escapeSequence(before mark: (line: Int, column: Int)) -> (line: Int, column: Int, written: String) {
        let characters = Array(line(mark.line))
        let limit = min(max(mark.column - 1, 0), characters.count - 1)
        guard limit >= 0, let backslash = characters[...limit].lastIndex(of: "\\") else {
            return (mark.line, mark.column, "\\")
        }
        var written = "\\"
        var index = backslash + 1
        if index < characters.count {
            written.append(characters[index])
            index += 1
        }
        if "xuU".contains(written.last ?? " ") {
            while index < characters.count, characters[index].isHexDigit {
                written.append(characters[index])
                index += 1
            }
        }
        return (mark.line, backslash + 1, written)
    }

    /// The character at `mark`, nil past its line's end.
    func character(at mark: (line: Int, column: Int)) -> Character? {
        line(mark.line).dropFirst(max(mark.column - 1, 0)).first
    }

    /// The word that starts at `mark` (up to a space or the line's end), as the editor wrote it.
    func word(at mark: (line: Int, column: Int)) -> String {
        let word = line(mark.line).dropFirst(max(mark.column - 1, 0)).prefix { $0 != " " && $0 != "\t" }
        return word.isEmpty ? "" : String(word)
    }

    private func line(_ number: Int) -> Substring {
        var current = 1
        var start = text.startIndex
        while current < number, let end = text[start...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) {
            start = text.index(after: end)
            current += 1
        }
        guard current == number else { return "" }
        let end = text[start...].firstIndex { $0 == "\n" || $0 == "\r\n" || $0 == "\r" } ?? text.endIndex
        return text[start..<end]
    }

    /// libyaml's other problems, in Dutch.
    static let problems: [String: String] = [
        "found unexpected end of stream": "het bestand houdt op midden in een waarde",
        "found unexpected document indicator": "een regel '---' of '...' staat midden in een tekst",
        "did not find expected node content": "hier ontbreekt een waarde",
        "did not find expected <document start>": "hier begint iets wat niet bij de regels erboven hoort (bijvoorbeeld een regel die met '%' begint)",
        "did not find expected <stream-start>": "het begin van de tekst kon niet gelezen worden",
        "found unexpected ':'": "hier staat een ':' waar YAML er geen verwacht; zet de tekst tussen aanhalingstekens",
        "did not find expected comment or line break": "na deze regel mag alleen commentaar (# ...) staan",
        "did not find expected whitespace or line break": "hier hoort een spatie of het einde van de regel",
        "did not find expected whitespace": "hier hoort een spatie",
        "found unknown directive name": "een regel die met '%' begint is een opdracht die YAML niet kent",
        "could not find expected directive name": "na '%' aan het begin van de regel verwacht YAML een opdracht",
        "found duplicate %YAML directive": "de opdracht %YAML staat er twee keer",
        "found duplicate %TAG directive": "de opdracht %TAG staat er twee keer",
        "found incompatible YAML document": "dit document is voor een YAML-versie die de lezer niet kent",
        "found extremely long version number": "het versienummer na %YAML is te lang",
        "did not find expected version number": "na %YAML hoort een versienummer",
        "did not find expected digit or '.' character": "in het versienummer na %YAML horen alleen cijfers en een punt",
        "found unexpected non-alphabetical character": "in een opdracht die met '%' begint staat een teken dat er niet hoort",
        "Maximum nesting level reached, set with yaml_set_max_nest_level())": "de waarden zijn te diep in elkaar gezet",
    ]

    /// libyaml's contexts ("while parsing ..."), in Dutch.
    static let contexts: [String: String] = [
        "while scanning a quoted scalar": "in een tekst tussen aanhalingstekens",
        "while parsing a quoted scalar": "in een tekst tussen aanhalingstekens",
        "while scanning a plain scalar": "in een tekst",
        "while scanning a block scalar": "in een tekst na '|' of '>'",
        "while scanning a simple key": "in een sleutel",
        "while parsing a block mapping": "in een blok regels 'sleutel: waarde'",
        "while parsing a block collection": "in een lijst",
        "while parsing a flow sequence": "in een lijst [a, b]",
        "while parsing a flow mapping": "in een blok {a: b}",
        "while scanning a directive": "in een regel die met '%' begint",
        "while scanning a %YAML directive": "in een regel die met '%YAML' begint",
        "while scanning a %TAG directive": "in een regel die met '%TAG' begint",
        "while scanning a tag directive": "in een regel die met '%TAG' begint",
        "while parsing a tag directive": "in een regel die met '%TAG' begint",
        "while parsing a %TAG directive": "in een regel die met '%TAG' begint",
    ]
}
