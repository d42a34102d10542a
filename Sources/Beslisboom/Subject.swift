/// The names conditions use for an outcome's attributes; any other subject is a fact id. Each
/// attribute says here, once, which values it can have and what its value is on a route.
public enum OutcomeSubject: String, Sendable, CaseIterable {
    case registration = "registratie"
    case duoReport = "duo-melding"
    case deviation = "afwijking"
    case thuiszitter = "thuiszitter"
    case provisional = "voorlopig"
    case regie = "regie"
    case actions = "acties"
    case outcome = "uitkomst"

    /// The word for "no registration" in conditions on `registratie`.
    public static let noRegistration = "geen"

    /// Whether the subject holds a list (tests mean "contains").
    public var isList: Bool { self == .registration || self == .actions }

    /// Every value a condition on this subject may name.
    public func allowedValues(in tree: DecisionTree) -> [String] {
        switch self {
        case .registration: Registration.allCases.map(\.rawValue) + [Self.noRegistration]
        case .duoReport: DuoReport.allCases.map(\.rawValue)
        case .deviation: Deviation.allCases.map(\.rawValue)
        case .thuiszitter, .provisional: ["ja", "nee"]
        case .regie: Regie.allCases.map(\.rawValue)
        case .actions: tree.actions.map(\.id)
        case .outcome: tree.outcomes.map(\.id)
        }
    }

    /// The subject's value for an outcome whose route keeps `actions`.
    public func value(of outcome: Outcome, actions: [Action]) -> SubjectValue {
        switch self {
        case .registration: .list(outcome.registrations.map(\.rawValue))
        case .duoReport: .single(outcome.duoReport.rawValue)
        case .deviation: .single(outcome.deviation.rawValue)
        case .thuiszitter: .single(outcome.isThuiszitter ? "ja" : "nee")
        case .provisional: .single(outcome.isProvisional ? "ja" : "nee")
        case .regie: .single(outcome.regie.rawValue)
        case .actions: .list(actions.map(\.id))
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
