/// Builds the template context every layout gets (see docs/templates.md).
struct PageContext: Sendable {
    let site: SiteConfig
    let navigation: Navigation
    let csp: String
    let buildDate: DayDate
    let navigationHTML: NavigationCache
    /// Links to the whole routeboek (one page, and the PDF when this build made it), for every page.
    var wholeDocument: DocumentLinks?
    /// The publicatiedata, shown on the page the data file names (`page.schedule`).
    var schedule: PublicationSchedule?
    /// The entries of wijzigingen.yml, shown on the page it names (`page.changes`).
    var changes: ChangeLogContext?
    /// Whether the site has the decision tool (templates link to it only then).
    var hasBeslisboom = false
    /// Published pages by content path without `.md` (`aanpak/stappenplan`) → (title, output path), for
    /// `{{#pages.aanpak.stappenplan}}`: a template links to a content page only when it exists.
    var publishedPages: [String: (title: String, path: String)] = [:] {
        didSet { pagesByFolder = PublishedPageTree(publishedPages) }
    }
    /// `publishedPages` by folder for Mustache's dotted names. Built once: every page's context holds it,
    /// and building it per page made a 1,000-page build quadratic.
    var pagesByFolder = PublishedPageTree()

    /// What every layout gets for a page at `path` (from the output root) in `section`.
    func base(path: String, section: String, title: String, summary: String? = nil) -> PageBase {
        base(PageInfo(title: title, summary: summary ?? "", path: path), section: section)
    }

    /// What every layout gets for `page`.
    func base(_ page: PageInfo, section: String) -> PageBase {
        let path = page.path
        let root = ContentPath.rootPrefix(for: path)
        var crumbs: [LinkValue] = []
        if path != "index.html" {
            crumbs.append(LinkValue(title: "Home", href: root + "index.html"))
            if let entry = navigation.entry(forSection: section), entry.path != path {
                crumbs.append(LinkValue(title: entry.title, href: root + entry.path))
            }
        }
        var previous: LinkValue?
        var next: LinkValue?
        let sequence = navigation.sequence(forSection: section)
        if let index = sequence.firstIndex(where: { $0.path == path }) {
            if index > 0 { previous = LinkValue(title: sequence[index - 1].title, href: root + sequence[index - 1].path) }
            if index + 1 < sequence.count { next = LinkValue(title: sequence[index + 1].title, href: root + sequence[index + 1].path) }
        }
        return PageBase(site: SiteValue(config: site), root: root, csp: csp, buildDate: buildDate,
                        navigationHTML: navigationHTML.html(section: section, path: path), page: page,
                        hasBeslisboom: hasBeslisboom, pages: pagesByFolder, wholeDocument: wholeDocument?.value(root: root),
                        breadcrumbs: crumbs, previous: previous, next: next)
    }

    /// The context of a Markdown page.
    func page(_ page: Page) -> LayoutContext<ProsePage> {
        LayoutContext(base: base(info(page), section: page.section), extra: ProsePage(toc: Self.tableOfContents(page.headings)))
    }

    /// `page` for a Markdown page.
    func info(_ page: Page) -> PageInfo {
        let sources = page.frontMatter.sources.map { PageSourceValue($0, site: site) }
        return PageInfo(title: page.title, summary: page.frontMatter.summary ?? "", path: page.outputPath, html: page.html,
                        updated: page.frontMatter.updated, sources: sources, schedule: schedule(on: page).map(scheduleValue),
                        changes: changes(on: page)?.value(root: ContentPath.rootPrefix(for: page.outputPath)))
    }

    /// The publicatiedata, when `page` is the page that shows them.
    func schedule(on page: Page) -> PublicationSchedule? {
        schedule.flatMap { $0.page == page.source ? $0 : nil }
    }

    /// The change log, when `page` is the page that shows it.
    func changes(on page: Page) -> ChangeLogContext? {
        changes.flatMap { $0.changeLog.page == page.source ? $0 : nil }
    }

    static func tableOfContents(_ headings: [PageHeading]) -> [TocEntry] {
        var sections: [TocEntry] = []
        for heading in headings where heading.level == 2 || heading.level == 3 {
            if heading.level == 2 || sections.isEmpty { sections.append(TocEntry(heading: heading, children: [])) } else { sections[sections.count - 1].children.append(heading) }
        }
        return sections
    }

    /// The publicatiedata on the build date.
    func scheduleValue(_ schedule: PublicationSchedule) -> ScheduleValue {
        ScheduleValue(schedule: schedule, today: buildDate, source: SourceLine(schedule.source, site: site))
    }
}
