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

    /// The days, newest first, with links relative to a page whose root prefix is `root`.
    func value(root: String) -> ChangeLogValue {
        var days: [ChangeDay] = []
        var current: DayDate?
        var entries: [ChangeEntry] = []
        func flush() {
            guard let current, !entries.isEmpty else { return }
            days.append(ChangeDay(date: current, entries: entries))
        }
        for entry in changeLog.newestFirst {
            if entry.date != current {
                flush()
                current = entry.date
                entries = []
            }
            // Unknown references are errors of the check, so a built site has a target for each.
            entries.append(ChangeEntry(
                text: entry.text,
                pages: entry.pages.compactMap { pages[$0.value] }.map { LinkValue(title: $0.title, href: root + $0.path) },
                outcomes: entry.outcomes.compactMap { outcomes[$0.value] }.map { LinkValue(title: $0.title, href: root + $0.path) }))
        }
        flush()
        return ChangeLogValue(days: days)
    }
}

/// `page.changes`: the entries of wijzigingen.yml by day (partial `wijzigingen`).
struct ChangeLogValue: TemplateRecord {
    var days: [ChangeDay]

    static let fields = TemplateFields<ChangeLogValue>("Wijzigingen", about: "the changes of `Content/wijzigingen.yml`", [
        .list("days", "the days with changes, newest first") { $0.days },
    ])
}

/// The changes of one day.
struct ChangeDay: TemplateRecord {
    var date: DayDate
    var entries: [ChangeEntry]

    static let fields = TemplateFields<ChangeDay>("Wijzigingsdag", about: "the changes of one day", [
        .text("dutch", "the day in Dutch") { $0.date.dutch },
        .text("iso", "the day as `2026-11-30`") { $0.date.iso },
        .list("entries", "what changed that day") { $0.entries },
    ])
}

/// One change, with the pages and outcomes it names.
struct ChangeEntry: TemplateRecord {
    var text: String
    var pages: [LinkValue]
    var outcomes: [LinkValue]

    static let fields = TemplateFields<ChangeEntry>("Wijziging", about: "one change", [
        .text("text", "what changed") { $0.text },
        .list("pages", "the pages it names") { $0.pages },
        .flag("hasPages", "true when it names pages") { !$0.pages.isEmpty },
        .list("outcomes", "the outcomes it names; each links to the result page of the first route that reaches it") { $0.outcomes },
        .flag("hasOutcomes", "true when it names outcomes") { !$0.outcomes.isEmpty },
    ])
}
