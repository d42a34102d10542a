/// Where the school registers the pupil. An empty list means no registration ("geen").
public enum Registration: String, Sendable, CaseIterable {
    case duo = "duo"
    case otThuiszitter = "ot-thuiszitter"
    case otRisicoleerling = "ot-risicoleerling"
}

/// Which DUO melding the registration is, when it is in DUO.
public enum DuoReport: String, Sendable, CaseIterable {
    case none = "geen"
    case verzuim16Uur = "verzuim-16-uur"
    case langdurigRelatiefVerzuim = "langdurig-relatief-verzuim"
    case luxeVerzuim = "luxe-verzuim"
}

/// Whether afwijking onderwijstijd must be requested from the Inspectie.
public enum Deviation: String, Sendable, CaseIterable {
    case request = "aanvragen"
    case notNeeded = "niet-nodig"
    case checkDecisionAid = "keuzehulp"
    /// Only for a voorlopig outcome: the school must first find out what the situation is.
    case undetermined = "nog-onbekend"
}

/// Who has the regie on the process.
public enum Regie: String, Sendable, CaseIterable {
    case school = "school"
    case leerplicht = "leerplicht"
    case samenwerkingsverband = "samenwerkingsverband"
}

public struct Outcome: Sendable {
    public var id: String
    public var title: String
    public var registrations: [Registration]
    public var duoReport: DuoReport
    public var deviation: Deviation
    public var isThuiszitter: Bool
    /// The answers do not settle the registration yet: the school must first find something out
    /// (for example whether a voorziening meets the Inspectie's requirements).
    public var isProvisional: Bool
    public var regie: Regie
    /// Fact ids whose value on the route the result shows (for example the hoofdoorzaak for OT).
    public var showFacts: [String]
    /// Markdown.
    public var summary: String
    /// Action ids, in the order they are shown.
    public var actions: [String]
    /// Markdown paths into the routeboek.
    public var links: [String]
    public var sources: [SourceReference]
    /// Markdown; required when the deviation is "keuzehulp".
    public var note: String?
    public var position: SourcePosition?
    /// Where each attribute's value was written (by its YAML key, and `acties/ID` per action), so a
    /// broken rule points at the value to change.
    public var positions: [String: SourcePosition]

    public init(
        id: String, title: String, registrations: [Registration], duoReport: DuoReport = .none,
        deviation: Deviation, isThuiszitter: Bool, isProvisional: Bool = false, regie: Regie = .school,
        showFacts: [String] = [], summary: String = "", actions: [String] = [], links: [String] = [],
        sources: [SourceReference] = [], note: String? = nil, position: SourcePosition? = nil,
        positions: [String: SourcePosition] = [:]
    ) {
        self.id = id
        self.title = title
        self.registrations = registrations
        self.duoReport = duoReport
        self.deviation = deviation
        self.isThuiszitter = isThuiszitter
        self.isProvisional = isProvisional
        self.regie = regie
        self.showFacts = showFacts
        self.summary = summary
        self.actions = actions
        self.links = links
        self.sources = sources
        self.note = note
        self.position = position
        self.positions = positions
    }

    /// Where to point an editor for the value of an attribute (falls back to the outcome itself).
    public func position(of key: String) -> SourcePosition? { positions[key] ?? position }
}
