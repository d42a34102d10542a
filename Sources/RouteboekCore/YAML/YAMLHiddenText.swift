import Messages
import Yams

/// Text an editor wrote that valid YAML leaves out of the value, without a word: a word read as a tag
/// (`titel: !Belangrijk toets` is "toets") or an anchor (`&co`), an error; and a comment after a value on
/// its line that may have been meant as text, a warning, since a comment may be meant too: one that reads
/// as text (`titel: Tip #1 voor mentoren` is "Tip"), or any comment after a text (`titel: Stap 2 # van 5`
/// is "Stap 2"). A comment after a number, a date or ja/nee (`volgorde: 3  # na de inleiding`) is left alone.
struct YAMLHiddenText {
    let text: String

    struct Found {
        var line: Int
        var column: Int
        var message: Message
    }

    /// Everything hidden in the document, in the order of the text.
    func find(in root: Node) -> [Found] {
        // Only a text with a '#' can hide a comment: most front matter is read without splitting it.
        let lines = text.utf8.contains(UInt8(ascii: "#")) ? text.split(separator: "\n", omittingEmptySubsequences: false) : []
        var found: [Found] = []
        walk(root, lines: lines, into: &found)
        // An alias repeats the node it names, with that node's place: one message per place.
        var places = Set<[Int]>()
        return found.filter { places.insert([$0.line, $0.column]).inserted }
    }

    private func walk(_ node: Node, lines: [Substring], into found: inout [Found]) {
        switch node {
        case .scalar(let scalar):
            if let property = property(tag: scalar.tag, anchor: scalar.anchor, at: node.mark) {
                found.append(property)
            } else if scalar.style == .plain, let comment = comment(after: scalar, lines: lines) {
                found.append(comment)
            }
        case .mapping(let mapping):
            if let property = property(tag: mapping.tag, anchor: mapping.anchor, at: node.mark) { found.append(property) }
            for (key, value) in mapping {
                walk(key, lines: lines, into: &found)
                walk(value, lines: lines, into: &found)
            }
        case .sequence(let sequence):
            if let property = property(tag: sequence.tag, anchor: sequence.anchor, at: node.mark) { found.append(property) }
            for item in sequence { walk(item, lines: lines, into: &found) }
        case .alias:
            break
        }
    }

    /// A tag of the editor's own (YAML's `!!str` keeps the value whole) or an anchor.
    private func property(tag: Tag, anchor: Anchor?, at mark: Mark?) -> Found? {
        let ownTag = !tag.rawValue.isEmpty && !tag.rawValue.hasPrefix("tag:yaml.org,2002:")
        guard ownTag || anchor != nil, let mark else { return nil }
        // libyaml reads an anchor before a tag: the word at the node's start is the one to name.
        let written = YAMLProblem(text: text).word(at: (mark.line, mark.column))
        let meaning = written.hasPrefix("&") ? YAMLProblem.anchorMeaning : YAMLProblem.tagMeaning
        return Found(line: mark.line, column: mark.column, message: .yamlSpecialStart(written, meaning: meaning))
    }

    /// A `#` comment after a plain one-line value, on the value's line (columns count Unicode scalars, as
    /// libyaml's marks do).
    private func comment(after scalar: Node.Scalar, lines: [Substring]) -> Found? {
        guard let mark = scalar.mark, !scalar.string.isEmpty, !scalar.string.utf8.contains(UInt8(ascii: "\n")),
              mark.line >= 1, mark.line <= lines.count,
              // Most value lines have no '#' at all: they are not copied into scalars below.
              lines[mark.line - 1].utf8.contains(UInt8(ascii: "#")) else { return nil }
        let line = Array(lines[mark.line - 1].unicodeScalars)
        let value = Array(scalar.string.unicodeScalars)
        let start = mark.column - 1
        guard start >= 0, start + value.count <= line.count, Array(line[start..<start + value.count]) == value else { return nil }
        var index = start + value.count
        while index < line.count, line[index] == " " || line[index] == "\t" { index += 1 }
        guard index > start + value.count, index < line.count, line[index] == "#" else { return nil }
        // `# note` is how comments are written, and after a number or a date that is what it is; `#1` or
        // `#thuiszitten`, or anything after a text, may be meant as part of the text.
        let readsAsComment = index + 1 >= line.count || line[index + 1] == " " || line[index + 1] == "\t"
        guard !readsAsComment || Self.isText(scalar.string) else { return nil }
        guard index + 1 < line.count else { return nil }
        var comment = String(String.UnicodeScalarView(line[index...]))
        if comment.hasSuffix("\r") { comment.removeLast() }
        return Found(line: mark.line, column: index + 1, message: .yamlInlineComment(scalar.string, comment: comment))
    }

    /// Whether a plain value is text rather than a number, a date, a time, a yes or no, or nothing.
    static func isText(_ value: String) -> Bool {
        let notText: Set<String> = ["ja", "nee", "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]
        if notText.contains(value.lowercased()) { return false }
        // Numbers (`3`, `-1.5`, `1_000`), dates (`2026-11-30`) and times (`12:30`): digits with their marks.
        return !value.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || "+-._:".unicodeScalars.contains($0) }
    }
}
