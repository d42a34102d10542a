/// A test on one subject of a route: an outcome attribute or a fact.
/// `anyOf`: equals (or, for lists, contains) one of these; `noneOf`: none of these; `allOf`: a list
/// holds all of these. Written in YAML as `x`, `[x, y]`, `{niet: ...}`, `{alle: [...]}`.
public struct Condition: Sendable {
    public var subject: String
    public var anyOf: [String]?
    public var noneOf: [String]?
    public var allOf: [String]?
    public var position: SourcePosition?

    public init(subject: String, anyOf: [String]? = nil, noneOf: [String]? = nil, allOf: [String]? = nil,
                position: SourcePosition? = nil) {
        self.subject = subject
        self.anyOf = anyOf
        self.noneOf = noneOf
        self.allOf = allOf
        self.position = position
    }

    /// Every value the condition names, for reference checks.
    public var mentionedValues: [String] { (anyOf ?? []) + (noneOf ?? []) + (allOf ?? []) }
}

/// A policy rule that must hold on every route: when all of `when` hold, all of `then` hold.
public struct Invariant: Sendable {
    public var id: String
    public var rule: String
    public var policy: String
    public var when: [Condition]
    public var then: [Condition]
    public var position: SourcePosition?

    public init(id: String, rule: String = "", policy: String, when: [Condition], then: [Condition],
                position: SourcePosition? = nil) {
        self.id = id
        self.rule = rule
        self.policy = policy
        self.when = when
        self.then = then
        self.position = position
    }
}

/// A situation with a known answer: the answers given and what the outcome must be.
public struct Scenario: Sendable {
    public struct Answer: Sendable {
        public var question: String
        public var option: String
        public var position: SourcePosition?

        public init(question: String, option: String, position: SourcePosition? = nil) {
            self.question = question
            self.option = option
            self.position = position
        }
    }

    public var name: String
    public var answers: [Answer]
    public var expected: [Condition]
    public var position: SourcePosition?

    public init(name: String, answers: [Answer], expected: [Condition], position: SourcePosition? = nil) {
        self.name = name
        self.answers = answers
        self.expected = expected
        self.position = position
    }
}
