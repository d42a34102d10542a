import Beslisboom

/// A comparison ready to print: the diff, what it compares, and the shared wording of every format.
public struct DiffReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        /// For the terminal (the default).
        case text
        /// For other tools; fields documented in docs/diff.md.
        case json
        /// GitHub Actions annotations on the lines to look at.
        case github
        /// For a pull request comment or the job summary, with a draft entry for wijzigingen.yml.
        case markdown
        /// Only the draft entry for Content/wijzigingen.yml.
        case wijzigingen
    }

    public var diff: ContentDiff
    /// The revision as the user wrote it (`main`, `HEAD~1`).
    public var revision: String
    /// The commit it names, shortened for people.
    public var commit: String
    /// The content folder as shown in messages (`Content`).
    public var contentDisplay: String
    /// The date a draft entry gets.
    public var today: DayDate

    public init(diff: ContentDiff, revision: String, commit: String, contentDisplay: String, today: DayDate) {
        self.diff = diff
        self.revision = revision
        self.commit = commit
        self.contentDisplay = contentDisplay
        self.today = today
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: text()
        case .json: json()
        case .github: github()
        case .markdown: markdown()
        case .wijzigingen: ChangeDraft(report: self).yaml()
        }
    }

    var shortCommit: String { String(commit.prefix(7)) }
    var heading: String { revision == shortCommit || revision == commit ? shortCommit : "\(revision) (\(shortCommit))" }

    /// Changed routes that share one change (same outcomes, same values, same actions), so a change to
    /// one outcome is said once with the list of its routes.
    struct ChangeGroup {
        var changes: [RouteChange]
        var first: RouteChange { changes[0] }
    }

    func groups(_ kind: RouteChange.Kind) -> [ChangeGroup] {
        var order: [String] = []
        var byKey: [String: [RouteChange]] = [:]
        for change in diff.routes(kind) {
            let key = signature(change)
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(change)
        }
        return order.compactMap { byKey[$0].map(ChangeGroup.init) }
    }

    private func signature(_ change: RouteChange) -> String {
        let outcomes = "\(change.before?.answer.outcome ?? "")>\(change.after?.answer.outcome ?? "")"
        return ([outcomes] + changeLines(change) + ["\(change.position?.description ?? "")"]).joined(separator: "|")
    }

    /// `registratie: ot-thuiszitter → duo, ot-thuiszitter`, `acties erbij: ...` for a changed route.
    func changeLines(_ change: RouteChange) -> [String] {
        guard let before = change.before?.answer, let after = change.after?.answer else { return [] }
        var lines = change.fields.map { field in
            "\(field.rawValue): \(Self.text(before.value(field))) → \(Self.text(after.value(field)))"
        }
        if !change.actionsAdded.isEmpty { lines.append("acties erbij: " + actionList(change.actionsAdded)) }
        if !change.actionsRemoved.isEmpty { lines.append("acties eraf: " + actionList(change.actionsRemoved)) }
        return lines
    }

    /// A value as written in uitkomsten.yml: a list without brackets, `geen` for no registration.
    static func text(_ value: SubjectValue) -> String {
        switch value {
        case .single(let single): single ?? "geen"
        case .list(let list): list.isEmpty ? OutcomeAttribute.noRegistration : list.joined(separator: ", ")
        }
    }

    func actionList(_ ids: [String]) -> String {
        ids.map { id in diff.actionTitles[id].map { "\(id) (\($0))" } ?? id }.joined(separator: ", ")
    }

    /// `uitkomst duo (Meld bij DUO): registratie duo; afwijking niet-nodig; thuiszitter ja`.
    func answerLine(_ answer: RouteAnswer) -> String {
        let values = [OutcomeAttribute.registration, .deviation, .thuiszitter].map { "\($0.key) \(Self.text(answer.value(.attribute($0))))" }
            + (answer.outcomeModel.isProvisional ? ["voorlopig"] : [])
        return "uitkomst \(answer.outcome) (\(answer.outcomeTitle)): " + values.joined(separator: "; ")
    }

    var noChangeLine: String {
        diff.routeCountAfter == 0 ? "Geen verschil in de pagina's."
            : "Geen verschil in de beslisboom of de pagina's (\(diff.routeCountAfter) routes, alle hetzelfde)."
    }

    func summaryLine() -> String {
        let counts = [
            (diff.unchangedRouteCount, "hetzelfde"), (diff.routes(.changed).count, "met een ander antwoord"),
            (diff.routes(.rerouted).count, "met andere vragen"), (diff.routes(.added).count, "nieuw"),
            (diff.routes(.removed).count, "vervallen"),
        ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return "Beslisboom: \(diff.routeCountBefore) routes in \(heading), \(diff.routeCountAfter) nu"
            + (counts.isEmpty ? "." : ": " + counts.joined(separator: ", ") + ".")
    }

    func pageLine(_ page: PageChange) -> String {
        let title = { (text: String?) in text.map { "'\($0)'" } ?? "(zonder titel)" }
        return switch page.kind {
        case .added: "nieuw: \(page.path) \(title(page.titleAfter))"
        case .removed: "verwijderd: \(page.path) \(title(page.titleBefore))"
        case .retitled: "andere titel: \(page.path): \(title(page.titleBefore)) → \(title(page.titleAfter))"
        case .edited: "tekst gewijzigd: \(page.path) \(title(page.titleAfter))"
        }
    }

    func rewordingLine(_ rewording: Rewording) -> String {
        let (before, after) = TextDelta.shortened(rewording.before, rewording.after)
        let what = switch rewording.kind {
        case .questionText: "vraag \(rewording.id)"
        case .questionHint: "uitleg bij vraag \(rewording.id)"
        case .optionLabel: "label van optie \(rewording.id)"
        case .outcomeTitle: "titel van uitkomst \(rewording.id)"
        case .outcomeSummary: "samenvatting van uitkomst \(rewording.id)"
        case .outcomeNote: "opmerking bij uitkomst \(rewording.id)"
        case .actionTitle: "korte titel (kort) van actie \(rewording.id)"
        case .actionText: "tekst (wat) van actie \(rewording.id)"
        case .actionWhen: "termijn in woorden (wanneer) van actie \(rewording.id)"
        }
        return "\(what): \"\(before)\" → \"\(after)\""
    }

    func actionChangeLine(_ change: ActionChange) -> String {
        let routes = change.routeCount == 1 ? "1 route" : "\(change.routeCount) routes"
        return "actie \(change.id) (\(diff.actionTitles[change.id] ?? change.id)), \(change.field.rawValue): \(change.before) → \(change.after) (op \(routes))"
    }
}

/// Shows a long text change as the part that differs, with a little context.
enum TextDelta {
    static func shortened(_ before: String, _ after: String, limit: Int = 80, context: Int = 25) -> (String, String) {
        guard before.count > limit || after.count > limit else { return (before, after) }
        let a = Array(before), b = Array(after)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        func cut(_ chars: [Character]) -> String {
            // Widened to whole words, so the reader sees words and not parts of them.
            var start = max(0, prefix - context)
            while start > 0, !chars[start - 1].isWhitespace { start -= 1 }
            var end = min(chars.count, chars.count - suffix + context)
            while end < chars.count, !chars[end].isWhitespace { end += 1 }
            let middle = start < end ? String(chars[start..<end]) : ""
            return (start > 0 ? "…" : "") + middle + (end < chars.count ? "…" : "")
        }
        return (cut(a), cut(b))
    }
}
