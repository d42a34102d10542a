import Beslisboom

extension DiffReport {
    /// For a pull request comment or the Actions job summary, ending with a draft entry for
    /// Content/wijzigingen.yml.
    func markdown() -> String {
        var lines = ["## Wat verandert er tegenover `\(heading)`", ""]
        guard !diff.isEmpty else {
            return (lines + [noChangeLine])
                .joined(separator: "\n")
        }
        lines.append(Self.escape(summaryLine()))
        func section(_ title: String, _ body: [String]) {
            guard !body.isEmpty else { return }
            lines += ["", "### \(title)", ""] + body
        }
        section("Ander antwoord", groups(.changed).flatMap { group -> [String] in
            let first = group.first
            let count = group.changes.count == 1 ? "1 route" : "\(group.changes.count) routes"
            return ["- **Uitkomst `\(first.after?.answer.outcome ?? "")`**, \(count)" + place(first.position)]
                + changeLines(first).map { "  - " + Self.escape($0) }
                + ["  - routes: " + group.changes.map { "`\($0.steps.routeDescription)`" }.joined(separator: ", ")]
        })
        section("Andere vragen", rerouted().flatMap { old, changes -> [String] in
            ["- voorheen `\(old.steps.routeDescription)` → uitkomst `\(old.answer.outcome)`"]
                + changes.map { change in
                    let lines = changeLines(change)
                    return "  - nu `\(change.after?.steps.routeDescription ?? "")`: "
                        + (lines.isEmpty ? "zelfde antwoord" : Self.escape(lines.joined(separator: "; "))) + place(change.position)
                }
        })
        section("Nieuwe routes", diff.routes(.added).compactMap { change in
            change.after.map { "- `\($0.steps.routeDescription)`: \(Self.escape(answerLine($0.answer)))" + place(change.position) }
        })
        section("Vervallen routes", diff.routes(.removed).compactMap { change in
            change.before.map { "- `\($0.steps.routeDescription)`: was \(Self.escape(answerLine($0.answer)))" }
        })
        section("Vragen en opties",
                diff.questionsAdded.map { "- nieuwe vraag `\($0.id)`: \(Self.escape($0.text))" + place($0.position) }
                + diff.questionsRemoved.map { "- vraag vervallen `\($0.id)`: \(Self.escape($0.text))" }
                + diff.optionsAdded.map { "- nieuwe optie `\($0.question)=\($0.id)`: \(Self.escape($0.label))" + place($0.position) }
                + diff.optionsRemoved.map { "- optie vervallen `\($0.question)=\($0.id)`: \(Self.escape($0.label))" })
        section("Acties", diff.actionChanges.map { "- " + Self.escape(actionChangeLine($0)) + place($0.position) })
        section("Alleen anders verwoord", diff.rewordings.map { "- " + Self.escape(rewordingLine($0)) + place($0.position) })
        section("Pagina's", diff.pages.map { "- " + Self.escape(pageLine($0)) })
        section("Concept voor `\(contentDisplay)/\(ChangeLog.fileName)`",
                ["Zet dit onder `wijzigingen:` en schrijf `wat` in gewone woorden voor scholen.", "", "```yaml"]
                + ChangeDraft(report: self).entryLines() + ["```"])
        return lines.joined(separator: "\n")
    }

    private func place(_ position: SourcePosition?) -> String {
        position.map { " (`\($0)`)" } ?? ""
    }

    /// Keeps editors' texts from being read as Markdown.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

/// A draft entry for Content/wijzigingen.yml from a comparison: today's date, a plain summary to
/// rewrite, and the pages and outcomes concerned (only ones that exist in the working copy, so the
/// draft passes the check).
struct ChangeDraft {
    let report: DiffReport
    var diff: ContentDiff { report.diff }

    func yaml() -> String {
        (["# Zet dit onder 'wijzigingen:' in \(report.contentDisplay)/\(ChangeLog.fileName) en schrijf 'wat' in gewone woorden voor scholen."]
            + entryLines()).joined(separator: "\n")
    }

    func entryLines() -> [String] {
        var lines = ["  - datum: \(report.today.iso)", "    wat: >-"]
        lines += Self.wrap(summary(), width: 96).map { "      " + $0 }
        lines.append("    pagina's: " + Self.flowList(pages))
        lines.append("    uitkomsten: " + Self.flowList(outcomes))
        return lines
    }

    var pages: [String] {
        diff.pages.filter { $0.kind != .removed }.map(\.path).sorted()
    }

    var outcomes: [String] {
        var ids: Set<String> = []
        for change in diff.routes where change.answerChanged {
            if let outcome = change.after?.answer.outcome { ids.insert(outcome) }
        }
        for rewording in diff.rewordings where [.outcomeTitle, .outcomeSummary, .outcomeNote].contains(rewording.kind) {
            ids.insert(rewording.id)
        }
        return ids.sorted()
    }

    /// What changed, in short sentences, for the editor to rewrite in words schools understand.
    func summary() -> String {
        var sentences: [String] = []
        let changed = diff.routes.filter { $0.answerChanged && ($0.kind == .changed || $0.kind == .rerouted) }.count
        let added = diff.routes(.added).count, removed = diff.routes(.removed).count
        if changed > 0 { sentences.append("In de beslisboom \(changed == 1 ? "geeft 1 route" : "geven \(changed) routes") een ander antwoord.") }
        if added > 0 { sentences.append(added == 1 ? "Er is 1 nieuwe route." : "Er zijn \(added) nieuwe routes.") }
        if removed > 0 { sentences.append(removed == 1 ? "1 route vervalt." : "\(removed) routes vervallen.") }
        if !diff.questionsAdded.isEmpty { sentences.append("Nieuwe vragen: " + quoted(diff.questionsAdded.map(\.text)) + ".") }
        if !diff.questionsRemoved.isEmpty { sentences.append("Vervallen vragen: " + quoted(diff.questionsRemoved.map(\.text)) + ".") }
        if !diff.actionChanges.isEmpty {
            let count = Set(diff.actionChanges.map(\.id)).count
            sentences.append(count == 1 ? "Bij 1 actie is de soort, de uitvoerder of de termijn anders."
                                        : "Bij \(count) acties is de soort, de uitvoerder of de termijn anders.")
        }
        if !diff.rewordings.isEmpty {
            sentences.append(diff.rewordings.count == 1 ? "1 tekst in de beslisboom is anders verwoord."
                                                        : "\(diff.rewordings.count) teksten in de beslisboom zijn anders verwoord.")
        }
        let titles = { (kind: PageChange.Kind) in diff.pages.filter { $0.kind == kind } }
        if !titles(.added).isEmpty { sentences.append("Nieuwe pagina's: " + quoted(titles(.added).map { $0.titleAfter ?? $0.path }) + ".") }
        for page in titles(.retitled) {
            sentences.append("De pagina '\(page.titleBefore ?? page.path)' heet nu '\(page.titleAfter ?? page.path)'.")
        }
        if !titles(.edited).isEmpty { sentences.append("Aangepast: " + quoted(titles(.edited).map { $0.titleAfter ?? $0.path }) + ".") }
        if !titles(.removed).isEmpty { sentences.append("Verwijderd: " + quoted(titles(.removed).map { $0.titleBefore ?? $0.path }) + ".") }
        return sentences.isEmpty ? "Geen verschil in de beslisboom of de pagina's." : sentences.joined(separator: " ")
    }

    private func quoted(_ texts: [String]) -> String { texts.map { "'\($0)'" }.joined(separator: ", ") }

    /// `[a, b]`, with an item quoted when YAML would read it otherwise.
    static func flowList(_ items: [String]) -> String {
        "[" + items.map { item in
            item.allSatisfy { $0.isLetter || $0.isNumber || "-/._".contains($0) } ? item : "\"\(item.replacingOccurrences(of: "\"", with: "\\\""))\""
        }.joined(separator: ", ") + "]"
    }

    /// Breaks a text into lines of at most `width` characters at spaces (a folded YAML block joins them again).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}
