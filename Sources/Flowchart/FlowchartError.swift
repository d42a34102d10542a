/// Everything that can go wrong when turning a flowchart into HTML.
import Messages

public enum FlowchartError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A mistake in the flowchart text: a 1-based line and (when known) column within the block.
    case syntax(line: Int, column: Int?, message: Message)
    /// A graph built in code is inconsistent (duplicate ids, edges to unknown nodes, empty text).
    case invalidGraph(String)
    /// The Graphviz `dot` program is not installed.
    case graphvizNotFound
    /// `dot` could not be started, or ended with a non-zero status; `message` holds its error output.
    case graphvizFailed(status: Int32, message: String)
    /// `dot` produced output that is not an SVG image.
    case invalidSVG(String)

    /// The catalogue message that says what is wrong (without the place).
    public var message: Message {
        switch self {
        case let .syntax(_, _, message): message
        case let .invalidGraph(detail): .flowchartInvalidGraph(detail)
        case .graphvizNotFound: .graphvizMissing()
        case let .graphvizFailed(status, detail):
            .graphvizFailed("afgesloten met status \(status)" + (detail.trimmingWhitespace().isEmpty ? "" : ": \(detail.trimmingWhitespace())"))
        case let .invalidSVG(detail): .graphvizBadSVG(detail)
        }
    }

    /// One line that says what is wrong and, for syntax errors, where (line and column within the block).
    public var description: String {
        switch self {
        case let .syntax(line, column?, message): "regel \(line), kolom \(column): \(message.text)"
        case let .syntax(line, nil, message): "regel \(line): \(message.text)"
        default: message.text
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
