import Beslisboom

/// The publicatiedata from `Content/publicatiedata.yml`: the days the samenwerkingsverband passes the
/// totals from OT to the gemeenten. Dates are data, not prose, so the build can tell which one comes
/// next and warn when none does.
public struct PublicationSchedule: Sendable {
    public static let fileName = "publicatiedata.yml"

    public struct Entry: Sendable {
        public var date: DayDate
        public var position: SourcePosition
    }

    /// The page that shows the dates (a path from the content folder, `registratie/publicatiedata.md`).
    public var page: String
    public var pagePosition: SourcePosition
    /// Where the dates come from; shown with them.
    public var source: SourceReference
    /// In order, earliest first.
    public var entries: [Entry]
    /// The editor recorded that no dates after the last one are known yet (`volgende: onbekend`).
    public var nextUnknown: Bool
    public var nextUnknownPosition: SourcePosition?
    /// The `data` key, for messages about the list as a whole.
    public var datesPosition: SourcePosition

    public var dates: [DayDate] { entries.map(\.date) }
    public var last: DayDate? { entries.last?.date }

    /// The first date on or after `today` (a publicatiedatum today is still to come today).
    public func next(onOrAfter today: DayDate) -> DayDate? { dates.first { $0 >= today } }

    static let unknownValue = "onbekend"
    /// Keys editors may write instead, for the "did you mean" hint.
    static let aliases = ["datum": "data", "data's": "data", "dates": "data", "publicatiedata": "data", "page": "pagina",
                          "bronnen": "bron", "source": "bron", "next": "volgende"]

    static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> PublicationSchedule? {
        diagnostics += PlaceholderScan.scan(text, file: file)
        let reader = YAMLReader(file: file)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let node = reader.compose(text),
              let map = YAMLMap(node, reader, what: fileName, allowed: ["pagina", "bron", "data", "volgende"], aliases: aliases)
        else { return nil }
        let page = map.string("pagina", required: true, what: fileName)
        var source: SourceReference?
        if let sourceNode = map.valueNode("bron") {
            if let entry = YAMLMap(sourceNode, reader, what: "'bron'", allowed: ["bestand", "onderdeel"]),
               let sourceFile = entry.string("bestand", required: true, what: "'bron'"),
               let part = entry.string("onderdeel", required: true, what: "'bron'") {
                source = SourceReference(file: sourceFile, part: part, position: reader.position(sourceNode))
            }
        } else {
            reader.report(node, .scheduleNeedsSource(fileName))
        }
        var entries: [Entry] = []
        for item in map.sequence("data", required: true, what: fileName) {
            guard case .scalar(let scalar) = item, let date = DayDate(iso: scalar.string) else {
                let written = item.scalar?.string ?? ""
                reader.report(item, Message.nonexistentDate(written, key: "data", inList: true) ?? .scheduleDateInvalid(meant: DayDate.meant(by: written)?.iso))
                continue
            }
            if entries.contains(where: { $0.date == date }) {
                reader.report(item, .scheduleDateTwice(date.iso))
                continue
            }
            entries.append(Entry(date: date, position: reader.position(item)))
        }
        if map.has("data"), entries.isEmpty, reader.diagnostics.isEmpty {
            reader.report(map.valueNode("data"), .scheduleEmpty())
        }
        var nextUnknown = false
        if let value = map.string("volgende", what: fileName) {
            if value == unknownValue {
                nextUnknown = true
            } else {
                reader.report(map.valueNode("volgende"), .scheduleNextInvalid(unknownValue))
            }
        }
        guard let page, let source, !entries.isEmpty else { return nil }
        return PublicationSchedule(page: page, pagePosition: reader.position(map.valueNode("pagina")), source: source,
                                   entries: entries.sorted { $0.date < $1.date }, nextUnknown: nextUnknown,
                                   nextUnknownPosition: nextUnknown ? reader.position(map.valueNode("volgende")) : nil,
                                   datesPosition: reader.position(map.keyNode("data")))
    }
}
