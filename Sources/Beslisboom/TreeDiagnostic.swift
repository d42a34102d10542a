/// A problem the validator found, with where it was written and, for route-level problems, the route.
public struct TreeDiagnostic: Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var message: String
    /// A problem with the shape of the tree (unreachable, cycle): later checks would only repeat it.
    var isStructural = false
    public var position: SourcePosition?
    public var route: [Step]?

    public init(_ severity: Severity, _ message: String, at position: SourcePosition?, route: [Step]? = nil) {
        self.severity = severity
        self.message = message
        self.position = position
        self.route = route
    }

    /// The message with the route appended, as printed.
    public var fullMessage: String {
        guard let route else { return message }
        return "\(message) [route: \(route.routeDescription)]"
    }

    public var description: String {
        "\(position?.description ?? "beslisboom"): \(severity.rawValue): \(fullMessage)"
    }
}
