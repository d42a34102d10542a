import Beslisboom

extension DiffReport {
    /// For the terminal: Dutch, one section per kind of change, the route as its answers.
    func text() -> String {
        var lines = ["routeboek diff: \(contentDisplay) in \(heading) → werkkopie", ""]
        guard !diff.isEmpty else {
            return (lines + [noChangeLine])
                .joined(separator: "\n")
        }
        lines.append(summaryLine())
        func section(_ title: String, _ body: [String]) {
            guard !body.isEmpty else { return }
            lines += ["", title] + body
        }
        section("Ander antwoord", groups(.changed).flatMap { group -> [String] in
            let first = group.first
            let outcome = first.after?.answer.outcome ?? ""
            let count = group.changes.count == 1 ? "1 route" : "\(group.changes.count) routes"
            return ["  uitkomst \(outcome), \(count)" + (first.position.map { " (\($0))" } ?? "")]
                + changeLines(first).map { "    " + $0 }
                + group.changes.map { "    - " + $0.steps.routeDescription }
        })
        section("Andere vragen (de route vraagt nu iets anders)", rerouted().flatMap { old, changes -> [String] in
            ["  voorheen: \(old.steps.routeDescription) → uitkomst \(old.answer.outcome)"]
                + changes.flatMap { change -> [String] in
                    let after = change.after?.steps.routeDescription ?? ""
                    let lines = changeLines(change)
                    let place = change.position.map { " (\($0))" } ?? ""
                    return lines.isEmpty ? ["    nu: \(after): zelfde antwoord\(place)"]
                        : ["    nu: \(after)\(place)"] + lines.map { "      " + $0 }
                }
        })
        section("Nieuwe routes", diff.routes(.added).compactMap { change in
            change.after.map { "  + \($0.steps.routeDescription): \(answerLine($0.answer))" + (change.position.map { " (\($0))" } ?? "") }
        })
        section("Vervallen routes", diff.routes(.removed).compactMap { change in
            change.before.map { "  - \($0.steps.routeDescription): was \(answerLine($0.answer))" + (change.position.map { " (\($0))" } ?? "") }
        })
        section("Vragen", diff.questionsAdded.map { "  + \($0.id): \"\($0.text)\"" + ($0.position.map { " (\($0))" } ?? "") }
            + diff.questionsRemoved.map { "  - \($0.id): \"\($0.text)\"" })
        section("Opties", diff.optionsAdded.map { "  + \($0.question)=\($0.id): \"\($0.label)\"" + ($0.position.map { " (\($0))" } ?? "") }
            + diff.optionsRemoved.map { "  - \($0.question)=\($0.id): \"\($0.label)\"" })
        section("Acties (geldt voor elke route met de actie)", diff.actionChanges.map { "  " + actionChangeLine($0) })
        section("Alleen anders verwoord (het antwoord blijft hetzelfde)", diff.rewordings.map { "  " + rewordingLine($0) })
        section("Pagina's", diff.pages.map { "  " + pageLine($0) })
        return lines.joined(separator: "\n")
    }

    /// Rerouted changes by the route they replace, in route order.
    func rerouted() -> [(RouteState, [RouteChange])] {
        var order: [[Step]] = []
        var byOld: [[Step]: (RouteState, [RouteChange])] = [:]
        for change in diff.routes(.rerouted) {
            guard let old = change.before else { continue }
            if byOld[old.steps] == nil {
                order.append(old.steps)
                byOld[old.steps] = (old, [])
            }
            byOld[old.steps]?.1.append(change)
        }
        return order.compactMap { byOld[$0] }
    }
}
