/// The context of the layout `routeboek-compleet` (see docs/templates.md): the document's parts as the
/// fields a designer writes, under `document`.
struct DocumentPage: TemplateRecord {
    var document: DocumentValue

    static let fields = TemplateFields<DocumentPage>("routeboek-compleet", about: "the whole routeboek as one document (`routeboek-compleet.html`), the source of `routeboek.pdf`", [
        .value("document", "the document") { $0.document },
    ])
}

/// `document`: the cover, the contents, the chapters and the appendices.
struct DocumentValue: TemplateRecord {
    var document: RouteboekDocument
    var site: SiteConfig
    var version: DayDate

    static let fields = TemplateFields<DocumentValue>("Document", about: "the whole routeboek", [
        .text("title", "the routeboek's title, from `Content/site.yml`") { $0.site.title },
        .text("organisation", "the samenwerkingsverband") { $0.site.organisation },
        .text("description", "the description, empty when there is none") { $0.site.description ?? "" },
        .text("version", "the build's date in Dutch, on the cover and in the running footer") { $0.version.dutch },
        .text("versionISO", "the same date as `2026-11-30`") { $0.version.iso },
        .text("coverAnchor", "the cover's id") { _ in RouteboekDocument.coverAnchor },
        .text("contentsAnchor", "the contents' id") { _ in RouteboekDocument.contentsAnchor },
        .list("toc", "the chapters with a section's own headings and pages") { (value: DocumentValue) -> [DocumentTocChapter] in
            value.document.chapters.map { DocumentTocChapter(part: $0, pages: value.document.contents(of: $0)) }
        },
        .list("appendixToc", "the appendices (`number` is `Bijlage A` ...)") { $0.document.appendices.map { DocumentTocLine($0) } },
        .list("chapters", "the chapters, rendered with the partial `document-deel` (which renders a chapter's `pages` with itself)") { (value: DocumentValue) -> [DocumentPart] in
            DocumentPart.parts(value.document.chapters, of: DocumentPart.Shared(value.document))
        },
        .list("appendices", "the appendices, rendered the same way") { (value: DocumentValue) -> [DocumentPart] in
            DocumentPart.parts(value.document.appendices, of: DocumentPart.Shared(value.document))
        },
    ])
}

/// A chapter in the contents.
struct DocumentTocChapter: TemplateRecord {
    var part: RouteboekDocument.Part
    var pages: [RouteboekDocument.ContentsEntry]

    static let fields = TemplateFields<DocumentTocChapter>("Inhoudshoofdstuk", about: "a chapter in the contents", [
        .text("anchor", "its id") { $0.part.anchor },
        .text("number", "its number") { $0.part.number },
        .text("title", "its title") { $0.part.title },
        .list("pages", "a section's own headings and pages") { $0.pages.map { DocumentTocLine(anchor: $0.anchor, number: $0.number, title: $0.title) } },
    ])
}

/// A line of the contents.
struct DocumentTocLine: TemplateRecord {
    var anchor: String
    var number: String
    var title: String

    init(anchor: String, number: String, title: String) {
        self.anchor = anchor
        self.number = number
        self.title = title
    }

    init(_ part: RouteboekDocument.Part) {
        self.init(anchor: part.anchor, number: part.number, title: part.title)
    }

    static let fields = TemplateFields<DocumentTocLine>("Inhoudsregel", about: "a line of the contents", [
        .text("anchor", "its id") { $0.anchor },
        .text("number", "its number (`3.2`, `Bijlage A`)") { $0.number },
        .text("title", "its title") { $0.title },
    ])
}

/// A chapter, a page in a section or an appendix. Every field is set on every part, empty when it has
/// none (Mustache would otherwise take a missing one from the enclosing part), except those of one kind
/// of part (`routeCount`, `routes`, `sourceList`).
struct DocumentPart: TemplateRecord {
    /// One reference, built once per part with its pages: a section over 10,000 parts then copies a
    /// pointer per part, not a part's dozen fields and the whole document.
    private let node: Node
    var part: RouteboekDocument.Part { node.part }
    var document: RouteboekDocument { node.shared.document }
    var pages: [DocumentPart] { node.pages }

    private final class Node: Sendable {
        let part: RouteboekDocument.Part
        let shared: Shared
        let pages: [DocumentPart]

        init(part: RouteboekDocument.Part, shared: Shared) {
            self.part = part
            self.shared = shared
            pages = DocumentPart.parts(part.pages, of: shared)
        }
    }

    /// The document every part of one render refers to.
    final class Shared: Sendable {
        let document: RouteboekDocument
        init(_ document: RouteboekDocument) { self.document = document }
    }

    static func parts(_ parts: [RouteboekDocument.Part], of shared: Shared) -> [DocumentPart] {
        parts.map { DocumentPart(node: Node(part: $0, shared: shared)) }
    }

    static let fields = TemplateFields<DocumentPart>("Deel", about: "a chapter, a page in a section, or an appendix", [
        .text("anchor", "its id") { $0.part.anchor },
        .text("number", "its number") { $0.part.number },
        .text("title", "its title") { $0.part.title },
        .number("level", "its heading level: 2 for a chapter or appendix, 3 for a page in a section (`<h{{level}}>`)") { OutlineLevel.headingElement(depth: $0.part.depth) },
        .text("summary", "the page's summary, may be empty") { $0.part.summary ?? "" },
        .html("html", "the page's own HTML, every id behind the page's anchor, links between pages made links inside the document, headings numbered at their level") { $0.part.html.text },
        .text("updated", "the page's last-updated date in Dutch, may be empty") { $0.part.updated?.dutch ?? "" },
        .text("updatedISO", "the same as `2026-11-20`, may be empty") { $0.part.updated?.iso ?? "" },
        .list("sources", "the page's sources") { $0.part.sources },
        .list("pages", "a section's pages, each a part") { $0.pages },
        .list("appendices", "the appendices the part refers to") { $0.part.appendices.map { DocumentTocLine($0) } },
        .flag("isFlowchart", "true for the appendix with the beslisboom's flowchart") { $0.part.kind == .flowchart },
        .flag("isRoutes", "true for the appendix with every route (partial `document-routes`)") { $0.part.kind == .routes },
        .flag("isSources", "true for the appendix with the sources (partial `document-bronnenlijst`)") { $0.part.kind == .sources },
        .number("routeCount", "on the routes appendix: how many routes") { (value: DocumentPart) -> Int? in
            value.part.kind == .routes ? value.document.tree?.routes.count ?? 0 : nil
        },
        .list("routes", "on the routes appendix: every route") { (value: DocumentPart) -> [DocumentRoute]? in
            guard value.part.kind == .routes else { return nil }
            return (value.document.tree?.routes ?? []).map { DocumentRoute(route: $0, anchor: "\(value.part.anchor)--route-\($0.number)") }
        },
        .list("sourceList", "on the sources appendix: every source with the parts that cite it") { (value: DocumentPart) -> [DocumentSourceUse]? in
            value.part.kind == .sources ? value.document.sources.map(DocumentSourceUse.init) : nil
        },
    ])
}

/// A route in the routes appendix.
struct DocumentRoute: TemplateRecord {
    var route: TreeDocumentAppendix.RouteRow
    var anchor: String

    static let fields = TemplateFields<DocumentRoute>("Documentroute", about: "a route in the appendix", [
        .number("number", "its number") { $0.route.number },
        .text("anchor", "its id") { $0.anchor },
        .list("answers", "its answers") { $0.route.answers.map { DocumentAnswer(question: $0.question, answer: $0.answer) } },
        .text("registration", "where to register") { $0.route.registration },
        .text("deviation", "afwijking onderwijstijd") { $0.route.deviation },
        .text("thuiszitter", "whether the pupil counts as a thuiszitter") { $0.route.thuiszitter },
        .text("outcome", "the outcome's title") { $0.route.outcome },
    ])
}

/// A question and its answer on a route of the appendix.
struct DocumentAnswer: TemplateRecord {
    var question: String
    var answer: String

    static let fields = TemplateFields<DocumentAnswer>("Documentantwoord", about: "a question and the answer on the route", [
        .text("question", "the question") { $0.question },
        .text("answer", "the answer") { $0.answer },
    ])
}

/// A source in the sources appendix, with the parts that cite it.
struct DocumentSourceUse: TemplateRecord {
    var use: RouteboekDocument.SourceUse

    static let fields = TemplateFields<DocumentSourceUse>("Bronvermelding", about: "a source and where the document cites it", [
        .text("code", "its code (`S0`)") { $0.use.source.code },
        .text("title", "its title") { $0.use.source.title },
        .text("file", "its file") { $0.use.source.file },
        .list("citedBy", "the parts that cite it") { $0.use.citedBy.map { DocumentCitation(part: $0.part, passage: $0.passage) } },
    ])
}

/// A part that cites a source, with the passage.
struct DocumentCitation: TemplateRecord {
    var part: RouteboekDocument.Part
    var passage: String

    static let fields = TemplateFields<DocumentCitation>("Verwijzing", about: "a part that cites the source", [
        .text("anchor", "the part's id") { $0.part.anchor },
        .text("number", "its number") { $0.part.number },
        .text("title", "its title") { $0.part.title },
        .text("passage", "the passage cited, may be empty") { $0.passage },
    ])
}
