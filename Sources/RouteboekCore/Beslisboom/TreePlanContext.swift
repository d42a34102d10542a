import Beslisboom

/// The template context of a result's plan ("Eerst doen", then the verplicht actions by when, then
/// the aanbevolen ones), from the model's plan. The tool's script builds the same markup from the
/// same partial, so both versions show one plan.
struct TreePlanContext {
    let tree: DecisionTree
    let site: SiteConfig
    /// Resolves an action's `pagina` to a title and an href against the root token.
    let link: (String) -> (title: String, href: String)?

    func context(_ plan: Plan, facts: [String: String]) -> [String: Any] {
        [
            "first": plan.first.map { item($0, facts: facts) },
            "required": plan.required.map { group($0.group, $0.actions, facts: facts) },
            "recommended": plan.recommended.map { group($0.group, $0.actions, facts: facts) },
            "recommendedSummary": Self.summary(plan.recommended.flatMap(\.actions)),
        ]
    }

    /// On paper the advice is one paragraph, the details stay on the site: the titles of each run of
    /// actions with the same term, then that term ("A; B — uiterlijk 19 april 2027").
    static func summary(_ actions: [PlannedAction]) -> [String] {
        var runs: [(due: String, titles: [String])] = []
        for planned in actions {
            let due = PlanText.due(planned)
            if runs.last?.due == due { runs[runs.count - 1].titles.append(planned.action.title) } else { runs.append((due, [planned.action.title])) }
        }
        return runs.map { "\($0.titles.joined(separator: "; ")) \u{2014} \($0.due)" }
    }

    private func group(_ group: PlanGroup, _ actions: [PlannedAction], facts: [String: String]) -> [String: Any] {
        ["id": group.rawValue, "label": PlanText.group(group), "actions": actions.map { item($0, facts: facts) }]
    }

    func item(_ planned: PlannedAction, facts: [String: String]) -> [String: Any] {
        let action = planned.action
        var item: [String: Any] = [
            "id": action.id,
            "title": action.title,
            "what": tree.text(of: action, facts: facts),
            "who": action.who,
            "whenText": action.whenText,
            "due": PlanText.due(planned),
            "kind": PlanText.kind(action.kind),
            "kindId": action.kind.rawValue,
            "late": planned.daysLate != nil || planned.alreadyDue,
            "sources": sources(action),
        ]
        let target = action.page.flatMap(link)
        item["href"] = target?.href ?? ""
        item["pageTitle"] = target?.title ?? ""
        return item
    }

    /// An action's sources as text, with the URL when the source is a public page.
    func sources(_ action: Action) -> [[String: String]] {
        action.sources.map { source in
            ["text": PlanText.source(source, site: site), "url": source.isURL ? source.file : ""]
        }
    }
}
