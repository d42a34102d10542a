import Beslisboom
import Foundation
import Testing
@testable import RouteboekCore

@Suite("TreeQuery on the real beslisboom")
struct TreeQueryTests {
    /// A scenario of Content/beslisboom/scenarios.yml that expects an outcome id, a registratie and an afwijking.
    func realScenario() throws -> Scenario {
        let file = realContent.appendingPathComponent("beslisboom/scenarios.yml")
        var diagnostics: [Diagnostic] = []
        let scenarios = TreeLoader.scenarios(text: try String(contentsOf: file, encoding: .utf8), file: file.path, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics.listing)")
        let subjects = ["uitkomst", "registratie", "afwijking"]
        return try #require(scenarios.first { scenario in
            subjects.allSatisfy { subject in scenario.expected.contains { $0.subject == subject } }
                && scenario.expected.first { $0.subject == "uitkomst" }?.anyOf?.count == 1
        }, "no scenario in scenarios.yml expects uitkomst, registratie and afwijking")
    }

    func answers(_ scenario: Scenario) -> [TreeQuery.Answer] {
        scenario.answers.map { TreeQuery.Answer(question: $0.question, option: $0.option) }
    }

    @Test("JSON output: uitkomst.id, registratie and afwijking for a route of the real tree")
    func json() throws {
        let scenario = try realScenario()
        let result = try TreeQuery.evaluate(content: realContent, answers: answers(scenario))
        let (tree, evaluation) = (result.tree, result.evaluation)
        let text = TreeQuery.json(result)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let outcome = try #require(object["uitkomst"] as? [String: Any])

        let expectedID = try #require(scenario.expected.first { $0.subject == "uitkomst" }?.anyOf?.first)
        #expect(outcome["id"] as? String == expectedID)

        // registratie is a list of registration values that meets the scenario's expectation.
        let registrations = try #require(outcome["registratie"] as? [String])
        #expect(registrations.allSatisfy { Registration(rawValue: $0) != nil })
        let registrationCondition = try #require(scenario.expected.first { $0.subject == "registratie" })
        let reached = try #require(tree.outcomesByID[expectedID])
        #expect(tree.holds(registrationCondition, outcome: reached, facts: evaluation.facts))
        #expect(registrations == reached.registrations.map(\.rawValue))
        if let anyOf = registrationCondition.anyOf {
            if anyOf == ["geen"] { #expect(registrations.isEmpty) } else { #expect(anyOf.contains { registrations.contains($0) }) }
        }
        for wanted in registrationCondition.allOf ?? [] { #expect(registrations.contains(wanted)) }
        for unwanted in registrationCondition.noneOf ?? [] { #expect(!registrations.contains(unwanted)) }

        // afwijking is one of the format's values and the one the scenario expects.
        let deviation = try #require(outcome["afwijking"] as? String)
        #expect(Deviation(rawValue: deviation) != nil)
        let deviationCondition = try #require(scenario.expected.first { $0.subject == "afwijking" })
        if let anyOf = deviationCondition.anyOf { #expect(anyOf.contains(deviation)) }
        if let noneOf = deviationCondition.noneOf { #expect(!noneOf.contains(deviation)) }

        // The route in the JSON is the scenario's answers in the order asked.
        let route = try #require(object["route"] as? [[String: String]])
        #expect(route.count == scenario.answers.count)
        for step in route {
            #expect(scenario.answers.contains { $0.question == step["vraag"] && $0.option == step["optie"] })
        }
        #expect(route.first?["vraag"] == tree.start)
        #expect(object["routeTekst"] as? String == route.map { "\($0["vraag"]!)=\($0["optie"]!)" }.joined(separator: " → "))
        #expect(outcome["thuiszitter"] is Bool)

        // Each attribute the outcome has comes with the words the pages show for it.
        for attribute in OutcomeAttribute.all {
            #expect(outcome[attribute.key + "Label"] as? String == attribute.label(of: reached), "\(attribute.key)")
        }
        #expect(outcome["regieLabel"] is String && outcome["thuiszitterLabel"] is String)
    }

    @Test("The text output names the route and the outcome's title")
    func text() throws {
        let scenario = try realScenario()
        let result = try TreeQuery.evaluate(content: realContent, answers: answers(scenario))
        let evaluation = result.evaluation
        let text = TreeQuery.text(result)
        #expect(text.hasPrefix("Route: \(evaluation.route.steps.routeDescription)"))
        #expect(text.contains(evaluation.outcome.title))
        #expect(text.contains("Registratie:"))
        #expect(text.contains("Afwijking onderwijstijd:"))
        // The outcome's summary, its note and its sources, as the site shows them under the result.
        let summaryStart = evaluation.outcome.summary.split(whereSeparator: \.isWhitespace).prefix(6).joined(separator: " ")
        #expect(text.contains(summaryStart))
        #expect(text.contains("\nBronnen:\n- ") == !evaluation.outcome.sources.isEmpty)
        if let note = evaluation.outcome.note {
            #expect(text.contains("Toelichting:\n" + note.split(whereSeparator: \.isWhitespace).prefix(6).joined(separator: " ")))
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(TreeQuery.json(result).utf8)) as? [String: Any])
        let outcome = try #require(object["uitkomst"] as? [String: Any])
        #expect(outcome["samenvatting"] as? String == evaluation.outcome.summary)
        #expect(outcome["opmerking"] as? String == evaluation.outcome.note)
        #expect((outcome["bronnen"] as? [Any])?.count == evaluation.outcome.sources.count)
    }

    @Test("Evaluation errors: an answer given twice, and a missing answer")
    func errors() throws {
        let scenario = try realScenario()
        var twice = answers(scenario)
        twice.append(twice[0])
        let twiceError = #expect(throws: TreeQuery.Failure.self) {
            try TreeQuery.evaluate(content: realContent, answers: twice)
        }
        #expect(twiceError?.description == "fout: vraag '\(twice[0].question)' heeft twee antwoorden; geef er één")
        let first = Array(answers(scenario).prefix(1))
        let missingError = #expect(throws: TreeQuery.Failure.self) {
            try TreeQuery.evaluate(content: realContent, answers: first)
        }
        #expect(missingError?.description.contains("maar daar is geen antwoord op") == true)
        // A misspelt question is named as such, not reported later as a missing answer to the right one.
        let misspelt = [TreeQuery.Answer(question: "ingeschreven", option: "ja"), TreeQuery.Answer(question: "schooltyp", option: "vo")]
        let misspeltError = #expect(throws: TreeQuery.Failure.self) {
            try TreeQuery.evaluate(content: realContent, answers: misspelt)
        }
        #expect(misspeltError?.description.hasPrefix("fout: onbekende vraag 'schooltyp' in --antwoord; de vragen zijn ingeschreven, schooltype,") == true)
        #expect(misspeltError?.description.hasSuffix("; bedoel je 'schooltype'?") == true)
    }

    @Test("A date option in another form names the day meant; a text that is no day gets no guess", arguments: [
        ("3-12-2026", "fout: --eerste-verzuimdag '3-12-2026' is geen datum; schrijf hem als JJJJ-MM-DD, zoals 2026-11-30; bedoel je '2026-12-03'?"),
        ("3 december 2026", "fout: --eerste-verzuimdag '3 december 2026' is geen datum; schrijf hem als JJJJ-MM-DD, zoals 2026-11-30; bedoel je '2026-12-03'?"),
        ("gisteren", "fout: --eerste-verzuimdag 'gisteren' is geen datum; schrijf hem als JJJJ-MM-DD, zoals 2026-11-30"),
    ])
    func dateOptionInAnotherForm(written: String, expected: String) throws {
        let error = #expect(throws: TreeQuery.Failure.self) {
            try TreeQuery.evaluate(content: realContent, answers: answers(try realScenario()),
                                   dates: TreeQuery.Dates(today: "2026-12-10", firstAbsence: written))
        }
        #expect(error?.description == expected)
    }

    @Test("With dates, the text says how weeks and werkdagen are counted, as the tool's dates form does; without, it does not")
    func countingWithDates() throws {
        let steps = answers(try realScenario())
        let dated = try TreeQuery.evaluate(content: realContent, answers: steps,
                                           dates: TreeQuery.Dates(today: "2026-12-10", firstAbsence: "2026-11-02"))
        let text = TreeQuery.text(dated)
        let datesLine = try #require(text.split(separator: "\n").firstIndex { $0.hasPrefix("Datums: vandaag") })
        #expect(text.split(separator: "\n")[datesLine + 1] == Substring(PlanText.counting))
        #expect(PlanText.counting.contains("schoolvakanties") && PlanText.counting.contains("zeggen de bronnen niet"))
        let undated = try TreeQuery.evaluate(content: realContent, answers: steps)
        #expect(!TreeQuery.text(undated).contains(PlanText.counting))
    }

    @Test("An invalid tree is refused with its diagnostics")
    func invalidTree() throws {
        let workspace = try Workspace(fixture: "tree-site")
        try FileManager.default.removeItem(at: workspace.content.appendingPathComponent("beslisboom/acties.yml"))
        try Data("acties:\n  - id: melden\n    kort: x\n    wat: x\n    wie: y\n    wanneer: z\n    pagna: ../info.md\n".utf8)
            .write(to: workspace.content.appendingPathComponent("beslisboom/acties.yml"))
        let error = #expect(throws: TreeQuery.Failure.self) {
            try TreeQuery.evaluate(content: workspace.content, answers: [.init(question: "ingeschreven", option: "nee")])
        }
        #expect(error?.description.contains("acties.yml:7:5: fout RB711: onbekende sleutel 'pagna' in een actie; bedoel je 'pagina'?") == true)
    }

    /// The date option (or tool field) of each starting point, as `TreeQuery.Dates` takes it. The switch
    /// is exhaustive: a new starting point without a date to give fails to compile here.
    static func dates(_ anchor: DeadlineAnchor, _ day: String) -> TreeQuery.Dates {
        switch anchor {
        case .firstAbsence: TreeQuery.Dates(today: day, firstAbsence: day)
        case .firstSignals: TreeQuery.Dates(today: day, firstSignals: day)
        case .sixteenHours: TreeQuery.Dates(today: day, sixteenHours: day)
        case .previousJES: TreeQuery.Dates(today: day, previousJES: day)
        case .deregistration: TreeQuery.Dates(today: day, deregistration: day)
        }
    }

    @Test("Every starting point a term of the real tree counts from can be given as a date, and the term becomes that date plus its span")
    func everyAnchorBecomesADate() throws {
        let tree = try TreeQuery.evaluate(content: realContent, answers: answers(realScenario())).tree
        var checked: Set<DeadlineAnchor> = []
        let start = "2027-02-01"
        let startDay = try #require(Day(iso: start))
        for route in tree.enumerateRoutes().routes {
            let steps = route.steps.map { TreeQuery.Answer(question: $0.question, option: $0.option) }
            let undated = try TreeQuery.evaluate(content: realContent, answers: steps)
            for planned in undated.plan.all {
                guard case let .within(span, anchor) = planned.action.deadline, !checked.contains(anchor),
                      span.unit == .days || span.unit == .weeks else { continue }
                let dated = try TreeQuery.evaluate(content: realContent, answers: steps, dates: Self.dates(anchor, start))
                let due = try #require(dated.plan.all.first { $0.action.id == planned.action.id }?.due,
                                       "\(planned.action.id) on \(route.outcomeID) has no date with \(anchor.rawValue) given")
                #expect(due == startDay.adding(days: span.amount * (span.unit == .weeks ? 7 : 1)), "\(planned.action.id)")
                checked.insert(anchor)
            }
        }
        // The deregistration term of a vrijstelling is the one this test was written for.
        #expect(checked.contains(.deregistration))
        #expect(checked.contains(.firstAbsence))
    }
}
