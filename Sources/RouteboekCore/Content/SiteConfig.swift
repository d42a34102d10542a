import Beslisboom

/// Site-wide settings from `Content/site.yml`.
public struct SiteConfig: Sendable {
    public struct Contact: Sendable {
        public var name: String?
        public var email: String?
        public var phone: String?
        public var url: String?
    }

    /// A source document pages cite by file name.
    public struct Source: Sendable {
        public var code: String
        public var file: String
        public var title: String
    }

    public var title: String
    public var organisation: String
    public var description: String?
    public var contact: Contact
    public var sources: [Source]
    /// `pdf: ja`: every `routeboek build` also makes the whole routeboek as one PDF.
    public var makesPDF = false

    public func source(file: String) -> Source? { sources.first { $0.file == file } }

    public static let fileName = "site.yml"

    static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let reader = YAMLReader(file: file)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let node = reader.compose(text),
              let map = YAMLMap(node, reader, what: "site.yml", allowed: ["titel", "organisatie", "beschrijving", "contact", "bronnen", "pdf"])
        else { return nil }
        var contact = Contact()
        if let contactNode = map.valueNode("contact"),
           let entry = YAMLMap(contactNode, reader, what: "contact", allowed: ["naam", "email", "telefoon", "website"]) {
            contact = Contact(name: entry.string("naam", what: "contact"), email: entry.string("email", what: "contact"),
                              phone: entry.string("telefoon", what: "contact"), url: entry.string("website", what: "contact"))
        }
        let sources: [Source] = map.sequence("bronnen", what: "site.yml").compactMap { item in
            guard let entry = YAMLMap(item, reader, what: "a source", allowed: ["code", "bestand", "titel"]),
                  let code = entry.string("code", required: true, what: "a source"),
                  let file = entry.string("bestand", required: true, what: "a source"),
                  let title = entry.string("titel", required: true, what: "a source") else { return nil }
            return Source(code: code, file: file, title: title)
        }
        guard let title = map.string("titel", required: true, what: "site.yml"),
              let organisation = map.string("organisatie", required: true, what: "site.yml") else { return nil }
        var config = SiteConfig(title: title, organisation: organisation, description: map.string("beschrijving", what: "site.yml"),
                                contact: contact, sources: sources)
        config.makesPDF = map.bool("pdf") ?? false
        return config
    }
}
