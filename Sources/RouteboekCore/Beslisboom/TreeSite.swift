import Beslisboom
import Flowchart
import Foundation

/// Produces every decision-tree page from the one model: the interactive tool, a static page per
/// reachable set of answers, the table of all routes and the flowchart.
struct TreeSite {
    let tree: DecisionTree
    let enumeration: RouteEnumeration
    /// Published pages by content path, for link titles.
    let pages: [String: Page]
    let site: SiteConfig
    let templates: TemplateSet
    let context: PageContext
    let flowcharts: FlowchartCache
    /// Every Markdown text of the tree (hints, summaries, notes), rendered once when it was checked.
    private let texts: TreeTexts

    init(tree: DecisionTree, enumeration: RouteEnumeration, texts: TreeTexts, pages: [String: Page], site: SiteConfig,
         templates: TemplateSet, context: PageContext, flowcharts: FlowchartCache) {
        self.tree = tree
        self.enumeration = enumeration
        self.texts = texts
        self.pages = pages
        self.site = site
        self.templates = templates
        self.context = context
        self.flowcharts = flowcharts
    }

    private func html(_ markdown: String?) -> String {
        texts.html(markdown)
    }

    /// Which of the step pages `render` renders.
    enum StepCoverage {
        /// Every step page: what a build writes.
        case every
        /// One page per question and one per different result (outcome, plan and facts shown): what
        /// `check` needs. The step pages of one kind differ only in data already rendered on the one
        /// shown (the answers' texts are the questions' own), so the same template errors and
        /// editor-written links are found in seconds on a tree of 10,000 routes.
        case oneOfEachKind
    }

    /// The tree's pages with their output paths, links already resolved for the page's depth, and the
    /// paths of the step pages left out by `coverage` (a build would write them; links to them are good).
    func render(intro: Page, diagnostics: DiagnosticLog, coverage: StepCoverage = .every)
        -> (pages: [(path: String, html: String)], skipped: [String]) {
        // Every step is independent of the others: render them on all cores.
        enum Job { case question([Step], Question), result(Route, kind: Int) }
        var jobs: [Job] = []
        var skipped: [String] = []
        var questionsShown: Set<String> = []
        for (steps, questionID) in enumeration.questionPrefixes {
            guard let question = tree.questionsByID[questionID] else { continue }
            if coverage == .oneOfEachKind, !questionsShown.insert(questionID).inserted {
                skipped.append(TreeStepPaths.path(steps))
                continue
            }
            jobs.append(.question(steps, question))
        }
        // Results of one kind show the same outcome block: it is rendered once per kind.
        var kinds: [String: Int] = [:]
        var kindEvaluations: [Evaluation] = []
        for route in enumeration.routes {
            guard let outcome = tree.outcomesByID[route.outcomeID] else { continue }
            let evaluation = Evaluation(route: route, outcome: outcome, facts: tree.facts(along: route.steps))
            let key = resultKind(evaluation)
            if let kind = kinds[key] {
                if coverage == .oneOfEachKind {
                    skipped.append(TreeStepPaths.path(route.steps))
                    continue
                }
                jobs.append(.result(route, kind: kind))
            } else {
                kinds[key] = kindEvaluations.count
                jobs.append(.result(route, kind: kindEvaluations.count))
                kindEvaluations.append(evaluation)
            }
        }
        let evaluations = kindEvaluations
        let outcomeBlocks = ResultSlots<String>(count: evaluations.count)
        DispatchQueue.concurrentPerform(iterations: evaluations.count) { index in
            let evaluation = evaluations[index]
            outcomeBlocks.set(index, templates.render(partial: "uitkomst", outcomeContext(evaluation.outcome, evaluation: evaluation)))
        }
        let blocks = outcomeBlocks.values
        let slots = ResultSlots<(String, String)>(count: jobs.count)
        let allJobs = jobs
        DispatchQueue.concurrentPerform(iterations: allJobs.count) { index in
            switch allJobs[index] {
            case let .question(steps, question):
                let path = TreeStepPaths.path(steps)
                slots.set(index, (path, TreeTexts.resolveRoot(questionStep(question, steps: steps), forPage: path)))
            case let .result(route, kind) where kind < blocks.count:
                let path = TreeStepPaths.path(route.steps)
                let title = evaluations[kind].outcome.title
                slots.set(index, (path, TreeTexts.resolveRoot(resultStep(title: title, outcomeHTML: blocks[kind], route: route), forPage: path)))
            case .result:
                break
            }
        }
        var output = [(TreeStepPaths.toolPath, toolPage(intro: intro)), (TreeStepPaths.routesPath, routesPage()),
                      (TreeStepPaths.flowchartPath, flowchartPage(diagnostics: diagnostics))]
            .map { path, html in (path, TreeTexts.resolveRoot(html, forPage: path)) }
        output += slots.values
        return (output, skipped)
    }

    /// What makes one result's outcome block different from another's: the outcome, the facts it shows
    /// and its plan (actions, their place and their text for these facts). The rest of a result page is
    /// its answers.
    private func resultKind(_ evaluation: Evaluation) -> String {
        var kind = evaluation.outcome.id
        for id in evaluation.outcome.showFacts { kind += "\u{1}" + id + "=" + (evaluation.facts[id] ?? "") }
        for planned in tree.plan(evaluation).all {
            kind += "\u{1}\(planned.action.id)\u{2}\(planned.group.rawValue)\u{2}\(planned.alreadyDue)\u{2}"
                + tree.text(of: planned.action, facts: evaluation.facts)
        }
        return kind
    }

    /// Titles of the generated overview pages, for the section's navigation.
    static let overviewPages = [
        Navigation.Item(title: "Alle routes", path: TreeStepPaths.routesPath),
        Navigation.Item(title: "Stroomschema van de beslisboom", path: TreeStepPaths.flowchartPath),
    ]

    // MARK: Pages

    private func toolPage(intro: Page) -> String {
        var page = context.page(intro)
        let token = TreeTexts.rootToken
        page["tree"] = [
            "modelJSON": modelJSON(),
            "outcomes": tree.outcomes.map { ["id": $0.id, "html": templates.render(partial: "uitkomst", outcomeContext($0, evaluation: nil))] },
            "startHref": token + TreeStepPaths.path([]),
            "routesHref": token + TreeStepPaths.routesPath,
            "flowchartHref": token + TreeStepPaths.flowchartPath,
        ] as [String: Any]
        return templates.render(.beslisboom, page)
    }

    private func questionStep(_ question: Question, steps: [Step]) -> String {
        let path = TreeStepPaths.path(steps)
        var page = context.base(path: path, section: ContentScanner.treeFolder, title: "Beslisboom: \(question.text)")
        var step = stepContext(steps)
        step["question"] = [
            "id": question.id,
            "text": question.text,
            "hintHTML": html(question.hint),
            "options": question.options.map { option in
                ["id": option.id, "label": option.label,
                 "href": TreeTexts.rootToken + TreeStepPaths.path(steps + [Step(question: question.id, option: option.id)])]
            },
        ] as [String: Any]
        page["step"] = step
        return templates.render(.beslisboomStap, page)
    }

    private func resultStep(title: String, outcomeHTML: String, route: Route) -> String {
        let path = TreeStepPaths.path(route.steps)
        var page = context.base(path: path, section: ContentScanner.treeFolder, title: "Uitkomst: \(title)")
        var step = stepContext(route.steps)
        step["outcomeHTML"] = outcomeHTML
        step["address"] = path
        page["step"] = step
        return templates.render(.beslisboomStap, page)
    }

    private func stepContext(_ steps: [Step]) -> [String: Any] {
        let token = TreeTexts.rootToken
        var step: [String: Any] = [
            "answers": steps.enumerated().map { index, answer in answerContext(answer, changeHref: token + TreeStepPaths.path(Array(steps[..<index]))) },
            "restartHref": token + TreeStepPaths.path([]),
            "toolHref": token + TreeStepPaths.toolPath,
        ]
        if !steps.isEmpty { step["backHref"] = token + TreeStepPaths.path(Array(steps.dropLast())) }
        return step
    }

    private func answerContext(_ step: Step, changeHref: String) -> [String: Any] {
        let question = tree.questionsByID[step.question]
        return ["question": question?.text ?? step.question, "answer": question?.option(step.option)?.label ?? step.option,
                "changeHref": changeHref]
    }

    private func routesPage() -> String {
        var page = context.base(path: TreeStepPaths.routesPath, section: ContentScanner.treeFolder, title: "Alle routes van de beslisboom")
        page["routes"] = enumeration.routes.enumerated().compactMap { index, route -> [String: Any]? in
            guard let outcome = tree.outcomesByID[route.outcomeID] else { return nil }
            return [
                "number": index + 1,
                "answers": route.steps.map { answerContext($0, changeHref: "") },
                "outcome": ["id": outcome.id, "title": outcome.title, "registration": registrationText(outcome),
                            "deviation": TreeLabels.deviation(outcome.deviation),
                            "thuiszitter": TreeLabels.thuiszitter(outcome)],
                "stepHref": TreeTexts.rootToken + TreeStepPaths.path(route.steps),
            ]
        }
        page["routeCount"] = enumeration.routes.count
        return templates.render(.alleRoutes, page)
    }

    private func flowchartPage(diagnostics: DiagnosticLog) -> String {
        var page = context.base(path: TreeStepPaths.flowchartPath, section: ContentScanner.treeFolder, title: "Stroomschema van de beslisboom")
        do {
            page["diagramHTML"] = try flowcharts.figure(graph: flowchartGraph(), idPrefix: "beslisboom")
        } catch {
            diagnostics.add(tree.startPosition?.file ?? "beslisboom", .treeFlowchartFailed(error.message.text))
        }
        return templates.render(.stroomschema, page)
    }

    /// The whole tree as one graph: questions as decisions, outcomes as end points, answers on the edges.
    func flowchartGraph() -> FlowchartGraph {
        var graph = FlowchartGraph(direction: .topDown)
        let reachable = Set(enumeration.questionPrefixes.map(\.question))
        for question in tree.questions where reachable.contains(question.id) {
            graph.nodes.append(.init(id: question.id, label: question.text, shape: .decision))
        }
        let reachedOutcomes = Set(enumeration.routes.map(\.outcomeID))
        for outcome in tree.outcomes where reachedOutcomes.contains(outcome.id) {
            graph.nodes.append(.init(id: outcome.id, label: outcome.title, shape: .rounded))
        }
        for question in tree.questions where reachable.contains(question.id) {
            for option in question.options {
                var targets = option.exceptions.map { exception in
                    (exception.to, "\(option.label) (als \(exception.when.map(conditionText).joined(separator: " en ")))")
                }
                let otherwise = option.exceptions.isEmpty ? option.label : "\(option.label) (anders)"
                targets.append((option.to, otherwise))
                for (target, label) in targets where tree.questionsByID[target] != nil || tree.outcomesByID[target] != nil {
                    graph.edges.append(.init(from: question.id, to: target, label: label))
                }
            }
        }
        return graph
    }

    // MARK: Data

    /// "soort onderwijs: primair onderwijs", for the edges of an exception in the flowchart.
    private func conditionText(_ condition: Condition) -> String {
        let fact = tree.factsByID[condition.subject]
        let name = fact?.label.lowercased() ?? condition.subject
        func label(_ value: String) -> String { fact?.label(of: value) ?? value }
        if let anyOf = condition.anyOf { return "\(name): \(anyOf.map(label).joined(separator: " of "))" }
        if let noneOf = condition.noneOf { return "\(name) niet \(noneOf.map(label).joined(separator: " of "))" }
        return name
    }

    private func registrationText(_ outcome: Outcome) -> String {
        let base = TreeLabels.registration(outcome)
        guard let report = TreeLabels.duoReport(outcome.duoReport) else { return base }
        return "\(base) (\(report.lowercased()))"
    }

    /// The context of the partial `uitkomst`. `evaluation` nil: the tool's script fills the route's
    /// facts and the plan itself.
    func outcomeContext(_ outcome: Outcome, evaluation: Evaluation?) -> [String: Any] {
        let facts = evaluation?.facts
        var context: [String: Any] = [
            "id": outcome.id,
            "title": outcome.title,
            "registration": TreeLabels.registration(outcome),
            "deviation": TreeLabels.deviation(outcome.deviation),
            "deviationId": outcome.deviation.rawValue,
            "isThuiszitter": outcome.isThuiszitter,
            "thuiszitter": TreeLabels.thuiszitter(outcome),
            "isProvisional": outcome.isProvisional,
            "regie": TreeLabels.regie(outcome.regie),
            "summaryHTML": html(outcome.summary),
            "noteHTML": html(outcome.note),
            "showFacts": outcome.showFacts.joined(separator: " "),
            "facts": outcome.showFacts.compactMap { id -> [String: Any]? in
                guard let definition = tree.factsByID[id], let value = facts?[id] else { return nil }
                return ["label": definition.label, "value": definition.label(of: value) ?? value]
            },
            "links": outcome.links.compactMap { link($0).map { ["title": $0.title, "href": $0.href] } },
            "sources": outcome.sources.map { reference in
                if reference.isURL { return ["code": "", "title": reference.title ?? reference.file, "part": reference.part, "url": reference.file] }
                let source = site.source(file: reference.file)
                return ["code": source?.code ?? "", "title": source?.title ?? reference.file, "part": reference.part, "url": ""]
            },
        ]
        if let report = TreeLabels.duoReport(outcome.duoReport) { context["duoReport"] = report }
        if let evaluation {
            let planContext = TreePlanContext(tree: tree, site: site, link: link)
            context["plan"] = planContext.context(tree.plan(evaluation), facts: evaluation.facts)
        }
        return context
    }

    /// A link from the tree's data to a page: its title and the href (against the root token). The
    /// check phase made sure every link field is a published page (LinkTargets).
    func link(_ written: String) -> (title: String, href: String)? {
        guard let link = WrittenLink(written, from: TreeTexts.anchorPage), let target = link.page,
              let page = pages[target.path] else { return nil }
        let heading = target.anchor.flatMap { anchor in page.headings.first { $0.anchor == anchor }?.title }
        let title = heading.map { "\(page.title): \($0)" } ?? page.title
        return (title, link.href(rootToken: TreeTexts.rootToken))
    }

    /// The model as the tool's script reads it, safe inside a `<script>` element.
    func modelJSON() -> String {
        TreeToolModel(tree: tree, enumeration: enumeration, site: site, html: html, link: link).scriptSafeJSON()
    }
}
