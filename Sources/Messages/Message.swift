/// How bad a problem is. An error fails the build; a warning fails it only with `--strict`; a notice
/// is printed and never fails (a state an editor has recorded on purpose, such as dates not yet known).
/// The raw values are the stable words of the JSON format; editors read `dutch`.
public enum MessageSeverity: String, Sendable, CaseIterable {
    case error, warning, notice

    /// The word printed in a diagnostic line: `file:line:column: fout RB104: ...`.
    public var dutch: String {
        switch self {
        case .error: "fout"
        case .warning: "waarschuwing"
        case .notice: "melding"
        }
    }
}

/// One message of the catalogue, filled in: its stable code (such as `RB104`), its severity and the
/// Dutch text an editor reads. Made only by the constructors in this module (one per code, grouped by
/// area in the Messages+*.swift files), so every text an editor sees has a code and an explanation in
/// docs/meldingen.md.
public struct Message: Sendable, Equatable, CustomStringConvertible {
    public let code: String
    public let severity: MessageSeverity
    public let text: String

    init(_ code: String, _ severity: MessageSeverity, _ text: String) {
        self.code = code
        self.severity = severity
        self.text = text
    }

    public var description: String { "\(severity.dutch) \(code): \(text)" }
}

/// Joins names for a message: `a, b en c`.
func dutchList(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " en " + last
}

/// Joins alternatives for a message: `a, b of c`.
func dutchChoice(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " of " + last
}
