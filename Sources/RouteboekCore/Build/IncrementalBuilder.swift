import Foundation

/// The preview's builder: the first build is a full one and its model stays in memory; after that, an
/// edit to the text of pages (their front matter and headings unchanged) reads only those pages again,
/// repeats the checks that read every page's text (in memory), renders again only what shows a page's
/// text (the page itself, the whole routeboek and the search index; the register reads no page's text), audits every link of
/// the site, and swaps in a hard-linked copy of the site with the changed files. Every other
/// change (front matter, which changes navigation and prev/next; headings, which links and the tree cite;
/// the begrippen page and the tree's intro; a tree file, a template, an asset, the settings; a file added
/// or removed) is a full build, as is anything after a failed write. The result equals a full build's,
/// byte for byte and message for message (IncrementalBuildTests).
public final class IncrementalBuilder: @unchecked Sendable {
    public let options: BuildOptions
    private var memory: BuildMemory?
    private let lock = NSLock()

    /// What the last build was, for the terminal and the tests.
    public enum Kind: Sendable, Equatable {
        case full
        /// Only these pages (content paths) were read again.
        case pages([String])
        /// Nothing the site shows changed (a file saved unchanged): nothing was written.
        case unchanged
    }
    public private(set) var lastKind: Kind = .full
    /// The site a rebuild replaced, removed by `tidy()` once the build is reported.
    private var oldSite: URL?

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds after `changes` (absolute paths the watcher saw; empty means build everything).
    public func build(changes: [String] = [], progress: (@Sendable (BuildReport.Phase) -> Void)? = nil) -> BuildReport {
        lock.lock()
        defer { lock.unlock() }
        removeOldSite()
        if let memory, !changes.isEmpty, let plan = plan(changes, memory), var report = rebuild(plan, memory, progress: progress) {
            // Only pages' text changed (or nothing did): an open page may take its new body in place.
            report.pagesOnly = true
            return report
        }
        lastKind = .full
        let (report, kept) = SiteBuilder.run(options, progress: progress, keep: true)
        // After a failed build the content differs from what the memory read in ways only a full build sees.
        memory = kept
        return report
    }

    // MARK: Which changes a rebuild of pages can take

    /// The content paths of the changed pages, or nil when the change needs a full build.
    private func plan(_ changes: [String], _ memory: BuildMemory) -> [String]? {
        guard options.write, options.pdf == .never, memory.renderDiagnostics.isEmpty, memory.report.written,
              (options.today ?? .today) == memory.today,
              FolderIdentity(of: options.output) == memory.outputIdentity else { return nil }
        let root = options.content.standardizedFileURL.path + "/"
        var pages: Set<String> = []
        for change in changes {
            let path = URL(fileURLWithPath: change).standardizedFileURL.path
            guard path.hasPrefix(root) else { return nil }
            let relative = String(path.dropFirst(root.count))
            if memory.input.pagesBySource[relative] != nil {
                guard relative != Begrippen.source, relative != TreeTexts.anchorPage else { return nil }
                pages.insert(relative)
                continue
            }
            // An editor's temporary file, already gone: it was never part of the site.
            let exists = FileManager.default.fileExists(atPath: path)
            let known = memory.input.inventory.pages.contains(relative) || memory.input.inventory.assets.contains(relative)
                || memory.input.inventory.treeFiles.contains(relative)
            if exists || known || relative.isEmpty { return nil }
        }
        // Pages a failed rebuild read are read again until one succeeds: the memory still has them as before.
        return pages.union(memory.pending).sorted()
    }

    // MARK: The rebuild

    /// Rebuilds the pages in `changed`; nil when what it read needs a full build after all.
    private func rebuild(_ changed: [String], _ memory: BuildMemory,
                         progress: (@Sendable (BuildReport.Phase) -> Void)?) -> BuildReport? {
        var report = BuildReport()
        func phase(_ name: String, _ seconds: Double, _ detail: String) {
            let entry = BuildReport.Phase(name: name, seconds: seconds, detail: detail)
            report.phases.append(entry)
            progress?(entry)
        }
        var clock = DispatchTime.now().uptimeNanoseconds
        func lap() -> Double {
            let now = DispatchTime.now().uptimeNanoseconds
            defer { clock = now }
            return Double(now - clock) / 1e9
        }

        // Read: the changed pages only; their front matter and headings must be as before.
        let displayContent = BuildOptions.display(options.content)
        let reader = SiteReader(contentRoot: options.content, displayContent: displayContent, templatesRoot: options.templates,
                                displayTemplates: BuildOptions.display(options.templates), log: DiagnosticLog(),
                                flowcharts: memory.flowcharts)
        let renderer = MarkdownRenderer(flowchart: SiteReader.drawFlowchart(memory.flowcharts))
        var input = memory.input
        var reread: [Page] = []
        for source in changed {
            let read = reader.readPage(source, renderer: renderer)
            guard let text = read.text, let old = memory.input.pagesBySource[source], let oldText = memory.input.pageTexts[source] else { return nil }
            if text == oldText { continue }
            guard let page = read.page, Self.frontMatter(of: text, lines: read.frontMatterLines) == Self.frontMatter(of: oldText, lines: read.frontMatterLines),
                  read.frontMatterLines == Self.frontMatterLines(of: oldText),
                  page.headings == old.headings, page.headingsCutShort == old.headingsCutShort else { return nil }
            input.pageTexts[source] = text
            input.pageDiagnostics[source] = read.diagnostics
            reread.append(page)
        }
        guard !reread.isEmpty else {
            lastKind = .unchanged
            // Pages a failed rebuild had read are back as the memory has them.
            self.memory?.pending = []
            report = memory.report
            report.phases = []
            phase("read", lap(), "nothing changed")
            return report
        }
        let replaced = Dictionary(reread.map { ($0.source, $0) }, uniquingKeysWith: { first, _ in first })
        input = Self.input(input, replacing: replaced, displayContent: displayContent)
        phase("read", lap(), "\(reread.count) of \(input.pages.count) pages again")
        report.pageCount = input.published.count
        report.routeCount = memory.report.routeCount

        // Check everything that reads the pages' text (the tree's check stands: headings are as before),
        // and render what shows the pages' text, with every link of the whole site audited as in a full
        // build. The whole routeboek renders beside the checks, the pages and the search index; what was
        // rendered counts only when the checks pass, as a full build renders nothing after a failed check.
        let today = memory.today
        let readLog = DiagnosticLog(), treeLog = DiagnosticLog(), checkLog = DiagnosticLog(), renderLog = DiagnosticLog()
        readLog.add(contentsOf: input.otherReadDiagnostics + input.searchDiagnostics)
        for diagnostics in input.pageDiagnostics.values { readLog.add(contentsOf: diagnostics) }
        treeLog.add(contentsOf: memory.treeDiagnostics)
        let checked = CombinedLog([readLog, checkLog, treeLog])
        let log = CombinedLog([readLog, checkLog, treeLog, renderLog])
        let strict = options.strict
        func failed(_ log: CombinedLog) -> Bool { log.errorCount > 0 || (strict && log.warningCount > 0) }
        lastKind = .pages(reread.map(\.source))
        let tree = memory.tree
        let checkPages: @Sendable () -> Void = { [input] in
            SiteChecker(input: input, log: checkLog).checkPages()
            DateChecks(input: input, today: today, log: checkLog).run()
            ChangeLogChecks(input: input, tree: tree?.tree, today: today, log: checkLog).run()
        }
        guard !failed(checked), let templates = input.templates?.reporting(to: renderLog) else {
            checkPages()
            phase("check", lap(), "pages; the beslisboom as before")
            self.memory?.pending = Set(changed)
            return SiteBuilder.finish(report, checked, options)
        }
        // The last build's audit, with each page rendered again replacing its entry.
        let audit = memory.audit.copy(writingTo: DiscardingOutput())
        let sink = RecordingSink(audit)
        let writer = SiteWriter(input: input, tree: memory.tree, templates: templates, sink: sink, log: renderLog,
                                templatesRoot: options.templates, flowcharts: memory.flowcharts, today: today,
                                displayOutput: BuildOptions.display(options.output), treeSteps: .every)
        // Without a PDF the document's links are these (see SiteWriter.writeDocument), so the pages need
        // not wait for the document.
        let context = writer.pageContext(document: DocumentLinks(pdfBytes: nil))
        let pagesToWrite = reread.filter { !$0.frontMatter.isDraft }, published = input.published
        DispatchQueue.concurrentPerform(iterations: 2) { job in
            if job == 0 {
                _ = writer.writeDocument(pdf: false, weasyprintPath: nil)
                return
            }
            checkPages()
            for page in pagesToWrite { writer.writePage(page, context: context) }
            writer.writeSearch(published, context: context, indexOnly: true)
        }
        guard !failed(checked) else {
            phase("check and render", lap(), "pages, \(DocumentLinks.htmlPath) and search index; the check failed")
            self.memory?.pending = Set(changed)
            return SiteBuilder.finish(report, checked, options)
        }
        report.generatedCount = memory.report.generatedCount
        renderLog.add(contentsOf: audit.problems(templatesRoot: options.templates, displayTemplates: BuildOptions.display(options.templates)))
        let written = sink.texts
        let changedFiles = written.filter { memory.texts[$0.key] != $0.value }
        phase("check and render", lap(), "pages, \(DocumentLinks.htmlPath) and search index: \(changedFiles.count) files changed")
        guard !failed(log) else {
            self.memory?.pending = Set(changed)
            return SiteBuilder.finish(report, log, options)
        }

        // Write: the changed files into a linked copy of the site, swapped in whole. Should that fail (another
        // program replaced the output, a file system without hard links, a full disk), a full build takes
        // over: it puts the site in place its own way, or reports why it cannot.
        var kept = memory
        do {
            (kept.outputIdentity, oldSite) = try LinkedOutputFolder.commit(changedFiles, output: options.output, expected: memory.outputIdentity)
        } catch {
            self.memory = nil
            return nil
        }
        report.written = true
        phase("write", lap(), BuildOptions.display(options.output))
        let finished = SiteBuilder.finish(report, log, options)
        kept.input = input
        kept.audit = audit
        kept.pending = []
        kept.texts.merge(written) { _, new in new }
        kept.renderDiagnostics = renderLog.all
        kept.report = finished
        self.memory = kept
        return finished
    }

    /// Removes the site the last rebuild replaced (the worker does this after it has sent its report, so
    /// the browser need not wait for it). A build does it first too.
    public func tidy() {
        lock.lock()
        defer { lock.unlock() }
        removeOldSite()
    }

    private func removeOldSite() {
        guard let oldSite else { return }
        try? FileManager.default.removeItem(at: oldSite)
        self.oldSite = nil
    }

    /// The input with some pages replaced, and what is worked out from all pages (search terms) again.
    private static func input(_ old: SiteInput, replacing pages: [String: Page], displayContent: String) -> SiteInput {
        let all = old.pages.map { pages[$0.source] ?? $0 }
        var input = SiteInput(site: old.site, inventory: old.inventory, pages: all,
                              pagesBySource: Dictionary(all.map { ($0.source, $0) }, uniquingKeysWith: { a, _ in a }),
                              unreadablePages: old.unreadablePages, templates: old.templates, treeTexts: old.treeTexts,
                              schedule: old.schedule, changeLog: old.changeLog, contentRoot: old.contentRoot,
                              displayContent: old.displayContent, siteIsUsable: old.siteIsUsable)
        let searchLog = DiagnosticLog()
        input.search = SearchInput.read(pages: all, searchWordsText: old.searchWordsText, displayContent: displayContent, log: searchLog)
        input.searchWordsText = old.searchWordsText
        input.searchDiagnostics = searchLog.all
        input.otherReadDiagnostics = old.otherReadDiagnostics
        input.pageTexts = old.pageTexts
        input.pageDiagnostics = old.pageDiagnostics
        return input
    }

    /// The first `lines` lines of a page's text: its front matter.
    private static func frontMatter(of text: String, lines: Int) -> [Substring] {
        Array(text.split(separator: "\n", omittingEmptySubsequences: false).prefix(lines))
    }

    /// How many lines the front matter of `text` takes.
    private static func frontMatterLines(of text: String) -> Int {
        var diagnostics: [Diagnostic] = []
        return FrontMatterParser.parse(text, file: "", diagnostics: &diagnostics)?.bodyLineOffset ?? -1
    }
}
