/// The names conditions use for what a route reaches: an outcome attribute, the actions that apply,
/// the actions its plan puts under "Eerst doen", or the outcome itself; any other subject is a fact
/// id. What an attribute can be and what it is on a route comes from its definition (OutcomeAttribute).
public enum OutcomeSubject: Sendable, Hashable, CustomStringConvertible {
    case attribute(OutcomeAttribute)
    case actions
    case firstActions
    case outcome

    /// Every subject, in the order messages list them: the attributes, then `acties`, `eerst-doen` and `uitkomst`.
    public static var allCases: [OutcomeSubject] { OutcomeAttribute.all.map(Self.attribute) + [.actions, .firstActions, .outcome] }

    public init?(rawValue: String) {
        switch rawValue {
        case "acties": self = .actions
        case "eerst-doen": self = .firstActions
        case "uitkomst": self = .outcome
        default:
            guard let attribute = OutcomeAttribute.named(rawValue) else { return nil }
            self = .attribute(attribute)
        }
    }

    /// The name as written in conditions.
    public var rawValue: String {
        switch self {
        case .attribute(let attribute): attribute.key
        case .actions: "acties"
        case .firstActions: "eerst-doen"
        case .outcome: "uitkomst"
        }
    }

    public var description: String { rawValue }

    /// Whether the subject holds a list (tests mean "contains").
    public var isList: Bool {
        switch self {
        case .attribute(let attribute): attribute.form == .list
        case .actions, .firstActions: true
        case .outcome: false
        }
    }

    /// Every value a condition on this subject may name.
    public func allowedValues(in tree: DecisionTree) -> [String] {
        switch self {
        case .attribute(let attribute): attribute.words
        case .actions, .firstActions: tree.actions.map(\.id)
        case .outcome: tree.outcomes.map(\.id)
        }
    }

    /// The subject's value for an outcome whose route keeps `actions` (for `eerst-doen`: the plan's first).
    public func value(of outcome: Outcome, actions: [Action]) -> SubjectValue {
        switch self {
        case .attribute(let attribute): attribute.value(of: outcome).subjectValue
        case .actions, .firstActions: .list(actions.map(\.id))
        case .outcome: .single(outcome.id)
        }
    }
}

/// The value of one subject on a route, as conditions see it.
public enum SubjectValue: Sendable, Equatable, CustomStringConvertible {
    case single(String?)
    case list([String])

    public var description: String {
        switch self {
        case .single(let value): value ?? "(niet gezet)"
        case .list(let values): values.isEmpty ? "[]" : "[" + values.joined(separator: ", ") + "]"
        }
    }
}
