/// The decision tree: questions whose options lead to further questions or to outcomes.
public struct DecisionTree: Sendable {
    public let start: String
    public let startPosition: SourcePosition?
    public let questions: [Question]
    public let outcomes: [Outcome]
    public let facts: [FactDefinition]
    public let actions: [Action]
    public let invariants: [Invariant]
    public let scenarios: [Scenario]

    public init(
        start: String, startPosition: SourcePosition? = nil, questions: [Question], outcomes: [Outcome],
        facts: [FactDefinition] = [], actions: [Action] = [], invariants: [Invariant] = [], scenarios: [Scenario] = []
    ) {
        self.start = start
        self.startPosition = startPosition
        self.questions = questions
        self.outcomes = outcomes
        self.facts = facts
        self.actions = actions
        self.invariants = invariants
        self.scenarios = scenarios
        // First definition wins; duplicates are reported by the validator.
        questionsByID = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        outcomesByID = Dictionary(outcomes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        factsByID = Dictionary(facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        actionsByID = Dictionary(actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public let questionsByID: [String: Question]
    public let outcomesByID: [String: Outcome]
    public let factsByID: [String: FactDefinition]
    public let actionsByID: [String: Action]
}

public struct Question: Sendable {
    public var id: String
    public var text: String
    /// Markdown, rendered by the generator.
    public var hint: String?
    public var options: [Option]
    public var position: SourcePosition?

    public init(id: String, text: String, hint: String? = nil, options: [Option], position: SourcePosition? = nil) {
        self.id = id
        self.text = text
        self.hint = hint
        self.options = options
        self.position = position
    }

    public func option(_ id: String) -> Option? { options.first { $0.id == id } }
}

public struct Option: Sendable {
    public var id: String
    public var label: String
    /// Fact id → value id, established by choosing this option.
    public let facts: [String: String]
    /// A question id or an outcome id.
    public var to: String
    public var position: SourcePosition?

    public init(id: String, label: String, facts: [String: String] = [:], to: String, position: SourcePosition? = nil) {
        self.id = id
        self.label = label
        self.facts = facts
        self.to = to
        self.position = position
    }
}

public struct FactDefinition: Sendable {
    public var id: String
    public var label: String
    /// Value id → label, in the order written.
    public var values: [(id: String, label: String)]
    public var position: SourcePosition?

    public init(id: String, label: String, values: [(id: String, label: String)], position: SourcePosition? = nil) {
        self.id = id
        self.label = label
        self.values = values
        self.position = position
    }

    public func label(of value: String) -> String? { values.first { $0.id == value }?.label }
}

public struct Action: Sendable {
    public var id: String
    public var what: String
    public var who: String
    public var when: String
    /// A link into the routeboek (a Markdown path, resolved by the generator).
    public var page: String?
    public var position: SourcePosition?

    public init(id: String, what: String, who: String, when: String, page: String? = nil, position: SourcePosition? = nil) {
        self.id = id
        self.what = what
        self.who = who
        self.when = when
        self.page = page
        self.position = position
    }
}

public struct SourceReference: Sendable, Equatable {
    public var file: String
    public var part: String
    public var position: SourcePosition?

    public init(file: String, part: String, position: SourcePosition? = nil) {
        self.file = file
        self.part = part
        self.position = position
    }

    public static func == (a: Self, b: Self) -> Bool { a.file == b.file && a.part == b.part }
}
