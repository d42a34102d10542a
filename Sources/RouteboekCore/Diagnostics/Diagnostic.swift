import Beslisboom
@_exported import Messages

/// One problem found in an editor's input, printed as `file:line:column: fout RB104: bericht`
/// (the format CI annotators read; the code is the message's entry in docs/meldingen.md). Always one line: control characters in the file name or the
/// message (a newline in a file name, an ESC copied from a YAML value) are shown escaped when printed;
/// the stored values stay as they are, so every other format (JSON, GitHub) escapes them its own way.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// An error fails the build; a warning fails it only with `--strict`; a notice is printed and
    /// never fails (a state an editor has recorded on purpose, such as dates not yet known).
    public typealias Severity = MessageSeverity

    public var severity: Severity
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    /// The message's code in the catalogue (`RB104`); nil only for a diagnostic read from an older
    /// report that had none.
    public var code: String?

    public init(_ severity: Severity, file: String, line: Int = 1, column: Int = 1, _ message: String, code: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = max(line, 1)
        self.column = max(column, 1)
        self.message = message
        self.code = code
    }

    public init(_ severity: Severity, at position: SourcePosition, _ message: String) {
        self.init(severity, file: position.file, line: position.line, column: position.column, message)
    }

    /// A catalogue message at a place: severity, code and text come from the message.
    public init(file: String, line: Int = 1, column: Int = 1, _ message: Message) {
        self.init(message.severity, file: file, line: line, column: column, message.text, code: message.code)
    }

    public init(at position: SourcePosition, _ message: Message) {
        self.init(file: position.file, line: position.line, column: position.column, message)
    }

    /// The order diagnostics are listed in: by file, position and message, then (for the same message at
    /// the same place) by severity and code.
    static func precedes(_ first: Diagnostic, _ second: Diagnostic) -> Bool {
        if first.file != second.file { return first.file < second.file }
        if first.line != second.line { return first.line < second.line }
        if first.column != second.column { return first.column < second.column }
        if first.message != second.message { return first.message < second.message }
        if first.severity != second.severity { return first.severity.rawValue < second.severity.rawValue }
        return (first.code ?? "") < (second.code ?? "")
    }

    public var description: String {
        let label = code.map { "\(severity.dutch) \($0)" } ?? severity.dutch
        return "\(ControlCharacters.escaped(file)):\(line):\(column): \(label): \(ControlCharacters.escaped(message))"
    }
}

/// Collects diagnostics from every phase (and from several threads) so a build reports all problems at once.
public final class DiagnosticLog: @unchecked Sendable {
    private let lock = NSLockLike()
    private var stored: [Diagnostic] = []
    /// What was added, in the order it came (`all` sorts it).
    var items: [Diagnostic] { lock.withLock { stored } }

    public init() {}

    public func add(_ diagnostic: Diagnostic) { lock.withLock { stored.append(diagnostic) } }
    public func add(contentsOf diagnostics: [Diagnostic]) { lock.withLock { stored.append(contentsOf: diagnostics) } }
    public func add(_ file: String, line: Int = 1, column: Int = 1, _ message: Message) {
        add(Diagnostic(file: file, line: line, column: column, message))
    }

    /// Sorted by file, then position, so output is stable across parallel runs. The same problem
    /// reported twice (by two workers, or by a check and the render pass) is listed once.
    public var all: [Diagnostic] {
        // Sorted on every field, so equal diagnostics end up side by side and the first of each is kept.
        let sorted = lock.withLock { stored }.sorted(by: Diagnostic.precedes)
        var unique: [Diagnostic] = []
        unique.reserveCapacity(sorted.count)
        for diagnostic in sorted where unique.last != diagnostic { unique.append(diagnostic) }
        return unique
    }
    public var errorCount: Int { lock.withLock { stored.filter { $0.severity == .error }.count } }
    public var warningCount: Int { lock.withLock { stored.filter { $0.severity == .warning }.count } }
    public var noticeCount: Int { lock.withLock { stored.filter { $0.severity == .notice }.count } }
}
