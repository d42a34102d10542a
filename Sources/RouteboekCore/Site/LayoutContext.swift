import Mustache

/// What a layout renders: the fields every page has (`PageBase`) and the layout's own (`Extra`).
/// `Layout.extras` names the `Extra` type of each layout, for the load-time check of its names.
struct LayoutContext<Extra: TemplateValue>: TemplateValue {
    var base: PageBase
    var extra: Extra

    static var schema: TemplateSchema { Extra.schema.adding(PageBase.schema) }

    func templateData(named name: String) -> TemplateData? {
        extra.templateData(named: name) ?? base.templateData(named: name)
    }
}

/// The layouts with nothing of their own (`zoeken`).
struct NoExtras: TemplateRecord {
    static let fields = TemplateFields<NoExtras>("zoeken", about: "the search page: only the fields every page has", [])
}

/// `pagina` and `wijzigingen`: a page written in Markdown, with its on-page contents.
struct ProsePage: TemplateRecord {
    var toc: [TocEntry]

    static let fields = TemplateFields<ProsePage>("pagina", about: "every page written in Markdown", tocFields { $0.toc })

    /// `toc` and `hasToc`, which the decision tool's page has too.
    static func tocFields<Root>(_ toc: @escaping @Sendable (Root) -> [TocEntry]) -> [TemplateField<Root>] {
        [
            .list("toc", "the on-page contents, from the h2 and h3 headings") { toc($0) },
            .flag("hasToc", "true when the page has 2 or more h2 headings") { toc($0).count >= 2 },
        ]
    }
}

/// An h2 of the on-page contents, with the h3 below it.
struct TocEntry: TemplateRecord {
    var heading: PageHeading
    var children: [PageHeading]

    static let fields = TemplateFields<TocEntry>("Inhoud", about: "an h2 heading of the page", [
        .text("title", "the heading's text") { $0.heading.title },
        .text("anchor", "its id, for `#{{anchor}}`") { $0.heading.anchor },
        .list("children", "the h3 headings below it") { $0.children.map(TocHeading.init) },
    ])
}

/// An h3 of the on-page contents.
struct TocHeading: TemplateRecord {
    var heading: PageHeading

    static let fields = TemplateFields<TocHeading>("Kop", about: "an h3 heading of the page", [
        .text("title", "the heading's text") { $0.heading.title },
        .text("anchor", "its id") { $0.heading.anchor },
    ])
}
