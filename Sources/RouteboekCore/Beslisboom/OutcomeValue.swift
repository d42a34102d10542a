/// The context of the partial `uitkomst`: one outcome's result panel. Labels are Dutch text ready to
/// show. Built by TreeSite.outcomeValue.
struct OutcomeValue: TemplateRecord {
    var id: String
    var title: String
    var registration: String
    var deviation: String
    var deviationId: String
    var isThuiszitter: Bool
    var thuiszitter: String
    var isProvisional: Bool
    var regie: String
    var summaryHTML: String
    var noteHTML: String
    var showFacts: [String]
    var facts: [FactValue]
    var links: [LinkValue]
    var sources: [OutcomeSource]
    var duoReport: String?
    var plan: PlanValue?

    static let fields = TemplateFields<OutcomeValue>("uitkomst", about: "one outcome's result panel (partial `uitkomst`)", [
        .text("id", "the outcome's id") { $0.id },
        .text("title", "its title") { $0.title },
        .text("registration", "where to register: `OT thuiszitter (geoorloofd)`, `DUO`, `OT risicoleerling` or `Geen registratie`") { $0.registration },
        .text("duoReport", "the kind of DUO report; absent when there is none") { $0.duoReport },
        .text("deviation", "afwijking onderwijstijd: `Aanvragen`, `Niet nodig` or `Check de keuzehulp van de Inspectie`") { $0.deviation },
        .text("deviationId", "the same as an id, for a class") { $0.deviationId },
        .flag("isThuiszitter", "true when the pupil counts as a thuiszitter") { $0.isThuiszitter },
        .text("thuiszitter", "the same as text") { $0.thuiszitter },
        .flag("isProvisional", "true for a provisional outcome (first find out more)") { $0.isProvisional },
        .text("regie", "who has the regie") { $0.regie },
        .html("summaryHTML", "the summary, rendered Markdown, may be empty") { $0.summaryHTML },
        .html("noteHTML", "the note (`toelichting`), rendered Markdown, may be empty") { $0.noteHTML },
        .text("showFacts", "the ids of the facts the panel shows, space-separated (for `dl.route-facts[data-show]`)") { $0.showFacts.joined(separator: " ") },
        .list("facts", "the facts of the route the panel shows (pages without JavaScript; the script fills them in the tool)") { $0.facts },
        .list("links", "pages to read") { $0.links },
        .list("sources", "the outcome's sources") { $0.sources },
        .value("plan", "the plan, on the pages without JavaScript (the tool's script fills the same places itself)") { $0.plan },
    ])
}

/// A fact of the route, as the panel shows it.
struct FactValue: TemplateRecord {
    var label: String
    var value: String

    static let fields = TemplateFields<FactValue>("Feit", about: "a fact of the route", [
        .text("label", "what it is") { $0.label },
        .text("value", "its value on this route") { $0.value },
    ])
}

/// A source of an outcome: a source file of `site.yml` or a public web page.
struct OutcomeSource: TemplateRecord {
    var code: String
    var title: String
    var part: String
    var url: String

    static let fields = TemplateFields<OutcomeSource>("Uitkomstbron", about: "a source of an outcome", [
        .text("code", "the source's code (`S0`), empty for a web page") { $0.code },
        .text("title", "the source's or the web page's title") { $0.title },
        .text("part", "the passage, may be empty") { $0.part },
        .text("url", "the web page's address, empty for a source file") { $0.url },
    ])
}
