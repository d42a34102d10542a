/// The contexts of the decision tree's layouts (`beslisboom`, `beslisboom-stap`, `alle-routes`,
/// `stroomschema`). Hrefs are written against TreeTexts.rootToken and resolved per page afterwards.

/// `beslisboom`: the interactive tool, with the page text of `Content/beslisboom/index.md`.
struct ToolPage: TemplateRecord {
    var toc: [TocEntry]
    var tree: ToolValue

    static let fields = TemplateFields<ToolPage>("beslisboom", about: "the interactive decision tool (`beslisboom/index.html`)",
                                                 ProsePage.tocFields { $0.toc } + [.value("tree", "the tool") { $0.tree }])
}

/// `tree`: what the tool's page needs besides its text.
struct ToolValue: TemplateRecord {
    var modelJSON: String
    var outcomes: [OutcomeBlock]
    var startHref: String
    var routesHref: String
    var flowchartHref: String

    static let fields = TemplateFields<ToolValue>("Beslisboom", about: "the tool's model and its pre-rendered results", [
        .html("modelJSON", "the model as JSON, for `<script type=\"application/json\" id=\"beslisboom-model\">` (see below)") { $0.modelJSON },
        .list("outcomes", "each outcome's result panel, for `<template id=\"uitkomst-ID\">`") { $0.outcomes },
        .text("startHref", "the first step of the version without JavaScript") { $0.startHref },
        .text("routesHref", "the page with all routes") { $0.routesHref },
        .text("flowchartHref", "the flowchart page") { $0.flowchartHref },
    ])
}

/// One outcome's result panel, rendered with the partial `uitkomst` (without a plan: the script fills it).
struct OutcomeBlock: TemplateRecord {
    var id: String
    var html: String

    static let fields = TemplateFields<OutcomeBlock>("Uitkomstpaneel", about: "an outcome's pre-rendered result panel", [
        .text("id", "the outcome's id") { $0.id },
        .html("html", "the panel (partial `uitkomst`)") { $0.html },
    ])
}

/// `beslisboom-stap`: one step of the version without JavaScript.
struct StepPage: TemplateRecord {
    var step: StepValue

    static let fields = TemplateFields<StepPage>("beslisboom-stap", about: "one step of the version without JavaScript (`beslisboom/stap/*.html`)", [
        .value("step", "the step") { $0.step },
    ])
}

/// `step`: a question, or the result when the route is complete.
struct StepValue: TemplateRecord {
    var answers: [AnswerValue]
    var restartHref: String
    var toolHref: String
    var backHref: String?
    var question: QuestionValue?
    var outcomeHTML: String?
    var address: String?

    static let fields = TemplateFields<StepValue>("Stap", about: "one step", [
        .list("answers", "the answers so far, with Wijzig links") { $0.answers },
        .text("restartHref", "the first step") { $0.restartHref },
        .text("toolHref", "the interactive tool") { $0.toolHref },
        .text("backHref", "the previous step (Vorige); absent on the first") { $0.backHref },
        .value("question", "the question, when the step asks one") { $0.question },
        .html("outcomeHTML", "the result panel (partial `uitkomst`, with its plan), when the route is complete") { $0.outcomeHTML },
        .text("address", "the page's path, printed under the result (the script puts the full address there)") { $0.address },
    ])
}

/// A question of the tree.
struct QuestionValue: TemplateRecord {
    var id: String
    var text: String
    var hintHTML: String
    var options: [OptionValue]

    static let fields = TemplateFields<QuestionValue>("Vraag", about: "a question", [
        .text("id", "its id") { $0.id },
        .text("text", "the question") { $0.text },
        .html("hintHTML", "the explanation (`uitleg`), rendered Markdown, may be empty") { $0.hintHTML },
        .list("options", "the answers to choose from") { $0.options },
    ])
}

/// An answer to choose.
struct OptionValue: TemplateRecord {
    var id: String
    var label: String
    var href: String

    static let fields = TemplateFields<OptionValue>("Optie", about: "an answer to choose", [
        .text("id", "its id") { $0.id },
        .text("label", "its text") { $0.label },
        .text("href", "the step it leads to") { $0.href },
    ])
}

/// A question and the answer given.
struct AnswerValue: TemplateRecord {
    var question: String
    var answer: String
    var changeHref: String

    static let fields = TemplateFields<AnswerValue>("Antwoord", about: "a question and the answer given", [
        .text("question", "the question") { $0.question },
        .text("answer", "the answer") { $0.answer },
        .text("changeHref", "the step that asks it again (Wijzig); empty in the table of routes") { $0.changeHref },
    ])
}

/// `alle-routes`: every route in one table.
struct RoutesPage: TemplateRecord {
    var routes: [RouteRow]
    var routeCount: Int

    static let fields = TemplateFields<RoutesPage>("alle-routes", about: "every route in one table (`beslisboom/alle-routes.html`)", [
        .list("routes", "every route, in order") { $0.routes },
        .number("routeCount", "how many") { $0.routeCount },
    ])
}

/// One route of the table.
struct RouteRow: TemplateRecord {
    var number: Int
    var answers: [AnswerValue]
    var outcome: RouteOutcome
    var stepHref: String

    static let fields = TemplateFields<RouteRow>("Route", about: "one route", [
        .number("number", "its number, from 1") { $0.number },
        .list("answers", "its answers") { $0.answers },
        .value("outcome", "where it ends") { $0.outcome },
        .text("stepHref", "its result page") { $0.stepHref },
    ])
}

/// The outcome of a route, as the table shows it.
struct RouteOutcome: TemplateRecord {
    var id: String
    var title: String
    var registration: String
    var deviation: String
    var thuiszitter: String

    static let fields = TemplateFields<RouteOutcome>("Route-uitkomst", about: "an outcome in the table of routes", [
        .text("id", "its id") { $0.id },
        .text("title", "its title") { $0.title },
        .text("registration", "where to register, with the DUO report when there is one") { $0.registration },
        .text("deviation", "whether to request afwijking onderwijstijd") { $0.deviation },
        .text("thuiszitter", "whether the pupil counts as a thuiszitter") { $0.thuiszitter },
    ])
}

/// `stroomschema`: the whole tree as a flowchart.
struct FlowchartPage: TemplateRecord {
    var diagramHTML: String?

    static let fields = TemplateFields<FlowchartPage>("stroomschema", about: "the whole tree as a flowchart (`beslisboom/stroomschema.html`)", [
        .html("diagramHTML", "the same figure a `mermaid` block produces; absent when it could not be drawn (an error of the build)") { $0.diagramHTML },
    ])
}
