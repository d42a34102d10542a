import Beslisboom
import Yams

/// Site-wide settings from `Content/site.yml`.
public struct SiteConfig: Sendable {
    public struct Contact: Sendable {
        public var name: String?
        public var email: String?
        public var phone: String?
        public var url: String?

        /// Whether there is anything to show; without it the site points readers to their SOT-consulent.
        public var isEmpty: Bool { [name, email, phone, url].allSatisfy { ($0 ?? "").isEmpty } }
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
    /// A page whose `bijgewerkt` is older than this many months gets a warning (nil: no limit).
    public var pageAgeLimitMonths: Int?
    /// Where the limit is written, for messages.
    public var pageAgeLimitPosition: SourcePosition?

    public init(title: String, organisation: String, description: String?, contact: Contact, sources: [Source],
                pageAgeLimitMonths: Int? = nil, pageAgeLimitPosition: SourcePosition? = nil) {
        self.title = title
        self.organisation = organisation
        self.description = description
        self.contact = contact
        self.sources = sources
        self.pageAgeLimitMonths = pageAgeLimitMonths
        self.pageAgeLimitPosition = pageAgeLimitPosition
    }

    public func source(file: String) -> Source? { sources.first { $0.file == file } }

    public static let fileName = "site.yml"
    static let pageAgeLimitKey = "bijgewerkt-max-maanden"

    static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        diagnostics += PlaceholderScan.scan(text, file: file)
        let reader = YAMLReader(file: file)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        let root = reader.compose(text)
        if reader.isEmptyDocument(root) {
            reader.report(nil, .siteSettingsEmpty())
            return nil
        }
        guard let node = root,
              let map = YAMLMap(node, reader, what: "site.yml",
                                allowed: ["titel", "organisatie", "beschrijving", "contact", pageAgeLimitKey, "bronnen", "pdf"])
        else { return nil }
        var contact = Contact()
        if let contactNode = map.valueNode("contact"),
           let entry = YAMLMap(contactNode, reader, what: "contact", allowed: ["naam", "email", "telefoon", "website"]) {
            contact = Contact(name: entry.filled("naam", what: "contact", reader: reader),
                              email: SiteURL.email(entry.filled("email", what: "contact", reader: reader), at: entry.valueNode("email"), reader),
                              phone: entry.filled("telefoon", what: "contact", reader: reader),
                              url: SiteURL.web(entry.filled("website", what: "contact", reader: reader), at: entry.valueNode("website"), reader))
            if entry.keysInOrder.isEmpty {
                reader.report(contactNode, .siteContactEmpty())
            }
        }
        let sources: [Source] = map.sequence("bronnen", what: "site.yml").compactMap { item in
            guard let entry = YAMLMap(item, reader, what: "een bron", allowed: ["code", "bestand", "titel"]),
                  let code = entry.string("code", required: true, what: "een bron"),
                  let file = entry.string("bestand", required: true, what: "een bron"),
                  let title = entry.plainText("titel", required: true, what: "een bron", shownIn: "bij de bronnen") else { return nil }
            return Source(code: code, file: file, title: title)
        }
        let limit = map.int(pageAgeLimitKey)
        let limitInRange = limit.map { (1...Message.siteAgeLimitMost).contains($0) } ?? true
        if let limit, !limitInRange, let value = map.valueNode(pageAgeLimitKey) {
            reader.report(value, .siteAgeLimitOutOfRange(pageAgeLimitKey, value: limit))
        }
        // A missing or empty title is reported here; the rest is still read, so the pages' sources
        // are not reported again as unknown.
        let title = map.plainText("titel", required: true, what: "site.yml", shownIn: "in de kop van elke pagina") ?? ""
        let organisation = map.plainText("organisatie", required: true, what: "site.yml", shownIn: "op elke pagina") ?? ""
        var config = SiteConfig(title: title, organisation: organisation, description: map.filled("beschrijving", what: "site.yml", reader: reader),
                                contact: contact, sources: sources,
                                pageAgeLimitMonths: limitInRange ? limit : nil,
                                pageAgeLimitPosition: map.valueNode(pageAgeLimitKey).map(reader.position))
        config.makesPDF = map.bool("pdf") ?? false
        return config
    }
}

extension YAMLMap {
    /// An optional text that, when written, must not be empty: an empty setting is a placeholder.
    func filled(_ key: String, what: String, reader: YAMLReader) -> String? {
        guard let text = string(key, what: what) else { return nil }
        if text.isEmpty {
            reader.report(valueNode(key) ?? keyNode(key), .siteSettingEmpty(key, in: what))
            return nil
        }
        return text
    }
}

/// Addresses an editor types in site.yml end up in every page's footer as links. The site's CSP would
/// block a `javascript:` link, but it must not be published at all (issue 11, defect 9).
enum SiteURL {
    /// A web address: `https://` or `http://`, then a host, and no spaces, quotes or angle brackets.
    static func web(_ value: String?, at node: Node?, _ reader: YAMLReader) -> String? {
        guard let value else { return nil }
        let lower = value.lowercased()
        let rest = lower.hasPrefix("https://") ? lower.dropFirst(8) : lower.hasPrefix("http://") ? lower.dropFirst(7) : nil
        guard let rest, let host = rest.split(separator: "/", omittingEmptySubsequences: false).first, !host.isEmpty,
              !value.contains(where: { $0.isWhitespace || "\"'<>`\\".contains($0) }) else {
            reader.report(node, .siteWebsiteInvalid(String(value.prefix(60))))
            return nil
        }
        return value
    }

    /// An e-mail address, written without `mailto:` (the footer adds it).
    static func email(_ value: String?, at node: Node?, _ reader: YAMLReader) -> String? {
        guard let value else { return nil }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        let valid = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !value.contains(where: { $0.isWhitespace || "\"'<>`\\:/?#,;()[]".contains($0) })
        guard valid else {
            reader.report(node, .siteEmailInvalid(String(value.prefix(60))))
            return nil
        }
        return value
    }
}
