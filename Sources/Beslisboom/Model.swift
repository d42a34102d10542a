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
    /// The days that are not werkdagen, for deadlines in werkdagen.
    public let holidays: HolidayCalendar

    public init(
        start: String, startPosition: SourcePosition? = nil, questions: [Question], outcomes: [Outcome],
        facts: [FactDefinition] = [], actions: [Action] = [], invariants: [Invariant] = [], scenarios: [Scenario] = [],
        holidays: HolidayCalendar = .empty
    ) {
        self.start = start
        self.startPosition = startPosition
        self.questions = questions
        self.outcomes = outcomes
        self.facts = facts
        self.actions = actions
        self.invariants = invariants
        self.scenarios = scenarios
        self.holidays = holidays
        // First definition wins; duplicates are reported by the validator.
        questionsByID = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        outcomesByID = Dictionary(outcomes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        factsByID = Dictionary(facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        actionsByID = Dictionary(actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // The first question of an id, as `questionsByID` holds it, and its first option of an id, as
        // `Question.option` finds it.
        var optionsByStep: [Step: Option] = [:]
        var seenQuestions: Set<String> = []
        for question in questions where seenQuestions.insert(question.id).inserted {
            for option in question.options where optionsByStep[Step(question: question.id, option: option.id)] == nil {
                optionsByStep[Step(question: question.id, option: option.id)] = option
            }
        }
        self.optionsByStep = optionsByStep
    }

    public let questionsByID: [String: Question]
    public let outcomesByID: [String: Outcome]
    public let factsByID: [String: FactDefinition]
    public let actionsByID: [String: Action]
    /// The option a step answers with: `facts(along:)` runs for every route, and copying a whole question
    /// out of `questionsByID` for every step was most of its time.
    let optionsByStep: [Step: Option]
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
    /// A question id or an outcome id: where the option leads unless an exception applies.
    public var to: String
    /// Other destinations for routes whose facts meet a condition (for example: a PO pupil goes
    /// elsewhere than a VO pupil after the same answer). The first that applies wins.
    public var exceptions: [Exception]
    public var position: SourcePosition?
    /// Where `naar` was written, so a broken reference points at its own line.
    public var toPosition: SourcePosition?
    /// Where the id was written (the id is part of file names: a message about it points at it).
    public var idPosition: SourcePosition?

    public init(id: String, label: String, facts: [String: String] = [:], to: String, exceptions: [Exception] = [],
                position: SourcePosition? = nil, toPosition: SourcePosition? = nil, idPosition: SourcePosition? = nil) {
        self.id = id
        self.label = label
        self.facts = facts
        self.to = to
        self.exceptions = exceptions
        self.position = position
        self.toPosition = toPosition
        self.idPosition = idPosition
    }

    /// Every node this option can lead to, the default first.
    public var destinations: [String] { [to] + exceptions.map(\.to) }
}

/// `uitzonderingen` of an option: when the route's facts meet `when`, the option leads to `to`.
public struct Exception: Sendable {
    public var when: [Condition]
    public var to: String
    public var position: SourcePosition?
    public var toPosition: SourcePosition?

    public init(when: [Condition], to: String, position: SourcePosition? = nil, toPosition: SourcePosition? = nil) {
        self.when = when
        self.to = to
        self.position = position
        self.toPosition = toPosition
    }
}

public struct FactDefinition: Sendable {
    public var id: String
    public var label: String
    /// Value id → label, in the order written.
    public var values: [(id: String, label: String)]
    /// Value id → the time that has at least passed since an anchor event when the fact has that
    /// value (a pupil absent "4 weken of langer" has been absent at least 4 weeks). Lets the plan
    /// say what is already due without a date.
    public var elapsed: [String: [DeadlineAnchor: Span]]
    public var position: SourcePosition?

    public init(id: String, label: String, values: [(id: String, label: String)],
                elapsed: [String: [DeadlineAnchor: Span]] = [:], position: SourcePosition? = nil) {
        self.id = id
        self.label = label
        self.values = values
        self.elapsed = elapsed
        self.position = position
    }

    public func label(of value: String) -> String? { values.first { $0.id == value }?.label }
}

/// Whether an action is this samenwerkingsverband's rule or the law (verplicht), or good practice
/// from another region or an older document (aanbevolen).
public enum ActionKind: String, Sendable, CaseIterable {
    case required = "verplicht"
    case recommended = "aanbevolen"
}

public struct Action: Sendable {
    public var id: String
    /// A few words for the plan and the printed page ("Meld bij DUO").
    public var title: String
    public var what: String
    public var who: String
    /// The deadline in words, as the result shows it next to a date.
    public var whenText: String
    public var deadline: Deadline
    public var kind: ActionKind
    /// Where the action, its deadline and its kind come from (at least one).
    public var sources: [SourceReference]
    /// The action belongs to a route only when the route's facts meet all of these.
    public var conditions: [Condition]
    /// A link into the routeboek (a Markdown path, resolved by the generator).
    public var page: String?
    public var position: SourcePosition?
    /// Where `pagina` is written, so a wrong link is reported at its own line.
    public var pagePosition: SourcePosition?
    /// Where each `{fact}` of `what` is written (its `{`), so a fact a route leaves unset is reported there.
    public var placeholderPositions: [String: SourcePosition]

    public init(id: String, title: String, what: String, who: String, whenText: String, deadline: Deadline,
                kind: ActionKind, sources: [SourceReference], conditions: [Condition] = [], page: String? = nil,
                position: SourcePosition? = nil, pagePosition: SourcePosition? = nil,
                placeholderPositions: [String: SourcePosition] = [:]) {
        self.id = id
        self.title = title
        self.what = what
        self.who = who
        self.whenText = whenText
        self.deadline = deadline
        self.kind = kind
        self.sources = sources
        self.conditions = conditions
        self.page = page
        self.position = position
        self.pagePosition = pagePosition
        self.placeholderPositions = placeholderPositions
    }
}

/// A cited source: one of the site's source files (`bestand`) or a public web page (`url`), and the
/// passage (`onderdeel`).
public struct SourceReference: Sendable, Equatable {
    /// The source file name, or the URL of a public page.
    public var file: String
    public var part: String
    /// For a URL: the page's title as written by the editor.
    public var title: String?
    public var position: SourcePosition?

    public init(file: String, part: String, title: String? = nil, position: SourcePosition? = nil) {
        self.file = file
        self.part = part
        self.title = title
        self.position = position
    }

    /// Whether the source is a public web page rather than one of the site's source files.
    public var isURL: Bool { file.hasPrefix("https://") || file.hasPrefix("http://") }

    public static func == (a: Self, b: Self) -> Bool { a.file == b.file && a.part == b.part }
}
