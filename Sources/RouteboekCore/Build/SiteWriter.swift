import Foundation

/// The render phase: every page through its layout, the decision tree's pages, search, and the files.
struct SiteWriter {
    let input: SiteInput
    let tree: CheckedTree?
    let templates: TemplateSet
    let sink: OutputSink
    let log: DiagnosticLog
    let templatesRoot: URL
    let flowcharts: FlowchartCache
    /// The build date, and the day the next publicatiedatum is counted from.
    let today: DayDate

    /// Writes everything; returns the number of HTML pages.
    func writeAll() -> Int {
        let published = input.published
        let navigation = Navigation(pages: published, extraPages: tree == nil ? [:] : [ContentScanner.treeFolder: TreeSite.overviewPages],
                                    diagnostics: log)
        var pageContext = PageContext(site: input.site, navigation: navigation, csp: ContentSecurityPolicy.value, buildDate: today,
                                      navigationHTML: NavigationCache(navigation: navigation, templates: templates),
                                      schedule: input.schedule,
                                      changes: input.changeLog.map { ChangeLogContext(changeLog: $0, pages: published, tree: tree) })
        pageContext.hasBeslisboom = tree != nil
        pageContext.publishedPages = Dictionary(published.map { (String($0.source.dropLast(3)), ($0.title, $0.outputPath)) },
                                                uniquingKeysWith: { first, _ in first })
        let context = pageContext
        let toolIntro = tree == nil ? nil : input.pagesBySource[TreeTexts.anchorPage]
        let written = Counter()

        // Job 0 is the search index and register (one large job), started first so it runs beside the pages.
        DispatchQueue.concurrentPerform(iterations: published.count + 1) { job in
            if job == 0 {
                writeSearch(published, context: context)
                return
            }
            let page = published[job - 1]
            if page.source == toolIntro?.source { return }
            let layout = page.source == input.changeLog?.page ? ChangeLog.layout : "pagina"
            write(templates.render(layout: layout, context.page(page)), to: page.outputPath)
            written.increment()
        }
        if let tree, let toolIntro {
            let site = TreeSite(tree: tree.tree, enumeration: tree.enumeration, pages: input.pagesBySource.filter { !$0.value.frontMatter.isDraft },
                                site: input.site, templates: templates, context: context, flowcharts: flowcharts)
            for (path, html) in site.render(intro: toolIntro, diagnostics: log) {
                write(html, to: path)
                written.increment()
            }
        }
        copyFiles()
        return written.value + 2
    }

    private func write(_ text: String, to path: String) {
        do {
            try sink.write(text, to: path)
        } catch {
            log.add(OutputError.diagnostic(for: error, output: path))
        }
    }

    private func writeSearch(_ pages: [Page], context: PageContext) {
        guard let stemmer = DutchStemmer() else {
            log.error(SearchIndex.path, "Snowball's Dutch stemmer (libstemmer) could not start; reinstall libstemmer-dev (scripts/install-build-deps.sh)")
            return
        }
        let search = SearchSite(pages: pages, tree: tree, input: input.search,
                                sectionTitle: { context.navigation.entry(forSection: $0.section)?.title ?? "" }, stemmer: stemmer)
        write(search.indexScript, to: SearchIndex.path)
        write(templates.render(layout: "zoeken", context.base(path: "zoeken.html", section: "", title: "Zoeken")), to: "zoeken.html")
        var register = context.base(path: "register.html", section: "", title: "Register van A tot Z")
        register["letters"] = search.register.letters
        write(templates.render(layout: "register", register), to: "register.html")
    }

    /// The theme's files to `assets/`, and the content's own files (images, PDFs) where they are.
    private func copyFiles() {
        let themeAssets = templatesRoot.appendingPathComponent(TemplateSet.assetsFolder)
        if let files = FileManager.default.enumerator(at: themeAssets, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in files where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let relative = String(url.standardizedFileURL.path.dropFirst(themeAssets.standardizedFileURL.path.count + 1))
                copy(url, to: "assets/" + relative)
            }
        }
        for asset in input.inventory.assets {
            if asset.hasPrefix("assets/") || asset == "zoeken.html" || asset == "register.html" {
                log.error("\(input.displayContent)/\(asset)", "this path is reserved for the theme and search; move the file to another folder")
                continue
            }
            copy(input.contentRoot.appendingPathComponent(asset), to: asset)
        }
    }

    private func copy(_ source: URL, to path: String) {
        do {
            try sink.copy(from: source, to: path)
        } catch {
            log.add(OutputError.diagnostic(for: error, output: path))
        }
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLockLike()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}

extension DayDate {
    static var today: DayDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Amsterdam") ?? .current, from: Date())
        return DayDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
