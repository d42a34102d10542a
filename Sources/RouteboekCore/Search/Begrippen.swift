import Foundation

/// One entry of the begrippen page (`Content/begrippen.md`): a level-2 heading and the text under it.
struct Begrip: Sendable {
    var name: String
    var anchor: String
    var definition: String
    /// Pages the definition points to ("Zie ..."), as output paths with an optional `#anchor`.
    var seeAlso: [String]
}

enum Begrippen {
    /// The page whose level-2 headings are the routeboek's terms.
    static let source = "begrippen.md"

    static func read(from page: Page) -> [Begrip] {
        let texts = Dictionary(page.sections.map { ($0.anchor, $0.text) }, uniquingKeysWith: { first, _ in first })
        let links = linksBySection(page.html, pagePath: page.outputPath)
        return page.headings.filter { $0.level == 2 }.map { heading in
            Begrip(name: heading.title, anchor: heading.anchor, definition: SnippetText.clean(texts[heading.anchor] ?? ""),
                   seeAlso: links[heading.anchor] ?? [])
        }
    }

    /// The name editors and staff would write: `ISD (Internet Schooldossier)` is also `ISD`.
    static func shortName(_ name: String) -> String? {
        guard let open = name.firstIndex(of: "("), open > name.startIndex else { return nil }
        let short = name[..<open].trimmingCharacters(in: .whitespaces)
        return short.isEmpty ? nil : short
    }

    /// The local links under each `<h2 id="...">` of the rendered page, resolved to paths from the
    /// site's root. Links to another begrip on the same page are left out: the register lists those
    /// terms themselves.
    static func linksBySection(_ html: String, pagePath: String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        let chunks = html.components(separatedBy: "<h2")
        for chunk in chunks.dropFirst() {
            guard let id = attribute("id", in: chunk.prefix { $0 != ">" }) else { continue }
            var hrefs: [String] = []
            var rest = Substring(chunk)
            while let range = rest.range(of: "href=\"") {
                let value = rest[range.upperBound...].prefix { $0 != "\"" }
                rest = rest[range.upperBound...]
                let href = String(value).replacingOccurrences(of: "&amp;", with: "&")
                guard !href.isEmpty, !href.hasPrefix("#"), !ContentPath.isExternal(href) else { continue }
                let parts = href.split(separator: "#", maxSplits: 1).map(String.init)
                guard let path = ContentPath.resolve(parts[0], from: pagePath), path != pagePath else { continue }
                let resolved = path + (parts.count > 1 ? "#" + parts[1] : "")
                if !hrefs.contains(resolved) { hrefs.append(resolved) }
            }
            result[id] = hrefs
        }
        return result
    }

    private static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: "\(name)=\"") else { return nil }
        return String(tag[range.upperBound...].prefix { $0 != "\"" })
    }
}
