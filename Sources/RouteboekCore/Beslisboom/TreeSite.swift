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

    /// Renders the tree's pages and hands each to `emit` with its output path, links already resolved
    /// for the page's depth, as soon as it is rendered (from several threads at once: a big tree's pages
    /// are never all in memory). Returns how many were emitted and the paths of the step pages left out
    /// by `coverage` (a build would write them; links to them are good).
    func render(intro: Page, diagnostics: DiagnosticLog, coverage: StepCoverage = .every,
                emit: @Sendable (_ path: String, _ html: String) -> Void) -> (count: Int, skipped: [String]) {
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
            outcomeBlocks.set(index, templates.render(.uitkomst, outcomeValue(evaluation.outcome, evaluation: evaluation)))
        }
        let blocks = outcomeBlocks.values
        let allJobs = jobs
        let emitted = Counter()
        DispatchQueue.concurrentPerform(iterations: allJobs.count) { index in
            switch allJobs[index] {
            case let .question(steps, question):
                let path = TreeStepPaths.path(steps)
                emit(path, TreeTexts.resolveRoot(questionStep(question, steps: steps), forPage: path))
                emitted.increment()
            case let .result(route, kind) where kind < blocks.count:
                let path = TreeStepPaths.path(route.steps)
                let title = evaluations[kind].outcome.title
                emit(path, TreeTexts.resolveRoot(resultStep(title: title, outcomeHTML: blocks[kind], route: route), forPage: path))
                emitted.increment()
            case .result:
                break
            }
        }
        let overviews = [(TreeStepPaths.toolPath, toolPage(intro: intro)), (TreeStepPaths.routesPath, routesPage()),
                         (TreeStepPaths.flowchartPath, flowchartPage(diagnostics: diagnostics))]
        for (path, html) in overviews { emit(path, TreeTexts.resolveRoot(html, forPage: path)) }
        return (emitted.value + overviews.count, skipped)
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
        let token = TreeTexts.rootToken
        let tool = ToolValue(
            modelJSON: modelJSON(),
            outcomes: tree.outcomes.map { OutcomeBlock(id: $0.id, html: templates.render(.uitkomst, outcomeValue($0, evaluation: nil))) },
            startHref: token + TreeStepPaths.path([]),
            routesHref: token + TreeStepPaths.routesPath,
            flowchartHref: token + TreeStepPaths.flowchartPath)
        let page = context.base(context.info(intro), section: intro.section)
        return templates.render(.beslisboom, LayoutContext(base: page, extra: ToolPage(toc: PageContext.tableOfContents(intro.headings), tree: tool)))
    }

    private func questionStep(_ question: Question, steps: [Step]) -> String {
        let path = TreeStepPaths.path(steps)
        let page = context.base(path: path, section: ContentScanner.treeFolder, title: "Beslisboom: \(question.text)")
        var step = stepValue(steps)
        step.question = QuestionValue(
            id: question.id, text: question.text, hintHTML: html(question.hint),
            options: question.options.map { option in
                OptionValue(id: option.id, label: option.label,
                            href: TreeTexts.rootToken + TreeStepPaths.path(steps + [Step(question: question.id, option: option.id)]))
            })
        return templates.render(.beslisboomStap, LayoutContext(base: page, extra: StepPage(step: step)))
    }

    private func resultStep(title: String, outcomeHTML: String, route: Route) -> String {
        let path = TreeStepPaths.path(route.steps)
        let page = context.base(path: path, section: ContentScanner.treeFolder, title: "Uitkomst: \(title)")
        var step = stepValue(route.steps)
        step.outcomeHTML = outcomeHTML
        step.address = path
        return templates.render(.beslisboomStap, LayoutContext(base: page, extra: StepPage(step: step)))
    }

    private func stepValue(_ steps: [Step]) -> StepValue {
        let token = TreeTexts.rootToken
        return StepValue(
            answers: steps.enumerated().map { index, answer in answerValue(answer, changeHref: token + TreeStepPaths.path(Array(steps[..<index]))) },
            restartHref: token + TreeStepPaths.path([]),
            toolHref: token + TreeStepPaths.toolPath,
            backHref: steps.isEmpty ? nil : token + TreeStepPaths.path(Array(steps.dropLast())))
    }

    private func answerValue(_ step: Step, changeHref: String) -> AnswerValue {
        let question = tree.questionsByID[step.question]
        return AnswerValue(question: question?.text ?? step.question, answer: question?.option(step.option)?.label ?? step.option,
                           changeHref: changeHref)
    }

    private func routesPage() -> String {
        let page = context.base(path: TreeStepPaths.routesPath, section: ContentScanner.treeFolder, title: "Alle routes van de beslisboom")
        let routes = enumeration.routes.enumerated().compactMap { index, route -> RouteRow? in
            guard let outcome = tree.outcomesByID[route.outcomeID] else { return nil }
            return RouteRow(
                number: index + 1,
                answers: route.steps.map { answerValue($0, changeHref: "") },
                outcome: RouteOutcome(id: outcome.id, title: outcome.title, registration: registrationText(outcome),
                                      deviation: OutcomeAttribute.deviation.label(of: outcome) ?? "",
                                      thuiszitter: OutcomeAttribute.thuiszitter.label(of: outcome) ?? ""),
                stepHref: TreeTexts.rootToken + TreeStepPaths.path(route.steps))
        }
        return templates.render(.alleRoutes, LayoutContext(base: page, extra: RoutesPage(routes: routes, routeCount: enumeration.routes.count)))
    }

    private func flowchartPage(diagnostics: DiagnosticLog) -> String {
        let page = context.base(path: TreeStepPaths.flowchartPath, section: ContentScanner.treeFolder, title: "Stroomschema van de beslisboom")
        var figure = FlowchartPage()
        do {
            figure.diagramHTML = try flowcharts.figure(graph: flowchartGraph(), idPrefix: "beslisboom")
        } catch {
            diagnostics.add(tree.startPosition?.file ?? "beslisboom", .treeFlowchartFailed(error.message.text))
        }
        return templates.render(.stroomschema, LayoutContext(base: page, extra: figure))
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
        TreeLabels.registrationWithReport(outcome)
    }

    /// The context of the partial `uitkomst`. `evaluation` nil: the tool's script fills the route's
    /// facts and the plan itself.
    func outcomeValue(_ outcome: Outcome, evaluation: Evaluation?) -> OutcomeValue {
        let facts = evaluation?.facts
        return OutcomeValue(
            id: outcome.id,
            title: outcome.title,
            registration: OutcomeAttribute.registration.label(of: outcome) ?? "",
            deviation: OutcomeAttribute.deviation.label(of: outcome) ?? "",
            deviationId: outcome.deviation.rawValue,
            isThuiszitter: outcome.isThuiszitter,
            thuiszitter: OutcomeAttribute.thuiszitter.label(of: outcome) ?? "",
            isProvisional: outcome.isProvisional,
            regie: OutcomeAttribute.regie.label(of: outcome) ?? "",
            summaryHTML: html(outcome.summary),
            noteHTML: html(outcome.note),
            showFacts: outcome.showFacts,
            facts: outcome.showFacts.compactMap { id in
                guard let definition = tree.factsByID[id], let value = facts?[id] else { return nil }
                return FactValue(label: definition.label, value: definition.label(of: value) ?? value)
            },
            links: outcome.links.compactMap { link($0).map { LinkValue(title: $0.title, href: $0.href) } },
            sources: outcome.sources.map { reference in
                if reference.isURL { return OutcomeSource(code: "", title: reference.title ?? reference.file, part: reference.part, url: reference.file) }
                let source = site.source(file: reference.file)
                return OutcomeSource(code: source?.code ?? "", title: source?.title ?? reference.file, part: reference.part, url: "")
            },
            duoReport: OutcomeAttribute.duoReport.label(of: outcome),
            plan: evaluation.map { TreePlanContext(tree: tree, site: site, link: link).value(tree.plan($0), facts: $0.facts) })
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
