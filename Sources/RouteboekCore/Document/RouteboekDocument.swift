/// The whole routeboek as one document, made from the pages the site shows in the same build: every
/// page in navigation order as numbered chapters (a top-level page or a section with its pages), the
/// beslisboom's generated pages (its routes table and flowchart) as appendices, and the list of sources.
/// The home page is left out: it is the site's way in, and the cover and contents do its job on paper.
struct RouteboekDocument {
    enum Kind { case page, routes, flowchart, sources }

    /// A chapter, a page inside a chapter, or an appendix.
    struct Part {
        var kind: Kind
        /// Where links and the table of contents land: the part's heading.
        var anchor: String
        /// `3`, `3.2`, or `Bijlage A`.
        var number: String
        var title: String
        /// 1 for a chapter or appendix, 2 for a page inside a section.
        var depth: Int
        var summary: String?
        /// The page's HTML, rewritten for its place in the document.
        var html = PartHTML.none
        var updated: DayDate?
        var sources: [SourceLine] = []
        var pages: [Part] = []
        /// The numbered headings at the pages' level, for the contents of a section's chapter.
        var headings: [ContentsEntry] = []
        /// Appendices this chapter's section has on the site as pages of its own.
        var appendices: [Part] = []
    }

    /// A page's HTML as the document shows it, rewritten when the document is written and not kept: held
    /// for every page at once, the rewritten pages were as large as the document itself (69 MB on 10,000 pages).
    struct PartHTML {
        /// The page's own HTML (the page's string, shared, not copied).
        var source: String
        /// Nil when `source` is already the document's.
        var rewriter: DocumentPageHTML?
        /// The outline numbers before the page's first heading.
        var numbers: OutlineNumbers

        static let none = PartHTML(source: "", rewriter: nil, numbers: OutlineNumbers())

        var text: String {
            guard let rewriter else { return source }
            var numbers = numbers
            return rewriter.rewrite(source, numbers: &numbers)
        }
    }

    struct ContentsEntry {
        var anchor: String
        var number: String
        var title: String
    }

    /// A section's chapter lists its own headings and its pages, in reading order; a chapter of one
    /// page lists only itself (a page's own headings are too many for the contents: the begrippen).
    func contents(of chapter: Part) -> [ContentsEntry] {
        chapter.headings + chapter.pages.map { ContentsEntry(anchor: $0.anchor, number: $0.number, title: $0.title) }
    }

    /// A source of the catalogue with the parts of the document that cite it.
    struct SourceUse {
        var source: SiteConfig.Source
        var citedBy: [(part: Part, passage: String)]
    }

    static let coverAnchor = "document-omslag"
    static let contentsAnchor = "document-inhoud"
    static let routesAnchor = "bijlage-alle-routes"
    static let flowchartAnchor = "bijlage-stroomschema"
    static let sourcesAnchor = "bijlage-bronnen"

    var chapters: [Part] = []
    var appendices: [Part] = []
    var sources: [SourceUse] = []
    var tree: TreeDocumentAppendix?

    /// `body` gives a page's HTML as its own page shows it (the rendered Markdown, and what the layout
    /// adds to it, such as the publicatiedata).
    init(pages: [Page], navigation: Navigation, site: SiteConfig, tree: TreeDocumentAppendix?, body: (Page) -> String) {
        self.tree = tree
        // By index, not by value: a page copied out of a dictionary is a retain of each of its strings,
        // on strings the pages' own renders retain at the same time from the other core.
        let indexByPath = Dictionary(pages.indices.map { (pages[$0].outputPath, $0) }, uniquingKeysWith: { a, _ in a })
        func page(at path: String) -> Page? { indexByPath[path].map { pages[$0] } }

        // The tree's generated pages in its section's navigation become appendices, in that order.
        var appendices: [Part] = []
        var appendixPaths: [String: Int] = [:]
        if tree != nil {
            for entry in navigation.entries where !entry.section.isEmpty {
                for item in entry.pages where indexByPath[item.path] == nil {
                    let kind: Kind
                    switch item.path {
                    case TreeStepPaths.routesPath: kind = .routes
                    case TreeStepPaths.flowchartPath: kind = .flowchart
                    default: continue
                    }
                    appendixPaths[item.path] = appendices.count
                    appendices.append(Part(kind: kind, anchor: kind == .flowchart ? Self.flowchartAnchor : Self.routesAnchor,
                                           number: "", title: item.title, depth: 1))
                }
            }
        }
        appendices.append(Part(kind: .sources, anchor: Self.sourcesAnchor, number: "", title: "Bronnen", depth: 1))
        for index in appendices.indices { appendices[index].number = "Bijlage " + Self.letter(index) }

        var targets = DocumentTargets()
        for page in pages where !page.isHome { targets.addPage(outputPath: page.outputPath) }
        targets.addPart(outputPath: "index.html", anchor: Self.coverAnchor)
        for (path, index) in appendixPaths { targets.addPart(outputPath: path, anchor: appendices[index].anchor) }
        if let routes = appendices.first(where: { $0.kind == .routes }) {
            // Every step of the tree's version without JavaScript lies on a route of the table.
            targets.addFolder(ContentPath.directory(of: TreeStepPaths.path([])), anchor: routes.anchor)
        }

        var numbers = OutlineNumbers()
        for entry in navigation.entries {
            let chapterNumber = numbers.next(depth: 1) ?? ""
            let index = page(at: entry.path).flatMap { entry.section.isEmpty || $0.isIndex ? $0 : nil }
            // A section without index.md has no page of its own: its chapter is only a title.
            let anchorPath = index?.outputPath ?? entry.section + "/index.html"
            var chapter = Part(kind: .page, anchor: DocumentTargets.pageAnchor(outputPath: anchorPath),
                               number: chapterNumber, title: entry.title, depth: 1)
            if let index {
                let headings = Self.fill(&chapter, from: index, html: body(index), titleDepth: 1, targets: targets, numbers: &numbers, site: site)
                if !entry.section.isEmpty {
                    chapter.headings = headings.filter { $0.depth == 2 }.map { heading in
                        ContentsEntry(anchor: heading.documentID, number: heading.number,
                                      title: index.headings.first { $0.anchor == heading.pageID }?.title ?? heading.number)
                    }
                }
            }
            for item in entry.pages {
                if let page = page(at: item.path), page.outputPath != index?.outputPath {
                    var part = Part(kind: .page, anchor: DocumentTargets.pageAnchor(outputPath: page.outputPath),
                                    number: numbers.next(depth: 2) ?? "", title: page.title, depth: 2)
                    Self.fill(&part, from: page, html: body(page), titleDepth: 2, targets: targets, numbers: &numbers, site: site)
                    chapter.pages.append(part)
                } else if let appendix = appendixPaths[item.path] {
                    chapter.appendices.append(appendices[appendix])
                }
            }
            chapters.append(chapter)
        }
        if let tree, let figure = tree.flowchartHTML, let index = appendices.firstIndex(where: { $0.kind == .flowchart }) {
            let rewriter = DocumentPageHTML(outputPath: TreeStepPaths.flowchartPath, anchor: Self.flowchartAnchor, titleDepth: 1, targets: targets)
            var unnumbered = OutlineNumbers()
            appendices[index].html = PartHTML(source: rewriter.rewrite(figure, numbers: &unnumbered), rewriter: nil, numbers: unnumbered)
        }
        self.appendices = appendices
        sources = Self.sourceUses(site.sources, chapters: chapters)
    }

    /// Each source with the parts citing it, in reading order. One walk over the parts: a walk per source
    /// copied every part of the document once per source (50,000 copies for 5 sources on 10,000 pages).
    private static func sourceUses(_ sources: [SiteConfig.Source], chapters: [Part]) -> [SourceUse] {
        var citations: [String: [(part: Part, passage: String)]] = [:]
        func collect(_ part: Part) {
            for line in part.sources { citations[line.code, default: []].append((part, line.part)) }
        }
        for chapter in chapters {
            collect(chapter)
            chapter.pages.forEach(collect)
        }
        return sources.map { SourceUse(source: $0, citedBy: citations[$0.code] ?? []) }
    }

    @discardableResult
    private static func fill(_ part: inout Part, from page: Page, html: String, titleDepth: Int, targets: DocumentTargets,
                             numbers: inout OutlineNumbers, site: SiteConfig) -> [DocumentPageHTML.NumberedHeading] {
        part.summary = page.frontMatter.summary
        part.updated = page.frontMatter.updated
        part.sources = page.frontMatter.sources.map { SourceLine($0, site: site) }
        let rewriter = DocumentPageHTML(outputPath: page.outputPath, anchor: DocumentTargets.pageAnchor(outputPath: page.outputPath),
                                        titleDepth: titleDepth, targets: targets)
        part.html = PartHTML(source: html, rewriter: rewriter, numbers: numbers)
        return rewriter.number(html, numbers: &numbers)
    }

    static func letter(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < letters.count ? String(letters[index]) : String(index + 1)
    }
}
