/// One Markdown page after reading and rendering its body. A class, never changed after it is made:
/// the build hands a page around many times (lists, lookups by path, contexts), and a copy is then one
/// reference count, not one for each of its dozen texts and lists.
final class Page: Sendable {
    /// Path from the content root: `verzuim/melden.md`.
    let source: String
    /// Path from the output root: `verzuim/melden.html`.
    let outputPath: String
    /// Path shown in messages: `Content/verzuim/melden.md`.
    let file: String
    let frontMatter: FrontMatter
    let html: String
    let headings: [PageHeading]
    let sections: [SearchSection]
    let links: [LocalLink]
    /// The rest of the page after an unclosed HTML comment is lost, its headings with it (RB141).
    let headingsCutShort: Bool
    /// The file's line where the Markdown under the front matter starts.
    let bodyLine: Int
    /// The top-level folder, or "" for pages at the root (asked for a page many times per build: kept).
    let section: String

    init(source: String, outputPath: String, file: String, frontMatter: FrontMatter, html: String, headings: [PageHeading],
         sections: [SearchSection], links: [LocalLink], headingsCutShort: Bool = false, bodyLine: Int = 1) {
        self.source = source
        self.outputPath = outputPath
        self.file = file
        self.frontMatter = frontMatter
        self.html = html
        self.headings = headings
        self.sections = sections
        self.links = links
        self.headingsCutShort = headingsCutShort
        self.bodyLine = bodyLine
        section = source.contains("/") ? String(source.prefix { $0 != "/" }) : ""
    }

    var title: String { frontMatter.title }
    var isIndex: Bool { source == "index.md" || source.hasSuffix("/index.md") }
    var isHome: Bool { source == "index.md" }
    var sortKey: (Int, String) { (frontMatter.order ?? Int.max, title.lowercased()) }
}
