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
        if let templates = input.templates, !templates.layoutNames.contains(ChangeLog.layout) {
            log.add(Diagnostic(.error, at: changes.pagePosition,
                               "this page is rendered with the layout '\(ChangeLog.layout)', which the templates lack: add \(TemplateSet.layoutsFolder)/\(ChangeLog.layout).mustache"))
        }
        for entry in changes.entries {
            if entry.date > today {
                log.add(Diagnostic(.warning, at: entry.datePosition,
                                   "the change is dated \(entry.date.iso), after today (\(today.iso)): write the day it was made"))
            }
            for page in entry.pages { checkPage(page.value, at: page.position, what: ChangeLog.pagesKey) }
            for outcome in entry.outcomes { checkOutcome(outcome) }
        }
    }

    private func checkPage(_ path: String, at position: SourcePosition, what: String) {
        if let page = input.pagesBySource[path] {
            if page.frontMatter.isDraft {
                log.add(Diagnostic(.error, at: position, "\(what) '\(path)' is a draft (concept: true), so it is not published"))
            }
            return
        }
        if input.unreadablePages.contains(path) { return }
        let hint = Spelling.closest(to: path, among: Array(input.pagesBySource.keys)).map { "; did you mean '\($0)'?" } ?? ""
        log.add(Diagnostic(.error, at: position, "\(what) '\(path)' does not exist in \(input.displayContent) (write the path from that folder, such as registratie/privacy.md)\(hint)"))
    }

    private func checkOutcome(_ outcome: ChangeLog.Reference) {
        guard !input.treeTexts.isEmpty else {
            log.add(Diagnostic(.error, at: outcome.position, "uitkomst '\(outcome.value)': this site has no beslisboom"))
            return
        }
        // A tree with errors of its own is reported there; its ids are not to be trusted.
        guard let tree, tree.outcomesByID[outcome.value] == nil else { return }
        let hint = Spelling.closest(to: outcome.value, among: tree.outcomes.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
        log.add(Diagnostic(.error, at: outcome.position,
                           "uitkomst '\(outcome.value)' is not an outcome of the beslisboom (the ids are in \(input.displayContent)/\(ContentScanner.treeFolder)/uitkomsten.yml)\(hint)"))
    }
}
