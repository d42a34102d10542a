import Beslisboom
import Foundation

/// The decision tree after loading and validation.
struct CheckedTree: Sendable {
    let tree: DecisionTree
    /// Every route, enumerated once for the validator and the tree's pages.
    let enumeration: RouteEnumeration
    /// The Markdown texts, rendered once while they were checked.
    let texts: TreeTexts
}

/// The check phase: every link and anchor, every cited source, and the decision tree.
struct SiteChecker {
    let input: SiteInput
    let log: DiagnosticLog

    /// Every file a link may point at, for links wherever they are written.
    private var linkTargets: LinkTargets {
        LinkTargets(pages: input.pagesBySource, unreadable: input.unreadablePages, assets: Set(input.inventory.assets),
                    displayContent: input.displayContent,
                    images: ImageFiles(contentRoot: input.contentRoot, displayContent: input.displayContent))
    }

    func checkPages() {
        checkHomePage()
        checkTitlesTwice()
        checkPagesWithoutText()
        let targets = linkTargets
        let sourceFiles = input.site.sources.map(\.file)
        for page in input.pages {
            if let generated = ReservedPaths.generated(at: page.outputPath) {
                log.add(page.file, .pageAtReservedPath(page.outputPath, generated: generated))
            }
            for link in page.links {
                if let problem = targets.problem(with: link, from: page.source, fromDraft: page.frontMatter.isDraft) {
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

    /// Two published pages with one title cannot be told apart in the menu, the search results and the
    /// register: a warning at the title of each page after the first (by path), naming the first.
    private func checkTitlesTwice() {
        var first: [String: Page] = [:]
        for page in input.published.sorted(by: { $0.source < $1.source }) {
            let key = page.title.trimmingWhitespace.lowercased()
            guard !key.isEmpty else { continue }
            guard let earlier = first[key] else {
                first[key] = page
                continue
            }
            // Two names that differ in capitals only are one error already (RB146), whatever their titles.
            guard earlier.source.lowercased() != page.source.lowercased() else { continue }
            let at = page.frontMatter.titlePosition
            log.add(page.file, line: at?.line ?? 1, column: at?.column ?? 1, .titleTwice(page.title, other: earlier.file))
        }
    }

    /// A published page with nothing under its front matter shows a title only. The pages the build
    /// fills itself (the home page's starting points, the beslisboom's tool, the publicatiedata and the
    /// changes) may be empty; a page whose unclosed comment took its text has RB141 already.
    private func checkPagesWithoutText() {
        let filled = Set(["index.md", TreeTexts.anchorPage] + [input.schedule?.page, input.changeLog?.page].compactMap { $0 })
        for page in input.published where !page.headingsCutShort && !filled.contains(page.source) && Self.isBlank(page.html) {
            log.add(page.file, line: max(page.bodyLine - 1, 1), column: 1, .pageWithoutText())
        }
    }

    /// Whether the HTML holds only white space: a look at its first bytes for nearly every page.
    private static func isBlank(_ html: String) -> Bool {
        html.utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
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
        let targets = linkTargets
        let display = input.displayContent
        // The Markdown texts (hints, summaries, notes) are rendered once, here, and their links get the
        // page link checks at their own line and column; the validator checks the link fields.
        let texts = checkTreeTexts(folder: folder, targets: targets, diagnostics: &diagnostics)
        let validator = TreeValidator { link, _ in targets.problem(withTreeField: link) }
        let enumeration = tree.enumerateRoutes()
        for problem in validator.validate(tree, extraScenarios: extra, enumeration: enumeration) {
            let position = problem.position ?? SourcePosition(file: "\(folder)/boom.yml", line: 1, column: 1)
            diagnostics.append(Diagnostic(problem.severity == .error ? .error : .warning, file: position.file, line: position.line,
                                          column: position.column, problem.fullMessage, code: problem.code))
        }
        diagnostics += TreeStepPaths.tooLongFileNames(tree, routes: enumeration.routes)
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
        return CheckedTree(tree: tree, enumeration: enumeration, texts: texts)
    }

    /// The tree's Markdown texts rendered once as the tool shows them, with their messages and every
    /// link checked as on a page.
    private func checkTreeTexts(folder: String, targets: LinkTargets, diagnostics: inout [Diagnostic]) -> TreeTexts {
        let (texts, result) = TreeTexts.render(yaml: input.treeTexts, folder: folder)
        diagnostics += result.diagnostics
        for (file, link) in result.links {
            if let problem = targets.problem(with: link, from: TreeTexts.anchorPage, fromDraft: false) {
                diagnostics.append(Diagnostic(file: file, line: link.line, column: link.column, problem))
            }
        }
        return texts
    }
}
