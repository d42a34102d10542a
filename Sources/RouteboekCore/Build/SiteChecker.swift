import Beslisboom
import Foundation

/// The decision tree after loading and validation.
struct CheckedTree: Sendable {
    let tree: DecisionTree
    let enumeration: RouteEnumeration
}

/// The check phase: every link and anchor, every cited source, and the decision tree.
struct SiteChecker {
    let input: SiteInput
    let log: DiagnosticLog

    func checkPages() {
        checkHomePage()
        let assets = Set(input.inventory.assets)
        let sourceFiles = input.site.sources.map(\.file)
        for page in input.pages {
            for link in page.links {
                if let problem = problem(with: link, fromDraft: page.frontMatter.isDraft, assets: assets) {
                    log.add(page.file, line: link.line, column: link.column, problem)
                }
            }
            for source in page.frontMatter.sources where input.siteIsUsable && input.site.source(file: source.file) == nil {
                let position = source.position
                log.add(page.file, line: position?.line ?? 1, column: position?.column ?? 1,
                        .sourceNotListed(source.file, settings: "\(input.displayContent)/\(SiteConfig.fileName)",
                                         suggestion: Spelling.closest(to: source.file, among: sourceFiles)))
            }
        }
    }

    /// Every page links to the home page (the logo, the breadcrumbs): without it the site is broken.
    private func checkHomePage() {
        let file = "\(input.displayContent)/index.md"
        if let home = input.pagesBySource["index.md"] {
            if home.frontMatter.isDraft {
                log.add(file, .homePageDraft())
            }
        } else if !input.unreadablePages.contains("index.md") {
            log.add(file, .homePageMissing(file))
        }
    }

    private func problem(with link: LocalLink, fromDraft: Bool, assets: Set<String>) -> Message? {
        switch link.kind {
        case .asset:
            if assets.contains(link.target) { return nil }
            return .linkTargetMissing(link.written, path: "\(input.displayContent)/\(link.target)", suggestion: nil)
        case .page:
            // The page exists but its own errors stopped it from being read: those are reported already.
            if input.unreadablePages.contains(link.target) { return nil }
            guard let target = input.pagesBySource[link.target] else {
                return .linkTargetMissing(link.written, path: "\(input.displayContent)/\(link.target)",
                                          suggestion: Spelling.closest(to: link.target, among: Array(input.pagesBySource.keys)))
            }
            if target.frontMatter.isDraft && !fromDraft {
                return .linkToDraft(link.written)
            }
            if let anchor = link.anchor, !anchor.isEmpty, !target.headings.contains(where: { $0.anchor == anchor }) {
                return .linkAnchorMissing(link.written, file: target.file, anchor: anchor,
                                          suggestion: Spelling.closest(to: anchor, among: target.headings.map(\.anchor)))
            }
            return nil
        }
    }

    /// Loads and validates the decision tree, when the content has one.
    func checkTree(extraScenarioFiles: [URL]) -> CheckedTree? {
        let folder = "\(input.displayContent)/\(ContentScanner.treeFolder)"
        guard !input.treeTexts.isEmpty || !extraScenarioFiles.isEmpty else { return nil }
        var diagnostics: [Diagnostic] = []
        defer { log.add(contentsOf: diagnostics) }
        guard let tree = TreeLoader.load(texts: input.treeTexts, displayFolder: folder, diagnostics: &diagnostics) else { return nil }
        // A file that could not be read leaves holes in the model; validating it would bury the one
        // line to fix under a cascade of "not defined" messages.
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        if input.pagesBySource[TreeTexts.anchorPage] == nil {
            diagnostics.append(Diagnostic(file: "\(folder)/index.md", .treeIntroMissing("\(folder)/index.md")))
        }
        var extra: [Scenario] = []
        for url in extraScenarioFiles {
            let file = BuildOptions.display(url)
            let text: String
            switch TextFile.read(url) {
            case .success(let read): text = read
            case .failure(.missing):
                diagnostics.append(Diagnostic(file: file, .scenarioFileMissing()))
                continue
            case .failure(let failure):
                diagnostics.append(failure.diagnostic(file))
                continue
            }
            extra += TreeLoader.scenarios(text: text, file: file, diagnostics: &diagnostics)
        }
        let pages = input.pagesBySource
        let unreadable = input.unreadablePages
        let assets = Set(input.inventory.assets)
        let display = input.displayContent
        // The Markdown texts (hints, summaries, notes) go through the page renderer and the page link
        // checks, at their own line and column; the validator checks the plain link fields.
        let embedded = checkTreeTexts(folder: folder, assets: assets)
        diagnostics += embedded.diagnostics
        let plainLinks: [String] = tree.outcomes.flatMap(\.links) + tree.actions.compactMap(\.page)
        let markdownOnly = embedded.written.subtracting(plainLinks)
        let validator = TreeValidator { link, _ in
            if markdownOnly.contains(link) { return nil }
            return Self.problem(withTreeLink: link, pages: pages, assets: assets, displayContent: display, unreadable: unreadable)
        }
        for problem in validator.validate(tree, extraScenarios: extra) {
            let position = problem.position ?? SourcePosition(file: "\(folder)/boom.yml", line: 1, column: 1)
            diagnostics.append(Diagnostic(problem.severity == .error ? .error : .warning, file: position.file, line: position.line,
                                          column: position.column, problem.fullMessage, code: problem.code))
        }
        let cited = tree.outcomes.flatMap { outcome in outcome.sources.map { ($0, outcome.position) } }
            + tree.actions.flatMap { action in action.sources.map { ($0, action.position) } }
        for (source, owner) in cited where input.siteIsUsable && !source.isURL && input.site.source(file: source.file) == nil {
            diagnostics.append(Diagnostic(at: source.position ?? owner ?? SourcePosition(file: folder, line: 1, column: 1),
                                          .sourceNotListed(source.file, settings: "\(display)/\(SiteConfig.fileName)", suggestion: nil)))
        }
        // Verplicht means: this samenwerkingsverband's own document (S0) or the law (a public URL).
        let ownSource = input.site.sources.first { $0.code == "S0" }?.file
        for action in tree.actions where input.siteIsUsable && action.kind == .required {
            let authoritative = action.sources.contains { $0.isURL || $0.file == ownSource }
            if !authoritative {
                diagnostics.append(Diagnostic(at: action.position ?? SourcePosition(file: folder, line: 1, column: 1),
                                              .actionRequiredWithoutAuthority(action.id)))
            }
        }
        return CheckedTree(tree: tree, enumeration: tree.enumerateRoutes())
    }

    /// The tree's Markdown texts rendered as the tool renders them, with every link checked as on a page.
    private func checkTreeTexts(folder: String, assets: Set<String>) -> (diagnostics: [Diagnostic], written: Set<String>) {
        var texts: [EmbeddedMarkdown.Text] = []
        for name in ["boom.yml", "uitkomsten.yml"] {
            guard let yaml = input.treeTexts[name] else { continue }
            texts += EmbeddedMarkdown.texts(in: yaml, file: "\(folder)/\(name)", keys: ["uitleg", "samenvatting", "opmerking"])
        }
        let result = EmbeddedMarkdown.check(texts, page: TreeTexts.anchorPage, rootToken: TreeTexts.rootToken)
        var diagnostics = result.diagnostics
        for (file, link) in result.links {
            if let problem = problem(with: link, fromDraft: false, assets: assets) {
                diagnostics.append(Diagnostic(file: file, line: link.line, column: link.column, problem))
            }
        }
        return (diagnostics, Set(result.links.map(\.link.written)))
    }

    /// Links in the tree's data are written relative to the tree's folder.
    static func problem(withTreeLink link: String, pages: [String: Page], assets: Set<String>, displayContent: String,
                        unreadable: Set<String> = []) -> Message? {
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let target = ContentPath.resolve(parts[0], from: TreeTexts.anchorPage) else {
            return .linkClimbsOut(link)
        }
        if target.hasSuffix(".md") {
            if unreadable.contains(target) { return nil }
            guard let page = pages[target] else {
                return .linkTargetMissing(link, path: "\(displayContent)/\(target)", suggestion: Spelling.closest(to: target, among: Array(pages.keys)))
            }
            if parts.count > 1, !page.headings.contains(where: { $0.anchor == parts[1] }) {
                return .linkAnchorMissing(link, file: page.file, anchor: parts[1],
                                          suggestion: Spelling.closest(to: parts[1], among: page.headings.map(\.anchor)))
            }
            return nil
        }
        return assets.contains(target) ? nil : .linkTargetMissing(link, path: "\(displayContent)/\(target)", suggestion: nil)
    }
}
