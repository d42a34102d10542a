/// The names conditions use for an outcome's attributes; any other subject is a fact id.
public enum OutcomeSubject: String, Sendable, CaseIterable {
    case registration = "registratie"
    case duoReport = "duo-melding"
    case deviation = "afwijking"
    case thuiszitter = "thuiszitter"
    case regie = "regie"
    case actions = "acties"
    case outcome = "uitkomst"

    /// The word for "no registration" in conditions on `registratie`.
    public static let noRegistration = "geen"

    /// Whether the subject holds a list (tests mean "contains").
    public var isList: Bool { self == .registration || self == .actions }
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
