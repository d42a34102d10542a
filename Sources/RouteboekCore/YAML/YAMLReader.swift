import Beslisboom
import Yams

/// Reads YAML strictly: every mapping says which keys it allows, an unknown key is an error with a
/// suggestion, and every value keeps its position (file, line, column) for later messages.
final class YAMLReader {
    let file: String
    /// Lines before the YAML text in its file (front matter starts on line 2).
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// Parses the text; nil (with an error recorded) when it is not valid YAML.
    func compose(_ text: String) -> Node? {
        do {
            // UTF-8 given explicitly: Yams' default encoding reads the whole environment on every parse.
            // The basic resolver: values are read as text and typed by YAMLMap, so tag guessing is not needed.
            return try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot()
        } catch let error as YamlError {
            switch error {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
                 let .composer(context, problem, mark, _):
                let where_ = context.map { " (\($0.text))" } ?? ""
                self.error(line: mark.line, column: mark.column, "invalid YAML: \(problem)\(where_)")
            case let .duplicatedKeysInMapping(duplicates, context):
                self.error(line: context.mark.line, column: context.mark.column,
                           "key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) appears twice; keep one")
            default:
                self.error(line: 1, column: 1, "invalid YAML: \(error)")
            }
            return nil
        } catch {
            self.error(line: 1, column: 1, "invalid YAML: \(error)")
            return nil
        }
    }

    func position(_ node: Node?) -> SourcePosition {
        SourcePosition(file: file, line: (node?.mark?.line ?? 1) + lineOffset, column: node?.mark?.column ?? 1)
    }

    func error(_ node: Node?, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: position(node), message))
    }

    func warning(_ node: Node?, _ message: String) {
        diagnostics.append(Diagnostic(.warning, at: position(node), message))
    }

    private func error(line: Int, column: Int, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, line: line + lineOffset, column: column, message))
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
            reader.error(node, "\(what) must be a set of 'key: value' lines")
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        var order: [String] = []
        var suggested: Set<String> = []
        for (key, value) in mapping {
            let name = key.string ?? ""
            if entries[name] != nil {
                reader.error(key, "key '\(name)' appears twice in \(what); keep one")
                continue
            }
            if !allowed.contains(name) {
                let hint = aliases[name] ?? Spelling.closest(to: name, among: allowed)
                if let hint { suggested.insert(hint) }
                let suggestion = hint.map { "; did you mean '\($0)'?" } ?? ""
                reader.error(key, "unknown key '\(name)' in \(what)\(suggestion) (allowed: \(allowed.joined(separator: ", ")))")
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

    /// A text value. Numbers and dates are accepted as their text.
    func string(_ key: String, required: Bool = false, what: String) -> String? {
        guard let value = entries[key]?.value else {
            if required && !suggested.contains(key) { reader.error(node, "\(what) needs '\(key)'") }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            reader.error(value, "'\(key)' must be text, not a list or a mapping")
            return nil
        }
        let text = scalar.string.trimmingWhitespace
        if text.isEmpty && required {
            reader.error(value, "'\(key)' is empty; \(what) needs a value")
            return nil
        }
        return text
    }

    func int(_ key: String) -> Int? {
        guard let value = entries[key]?.value else { return nil }
        guard case .scalar(let scalar) = value, let number = Int(scalar.string) else {
            reader.error(value, "'\(key)' must be a whole number, such as 3")
            return nil
        }
        return number
    }

    func bool(_ key: String) -> Bool? {
        guard let value = entries[key]?.value else { return nil }
        guard case .scalar(let scalar) = value else {
            reader.error(value, "'\(key)' must be true or false")
            return nil
        }
        switch scalar.string.lowercased() {
        case "true", "ja": return true
        case "false", "nee": return false
        default:
            reader.error(value, "'\(key)' must be true or false, not '\(scalar.string)'")
            return nil
        }
    }

    /// A date written as JJJJ-MM-DD.
    func date(_ key: String) -> DayDate? {
        guard let value = entries[key]?.value else { return nil }
        guard case .scalar(let scalar) = value, let date = DayDate(iso: scalar.string) else {
            reader.error(value, "'\(key)' must be a date written as JJJJ-MM-DD, such as 2026-11-20")
            return nil
        }
        return date
    }

    /// A list; a missing key gives an empty list.
    func sequence(_ key: String, required: Bool = false, what: String) -> [Node] {
        guard let value = entries[key]?.value else {
            if required && !suggested.contains(key) { reader.error(node, "\(what) needs '\(key)' (a list)") }
            return []
        }
        if case .scalar(let scalar) = value, scalar.string.isEmpty || scalar.string == "[]" { return [] }
        guard case .sequence(let sequence) = value else {
            reader.error(value, "'\(key)' must be a list (lines starting with '- ', or [a, b])")
            return []
        }
        return Array(sequence)
    }

    /// A list of texts; a single text counts as a list of one.
    func strings(_ key: String, what: String) -> [String] {
        guard let value = entries[key]?.value else { return [] }
        if case .scalar(let scalar) = value { return scalar.string.isEmpty ? [] : [scalar.string] }
        return sequence(key, what: what).compactMap { item in
            guard case .scalar(let scalar) = item else {
                reader.error(item, "each item of '\(key)' must be text")
                return nil
            }
            return scalar.string
        }
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
