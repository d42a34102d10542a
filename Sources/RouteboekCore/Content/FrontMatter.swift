import Beslisboom

/// The typed front matter of a page. Keys are Dutch (see docs/content-format.md).
public struct FrontMatter: Sendable {
    public var title: String
    public var order: Int?
    public var summary: String?
    public var sources: [SourceReference]
    public var updated: DayDate?
    public var isDraft: Bool

    static let keys = ["titel", "volgorde", "samenvatting", "bronnen", "bijgewerkt", "concept"]
    /// Keys editors may know from Hugo or English docs, mapped to ours for the "did you mean" hint.
    static let aliases = [
        "title": "titel", "weight": "volgorde", "order": "volgorde", "summary": "samenvatting",
        "description": "samenvatting", "sources": "bronnen", "bron": "bronnen", "date": "bijgewerkt",
        "lastmod": "bijgewerkt", "updated": "bijgewerkt", "draft": "concept",
    ]
}

/// A Markdown file split into its front matter and body.
struct PageSource {
    var frontMatter: FrontMatter
    var body: String
    /// Lines before the body in the file, to turn body line numbers into file line numbers.
    var bodyLineOffset: Int
}

enum FrontMatterParser {
    /// Splits and decodes. Returns nil when the front matter is unusable; problems go to `diagnostics`.
    static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> PageSource? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first?.hasSuffix("\r") == true { lines = lines.map { $0.hasSuffix("\r") ? $0.dropLast() : $0 } }
        let first = lines.first.map { String($0).trimmingWhitespace }
        guard first == "---" else {
            diagnostics.append(Diagnostic(.error, file: file, line: 1, column: 1,
                "the page has no front matter: start the file with a line '---', then 'titel: ...', then a line '---'"))
            return nil
        }
        guard let closing = lines.indices.dropFirst().first(where: { String(lines[$0]).trimmingWhitespace == "---" }) else {
            diagnostics.append(Diagnostic(.error, file: file, line: 1, column: 1,
                "the front matter is not closed: add a line '---' after the last key"))
            return nil
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        let reader = YAMLReader(file: file, lineOffset: 1)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let node = reader.compose(yaml) else {
            if reader.diagnostics.isEmpty {
                diagnostics.append(Diagnostic(.error, file: file, line: 1, column: 1, "the front matter is empty: add at least 'titel: ...'"))
            }
            return nil
        }
        guard let map = YAMLMap(node, reader, what: "the front matter", allowed: FrontMatter.keys, aliases: FrontMatter.aliases) else {
            return nil
        }
        let title = map.string("titel", required: true, what: "the front matter")
        let sources = SourceListReader.read(map, key: "bronnen", reader: reader)
        let frontMatter = FrontMatter(
            title: title ?? "",
            order: map.int("volgorde"),
            summary: map.string("samenvatting", what: "the front matter"),
            sources: sources,
            updated: map.date("bijgewerkt"),
            isDraft: map.bool("concept") ?? false
        )
        guard title != nil else { return nil }
        return PageSource(frontMatter: frontMatter, body: body, bodyLineOffset: closing + 1)
    }
}

/// `bronnen:` lists, used in front matter and in the decision tree's outcomes.
enum SourceListReader {
    static func read(_ map: YAMLMap, key: String, reader: YAMLReader) -> [SourceReference] {
        map.sequence(key, what: "the page").compactMap { item in
            guard let entry = YAMLMap(item, reader, what: "a source in '\(key)'", allowed: ["bestand", "onderdeel"]),
                  let file = entry.string("bestand", required: true, what: "a source"),
                  let part = entry.string("onderdeel", required: true, what: "a source") else { return nil }
            return SourceReference(file: file, part: part, position: reader.position(item))
        }
    }
}
