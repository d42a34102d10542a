/// One answer on a route.
public struct Step: Sendable, Hashable {
    public var question: String
    public var option: String

    public init(question: String, option: String) {
        self.question = question
        self.option = option
    }
}

/// A complete route: the answers from the start question to an outcome.
public struct Route: Sendable {
    public var steps: [Step]
    public var outcomeID: String

    public init(steps: [Step], outcomeID: String) {
        self.steps = steps
        self.outcomeID = outcomeID
    }
}

extension Array where Element == Step {
    /// The route as editors read it: `ingeschreven=ja → plichtig=ja`.
    public var routeDescription: String {
        isEmpty ? "(start)" : map { "\($0.question)=\($0.option)" }.joined(separator: " → ")
    }
}
