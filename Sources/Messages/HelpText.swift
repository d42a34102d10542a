/// swift-argument-parser's help screens (`--help`, `routeboek help build`) in Dutch, as the editor reads
/// every other message of routeboek. The commands' own texts are written in Dutch where they are declared;
/// this puts the parser's fixed words (headers, "(default: ...)", the help flag) in Dutch and wraps the
/// lines. It takes the help rendered without wrapping, so a phrase is never split over two lines before it
/// is translated. A line it does not know stays as it was.
public enum HelpText {
    /// Where an option's help starts, as ArgumentParser lays it out (`labelColumnWidth`).
    static let helpColumn = 26

    public static func dutch(_ unwrapped: String, width: Int = 80) -> String {
        unwrapped.split(separator: "\n", omittingEmptySubsequences: false)
            .map { dutchLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    private static let headers: [(english: String, dutch: String)] = [
        ("OVERVIEW: ", "OVERZICHT: "),
        ("USAGE: ", "GEBRUIK: "),
        ("ARGUMENTS:", "ARGUMENTEN:"),
        ("OPTIONS:", "OPTIES:"),
        ("SUBCOMMANDS:", "COMMANDO'S:"),
    ]

    /// Fixed phrases inside a line, in the order they are replaced.
    private static let phrases: [(english: String, dutch: String)] = [
        ("Show help information.", "Toon deze uitleg."),
        ("(default as flag: ", "(standaard als vlag: "),
        ("; default as flag: ", "; standaard als vlag: "),
        ("(default: ", "(standaard: "),
        ("; default: ", "; standaard: "),
        ("(values: ", "(waarden: "),
        ("<subcommand>", "<commando>"),
    ]

    private static func dutchLine(_ line: String, width: Int) -> String {
        for header in headers where line.hasPrefix(header.english) {
            let text = header.dutch + translatingPhrases(String(line.dropFirst(header.english.count)))
            // The usage continues under its first word, the overview at the line's start.
            let hanging = header.english == "USAGE: " ? header.dutch.count : 0
            return wrap(text, keeping: header.dutch.count, hanging: hanging, width: width, keepingBracketsWhole: hanging > 0)
        }
        if line.hasPrefix("  See '"), line.hasSuffix("' for detailed help.") {
            let command = line.dropFirst("  See '".count).dropLast("' for detailed help.".count)
            return "  Uitleg per commando: '\(translatingPhrases(String(command)))'."
        }
        let line = defaultSubcommandLabel(translatingPhrases(line))
        let indent = line.prefix { $0 == " " }.count
        let start = helpStart(of: line) ?? indent
        return wrap(line, keeping: start, hanging: start, width: width)
    }

    private static func translatingPhrases(_ text: String) -> String {
        var text = text
        for phrase in phrases { text = text.replacingAll(phrase.english, with: phrase.dutch) }
        return text
    }

    /// `  build (default)         ...`: the default subcommand, its label two letters longer in Dutch and
    /// its help still in the help column.
    private static func defaultSubcommandLabel(_ line: String) -> String {
        guard line.hasPrefix("  ") else { return line }
        return line.replacingAll(" (default)  ", with: " (standaard)")
    }

    /// Where the help text of an option or command line starts: the help column, after the label and its
    /// gap. Nil for a line not laid out so (a label too long for the column has its help on the next line).
    private static func helpStart(of line: String) -> Int? {
        let characters = Array(line)
        guard characters.count > helpColumn, characters[0] == " ", characters[1] == " ", characters[2] != " ",
              characters[helpColumn - 1] == " ", characters[helpColumn] != " " else { return nil }
        return helpColumn
    }

    /// `text` with its first `keeping` characters as they are (an indentation, a label and its gap) and the
    /// rest broken at spaces into lines of at most `width` characters (a longer word stays whole); lines
    /// after the first start `hanging` spaces in.
    /// `keepingBracketsWhole`: a usage's `[--format <vorm>]` is not broken inside its brackets.
    private static func wrap(_ text: String, keeping: Int, hanging: Int, width: Int, keepingBracketsWhole: Bool = false) -> String {
        guard text.count > width else { return text }
        var lines: [String] = []
        var current = String(text.prefix(keeping))
        var currentHasWord = false
        let words = text.dropFirst(keeping).split(separator: " ").map(String.init)
        for word in keepingBracketsWhole ? bracketGroups(words) : words {
            if currentHasWord, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(repeating: " ", count: hanging)
                currentHasWord = false
            }
            current += (currentHasWord ? " " : "") + word
            currentHasWord = true
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}

/// Words joined so that each `[...]` group is one (nested brackets counted).
private func bracketGroups(_ words: [String]) -> [String] {
    var groups: [String] = []
    var depth = 0
    for word in words {
        if depth > 0, let last = groups.popLast() { groups.append(last + " " + word) } else { groups.append(word) }
        depth += word.filter { $0 == "[" }.count - word.filter { $0 == "]" }.count
        depth = max(depth, 0)
    }
    return groups
}

private extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
