/// Everything that can go wrong when turning a flowchart into HTML.
public enum FlowchartError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A mistake in the flowchart text: a 1-based line and (when known) column within the block.
    case syntax(line: Int, column: Int?, message: String)
    /// A graph built in code is inconsistent (duplicate ids, edges to unknown nodes, empty text).
    case invalidGraph(String)
    /// The Graphviz `dot` program is not installed.
    case graphvizNotFound
    /// `dot` could not be started, or ended with a non-zero status; `message` holds its error output.
    case graphvizFailed(status: Int32, message: String)
    /// `dot` produced output that is not an SVG image.
    case invalidSVG(String)

    /// One line in English that says what is wrong and, for syntax errors, where.
    public var description: String {
        switch self {
        case let .syntax(line, column?, message):
            return "line \(line), column \(column): \(message)"
        case let .syntax(line, nil, message):
            return "line \(line): \(message)"
        case let .invalidGraph(message):
            return "invalid flowchart: \(message)"
        case .graphvizNotFound:
            return "Graphviz 'dot' not found: install the Debian package graphviz"
        case let .graphvizFailed(status, message):
            let detail = message.trimmingWhitespace()
            return "Graphviz 'dot' failed (exit status \(status))" + (detail.isEmpty ? "" : ": \(detail)")
        case let .invalidSVG(message):
            return "Graphviz 'dot' produced unusable SVG: \(message)"
        }
    }

    /// The line within the block for syntax errors, else nil.
    public var line: Int? {
        if case let .syntax(line, _, _) = self { return line }
        return nil
    }

    /// The column within the line for syntax errors that have one, else nil.
    public var column: Int? {
        if case let .syntax(_, column, _) = self { return column }
        return nil
    }
}
