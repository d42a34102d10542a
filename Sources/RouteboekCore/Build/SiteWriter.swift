import Foundation

/// The render phase: every page through its layout, the decision tree's pages, search, the files, and
/// the whole routeboek as one document (see Document/).
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
    let displayOutput: String
    /// A build renders every step page of the tree; `check` one of each kind.
    let treeSteps: TreeSite.StepCoverage
    let navigation: Navigation
    let context: PageContext

    init(input: SiteInput, tree: CheckedTree?, templates: TemplateSet, sink: OutputSink, log: DiagnosticLog,
         templatesRoot: URL, flowcharts: FlowchartCache, today: DayDate, displayOutput: String,
         treeSteps: TreeSite.StepCoverage = .every) {
        self.input = input
        self.tree = tree
        self.templates = templates
        self.sink = sink
        self.log = log
        self.templatesRoot = templatesRoot
        self.flowcharts = flowcharts
        self.today = today
        self.displayOutput = displayOutput
        self.treeSteps = treeSteps
        navigation = Navigation(pages: input.published, extraPages: tree == nil ? [:] : [ContentScanner.treeFolder: TreeSite.overviewPages],
                                diagnostics: log)
        var context = PageContext(site: input.site, navigation: navigation, csp: ContentSecurityPolicy.value, buildDate: today,
                                  navigationHTML: NavigationCache(navigation: navigation, templates: templates),
                                  schedule: input.schedule,
                                  changes: input.changeLog.map { ChangeLogContext(changeLog: $0, pages: input.published, tree: tree) })
        // Templates link to the tool and to content pages only when they exist (see LinkAudit).
        context.hasBeslisboom = tree != nil
        context.publishedPages = Dictionary(input.published.map { (String($0.source.dropLast(3)), ($0.title, $0.outputPath)) },
                                            uniquingKeysWith: { first, _ in first })
        self.context = context
    }

    private var toolIntro: Page? { tree == nil ? nil : input.pagesBySource[TreeTexts.anchorPage] }

    private func treeSite(_ context: PageContext) -> TreeSite? {
        guard let tree else { return nil }
        return TreeSite(tree: tree.tree, enumeration: tree.enumeration, texts: tree.texts, pages: input.pagesBySource.filter { !$0.value.frontMatter.isDraft },
                        site: input.site, templates: templates, context: context, flowcharts: flowcharts)
    }

    /// A page's body as its layout shows it in `.prose`: the publicatiedata before the rendered Markdown
    /// (`pagina`), the list of changes after it (`wijzigingen`). The whole document holds the same.
    private func proseHTML(_ page: Page) -> String {
        var html = page.html
        if let schedule = context.schedule(on: page) {
            html = templates.render(.publicatiedata, context.scheduleValue(schedule)) + html
        }
        if let changes = context.changes(on: page) {
            html += templates.render(.wijzigingen, changes.value(root: ContentPath.rootPrefix(for: page.outputPath)))
        }
        return html
    }

    /// The theme's and the content's files, then the whole routeboek as one page and, when `pdf`, as a
    /// PDF typeset from that page. Returns what the other pages link to.
    func writeDocument(pdf: Bool, weasyprintPath: String?) -> (links: DocumentLinks, pdf: DocumentWriter.PDFResult?) {
        copyFiles()
        let document = RouteboekDocument(pages: input.published, navigation: navigation, site: input.site,
                                         tree: toolIntro == nil ? nil : treeSite(context)?.documentAppendix(diagnostics: log),
                                         body: proseHTML)
        let assets = Set(input.inventory.assets), displayContent = input.displayContent
        let writer = DocumentWriter(document: document, site: input.site, templates: templates, context: context, sink: sink,
                                    log: log, displayOutput: displayOutput,
                                    contentFile: { assets.contains($0) ? "\(displayContent)/\($0)" : nil })
        writer.writeHTML(links: DocumentLinks(pdfBytes: nil))
        guard pdf, log.errorCount == 0, let result = writer.writePDF(weasyprintPath: weasyprintPath) else {
            return (DocumentLinks(pdfBytes: nil), nil)
        }
        // The page is written again with the PDF's size in its (screen-only) links; what WeasyPrint
        // typeset is unchanged.
        let links = DocumentLinks(pdfBytes: result.bytes)
        writer.writeHTML(links: links)
        return (links, result)
    }

    /// Writes every page; returns the number of HTML files written (the document's page included).
    /// `beside`: another long job (the whole document) that runs as one of the same jobs. Not on a thread
    /// of its own (three busy threads on two cores), nor on Dispatch's global queue (where the build may
    /// use one core, queued work started only when Dispatch's starvation timer fired, most of a second later).
    func writeAll(document: DocumentLinks, beside: (@Sendable () -> Void)? = nil) -> Int {
        let published = input.published
        let context = pageContext(document: document)
        let toolIntro = toolIntro
        let written = Counter()

        // The long jobs first (the search index and register, then `beside`), so they run beside the pages.
        // The pages go in runs of neighbours. Each worker renders with templates of its own
        // (TemplateSet.privateCopy) and takes the next run until none is left, so a core whose long job
        // ends early renders more pages, and the templates are copied once per worker, not per run.
        let runs = stride(from: 0, to: published.count, by: Self.pagesPerRun).map { $0..<min($0 + Self.pagesPerRun, published.count) }
        let longJobs = beside == nil ? 1 : 2
        let workers = min(runs.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let nextRun = Counter()
        DispatchQueue.concurrentPerform(iterations: workers + longJobs) { job in
            if job == 0 {
                writeSearch(published, context: context)
                return
            }
            if job == 1, let beside {
                beside()
                return
            }
            let templates = templates.privateCopy()
            while true {
                let run = nextRun.take()
                guard run < runs.count else { return }
                for page in published[runs[run]] where page.source != toolIntro?.source {
                    writePage(page, context: context, templates: templates)
                    written.increment()
                }
            }
        }
        if let site = treeSite(context), let toolIntro {
            let tree = site.render(intro: toolIntro, diagnostics: log, coverage: treeSteps) { path, html in
                write(html, to: path)
                written.increment()
            }
            // Counted as a build would write them, so `check` and `build` report the same number.
            for path in tree.skipped {
                sink.countAsWritten(path)
                written.increment()
            }
        }
        return written.value + 3
    }

    /// The context every page is rendered with (the whole document's links included).
    func pageContext(document: DocumentLinks) -> PageContext {
        var context = self.context
        context.wholeDocument = document
        return context
    }

    /// Pages per job of `writeAll`: enough that copying the templates costs little beside them.
    static let pagesPerRun = 64

    /// One content page through its layout (the preview rewrites only the pages an edit touches).
    func writePage(_ page: Page, context: PageContext) {
        writePage(page, context: context, templates: templates)
    }

    private func writePage(_ page: Page, context: PageContext, templates: TemplateSet) {
        let layout: Layout = page.source == input.changeLog?.page ? .wijzigingen : .pagina
        write(templates.render(layout, context.page(page)), to: page.outputPath)
    }

    private func write(_ text: String, to path: String) {
        do {
            try sink.write(text, to: path)
        } catch {
            log.add(OutputError.diagnostic(for: error, output: path))
        }
    }

    /// The search index, the search page and the register. `indexOnly`: the index alone, for an edit of
    /// pages' text only (the search page and the register read no page's text).
    func writeSearch(_ pages: [Page], context: PageContext, indexOnly: Bool = false) {
        guard let stemmer = DutchStemmer() else {
            log.add(SearchIndex.path, .stemmerUnavailable())
            return
        }
        let search = SearchSite(pages: pages, tree: tree, input: input.search,
                                sectionTitle: { context.navigation.entry(forSection: $0.section)?.title ?? "" }, stemmer: stemmer,
                                includingRegister: !indexOnly)
        do {
            try sink.write(to: SearchIndex.path) { emit in try search.indexScript(partSize: OutputSinkParts.size, emit: emit) }
        } catch {
            log.add(OutputError.diagnostic(for: error, output: "\(displayOutput)/\(SearchIndex.path)"))
        }
        guard let entries = search.register else { return }
        write(templates.render(.zoeken, LayoutContext(base: context.base(path: "zoeken.html", section: "", title: "Zoeken"), extra: NoExtras())),
              to: "zoeken.html")
        let register = context.base(path: "register.html", section: "", title: "Register van A tot Z")
        write(templates.render(.register, LayoutContext(base: register, extra: RegisterPage(letters: entries.letters))), to: "register.html")
    }

    /// The theme's files to `assets/` (the stylesheets kept in parts joined into one file each), and the
    /// content's own files (images, PDFs) where they are.
    private func copyFiles() {
        let themeAssets = templatesRoot.appendingPathComponent(TemplateSet.assetsFolder)
        if let files = FileManager.default.enumerator(at: themeAssets, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in files where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let relative = String(url.standardizedFileURL.path.dropFirst(themeAssets.standardizedFileURL.path.count + 1))
                copy(url, to: "assets/" + relative)
            }
        }
        StylesheetParts.write(templatesRoot: templatesRoot, displayRoot: BuildOptions.display(templatesRoot), to: sink, log: log)
        for asset in input.inventory.assets {
            if ReservedPaths.generated(at: asset) != nil {
                log.add("\(input.displayContent)/\(asset)", .reservedPath())
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

extension DayDate {
    static var today: DayDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Amsterdam") ?? .current, from: Date())
        return DayDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
