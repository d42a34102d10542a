import Messages

/// A problem the validator found, with where it was written and, for route-level problems, the route.
public struct TreeDiagnostic: Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var message: String
    /// A problem with the shape of the tree (unreachable, cycle): later checks would only repeat it.
    var isStructural = false
    public var position: SourcePosition?
    public var route: [Step]?
    /// The message's code in the catalogue (docs/meldingen.md).
    public var code: String?

    public init(_ severity: Severity, _ message: String, at position: SourcePosition?, route: [Step]? = nil, code: String? = nil) {
        self.severity = severity
        self.message = message
        self.position = position
        self.route = route
        self.code = code
    }

    public init(_ message: Message, at position: SourcePosition?, route: [Step]? = nil) {
        self.init(message.severity == .error ? .error : .warning, message.text, at: position, route: route, code: message.code)
    }

    /// The message with the route appended, as printed.
    public var fullMessage: String {
        guard let route else { return message }
        return "\(message) [route: \(route.routeDescription)]"
    }

    public var description: String {
        let label = (severity == .error ? MessageSeverity.error : .warning).dutch + (code.map { " \($0)" } ?? "")
        return "\(position?.description ?? "beslisboom"): \(label): \(fullMessage)"
    }
}
