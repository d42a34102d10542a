import Beslisboom

/// What every layout reads (see docs/templates.md): the site, the page, the paths and the navigation.
struct PageBase: TemplateRecord {
    var site: SiteValue
    var root: String
    var csp: String
    var buildDate: DayDate
    var navigationHTML: String
    var page: PageInfo
    var hasBeslisboom: Bool
    var pages: PublishedPageTree
    var wholeDocument: WholeDocumentValue?
    var breadcrumbs: [LinkValue]
    var previous: LinkValue?
    var next: LinkValue?

    static let fields = TemplateFields<PageBase>("every page", about: "the fields every layout gets", [
        .value("site", "the settings of `Content/site.yml`") { $0.site },
        .text("root", "the relative prefix to the site root (`\"\"` on a top-level page, `\"../\"` one folder down)") { $0.root },
        .text("assets", "`root` + `assets/`") { $0.root + "assets/" },
        .text("csp", "the Content-Security-Policy, for `<meta http-equiv=\"Content-Security-Policy\" content=\"{{csp}}\">`") { $0.csp },
        .text("buildDate", "the date of the build, Dutch (`22 november 2026`)") { $0.buildDate.dutch },
        .html("navigationHTML", "the finished navigation, what `{{> navigation}}` shows (see the partial `navigation`)") { $0.navigationHTML },
        .value("page", "the page itself") { $0.page },
        .flag("hasBeslisboom", "true when the site has the decision tool: link to `beslisboom/index.html` only inside `{{#hasBeslisboom}}`") { $0.hasBeslisboom },
        .pageTree("pages", "`pages.FOLDER.NAME` is `{title, path}` of the published page `Content/FOLDER/NAME.md` (`pages.NAME` at the top): link to it inside `{{#pages.aanpak.stappenplan}}...{{root}}{{path}}...{{/pages.aanpak.stappenplan}}`, so the link disappears with the page") { $0.pages },
        .value("wholeDocument", "links to the whole routeboek as one page and, when the build made it, as a PDF (partial `heel-routeboek`)") { $0.wholeDocument },
        .list("breadcrumbs", "from the home page down to (not including) the page") { $0.breadcrumbs },
        .value("previous", "the page before this one in its section, when there is one") { $0.previous },
        .value("next", "the page after this one in its section, when there is one") { $0.next },
    ])
}

/// `page`: the page a layout renders.
struct PageInfo: TemplateRecord {
    var title: String
    var summary: String
    var path: String
    var html: String?
    var updated: DayDate?
    var sources: [PageSourceValue]?
    var schedule: ScheduleValue?
    var changes: ChangeLogValue?

    static let fields = TemplateFields<PageInfo>("Pagina", about: "the page a layout renders", [
        .text("title", "the title, from the front matter") { $0.title },
        .text("summary", "the summary (`samenvatting`), empty when there is none") { $0.summary },
        .text("path", "the output path from the root (`verzuim/melden-bij-duo.html`)") { $0.path },
        .flag("isHome", "true on `index.html`") { $0.path == "index.html" },
        .html("html", "the rendered Markdown (pages written in Markdown)") { $0.html },
        .text("updated", "the last-updated date in Dutch, when the front matter has one") { $0.updated?.dutch },
        .text("updatedISO", "the same date as `2026-11-20`") { $0.updated?.iso },
        .list("sources", "the page's sources (pages written in Markdown)") { $0.sources },
        .value("schedule", "the publicatiedata, only on the page `Content/publicatiedata.yml` names (partial `publicatiedata`)") { $0.schedule },
        .value("changes", "the changes, only on the page `Content/wijzigingen.yml` names (partial `wijzigingen`)") { $0.changes },
    ])
}

/// One source a page names (`bronnen:` in the front matter).
struct PageSourceValue: TemplateRecord {
    /// Code, title and passage, as every source line shows them.
    var line: SourceLine
    var file: String

    init(_ reference: SourceReference, site: SiteConfig) {
        line = SourceLine(reference, site: site)
        file = reference.file
    }

    static let fields = TemplateFields<PageSourceValue>("Bron", about: "a source of the page and the passage used", [
        .text("code", "the source's code (`S0`), empty when `site.yml` does not list the file") { $0.line.code },
        .text("title", "the source's title") { $0.line.title },
        .text("file", "the source's file as the front matter names it") { $0.file },
        .text("part", "the passage (`r. 91-94`), may be empty") { $0.line.part },
    ])
}

/// `site`: the settings of `Content/site.yml`.
struct SiteValue: TemplateRecord {
    let config: SiteConfig

    static let fields = TemplateFields<SiteValue>("Site", about: "the settings of `Content/site.yml`", [
        .text("title", "the routeboek's title") { $0.config.title },
        .text("organisation", "the samenwerkingsverband") { $0.config.organisation },
        .text("description", "the description, empty when there is none") { $0.config.description ?? "" },
        .value("contact", "the contact (each part optional)") { ContactValue(contact: $0.config.contact) },
        .flag("hasContact", "true when `site.yml` has a contact; without one the footer points readers to their SOT-consulent") { !$0.config.contact.isEmpty },
    ])
}

/// `site.contact`.
struct ContactValue: TemplateRecord {
    let contact: SiteConfig.Contact

    static let fields = TemplateFields<ContactValue>("Contact", about: "the contact in `Content/site.yml`", [
        .text("name", "a name or a role") { $0.contact.name },
        .text("email", "an e-mail address") { $0.contact.email },
        .text("phone", "a telephone number") { $0.contact.phone },
        .text("url", "a web page") { $0.contact.url },
    ])
}
