/// The catalogue of every message Routeboek shows an editor: for each code the text (with its
/// parameters shown as ‹placeholders›), what it means and what to do. docs/meldingen.md is made from
/// it (`routeboek meldingen`), and a test keeps the two the same.
public enum MessageCatalogue {
    /// One code's documentation. `example` is the message made by its constructor with placeholders
    /// for the parameters, so the documented text is the text an editor sees.
    public struct Entry: Sendable {
        public let example: Message
        public let meaning: String
        public let fix: String

        init(_ example: Message, meaning: String, fix: String) {
            self.example = example
            self.meaning = meaning
            self.fix = fix
        }

        public var code: String { example.code }
    }

    /// A group of codes with the same first digit.
    public struct Area: Sendable {
        public let hundred: Int
        public let title: String
        public let entries: [Entry]
    }

    public static let areas: [Area] = [
        Area(hundred: 1, title: "Pagina's: front matter, Markdown en links", entries: content),
        Area(hundred: 2, title: "Beslisboom", entries: tree),
        Area(hundred: 3, title: "Templates en thema", entries: templates),
        Area(hundred: 4, title: "Bouwen, uitvoer en PDF", entries: output),
        Area(hundred: 5, title: "Site-instellingen, datums, wijzigingen en zoekwoorden", entries: settings),
        Area(hundred: 6, title: "Stroomschema's", entries: flowcharts),
        Area(hundred: 7, title: "YAML en tekstbestanden", entries: files),
        Area(hundred: 8, title: "Voorbeeld (routeboek serve)", entries: preview),
        Area(hundred: 9, title: "Wijzigingen vergelijken (routeboek diff)", entries: diff),
    ]

    public static var entries: [Entry] { areas.flatMap(\.entries) }

    /// A placeholder for a parameter in a documented text.
    static func slot(_ name: String) -> String { "‹\(name)›" }
}
