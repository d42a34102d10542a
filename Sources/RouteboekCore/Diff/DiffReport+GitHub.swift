import Beslisboom

extension DiffReport {
    /// GitHub Actions annotations: a changed or vanished answer is a warning (a reviewer must look),
    /// everything else a notice. Changes at one line are one annotation, since GitHub shows only a
    /// limited number per step; the first line is a summary without a file.
    func github() -> String {
        var commands = [GitHubCommand(.notice, title: "routeboek diff", message: diff.isEmpty
            ? "Geen verschil met \(heading) in de beslisboom of de pagina's."
            : summaryLine() + " Lees het hele overzicht met: routeboek diff \(revision)")]
        var order: [String] = []
        var merged: [String: GitHubCommand] = [:]
        func add(_ level: GitHubCommand.Level, _ title: String, _ position: SourcePosition?, _ message: String) {
            let key = "\(level.rawValue)|\(title)|\(position?.description ?? "")"
            if merged[key] == nil {
                order.append(key)
                merged[key] = GitHubCommand(level, file: position?.file, line: position?.line, column: position?.column,
                                            title: title, message: message)
            } else {
                merged[key]?.message += "\n" + message
            }
        }
        for group in groups(.changed) {
            let outcome = group.first.after?.answer.outcome ?? ""
            let message = "Uitkomst \(outcome): " + changeLines(group.first).joined(separator: "; ") + ". Routes:\n"
                + group.changes.map { "- " + $0.steps.routeDescription }.joined(separator: "\n")
            add(.warning, "Ander antwoord", group.first.position, message)
        }
        for (old, changes) in rerouted() {
            for change in changes {
                let lines = changeLines(change)
                let after = change.after?.steps.routeDescription ?? ""
                add(lines.isEmpty ? .notice : .warning, "Andere vragen", change.position,
                    "Voorheen \(old.steps.routeDescription), nu \(after): " + (lines.isEmpty ? "zelfde antwoord" : lines.joined(separator: "; ")))
            }
        }
        for change in diff.routes(.added) {
            guard let state = change.after else { continue }
            add(.notice, "Nieuwe route", change.position, "\(state.steps.routeDescription): \(answerLine(state.answer))")
        }
        for change in diff.routes(.removed) {
            guard let state = change.before else { continue }
            add(.warning, "Vervallen route", change.position, "\(state.steps.routeDescription): was \(answerLine(state.answer))")
        }
        for question in diff.questionsAdded { add(.notice, "Nieuwe vraag", question.position, "\(question.id): \(question.text)") }
        for question in diff.questionsRemoved { add(.notice, "Vraag vervallen", nil, "\(question.id): \(question.text)") }
        for option in diff.optionsAdded { add(.notice, "Nieuwe optie", option.position, "\(option.question)=\(option.id): \(option.label)") }
        for option in diff.optionsRemoved { add(.notice, "Optie vervallen", option.position, "\(option.question)=\(option.id): \(option.label)") }
        for change in diff.actionChanges { add(.warning, "Actie gewijzigd", change.position, actionChangeLine(change)) }
        for rewording in diff.rewordings { add(.notice, "Anders verwoord", rewording.position, rewordingLine(rewording)) }
        for page in diff.pages {
            let position = page.kind == .removed ? nil : SourcePosition(file: "\(contentDisplay)/\(page.path)", line: 1, column: 1)
            add(.notice, "Pagina", position, pageLine(page))
        }
        commands += order.compactMap { merged[$0] }
        return commands.map(\.rendered).joined(separator: "\n")
    }
}
