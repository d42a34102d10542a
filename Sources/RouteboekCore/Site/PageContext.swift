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

    /// The common keys for a page at `path` (from the output root) in `section`; `pageInfo` adds to `page`.
    func base(path: String, section: String, title: String, summary: String? = nil, pageInfo: [String: Any] = [:]) -> [String: Any] {
        let root = ContentPath.rootPrefix(for: path)
        let info: [String: Any] = ["title": title, "summary": summary ?? "", "path": path, "isHome": path == "index.html"]
        var context: [String: Any] = [
            "site": siteContext,
            "root": root,
            "assets": root + "assets/",
            "csp": csp,
            "buildDate": buildDate.dutch,
            "navigationHTML": navigationHTML.html(section: section, path: path),
            "page": info.merging(pageInfo) { _, added in added },
            "hasBeslisboom": hasBeslisboom,
            "pages": pagesByFolder,
        ]
        if let wholeDocument { context["wholeDocument"] = wholeDocument.context(root: root) }
        var crumbs: [[String: Any]] = []
        if path != "index.html" {
            crumbs.append(["title": "Home", "href": root + "index.html"])
            if let entry = navigation.entry(forSection: section), entry.path != path {
                crumbs.append(["title": entry.title, "href": root + entry.path])
            }
        }
        context["breadcrumbs"] = crumbs
        let sequence = navigation.sequence(forSection: section)
        if let index = sequence.firstIndex(where: { $0.path == path }) {
            if index > 0 { context["previous"] = ["title": sequence[index - 1].title, "href": root + sequence[index - 1].path] }
            if index + 1 < sequence.count { context["next"] = ["title": sequence[index + 1].title, "href": root + sequence[index + 1].path] }
        }
        return context
    }

    /// The context of a Markdown page.
    func page(_ page: Page) -> [String: Any] {
        var info: [String: Any] = ["html": page.html]
        if let updated = page.frontMatter.updated {
            info["updated"] = updated.dutch
            info["updatedISO"] = updated.iso
        }
        info["sources"] = page.frontMatter.sources.map { reference -> [String: Any] in
            let source = site.source(file: reference.file)
            return ["code": source?.code ?? "", "title": source?.title ?? reference.file, "file": reference.file, "part": reference.part]
        }
        if let schedule = schedule(on: page) { info["schedule"] = scheduleContext(schedule) }
        if let changes = changes(on: page) { info["changes"] = changes.context(root: ContentPath.rootPrefix(for: page.outputPath)) }
        var context = base(path: page.outputPath, section: page.section, title: page.title, summary: page.frontMatter.summary,
                           pageInfo: info)
        let toc = Self.tableOfContents(page.headings)
        context["toc"] = toc
        context["hasToc"] = toc.count >= 2
        return context
    }

    /// The publicatiedata, when `page` is the page that shows them.
    func schedule(on page: Page) -> PublicationSchedule? {
        schedule.flatMap { $0.page == page.source ? $0 : nil }
    }

    /// The change log, when `page` is the page that shows it.
    func changes(on page: Page) -> ChangeLogContext? {
        changes.flatMap { $0.changeLog.page == page.source ? $0 : nil }
    }

    static func tableOfContents(_ headings: [PageHeading]) -> [[String: Any]] {
        var sections: [(heading: PageHeading, children: [PageHeading])] = []
        for heading in headings where heading.level == 2 || heading.level == 3 {
            if heading.level == 2 || sections.isEmpty { sections.append((heading, [])) } else { sections[sections.count - 1].children.append(heading) }
        }
        return sections.map { section in
            ["title": section.heading.title, "anchor": section.heading.anchor,
             "children": section.children.map { ["title": $0.title, "anchor": $0.anchor] as [String: Any] }]
        }
    }

    private var siteContext: [String: Any] {
        var contact: [String: Any] = [:]
        contact["name"] = site.contact.name
        contact["email"] = site.contact.email
        contact["phone"] = site.contact.phone
        contact["url"] = site.contact.url
        return ["title": site.title, "organisation": site.organisation, "description": site.description ?? "", "contact": contact,
                "hasContact": !site.contact.isEmpty]
    }

    /// The dates with their state on the build date: the next one is worked out here, not written in prose.
    func scheduleContext(_ schedule: PublicationSchedule) -> [String: Any] {
        let next = schedule.next(onOrAfter: buildDate)
        let dates: [[String: Any]] = schedule.dates.map { date in
            let state = date < buildDate ? "geweest" : date == next ? "volgende" : "gepland"
            return ["dutch": date.dutch, "iso": date.iso, "state": state, "isNext": date == next, "isPast": date < buildDate]
        }
        var context: [String: Any] = ["dates": dates, "nextUnknown": schedule.nextUnknown, "today": buildDate.dutch]
        if let next { context["nextDate"] = ["dutch": next.dutch, "iso": next.iso] }
        if let last = schedule.last { context["lastDate"] = ["dutch": last.dutch, "iso": last.iso] }
        let source = site.source(file: schedule.source.file)
        context["source"] = ["code": source?.code ?? "", "title": source?.title ?? schedule.source.file, "part": schedule.source.part]
        return context
    }

}
