import Beslisboom
import Foundation
import Yams

/// The typed front matter of a page. Keys are Dutch (see docs/content-format.md).
public struct FrontMatter: Sendable {
    public var title: String
    public var order: Int?
    public var summary: String?
    public var sources: [SourceReference]
    public var updated: DayDate?
    /// Where the value of `bijgewerkt:` starts, when the page has the key (a date or not): date
    /// checks place their messages there without reading the page again.
    public var updatedPosition: SourcePosition? = nil
    public var isDraft: Bool
    /// Where the value of `titel:` starts, for messages about the title that are made after reading.
    public var titlePosition: SourcePosition? = nil
    /// Terms the page is about, for the register and search (`trefwoorden`).
    public var keywords: [Keyword] = []

    static let keys = ["titel", "volgorde", "samenvatting", "bronnen", "bijgewerkt", "concept", KeywordListReader.key]
    /// Keys editors may know from Hugo or English docs, mapped to ours for the "did you mean" hint.
    static let aliases = [
        "title": "titel", "weight": "volgorde", "order": "volgorde", "summary": "samenvatting",
        "description": "samenvatting", "sources": "bronnen", "bron": "bronnen", "date": "bijgewerkt",
        "lastmod": "bijgewerkt", "updated": "bijgewerkt", "draft": "concept",
        "keywords": "trefwoorden", "tags": "trefwoorden", "trefwoord": "trefwoorden",
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
    /// The YAML between the opening and closing `---` lines, the body after them, and the closing
    /// line's index (0-based). Nil when the text does not start with `---` or never closes it.
    /// Only the front matter is scanned line by line; the body is taken as it is.
    static func splitFrontMatter(_ text: String) -> (yaml: Substring, body: Substring, closingLine: Int)? {
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var lineNumber = 0
        var yamlStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : bytes.endIndex
            let isMarker = isDashes(bytes[lineStart..<lineEnd])
            if lineNumber == 0 {
                guard isMarker else { return nil }
                yamlStart = next
            } else if isMarker {
                return (text[yamlStart..<lineStart], text[next...], lineNumber)
            }
            lineStart = next
            lineNumber += 1
        }
        return nil
    }

    /// A line that is `---`, give or take spaces around it.
    private static func isDashes(_ line: Substring.UTF8View) -> Bool {
        let trimmed = line.drop { $0 == 32 || $0 == 9 }.reversed().drop { $0 == 32 || $0 == 9 || $0 == 13 }
        return trimmed.count == 3 && trimmed.allSatisfy { $0 == UInt8(ascii: "-") }
    }

    /// Splits and decodes. Returns nil when the front matter is unusable; problems go to `diagnostics`.
    static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> PageSource? {
        // Only the front matter is split into lines; the body is taken as it is (pages can be long).
        // "\r\n" is one Character in Swift, so Windows line ends are made plain first; a lone "\r" (old Mac
        // line ends) too, since cmark and libyaml count it as a line end and positions must agree.
        var text = ByteReplace.plainLineEnds(text)
        // Notepad and Word put a byte order mark before the first `---`; it is no part of the text.
        if text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst() }
        guard let split = splitFrontMatter(text) else {
            let opens = text.hasPrefix("---")
            diagnostics.append(Diagnostic(file: file, line: 1, column: 1, opens ? .frontMatterNotClosed() : .frontMatterMissing()))
            return nil
        }
        let (yamlText, body, closing) = split
        let yaml = String(yamlText)
        let reader = YAMLReader(file: file, lineOffset: 1)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let node = reader.compose(yaml) else {
            if reader.diagnostics.isEmpty {
                diagnostics.append(Diagnostic(file: file, line: 1, column: 1, .frontMatterEmpty()))
            }
            return nil
        }
        guard let map = YAMLMap(node, reader, what: "de front matter", allowed: FrontMatter.keys, aliases: FrontMatter.aliases) else {
            return nil
        }
        let title = map.string("titel", required: true, what: "de front matter")
        let sources = SourceListReader.read(map, key: "bronnen", reader: reader)
        let frontMatter = FrontMatter(
            title: title ?? "",
            order: map.int("volgorde"),
            summary: map.plainText("samenvatting", what: "de front matter", shownIn: "onder de titel en in de zoekresultaten"),
            sources: sources,
            updated: map.date("bijgewerkt"),
            updatedPosition: map.has("bijgewerkt") ? reader.position(map.valueNode("bijgewerkt")) : nil,
            isDraft: map.bool("concept") ?? false,
            titlePosition: map.valueNode("titel").map(reader.position),
            keywords: KeywordListReader.read(map, reader: reader)
        )
        guard let title else { return nil }
        if let markup = markdownInTitle(title) { reader.report(map.valueNode("titel"), .titleHasMarkdown(markup)) }
        if let line = secondFrontMatter(in: body) {
            diagnostics.append(Diagnostic(file: file, line: closing + 1 + line, column: 1, .secondFrontMatter()))
        }
        return PageSource(frontMatter: frontMatter, body: String(body), bodyLineOffset: closing + 1)
    }

    /// Markdown an editor may type in a title (`**`, `__`, a code span, `[tekst](adres)`, `*nadruk*`): a
    /// title is plain text everywhere it is shown (the h1, the tab, the menu, search), so it would show
    /// as typed. The same look as every other plain text (`PlainTextMarkup`).
    static func markdownInTitle(_ title: String) -> String? {
        PlainTextMarkup.find(in: title)
    }

    /// The 1-based line in `body` of a second front matter block right after the first (an editor who
    /// copied the block and pasted it above the old one): a `---` line (or none, when pasted over the old
    /// block's first line), lines of which one starts with a front matter key and ':', up to another
    /// `---` line. cmark would show it as a rule and a heading.
    static func secondFrontMatter(in body: Substring) -> Int? {
        // Most pages start with text or a heading: only a first line of '---' or with a ':' is read further.
        // By bytes; a line that starts with other (non-ASCII) white space is read further to be sure.
        let first = body.utf8.drop { $0 == 32 || (9...13).contains($0) }.prefix { $0 != 10 }
        guard (first.first ?? 0) >= 0x80 || first.starts(with: "---".utf8) || first.contains(UInt8(ascii: ":")) else { return nil }
        let lines = body.split(separator: "\n", maxSplits: 60, omittingEmptySubsequences: false)
        func isKey(_ line: Substring) -> Bool {
            line.firstIndex(of: ":").map { FrontMatter.keys.contains(String(line[..<$0])) } ?? false
        }
        guard let open = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else { return nil }
        // Pasted over the old block's first line, the copy has no '---' of its own: keys, then '---'.
        let opened = lines[open].trimmingCharacters(in: .whitespaces) == "---"
        guard opened || isKey(lines[open]) else { return nil }
        var sawKey = !opened
        for line in lines[(open + 1)...].prefix(50) {
            if line.trimmingCharacters(in: .whitespaces) == "---" { return sawKey ? open + 1 : nil }
            if isKey(line) { sawKey = true }
            // Without its own '---', every line up to the closing one must look like front matter.
            else if !opened, let first = line.first, first != " ", first != "-" { return nil }
        }
        return nil
    }
}

/// `bronnen:` lists, used in front matter and in the decision tree's outcomes.
enum SourceListReader {
    static func read(_ map: YAMLMap, key: String, reader: YAMLReader) -> [SourceReference] {
        map.sequence(key, what: "de pagina").compactMap { source($0, reader, what: "een bron in '\(key)'") }
    }

    /// `{ bestand: FILE, onderdeel: ... }` for one of the site's sources, or
    /// `{ url: https://..., titel: ..., onderdeel: ... }` for a public page.
    static func source(_ item: Node, _ reader: YAMLReader, what: String = "een bron") -> SourceReference? {
        guard let entry = YAMLMap(item, reader, what: what, allowed: ["bestand", "url", "titel", "onderdeel"]) else { return nil }
        let part = entry.plainText("onderdeel", required: true, what: "een bron", shownIn: "bij de bronnen")
        if entry.has("url") {
            guard let url = entry.string("url", required: true, what: "een bron") else { return nil }
            if entry.has("bestand") { reader.report(entry.keyNode("bestand"), .sourceFileAndURL()) }
            guard url.hasPrefix("https://") || url.hasPrefix("http://"), url.count > "https://".count,
                  !url.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" || $0.isNewline }) else {
                reader.report(entry.valueNode("url"), .sourceNotWebAddress(url))
                return nil
            }
            guard let title = entry.plainText("titel", required: true, what: "een bron met een url", shownIn: "bij de bronnen"), let part else { return nil }
            return SourceReference(file: url, part: part, title: title, position: reader.position(item))
        }
        guard let file = entry.string("bestand", required: true, what: "een bron"), let part else { return nil }
        return SourceReference(file: file, part: part, position: reader.position(item))
    }
}
