import Beslisboom

/// The template context of a result's plan ("Eerst doen", then the verplicht actions by when, then
/// the aanbevolen ones), from the model's plan. The tool's script builds the same markup from the
/// same partial, so both versions show one plan.
struct TreePlanContext {
    let tree: DecisionTree
    let site: SiteConfig
    /// Resolves an action's `pagina` to a title and an href against the root token.
    let link: (String) -> (title: String, href: String)?

    func value(_ plan: Plan, facts: [String: String]) -> PlanValue {
        PlanValue(first: plan.first.map { item($0, facts: facts, inFirst: true) },
                  required: plan.required.map { group($0.group, $0.actions, facts: facts) },
                  recommended: plan.recommended.map { group($0.group, $0.actions, facts: facts) },
                  recommendedSummary: Self.summary(plan.recommended.flatMap(\.actions)))
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

    private func group(_ group: PlanGroup, _ actions: [PlannedAction], facts: [String: String]) -> PlanGroupValue {
        PlanGroupValue(id: group.rawValue, label: PlanText.group(group), actions: actions.map { item($0, facts: facts) })
    }

    /// `inFirst`: the action stands under "Eerst doen", where an aanbevolen one says so in its title line.
    func item(_ planned: PlannedAction, facts: [String: String], inFirst: Bool = false) -> PlanItem {
        let action = planned.action
        let target = action.page.flatMap(link)
        return PlanItem(id: action.id, title: action.title, what: tree.text(of: action, facts: facts), who: action.who,
                        whenText: action.whenText, due: PlanText.due(planned), kind: PlanText.kind(action.kind),
                        kindId: action.kind.rawValue, kindShown: inFirst && action.kind == .recommended,
                        late: planned.daysLate != nil || planned.alreadyDue,
                        sources: sources(action), href: target?.href ?? "", pageTitle: target?.title ?? "")
    }

    /// An action's sources as text, with the URL when the source is a public page.
    func sources(_ action: Action) -> [PlanSource] {
        action.sources.map { source in
            PlanSource(text: PlanText.source(source, site: site), url: source.isURL ? source.file : "")
        }
    }
}

/// `plan`: "Eerst doen", then the verplicht actions by when, then the aanbevolen ones.
struct PlanValue: TemplateRecord {
    var first: [PlanItem]
    var required: [PlanGroupValue]
    var recommended: [PlanGroupValue]
    var recommendedSummary: [String]

    /// The heading over `required`: "Daarna" only when "Eerst doen" is shown above it.
    var requiredTitle: String { first.isEmpty ? "Verplicht" : "Daarna: verplicht" }

    static let fields = TemplateFields<PlanValue>("Plan", about: "a result's plan", [
        .list("first", "Eerst doen: the outcome's first action when it is due now, then the verplicht actions due soonest") { $0.first },
        .list("required", "the other verplicht actions, by when") { $0.required },
        .text("requiredTitle", "the heading over `required`: \"Daarna: verplicht\" under Eerst doen, else \"Verplicht\"") { $0.requiredTitle },
        .list("recommended", "the aanbevolen actions, by when") { $0.recommended },
        .texts("recommendedSummary", "per run of advised actions with the same term, \"title; title — term\": the paragraph print shows") { $0.recommendedSummary },
    ])
}

/// The actions of one term (`binnen 2 weken`, `bij het JES-overleg`).
struct PlanGroupValue: TemplateRecord {
    var id: String
    var label: String
    var actions: [PlanItem]

    static let fields = TemplateFields<PlanGroupValue>("Plangroep", about: "the actions of one term", [
        .text("id", "the term's id") { $0.id },
        .text("label", "the term as a heading") { $0.label },
        .list("actions", "its actions, rendered by the partial `plan-actie`") { $0.actions },
    ])
}

/// One action of the plan (partial `plan-actie`).
struct PlanItem: TemplateRecord {
    var id: String
    var title: String
    var what: String
    var who: String
    var whenText: String
    var due: String
    var kind: String
    var kindId: String
    var kindShown: Bool
    var late: Bool
    var sources: [PlanSource]
    var href: String
    var pageTitle: String

    static let fields = TemplateFields<PlanItem>("Actie", about: "one action of the plan", [
        .text("id", "the action's id") { $0.id },
        .text("title", "what to do, in a few words") { $0.title },
        .text("what", "what to do, with the route's facts filled in") { $0.what },
        .text("who", "who does it") { $0.who },
        .text("whenText", "when, as the source says it") { $0.whenText },
        .text("due", "the term, or the date when the dates are known") { $0.due },
        .text("kind", "`Verplicht` or `Aanbevolen`") { $0.kind },
        .text("kindId", "the same as an id, for a class") { $0.kindId },
        .flag("kindShown", "true for an aanbevolen action under Eerst doen: its title line says `Aanbevolen`") { $0.kindShown },
        .flag("late", "true when the term has passed or the action was due already") { $0.late },
        .list("sources", "where the action comes from") { $0.sources },
        .text("href", "the page that explains it, empty when none") { $0.href },
        .text("pageTitle", "that page's title") { $0.pageTitle },
    ])
}

/// A source of an action as one line of text.
struct PlanSource: TemplateRecord {
    var text: String
    var url: String

    static let fields = TemplateFields<PlanSource>("Actiebron", about: "a source of an action", [
        .text("text", "the source and passage as text") { $0.text },
        .text("url", "the public page's address, empty for a source file") { $0.url },
    ])
}
