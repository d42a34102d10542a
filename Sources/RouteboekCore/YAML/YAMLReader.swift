import Beslisboom
import Yams

/// Reads YAML strictly: every mapping says which keys it allows, an unknown key is an error with a
/// suggestion, and every value keeps its position (file, line, column) for later messages.
final class YAMLReader {
    let file: String
    /// Lines before the YAML text in its file (front matter starts on line 2).
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []
    /// The last line of the text composed (a mark past it is noticed at the end of the file).
    private var lastLine = Int.max
    /// The text composed, to find a word inside a value (`position(of:inValueAt:)`).
    private var text = ""

    /// Yams' `Constructor.default` builds its tables anew on every call, which is every parse; one is
    /// shared instead. Nothing changes it after it is made, and the reader never constructs values with it.
    nonisolated(unsafe) private static let constructor = Constructor()

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// Parses the text; nil (with an error recorded) when it is not valid YAML. An empty text (or one
    /// with only comments) is nil without an error: `isEmpty(_:)` tells the caller, who knows what belongs there.
    func compose(_ text: String) -> Node? {
        lastLine = Self.lastLine(of: text)
        self.text = text
        // libyaml counts U+2028, U+2029 and U+0085 as line ends, editors do not: every line named after
        // one would be wrong. Refused first, at their place as the editor counts it.
        guard !reportLineSeparators(in: text) else { return nil }
        do {
            // UTF-8 given explicitly: Yams' default encoding reads the whole environment on every parse.
            // The basic resolver: values are read as text and typed by YAMLMap, so tag guessing is not needed.
            let parser = try Parser(yaml: text, resolver: .basic, constructor: Self.constructor, encoding: .utf8)
            let root = try parser.singleRoot()
            guard let root else { return nil }
            // The parser holds the anchors; the nodes only point at them weakly.
            let hidden = withExtendedLifetime(parser) { YAMLHiddenText(text: text).find(in: root) }
            for found in hidden { self.record(line: found.line, column: found.column, found.message) }
            return hidden.contains { $0.message.severity == .error } ? nil : root
        } catch let error as YamlError {
            // A U+00A0 where the syntax needs a space makes libyaml fail later, or name the wrong thing:
            // said at its own place instead. Looked for only now: in a text that reads well it is text.
            if !reportNonBreakingSpaces(in: text) { report(error, in: text) }
            return nil
        } catch {
            self.record(line: 1, column: 1, .yamlInvalid(error.localizedDescription))
            return nil
        }
    }

    /// Whether `compose` found no document at all: the text is empty or holds only comments.
    func isEmptyDocument(_ node: Node?) -> Bool { node == nil && diagnostics.isEmpty }

    /// Records an error for each line separator libyaml would count as a line end; true when there was one.
    private func reportLineSeparators(in text: String) -> Bool {
        // A byte test first: the three are the only characters whose UTF-8 form starts E2 80 A8/A9 or C2 85.
        guard text.utf8.contains(0xC2) || text.utf8.contains(0xE2) else { return false }
        var found = false
        for (offset, scalar) in text.unicodeScalars.enumerated() where [0x2028, 0x2029, 0x85].contains(scalar.value) {
            let (line, column) = Self.lineAndColumn(ofScalar: offset, in: text)
            self.record(line: line, column: column, .yamlLineSeparator(String(format: "U+%04X", scalar.value)))
            found = true
        }
        return found
    }

    /// Records an error for each line with a U+00A0 where YAML needs a space; true when there was one.
    private func reportNonBreakingSpaces(in text: String) -> Bool {
        let found = YAMLNonBreakingSpace.find(in: text)
        for place in found { self.record(line: place.line, column: place.column, .yamlNonBreakingSpace()) }
        return !found.isEmpty
    }

    /// 1-based line and column of the Unicode scalar at `offset`, lines ended by "\n" as editors count them.
    static func lineAndColumn(ofScalar offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == offset { break }
            if scalar == "\n" {
                line += 1
                column = 1
            } else if scalar != "\r" {
                column += 1
            }
        }
        return (line, column)
    }

    /// libyaml's problems as one line at the place to fix (never Yams' description, which echoes the raw line).
    private func report(_ error: YamlError, in text: String) {
        switch error {
        case let .reader(problem, offset, value, _):
            let (line, column) = offset.map { Self.lineAndColumn(ofCharacter: $0, in: text) } ?? (1, 1)
            let character = value >= 0 ? String(format: "U+%04X", value) : "een teken"
            if problem.contains("control characters") {
                self.record(line: line, column: column, .yamlControlCharacter(character))
            } else {
                self.record(line: line, column: column, .yamlNotUTF8(problem, character: character))
            }
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // A problem is noticed where libyaml gave up (often the next line, or the end of the file); the
            // context says where the unfinished thing (a key, a quoted text, a list) began.
            let found = YAMLProblem(text: text).explain(problem, at: (mark.line, mark.column), context: context?.text,
                                                        contextMark: context.map { ($0.mark.line, $0.mark.column) })
            self.record(line: min(found.line, lastLine), column: found.column, found.message)
        case let .duplicatedKeysInMapping(duplicates, context):
            self.record(line: context.mark.line, column: context.mark.column,
                       .yamlDuplicateKeys(duplicates.sorted()))
        default:
            self.record(line: 1, column: 1, .yamlInvalid("de tekst kon niet gelezen worden"))
        }
    }

    /// The text's last line: a mark past it (an error noticed at the end of the file) points at it.
    private static func lastLine(of text: String) -> Int {
        var lines = 1
        var last: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { lines += 1 }
            last = byte
        }
        if last == UInt8(ascii: "\n") { lines -= 1 }
        return max(lines, 1)
    }

    /// 1-based line and column of the character at `offset` (Yams counts characters for reader errors).
    static func lineAndColumn(ofCharacter offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        var index = 0
        for character in text {
            if index == offset { break }
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }

    /// A U+00A0 right after a ':' in a scalar found where a key or a mapping belongs (`titel:<U+00A0>x`
    /// read as one text, `{ datum:<U+00A0>2026-04-03 }` as one key): reported at its place; true when so.
    func reportNonBreakingSpace(in node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        let scalars = Array(scalar.string.unicodeScalars)
        guard let offset = scalars.indices.dropLast().first(where: { scalars[$0] == ":" && scalars[$0 + 1] == YAMLNonBreakingSpace.character })
        else { return false }
        let place = position(node)
        diagnostics.append(Diagnostic(file: place.file, line: place.line, column: place.column + offset + 1, .yamlNonBreakingSpace()))
        return true
    }

    func position(_ node: Node?) -> SourcePosition {
        // An empty document's node is marked after its last line ("---" alone): the last line is the place.
        guard let mark = node?.mark, mark.line <= lastLine else {
            return SourcePosition(file: file, line: (node?.mark == nil ? 1 : lastLine) + lineOffset, column: 1)
        }
        return SourcePosition(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// Where `needle` is first written in the value `node`: from the value's start to the first later
    /// line indented no deeper than the value's first line (the next key or list item), so a text that
    /// does not hold it as typed (an escape in a quoted text) gives nil, never a later value's place.
    func position(of needle: String, inValueAt node: Node) -> SourcePosition? {
        let start = position(node)
        let wanted = Array(needle.utf8)
        guard let first = wanted.first else { return nil }
        var text = text
        let found: (line: Int, column: Int)? = text.withUTF8 { bytes in
            // The value's first byte: past start.line - 1 line ends, then start.column - 1 characters.
            var offset = 0, line = 1
            while line < start.line - lineOffset, offset < bytes.count {
                if bytes[offset] == UInt8(ascii: "\n") { line += 1 }
                offset += 1
            }
            var indent = 0
            while offset + indent < bytes.count, bytes[offset + indent] == UInt8(ascii: " ") { indent += 1 }
            var column = 1
            while column < start.column, offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") {
                offset += 1
                while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
                column += 1
            }
            while offset + wanted.count <= bytes.count {
                let byte = bytes[offset]
                if byte == first, bytes[offset..<(offset + wanted.count)].elementsEqual(wanted) { return (line, column) }
                if byte == UInt8(ascii: "\n") {
                    // A line with text at the value's own indentation or less is no part of the value.
                    var spaces = 0
                    while offset + 1 + spaces < bytes.count, bytes[offset + 1 + spaces] == UInt8(ascii: " ") { spaces += 1 }
                    let next = offset + 1 + spaces
                    if next < bytes.count, bytes[next] != UInt8(ascii: "\n"), bytes[next] != UInt8(ascii: "\r"), spaces <= indent { return nil }
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                offset += 1
            }
            return nil
        }
        return found.map { SourcePosition(file: file, line: $0.line + lineOffset, column: $0.column) }
    }

    /// Records a catalogue message at the node (its severity comes from the message).
    func report(_ node: Node?, _ message: Message) {
        diagnostics.append(Diagnostic(at: position(node), message))
    }

    /// Reports Markdown in the plain-text value `text` of `key` (RB741), at the mark itself when it is
    /// written in the file as read (else at the value). `shownIn` says where the text is published
    /// ("in de beslisboom"). True when reported.
    @discardableResult
    func reportMarkdown(in text: String, key: String, at node: Node?, shownIn: String) -> Bool {
        guard let markup = PlainTextMarkup.find(in: text) else { return false }
        let place = node.flatMap { position(of: PlainTextMarkup.needle(for: markup, in: text), inValueAt: $0) } ?? position(node)
        diagnostics.append(Diagnostic(at: place, .plainTextHasMarkdown(key, markup: markup, shownIn: shownIn)))
        return true
    }

    /// Reports a plain text with a comma where a list of words belongs (`spijbelen, spijbelaar`): YAML
    /// reads one text, while the editor meant [spijbelen, spijbelaar]. True when reported.
    func reportListWithoutBrackets(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
              scalar.string.contains(",") else { return false }
        let words = scalar.string.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        report(node, .listWithoutBrackets("[" + words.joined(separator: ", ") + "]"))
        return true
    }

    /// Records a message at a line and column of the text (its severity comes from the message).
    private func record(line: Int, column: Int, _ message: Message) {
        diagnostics.append(Diagnostic(file: file, line: line + lineOffset, column: column, message))
    }
}

/// A mapping read with a fixed set of allowed keys.
struct YAMLMap {
    let node: Node
    private let entries: [String: (key: Node, value: Node)]
    let keysInOrder: [String]
    /// Allowed keys that an unknown key was probably meant to be: a missing one is then reported
    /// once, as the typo, not again as "needs ...".
    private let suggested: Set<String>
    private let reader: YAMLReader

    /// Nil (with an error) when `node` is not a mapping. Unknown keys are reported here;
    /// `aliases` maps likely mistakes (English keys, for instance) to the right key.
    init?(_ node: Node?, _ reader: YAMLReader, what: String, allowed: [String], aliases: [String: String] = [:]) {
        guard let node, case .mapping(let mapping) = node else {
            if let node, reader.reportNonBreakingSpace(in: node) { return nil }
            reader.report(node, .notAMapping(what))
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        var order: [String] = []
        var suggested: Set<String> = []
        for (key, value) in mapping {
            let name = key.string ?? ""
            if entries[name] != nil {
                reader.report(key, .keyTwice(name, in: what))
                continue
            }
            if !allowed.contains(name) {
                if reader.reportNonBreakingSpace(in: key) {
                    // The key meant (`titel` of `titel:<U+00A0>...`) is not reported missing on top of it.
                    suggested.insert(String(name.prefix { $0 != ":" }))
                    continue
                }
                let hint = aliases[name] ?? Spelling.closest(to: name, among: allowed)
                if let hint { suggested.insert(hint) }
                reader.report(key, .unknownKey(name, in: what, suggestion: hint, allowed: allowed))
                continue
            }
            entries[name] = (key, value)
            order.append(name)
        }
        self.node = node
        self.entries = entries
        self.keysInOrder = order
        self.suggested = suggested
        self.reader = reader
    }

    func has(_ key: String) -> Bool { entries[key] != nil }
    func valueNode(_ key: String) -> Node? { entries[key]?.value }
    func keyNode(_ key: String) -> Node? { entries[key]?.key }

    /// A plain-text value (as `string`), with Markdown in it reported (RB741).
    func plainText(_ key: String, required: Bool = false, what: String, shownIn: String) -> String? {
        guard let text = string(key, required: required, what: what) else { return nil }
        reader.reportMarkdown(in: text, key: key, at: valueNode(key), shownIn: shownIn)
        return text
    }

    /// A text value. Numbers and dates are accepted as their text.
    func string(_ key: String, required: Bool = false, what: String) -> String? {
        guard let value = entries[key]?.value else {
            if required && !suggested.contains(key) { reader.report(node, .missingKey(key, in: what)) }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            reader.report(value, .notText(key))
            return nil
        }
        // `~` and `null` written plainly mean "no value" in YAML: an empty text, never the text "~" to publish.
        let text = scalar.isNull ? "" : scalar.string.trimmingWhitespace
        if let control = text.unicodeScalars.first(where: { ControlCharacters.isControl($0) && $0 != "\n" && $0 != "\t" }) {
            reader.report(value, .valueControlCharacter(key, code: "U+" + String(format: "%04X", control.value)))
            return nil
        }
        // Only zero-width characters (U+200B, often pasted from a website) would be an invisible title.
        if required && text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0.properties.generalCategory == .format }) {
            reader.report(value, .emptyValue(key, in: what))
            return nil
        }
        return text
    }

    func int(_ key: String) -> Int? {
        guard let value = entries[key]?.value else { return nil }
        guard case .scalar(let scalar) = value, let number = Int(scalar.string) else {
            reader.report(value, .notWholeNumber(key))
            return nil
        }
        return number
    }

    func bool(_ key: String) -> Bool? {
        guard let value = entries[key]?.value else { return nil }
        guard case .scalar(let scalar) = value else {
            reader.report(value, .notTrueOrFalse(key, written: nil))
            return nil
        }
        switch scalar.string.lowercased() {
        case "true", "ja": return true
        case "false", "nee": return false
        default:
            reader.report(value, .notTrueOrFalse(key, written: scalar.string))
            return nil
        }
    }

    /// A date written as JJJJ-MM-DD.
    func date(_ key: String) -> DayDate? {
        guard let value = entries[key]?.value else { return nil }
        guard case .scalar(let scalar) = value, let date = DayDate(iso: scalar.string) else {
            let written = value.scalar?.string ?? ""
            reader.report(value, Message.nonexistentDate(written, key: key) ?? .notADate(key, meant: DayDate.meant(by: written)?.iso))
            return nil
        }
        return date
    }

    /// A list; a missing key gives an empty list.
    func sequence(_ key: String, required: Bool = false, what: String) -> [Node] {
        guard let value = entries[key]?.value else {
            if required && !suggested.contains(key) { reader.report(node, .missingList(key, in: what)) }
            return []
        }
        if case .scalar(let scalar) = value, scalar.isNull || scalar.string.isEmpty || scalar.string == "[]" { return [] }
        guard case .sequence(let sequence) = value else {
            reader.report(value, .notAList(key))
            return []
        }
        return Array(sequence)
    }

    /// A list of texts; a single text counts as a list of one.
    func strings(_ key: String, what: String) -> [String] {
        guard let value = entries[key]?.value else { return [] }
        if case .scalar(let scalar) = value { return scalar.isNull || scalar.string.isEmpty ? [] : [scalar.string] }
        return sequence(key, what: what).compactMap { item in
            guard case .scalar(let scalar) = item else {
                reader.report(item, .listItemNotText(key))
                return nil
            }
            return scalar.string
        }
    }
}

extension Node.Scalar {
    /// A plain `~`, `null` or empty value: YAML's "nothing".
    var isNull: Bool {
        guard style == .plain || style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(string)
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
