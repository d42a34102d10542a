import Flowchart
import Foundation

/// Everything the read phase produced.
struct SiteInput: Sendable {
    let site: SiteConfig
    let inventory: ContentInventory
    /// Every page, drafts included (drafts are checked but not published).
    let pages: [Page]
    let pagesBySource: [String: Page]
    /// Pages on disk that could not be read; links to them are not reported again.
    let unreadablePages: Set<String>
    let templates: TemplateSet?
    /// The decision tree's YAML texts by file name.
    let treeTexts: [String: String]
    /// `Content/publicatiedata.yml`, when the content has one.
    let schedule: PublicationSchedule?
    /// `Content/wijzigingen.yml`, when the content has one.
    let changeLog: ChangeLog?
    let contentRoot: URL
    let displayContent: String
    /// Terms and zoekwoorden for search and the register.
    var search: SearchInput = .empty
    /// False when site.yml is missing or broken: its errors are reported once, not again on every citing page.
    var siteIsUsable = true
    /// What the preview keeps to rebuild one page without reading the others again (see IncrementalBuilder):
    /// every page's text and the messages its reading gave, the zoekwoorden file, and the read phase's
    /// messages that are no page's (settings, templates, the tree's files).
    var pageTexts: [String: String] = [:]
    var pageDiagnostics: [String: [Diagnostic]] = [:]
    var searchWordsText: String?
    var searchDiagnostics: [Diagnostic] = []
    var otherReadDiagnostics: [Diagnostic] = []

    /// The pages that are not drafts, in the order of `pages` (made once: it is read by every phase).
    let published: [Page]
}

extension SiteInput {
    init(site: SiteConfig, inventory: ContentInventory, pages: [Page], pagesBySource: [String: Page], unreadablePages: Set<String>,
         templates: TemplateSet?, treeTexts: [String: String], schedule: PublicationSchedule?, changeLog: ChangeLog?,
         contentRoot: URL, displayContent: String, search: SearchInput = .empty, siteIsUsable: Bool) {
        self.init(site: site, inventory: inventory, pages: pages, pagesBySource: pagesBySource, unreadablePages: unreadablePages,
                  templates: templates, treeTexts: treeTexts, schedule: schedule, changeLog: changeLog, contentRoot: contentRoot,
                  displayContent: displayContent, search: search, siteIsUsable: siteIsUsable,
                  published: pages.filter { !$0.frontMatter.isDraft })
    }
}

/// The read phase: settings, the file inventory, templates, and every page parsed and rendered.
struct SiteReader {
    let contentRoot: URL
    let displayContent: String
    let templatesRoot: URL
    let displayTemplates: String
    let log: DiagnosticLog
    let flowcharts: FlowchartCache
    var templateEngine: TemplateEngine = .routeboek

    /// Reads everything; the messages go to `log` (and, split by where they came from, into the input).
    /// `keepingTexts`: also every page's Markdown, which only the preview needs (see IncrementalBuilder).
    func read(keepingTexts: Bool = false) -> SiteInput? {
        let own = DiagnosticLog()
        let reader = SiteReader(contentRoot: contentRoot, displayContent: displayContent, templatesRoot: templatesRoot,
                                displayTemplates: displayTemplates, log: own, flowcharts: flowcharts, templateEngine: templateEngine)
        let input = reader.readAll(keepingTexts: keepingTexts)
        log.add(contentsOf: own.all)
        return input
    }

    private func readAll(keepingTexts: Bool) -> SiteInput? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentRoot.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.add(displayContent, .contentFolderMissing())
            return nil
        }
        // The templates load on another core while the content folder is listed: both are a few hundredths
        // of a second that nothing else could run beside.
        let loading = SideThread { [templatesRoot, displayTemplates, log, templateEngine] in
            TemplateSet.load(root: templatesRoot, displayRoot: displayTemplates, diagnostics: log, engine: templateEngine)
        }
        let (site, siteIsUsable) = readSiteConfig()
        let inventory = ContentScanner.scan(root: contentRoot, displayRoot: displayContent, diagnostics: log)
        let templates = loading.wait() ?? nil
        var treeTexts: [String: String] = [:]
        for file in inventory.treeFiles {
            let name = String(file.dropFirst(ContentScanner.treeFolder.count + 1))
            if let text = readText(file) { treeTexts[name] = text }
        }
        let read = readPages(inventory.pages)
        let pages = read.compactMap(\.page)
        let schedule = readText(PublicationSchedule.fileName).flatMap { text in
            var diagnostics: [Diagnostic] = []
            defer { log.add(contentsOf: diagnostics) }
            return PublicationSchedule.parse(text, file: "\(displayContent)/\(PublicationSchedule.fileName)", diagnostics: &diagnostics)
        }
        let changeLog = readText(ChangeLog.fileName).flatMap { text in
            var diagnostics: [Diagnostic] = []
            defer { log.add(contentsOf: diagnostics) }
            return ChangeLog.parse(text, file: "\(displayContent)/\(ChangeLog.fileName)", diagnostics: &diagnostics)
        }
        let searchWordsText = readText(SearchWordsFile.fileName)
        let otherDiagnostics = log.all
        let searchLog = DiagnosticLog()
        let search = SearchInput.read(pages: pages, searchWordsText: searchWordsText, displayContent: displayContent, log: searchLog)
        var input = SiteInput(site: site, inventory: inventory, pages: pages,
                              pagesBySource: Dictionary(pages.map { ($0.source, $0) }, uniquingKeysWith: { a, _ in a }),
                              unreadablePages: Set(inventory.pages).subtracting(pages.map(\.source)),
                              templates: templates, treeTexts: treeTexts, schedule: schedule, changeLog: changeLog, contentRoot: contentRoot,
                              displayContent: displayContent, search: search, siteIsUsable: siteIsUsable)
        input.searchWordsText = searchWordsText
        input.searchDiagnostics = searchLog.all
        input.otherReadDiagnostics = otherDiagnostics
        for (source, result) in zip(inventory.pages, read) {
            if keepingTexts, let text = result.text { input.pageTexts[source] = text }
            input.pageDiagnostics[source] = result.diagnostics
        }
        log.add(contentsOf: input.searchDiagnostics)
        for diagnostics in input.pageDiagnostics.values { log.add(contentsOf: diagnostics) }
        return input
    }

    /// The settings, and whether they could be read: when not, the sources pages cite are not checked
    /// against them (one error in site.yml must not become an error on every page).
    private func readSiteConfig() -> (SiteConfig, Bool) {
        let fallback = SiteConfig(title: "", organisation: "", description: nil, contact: .init(), sources: [])
        let file = "\(displayContent)/\(SiteConfig.fileName)"
        guard let text = readText(SiteConfig.fileName) else {
            if case .failure(.missing) = FileBytes.canOpen(contentRoot.appendingPathComponent(SiteConfig.fileName)) {
                log.add(file, .siteSettingsMissing(file))
            }
            return (fallback, false)
        }
        var diagnostics: [Diagnostic] = []
        let config = SiteConfig.parse(text, file: file, diagnostics: &diagnostics)
        log.add(contentsOf: diagnostics)
        return (config ?? fallback, config != nil && !diagnostics.contains { $0.severity == .error })
    }

    /// The file's text; nil when it does not exist (the caller words that) or cannot be read (reported here, with why).
    private func readText(_ relative: String) -> String? {
        switch TextFile.read(contentRoot.appendingPathComponent(relative, isDirectory: false)) {
        case .success(let text): return text
        case .failure(.missing): return nil
        case .failure(let failure):
            log.add(failure.diagnostic("\(displayContent)/\(relative)"))
            return nil
        }
    }

    /// One page read: its text (nil when it could not be read), the page (nil when it could not be
    /// parsed), the lines its front matter takes, and its messages.
    struct PageRead: Sendable {
        var text: String?
        var page: Page?
        var frontMatterLines = 0
        var diagnostics: [Diagnostic] = []
    }

    /// Parses and renders every page on all cores.
    private func readPages(_ sources: [String]) -> [PageRead] {
        let slots = ResultSlots<PageRead>(count: sources.count)
        let renderer = MarkdownRenderer(flowchart: Self.drawFlowchart(flowcharts))
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            slots.set(index, readPage(sources[index], renderer: renderer))
        }
        return slots.values
    }

    /// Reads, parses and renders one page.
    func readPage(_ source: String, renderer: MarkdownRenderer) -> PageRead {
        let file = "\(displayContent)/\(source)"
        let own = DiagnosticLog()
        let reader = SiteReader(contentRoot: contentRoot, displayContent: displayContent, templatesRoot: templatesRoot,
                                displayTemplates: displayTemplates, log: own, flowcharts: flowcharts)
        guard let text = reader.readText(source) else { return PageRead(diagnostics: own.all) }
        var diagnostics = own.all + PlaceholderScan.scan(text, file: file) + PlaceholderScan.emptyTextKeys(in: text, file: file)
        // A page with U+000B (Word's soft line break) or a NUL would build into invalid HTML.
        if let control = ControlCharacters.firstNotInHTML(in: text) {
            diagnostics.append(Diagnostic(file: file, line: control.line, column: control.column,
                                          .pageControlCharacter("U+" + String(format: "%04X", control.scalar.value))))
            return PageRead(text: text, diagnostics: diagnostics)
        }
        guard let parsed = FrontMatterParser.parse(text, file: file, diagnostics: &diagnostics) else {
            return PageRead(text: text, diagnostics: diagnostics)
        }
        let rendered = renderer.render(parsed.body, page: source, file: file, lineOffset: parsed.bodyLineOffset)
        diagnostics += rendered.diagnostics
        let page = Page(source: source, outputPath: ContentPath.outputPath(ofPage: source), file: file,
                        frontMatter: parsed.frontMatter, html: rendered.html, headings: rendered.headings,
                        sections: rendered.sections, links: rendered.links, headingsCutShort: rendered.headingsCutShort,
                        bodyLine: parsed.bodyLineOffset + 1)
        return PageRead(text: text, page: page, frontMatterLines: parsed.bodyLineOffset, diagnostics: diagnostics)
    }

    /// Flowchart blocks drawn by the Flowchart target (Graphviz); errors carry the line inside the block.
    static func drawFlowchart(_ cache: FlowchartCache) -> MarkdownRenderer.FlowchartRenderer {
      { source, idPrefix in
        do {
            return .success(try cache.figure(source: source, idPrefix: idPrefix))
        } catch let error as FlowchartError {
            if case let .syntax(line, column, message) = error {
                return .failure(FlowchartFailure(line: line, column: column ?? 1, message: message))
            }
            return .failure(FlowchartFailure(line: 0, column: 1, message: error.message))
        } catch {
            return .failure(FlowchartFailure(line: 0, column: 1, message: .graphvizFailed("\(error)")))
        }
      }
    }
}
