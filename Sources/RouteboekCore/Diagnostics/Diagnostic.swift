import Beslisboom

/// One problem found in an editor's input, printed as `file:line:column: error: message`
/// (the format CI annotators read).
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// An error fails the build; a warning fails it only with `--strict`; a notice is printed and
    /// never fails (a state an editor has recorded on purpose, such as dates not yet known).
    public enum Severity: String, Sendable { case error, warning, notice }

    public var severity: Severity
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(_ severity: Severity, file: String, line: Int = 1, column: Int = 1, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = max(line, 1)
        self.column = max(column, 1)
        self.message = message
    }

    public init(_ severity: Severity, at position: SourcePosition, _ message: String) {
        self.init(severity, file: position.file, line: position.line, column: position.column, message)
    }

    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }
}

/// Collects diagnostics from every phase (and from several threads) so a build reports all problems at once.
public final class DiagnosticLog: @unchecked Sendable {
    private let lock = NSLockLike()
    private var items: [Diagnostic] = []

    public init() {}

    public func add(_ diagnostic: Diagnostic) { lock.withLock { items.append(diagnostic) } }
    public func add(contentsOf diagnostics: [Diagnostic]) { lock.withLock { items.append(contentsOf: diagnostics) } }
    public func error(_ file: String, line: Int = 1, column: Int = 1, _ message: String) {
        add(Diagnostic(.error, file: file, line: line, column: column, message))
    }
    public func warning(_ file: String, line: Int = 1, column: Int = 1, _ message: String) {
        add(Diagnostic(.warning, file: file, line: line, column: column, message))
    }
    public func notice(_ file: String, line: Int = 1, column: Int = 1, _ message: String) {
        add(Diagnostic(.notice, file: file, line: line, column: column, message))
    }

    /// Sorted by file, then position, so output is stable across parallel runs.
    public var all: [Diagnostic] {
        lock.withLock { items }.sorted { ($0.file, $0.line, $0.column, $0.message) < ($1.file, $1.line, $1.column, $1.message) }
    }
    public var errorCount: Int { lock.withLock { items.filter { $0.severity == .error }.count } }
    public var warningCount: Int { lock.withLock { items.filter { $0.severity == .warning }.count } }
    public var noticeCount: Int { lock.withLock { items.filter { $0.severity == .notice }.count } }
}
