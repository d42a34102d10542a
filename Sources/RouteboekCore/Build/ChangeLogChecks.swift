import Beslisboom

/// Checks `wijzigingen.yml` against the site: its page exists and is published, every page and
/// outcome an entry names exists, no entry is dated after today, and the page has its layout.
struct ChangeLogChecks {
    let input: SiteInput
    /// The beslisboom when it loaded; nil when it has errors of its own (those are reported already).
    let tree: DecisionTree?
    let today: DayDate
    let log: DiagnosticLog

    func run() {
        guard let changes = input.changeLog else { return }
        checkPage(changes.page, at: changes.pagePosition, what: "pagina")
        if let templates = input.templates, !templates.has(.wijzigingen) {
            log.add(Diagnostic(at: changes.pagePosition, .changesLayoutMissing(Layout.wijzigingen.rawValue, file: Layout.wijzigingen.file)))
        }
        for entry in changes.entries {
            if entry.date > today {
                log.add(Diagnostic(at: entry.datePosition, .changeInFuture(entry.date.iso, today: today.iso)))
            }
            for page in entry.pages { checkPage(page.value, at: page.position, what: ChangeLog.pagesKey) }
            for outcome in entry.outcomes { checkOutcome(outcome) }
        }
    }

    private func checkPage(_ path: String, at position: SourcePosition, what: String) {
        if let page = input.pagesBySource[path] {
            if page.frontMatter.isDraft {
                log.add(Diagnostic(at: position, .changePageDraft(what, path: path)))
            }
            return
        }
        if input.unreadablePages.contains(path) { return }
        log.add(Diagnostic(at: position, .changePageMissing(what, path: path, folder: input.displayContent,
                                                            suggestion: Spelling.closest(to: path, among: Array(input.pagesBySource.keys)))))
    }

    private func checkOutcome(_ outcome: ChangeLog.Reference) {
        guard !input.treeTexts.isEmpty else {
            log.add(Diagnostic(at: outcome.position, .changeOutcomeWithoutTree(outcome.value)))
            return
        }
        // A tree with errors of its own is reported there; its ids are not to be trusted.
        guard let tree, tree.outcomesByID[outcome.value] == nil else { return }
        log.add(Diagnostic(at: outcome.position, .changeOutcomeUnknown(outcome.value, file: "\(input.displayContent)/\(ContentScanner.treeFolder)/uitkomsten.yml",
                                                                    suggestion: Spelling.closest(to: outcome.value, among: tree.outcomes.map(\.id)))))
    }
}
