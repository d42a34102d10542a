/// One end of the tree. Its attributes (registratie, afwijking, ...) are stored here as typed fields;
/// what they mean, which words they take and how they are shown is in OutcomeAttributes.swift.
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
