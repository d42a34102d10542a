import Beslisboom

/// The entries of wijzigingen.yml for the template, newest first and grouped by day, each with links
/// to the pages it names and to a result page of each outcome it names.
struct ChangeLogContext: Sendable {
    struct Target: Sendable {
        var title: String
        /// Output path from the root.
        var path: String
    }

    let changeLog: ChangeLog
    /// By content path (`registratie/privacy.md`).
    let pages: [String: Target]
    /// By outcome id: the outcome's title and the result page of the first route that reaches it.
    let outcomes: [String: Target]

    init(changeLog: ChangeLog, pages: [Page], tree: CheckedTree?) {
        self.changeLog = changeLog
        self.pages = Dictionary(pages.map { ($0.source, Target(title: $0.title, path: $0.outputPath)) }, uniquingKeysWith: { a, _ in a })
        var outcomes: [String: Target] = [:]
        if let tree {
            for route in tree.enumeration.routes where outcomes[route.outcomeID] == nil {
                guard let outcome = tree.tree.outcomesByID[route.outcomeID] else { continue }
                outcomes[outcome.id] = Target(title: outcome.title, path: TreeStepPaths.path(route.steps))
            }
        }
        self.outcomes = outcomes
    }

    /// `days`: [{ dutch, iso, entries: [{ text, pages: [{ title, href }], outcomes: [...] }] }].
    func context(root: String) -> [String: Any] {
        var days: [[String: Any]] = []
        var current: DayDate?
        var entries: [[String: Any]] = []
        func flush() {
            guard let current, !entries.isEmpty else { return }
            days.append(["dutch": current.dutch, "iso": current.iso, "entries": entries])
        }
        for entry in changeLog.newestFirst {
            if entry.date != current {
                flush()
                current = entry.date
                entries = []
            }
            // Unknown references are errors of the check, so a built site has a target for each.
            let pageLinks = entry.pages.compactMap { pages[$0.value] }.map { ["title": $0.title, "href": root + $0.path] }
            let outcomeLinks = entry.outcomes.compactMap { outcomes[$0.value] }.map { ["title": $0.title, "href": root + $0.path] }
            entries.append(["text": entry.text, "pages": pageLinks, "hasPages": !pageLinks.isEmpty,
                            "outcomes": outcomeLinks, "hasOutcomes": !outcomeLinks.isEmpty])
        }
        flush()
        return ["days": days]
    }
}
