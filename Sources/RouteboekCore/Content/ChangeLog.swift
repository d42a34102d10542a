import Beslisboom
import Yams

/// `Content/wijzigingen.yml`: what changed in the routeboek, for schools, shown newest first on the
/// page it names ("Wat is er veranderd"). Each entry names the pages and beslisboom outcomes it
/// concerns, so the check can tell when one of them no longer exists.
public struct ChangeLog: Sendable {
    public static let fileName = "wijzigingen.yml"

    public struct Reference: Sendable {
        public var value: String
        public var position: SourcePosition
    }

    public struct Entry: Sendable {
        public var date: DayDate
        public var datePosition: SourcePosition
        /// Plain Dutch text (no Markdown).
        public var text: String
        public var pages: [Reference]
        public var outcomes: [Reference]
        /// The place in the file, for telling two entries of one day apart when sorting.
        public var position: SourcePosition
    }

    /// The page that shows the entries (a path from the content folder, `wijzigingen.md`).
    public var page: String
    public var pagePosition: SourcePosition
    /// In the order written.
    public var entries: [Entry]

    /// Newest first; entries of one day keep their order in the file.
    public var newestFirst: [Entry] {
        entries.enumerated().sorted { a, b in a.element.date != b.element.date ? a.element.date > b.element.date : a.offset < b.offset }
            .map(\.element)
    }

    static let pagesKey = "pagina's"
    static let entryKeys = ["datum", "wat", pagesKey, "uitkomsten"]
    /// Keys editors may write instead, for the "did you mean" hint.
    static let aliases = ["paginas": pagesKey, "pagina": pagesKey, "pages": pagesKey, "date": "datum", "dag": "datum",
                          "tekst": "wat", "beschrijving": "wat", "omschrijving": "wat", "uitkomst": "uitkomsten",
                          "outcomes": "uitkomsten", "wijziging": "wijzigingen", "changes": "wijzigingen"]

    static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> ChangeLog? {
        diagnostics += PlaceholderScan.scan(text, file: file)
        let reader = YAMLReader(file: file)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let node = reader.compose(text),
              let map = YAMLMap(node, reader, what: fileName, allowed: ["pagina", "wijzigingen"], aliases: aliases)
        else { return nil }
        let page = map.string("pagina", required: true, what: fileName)
        var entries: [Entry] = []
        for item in map.sequence("wijzigingen", required: true, what: fileName) {
            if let entry = Self.entry(item, reader) { entries.append(entry) }
        }
        if map.has("wijzigingen"), entries.isEmpty, reader.diagnostics.isEmpty {
            reader.report(map.valueNode("wijzigingen"), .changesEmpty())
        }
        guard let page else { return nil }
        return ChangeLog(page: page, pagePosition: reader.position(map.valueNode("pagina")), entries: entries)
    }

    private static func entry(_ node: Node, _ reader: YAMLReader) -> Entry? {
        let what = "een wijziging in \(fileName)"
        guard let map = YAMLMap(node, reader, what: what, allowed: entryKeys, aliases: aliases) else { return nil }
        let date: DayDate?
        if map.has("datum") {
            date = map.date("datum")
        } else {
            reader.report(node, .changeNeedsDate(what))
            date = nil
        }
        let text = map.plainText("wat", required: true, what: what, shownIn: "op de pagina met wijzigingen")
        let pages = references(map, pagesKey, reader)
        let outcomes = references(map, "uitkomsten", reader)
        guard let date, let text else { return nil }
        return Entry(date: date, datePosition: reader.position(map.valueNode("datum")), text: text, pages: pages,
                     outcomes: outcomes, position: reader.position(node))
    }

    /// A list of texts with their positions; a single text counts as a list of one.
    private static func references(_ map: YAMLMap, _ key: String, _ reader: YAMLReader) -> [Reference] {
        guard let value = map.valueNode(key) else { return [] }
        if case .scalar(let scalar) = value {
            let text = scalar.string.trimmingWhitespace
            return text.isEmpty || text == "[]" ? [] : [Reference(value: text, position: reader.position(value))]
        }
        return map.sequence(key, what: fileName).compactMap { item in
            guard case .scalar(let scalar) = item, !scalar.string.trimmingWhitespace.isEmpty else {
                reader.report(item, .changeReferenceNotText(key))
                return nil
            }
            return Reference(value: scalar.string.trimmingWhitespace, position: reader.position(item))
        }
    }
}
