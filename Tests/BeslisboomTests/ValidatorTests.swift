import Foundation
import Messages
import Testing
@testable import Beslisboom

/// One broken tree per check, each with the message the editor must see.
@Suite("TreeValidator")
struct ValidatorTests {
    static func at(_ line: Int, _ file: String = "boom.yml") -> SourcePosition {
        SourcePosition(file: file, line: line, column: 5)
    }

    /// Exactly one diagnostic contains `text`; returns it.
    @discardableResult
    func expectOne(_ diagnostics: [TreeDiagnostic], _ text: String, severity: TreeDiagnostic.Severity = .error,
                   sourceLocation: SourceLocation = #_sourceLocation) throws -> TreeDiagnostic {
        let found = diagnostics.matching(text)
        #expect(found.count == 1, "expected one diagnostic containing \"\(text)\", got:\n\(diagnostics.listing)",
                sourceLocation: sourceLocation)
        let diagnostic = try #require(found.first, sourceLocation: sourceLocation)
        #expect(diagnostic.severity == severity, sourceLocation: sourceLocation)
        return diagnostic
    }

    // MARK: the baseline

    @Test("The tiny tree is valid: no errors, no warnings")
    func validTree() {
        let diagnostics = TinyTree().validate()
        #expect(diagnostics.isEmpty, "\(diagnostics.listing)")
    }

    // MARK: ids

    @Test("A question id used again for an outcome: one namespace")
    func duplicateAcrossNamespace() throws {
        var parts = TinyTree()
        parts.questions[parts.q("b")].position = Self.at(12)
        parts.outcomes.append(Outcome(id: "b", title: "Dubbel", registrations: [], deviation: .notNeeded,
                                      isThuiszitter: false, position: Self.at(40, "uitkomsten.yml")))
        let diagnostic = try expectOne(parts.validate(), "id 'b' (uitkomst) staat er twee keer")
        #expect(diagnostic.message == "id 'b' (uitkomst) staat er twee keer; hij wordt al gebruikt op boom.yml:12:5: vragen en uitkomsten delen één reeks ids")
        #expect(diagnostic.position == Self.at(40, "uitkomsten.yml"))
    }

    @Test("Two questions with the same id")
    func duplicateQuestion() throws {
        var parts = TinyTree()
        var copy = parts.questions[parts.q("b")]
        copy.position = Self.at(30)
        parts.questions.append(copy)
        let diagnostic = try expectOne(parts.validate(), "id 'b' (vraag) staat er twee keer")
        #expect(diagnostic.position == Self.at(30))
    }

    @Test("Two options with the same id within one question")
    func duplicateOption() throws {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options[0].position = Self.at(14)
        parts.questions[parts.q("b")].options[1].id = "ja"
        parts.questions[parts.q("b")].options[1].position = Self.at(18)
        let diagnostic = try expectOne(parts.validate(), "optie 'ja' van vraag 'b' staat er twee keer")
        #expect(diagnostic.message == "optie 'ja' van vraag 'b' staat er twee keer; de eerste staat op boom.yml:14:5")
        #expect(diagnostic.position == Self.at(18))
    }

    @Test("The same option id in different questions is fine (a=ja and b=ja)")
    func sameOptionIDInOtherQuestion() {
        #expect(TinyTree().validate().matching("twee keer").isEmpty)
    }

    @Test("Duplicate fact, action, invariant and scenario names", arguments: ["feit", "actie", "invariant", "scenarionaam"])
    func duplicateOtherKinds(kind: String) throws {
        var parts = TinyTree()
        switch kind {
        case "feit": parts.facts.append(parts.facts[0])
        case "actie": parts.actions.append(parts.actions[0])
        case "invariant": parts.invariants.append(parts.invariants[0])
        default: parts.scenarios.append(parts.scenarios[0])
        }
        let name = switch kind {
        case "feit": "ingeschreven"
        case "actie": "melden"
        case "invariant": "duo-bij-ongeoorloofd"
        default: "niet ingeschreven"
        }
        try expectOne(parts.validate(), "\(kind) '\(name)' staat er twee keer; de eerste staat op een andere plaats")
    }

    @Test("Ids with characters other than a-z, 0-9 and '-'", arguments: ["vraag", "optie", "uitkomst", "feit", "actie"])
    func badIDSyntax(kind: String) throws {
        var parts = TinyTree()
        let bad: String
        switch kind {
        case "vraag":
            bad = "Vraag_B"
            parts.questions[parts.q("b")].id = bad
            parts.questions[parts.q("a")].options[0].to = bad
        case "optie":
            bad = "Nee!"
            parts.questions[parts.q("b")].options[1].id = bad
        case "uitkomst":
            bad = "o ot"
            parts.outcomes[parts.o("o-ot")].id = bad
            parts.questions[parts.q("b")].options[1].to = bad
        case "feit":
            bad = "verzuim.soort"
            parts.facts.append(FactDefinition(id: bad, label: "x", values: [("a", "a")]))
        default:
            bad = "Melden"
            parts.actions.append(Action(id: bad, what: "x", who: "x", when: "x"))
        }
        let diagnostic = try expectOne(parts.validate(), "'\(bad)' mag alleen")
        #expect(diagnostic.message == "de id van \(kind) '\(bad)' mag alleen kleine letters a-z, cijfers en '-' bevatten")
    }

    @Test("Ids with digits and dashes are fine")
    func goodIDSyntax() {
        var parts = TinyTree()
        parts.actions.append(Action(id: "gesprek-binnen-2-weken", what: "x", who: "x", when: "x"))
        #expect(parts.validate().matching("mag alleen").isEmpty)
    }

    // MARK: references

    @Test("An option that leads to an unknown id, with did-you-mean and the route")
    func unknownNaar() throws {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options[1].to = "o-oot"
        parts.questions[parts.q("b")].options[1].position = Self.at(20)
        let diagnostics = parts.validate()
        let diagnostic = try expectOne(diagnostics, "gaat naar 'o-oot'")
        #expect(diagnostic.message == "optie 'b=nee' gaat naar 'o-oot', maar dat is geen vraag en geen uitkomst, dus deze route eindigt nergens; bedoel je 'o-ot'?")
        #expect(diagnostic.route == steps(("a", "ja"), ("b", "nee")))
        #expect(diagnostic.fullMessage.hasSuffix("[route: a=ja → b=nee]"))
        #expect(diagnostic.position == Self.at(20))
        #expect(diagnostic.description.hasPrefix("boom.yml:20:5: fout RB203: optie 'b=nee'"))
    }

    @Test("One typo in a naar is one error: no unreachable outcome or failing scenarios piled on top of it")
    func typoNotBuried() {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options[1].to = "o-oot"
        let errors = parts.validate().errors
        #expect(errors.count == 1, "\(errors.listing)")
        #expect(errors.first?.message.contains("gaat naar 'o-oot'") == true)
    }

    @Test("An unknown naar far from any id gets no suggestion")
    func unknownNaarWithoutSuggestion() throws {
        var parts = TinyTree()
        parts.questions[parts.q("a")].options[1].to = "volstrekt-iets-anders"
        let diagnostic = try expectOne(parts.validate(), "gaat naar 'volstrekt-iets-anders'")
        #expect(!diagnostic.message.contains("bedoel je"))
        #expect(diagnostic.route == steps(("a", "nee")))
    }

    @Test("A start that is an outcome, or unknown with did-you-mean")
    func badStart() throws {
        var parts = TinyTree()
        parts.start = "o-geen"
        try expectOne(parts.validate(), "start 'o-geen' is een uitkomst; start moet een vraag zijn")
        parts.start = "aa"
        let diagnostic = try expectOne(parts.validate(), "start 'aa' is geen vraag")
        #expect(diagnostic.message.hasSuffix("; bedoel je 'a'?"))
    }

    @Test("An option that sets an undeclared fact, or a value the fact does not have")
    func optionFacts() throws {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options[0] = Option(id: "ja", label: "Ja", facts: ["verzium": "ongeoorloofd"], to: "o-duo")
        parts.questions[parts.q("b")].options[1] = Option(id: "nee", label: "Nee", facts: ["verzuim": "geoorlofd"], to: "o-ot")
        let diagnostics = parts.validate()
        try expectOne(diagnostics, "optie 'b=ja' zet feit 'verzium', maar dat staat niet in feiten.yml; bedoel je 'verzuim'?")
        try expectOne(diagnostics, "optie 'b=nee' zet feit 'verzuim' op 'geoorlofd', maar dat is geen van zijn waarden (geoorloofd, ongeoorloofd); bedoel je 'geoorloofd'?")
    }

    @Test("An outcome that names an unknown action")
    func unknownAction() throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-duo")].actions = ["meldn"]
        try expectOne(parts.validate(), "uitkomst 'o-duo' noemt actie 'meldn', maar die staat niet in acties.yml; bedoel je 'melden'?")
    }

    @Test("An outcome that shows an unknown fact")
    func unknownShownFact() throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-ot")].showFacts = ["verzuimm"]
        try expectOne(parts.validate(), "uitkomst 'o-ot' toont feit 'verzuimm', maar dat staat niet in feiten.yml; bedoel je 'verzuim'?")
    }

    // MARK: structure

    @Test("A question nothing leads to")
    func unreachableQuestion() throws {
        var parts = TinyTree()
        parts.questions.append(Question(id: "c", text: "C?", options: [
            Option(id: "x", label: "X", to: "o-geen"), Option(id: "y", label: "Y", to: "o-ot"),
        ], position: Self.at(30)))
        let diagnostic = try expectOne(parts.validate(), "vraag 'c' is vanaf start")
        #expect(diagnostic.message == "vraag 'c' is vanaf start 'a' niet te bereiken: geen optie gaat ernaartoe")
        #expect(diagnostic.position == Self.at(30))
    }

    @Test("An outcome no route ends in")
    func unreachableOutcome() throws {
        var parts = TinyTree()
        parts.outcomes.append(Outcome(id: "o-wees", title: "Wees", registrations: [], deviation: .notNeeded, isThuiszitter: false))
        try expectOne(parts.validate(), "uitkomst 'o-wees' is niet te bereiken: geen route eindigt erin")
    }

    @Test("A loop: reported as a cycle with the route that closes it")
    func cycle() throws {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options[1].to = "a"
        parts.scenarios.removeLast()
        let diagnostics = parts.validate()
        let diagnostic = try expectOne(diagnostics, "kringloop")
        #expect(diagnostic.message == "kringloop: deze route komt terug bij vraag 'a', die al gesteld is")
        #expect(diagnostic.fullMessage == "kringloop: deze route komt terug bij vraag 'a', die al gesteld is [route: a=ja → b=nee]")
        // o-ot is only reachable through the broken option now.
        try expectOne(diagnostics, "uitkomst 'o-ot' is niet te bereiken")
    }

    @Test("A question with one option, and with none")
    func tooFewOptions() throws {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options.removeLast()
        try expectOne(parts.validate(), "vraag 'b' heeft 1 optie(s); een vraag heeft er minstens twee nodig")
        parts.questions[parts.q("b")].options.removeAll()
        try expectOne(parts.validate(), "vraag 'b' heeft 0 optie(s); een vraag heeft er minstens twee nodig")
    }

    // MARK: outcomes on their own

    @Test("duo-melding without duo in registratie")
    func duoReportWithoutDUO() throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-ot")].duoReport = .verzuim16Uur
        try expectOne(parts.validate(), "uitkomst 'o-ot' heeft duo-melding 'verzuim-16-uur' maar registreert niet in DUO; zet duo bij registratie of schrijf duo-melding: geen")
    }

    @Test("duo in registratie with duo-melding: geen")
    func duoWithoutReport() throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-duo")].duoReport = .none
        try expectOne(parts.validate(), "uitkomst 'o-duo' registreert in DUO maar zegt duo-melding: geen; noem de melding (verzuim-16-uur, langdurig-relatief-verzuim, luxe-verzuim)")
    }

    @Test("afwijking: keuzehulp needs an opmerking", arguments: [nil, ""] as [String?])
    func keuzehulpWithoutNote(note: String?) throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-ot")].deviation = .checkDecisionAid
        parts.outcomes[parts.o("o-ot")].note = note
        try expectOne(parts.validate(), "uitkomst 'o-ot' zegt afwijking: keuzehulp; schrijf een opmerking die de bronnen noemt die verschillen")
    }

    @Test("afwijking: keuzehulp with an opmerking is fine")
    func keuzehulpWithNote() {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-ot")].deviation = .checkDecisionAid
        parts.outcomes[parts.o("o-ot")].note = "S0 en S1 verschillen."
        #expect(parts.validate().isEmpty, "\(parts.validate().listing)")
    }

    @Test("The same registratie twice")
    func duplicateRegistration() throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-ot")].registrations = [.otThuiszitter, .otThuiszitter]
        try expectOne(parts.validate(), "uitkomst 'o-ot' noemt dezelfde registratie twee keer")
    }

    // MARK: invariants

    @Test("An invariant that fails names the outcome's value, the invariant, the rule, the policy and the routes")
    func invariantFails() throws {
        var parts = TinyTree()
        parts.invariants.append(Invariant(id: "geoorloofd-in-duo", rule: "7", policy: "Geoorloofd hoort in DUO.",
                                          when: [Condition(subject: "verzuim", anyOf: ["geoorloofd"])],
                                          then: [Condition(subject: "registratie", anyOf: ["duo"])]))
        let diagnostic = try expectOne(parts.validate(), "invariant 'geoorloofd-in-duo'")
        #expect(diagnostic.message == "'registratie' van uitkomst 'o-ot' is [ot-thuiszitter], maar invariant 'geoorloofd-in-duo' (regel 7) eist 'duo' op 1 route(s): a=ja → b=nee. Beleid: Geoorloofd hoort in DUO.")
        // The routes are in the message; one message per rule and outcome, not one per route.
        #expect(diagnostic.route == nil)
    }

    @Test("A broken invariant points at the outcome's value, not at the rule")
    func invariantPointsAtValue() throws {
        var parts = TinyTree()
        let value = SourcePosition(file: "uitkomsten.yml", line: 12, column: 18)
        parts.outcomes[parts.o("o-ot")].positions = ["registratie": value]
        parts.invariants.append(Invariant(id: "geoorloofd-in-duo", rule: "7", policy: "Geoorloofd hoort in DUO.",
                                          when: [Condition(subject: "verzuim", anyOf: ["geoorloofd"])],
                                          then: [Condition(subject: "registratie", anyOf: ["duo"], position: SourcePosition(file: "invarianten.yml", line: 3, column: 7))],
                                          position: SourcePosition(file: "invarianten.yml", line: 1, column: 5)))
        let diagnostic = try expectOne(parts.validate(), "invariant 'geoorloofd-in-duo'")
        #expect(diagnostic.position == value)
        #expect(diagnostic.message.contains("invariant 'geoorloofd-in-duo' (regel 7) op invarianten.yml:1:5 eist"))
    }

    @Test("An invariant without 'als' holds on every route, and fails on each route that breaks it")
    func invariantWithoutWhen() {
        var parts = TinyTree()
        parts.invariants.append(Invariant(id: "altijd-thuiszitter", policy: "Iedereen is thuiszitter.", when: [],
                                          then: [Condition(subject: "thuiszitter", anyOf: ["ja"])]))
        let failing = parts.validate().matching("invariant 'altijd-thuiszitter'")
        #expect(failing.count == 1)
        #expect(failing.first?.message.contains("'thuiszitter' van uitkomst 'o-geen' is nee, maar invariant 'altijd-thuiszitter' eist 'ja' op 1 route(s): a=nee.") == true)
        // Without a regel, no "(regel ...)".
        #expect(failing.first?.message.contains("(regel") == false)
    }

    @Test("An invariant whose 'dan' describes alle and niet in the message")
    func invariantDescribesTests() throws {
        var parts = TinyTree()
        parts.invariants.append(Invariant(id: "streng", policy: "p", when: [Condition(subject: "uitkomst", anyOf: ["o-ot"])],
                                          then: [Condition(subject: "registratie", noneOf: ["ot-thuiszitter"], allOf: ["duo"])]))
        let diagnostic = try expectOne(parts.validate(), "invariant 'streng'")
        #expect(diagnostic.message.contains("eist alle van [duo] en geen van [ot-thuiszitter]"))
    }

    @Test("An invariant that fails on more routes of one outcome than listed is summarised in one message")
    func invariantSummary() throws {
        var parts = TinyTree()
        // Two routes reach o-ot when a third answer to a also leads to b.
        parts.questions[parts.q("a")].options.append(Option(id: "misschien", label: "Misschien", facts: ["ingeschreven": "ja"], to: "b"))
        parts.invariants.append(Invariant(id: "nooit", policy: "p", when: [],
                                          then: [Condition(subject: "uitkomst", noneOf: ["o-ot"])]))
        var validator = TreeValidator()
        validator.routesListedPerInvariant = 1
        let failing = validator.validate(parts.tree).matching("invariant 'nooit'").filter { $0.severity == .error }
        #expect(failing.count == 1)
        #expect(failing.first?.message.contains("'uitkomst' van uitkomst 'o-ot' is o-ot, maar invariant 'nooit' eist geen van [o-ot] op 2 route(s): a=ja → b=nee en 1 andere. Beleid: p") == true)
    }

    @Test("An invariant that never applies is a warning, not an error")
    func invariantNeverApplies() throws {
        var parts = TinyTree()
        parts.invariants.append(Invariant(id: "onmogelijk", policy: "p",
                                          when: [Condition(subject: "ingeschreven", anyOf: ["nee"]),
                                                 Condition(subject: "verzuim", anyOf: ["ongeoorloofd"])],
                                          then: [Condition(subject: "registratie", anyOf: ["duo"])]))
        let diagnostics = parts.validate()
        try expectOne(diagnostics, "invariant 'onmogelijk' geldt nooit: geen route voldoet aan zijn 'als'; kijk de waarden na die hij test", severity: .warning)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.listing)")
    }

    @Test("An invariant without 'dan'")
    func invariantWithoutThen() throws {
        var parts = TinyTree()
        parts.invariants.append(Invariant(id: "leeg", policy: "p", when: [Condition(subject: "verzuim", anyOf: ["geoorloofd"])], then: []))
        try expectOne(parts.validate(), "invariant 'leeg' heeft geen 'dan': zeg wat er moet gelden")
    }

    @Test("A condition on an unknown subject, with did-you-mean")
    func unknownSubject() throws {
        var parts = TinyTree()
        parts.invariants[0].when = [Condition(subject: "verzium", anyOf: ["ongeoorloofd"])]
        let diagnostic = try expectOne(parts.validate(), "test 'verzium'")
        #expect(diagnostic.message == "invariant 'duo-bij-ongeoorloofd' test 'verzium', maar dat is geen eigenschap van een uitkomst (registratie, duo-melding, afwijking, thuiszitter, voorlopig, regie, acties, eerst-doen, uitkomst) en geen feit in feiten.yml; bedoel je 'verzuim'?")
    }

    @Test("A condition value the subject can never have", arguments: [
        ("verzuim", "ongeoorlofd", "(mogelijk: geoorloofd, ongeoorloofd); bedoel je 'ongeoorloofd'?"),
        ("registratie", "ot", "(mogelijk: duo, ot-thuiszitter, ot-risicoleerling, po-samenwerkingsverband, geen)"),
        ("afwijking", "aanvragn", "(mogelijk: aanvragen, niet-nodig, keuzehulp, nog-onbekend); bedoel je 'aanvragen'?"),
        ("thuiszitter", "wel", "(mogelijk: ja, nee)"),
        ("uitkomst", "o-oot", "(mogelijk: o-geen, o-duo, o-ot); bedoel je 'o-ot'?"),
        ("acties", "meldn", "(mogelijk: melden, gesprek); bedoel je 'melden'?"),
    ])
    func impossibleValue(subject: String, value: String, possible: String) throws {
        var parts = TinyTree()
        parts.invariants[0].then.append(Condition(subject: subject, anyOf: [value]))
        let diagnostic = try expectOne(parts.validate(), "kan nooit")
        #expect(diagnostic.message == "invariant 'duo-bij-ongeoorloofd': '\(subject)' kan nooit '\(value)' zijn \(possible)")
    }

    @Test("'alle' on a single-valued subject")
    func allOfOnSingle() throws {
        var parts = TinyTree()
        parts.invariants[0].then.append(Condition(subject: "afwijking", allOf: ["niet-nodig"]))
        try expectOne(parts.validate(), "invariant 'duo-bij-ongeoorloofd': 'alle' kan alleen bij registratie en acties, niet bij 'afwijking'")
        parts.invariants[0].then.removeLast()
        parts.invariants[0].then.append(Condition(subject: "verzuim", allOf: ["ongeoorloofd"]))
        try expectOne(parts.validate(), "'alle' kan alleen bij registratie en acties, niet bij feit 'verzuim'")
    }

    // MARK: scenarios

    @Test("A scenario that expects the wrong outcome names the scenario, what it got, and the route")
    func scenarioWrongOutcome() throws {
        var parts = TinyTree()
        parts.scenarios[2].expected = [Condition(subject: "uitkomst", anyOf: ["o-duo"])]
        let diagnostic = try expectOne(parts.validate(), "scenario 'geoorloofd'")
        #expect(diagnostic.message == "scenario 'geoorloofd' verwacht dat 'uitkomst' 'o-duo' is, maar de route geeft o-ot (uitkomst 'o-ot')")
        #expect(diagnostic.route == steps(("a", "ja"), ("b", "nee")))
        #expect(diagnostic.fullMessage.hasSuffix("[route: a=ja → b=nee]"))
    }

    @Test("A scenario that expects a fact the route does not set")
    func scenarioUnsetFact() throws {
        var parts = TinyTree()
        parts.scenarios[0].expected.append(Condition(subject: "verzuim", anyOf: ["geoorloofd"]))
        let diagnostic = try expectOne(parts.validate(), "scenario 'niet ingeschreven' verwacht dat 'verzuim'")
        #expect(diagnostic.message.contains("maar de route geeft (niet gezet)"))
    }

    @Test("A scenario that stops before an outcome: the missing answer and the route so far")
    func scenarioMissingAnswer() throws {
        var parts = TinyTree()
        parts.scenarios[1].answers = [.init(question: "a", option: "ja")]
        let diagnostics = parts.validate()
        try expectOne(diagnostics, "scenario 'ongeoorloofd': de route komt bij vraag 'b', maar daar is geen antwoord op (route: a=ja)")
        // Without that scenario nothing takes b=ja any more.
        try expectOne(diagnostics, "optie 'b=ja' wordt door geen enkel scenario gekozen")
    }

    @Test("A scenario that answers an unknown question, or with an unknown option")
    func scenarioUnknownAnswer() throws {
        var parts = TinyTree()
        parts.scenarios.append(Scenario(name: "fout", answers: [.init(question: "a", option: "jaa"), .init(question: "bb", option: "ja")],
                                        expected: [Condition(subject: "uitkomst", anyOf: ["o-geen"])]))
        let diagnostics = parts.validate()
        try expectOne(diagnostics, "scenario 'fout' beantwoordt vraag 'bb', maar die bestaat niet; bedoel je 'b'?")
        try expectOne(diagnostics, "scenario 'fout' beantwoordt 'a' met 'jaa', maar dat is geen van de opties (ja, nee); bedoel je 'ja'?")
    }

    @Test("A scenario with an answer that the route never uses")
    func scenarioUnusedAnswer() throws {
        var parts = TinyTree()
        parts.scenarios[0].answers.append(.init(question: "b", option: "ja"))
        try expectOne(parts.validate(), "scenario 'niet ingeschreven': antwoorden op vragen die niet op de route liggen: b (route: a=nee)")
    }

    @Test("A scenario that expects an impossible value")
    func scenarioImpossibleValue() throws {
        var parts = TinyTree()
        parts.scenarios[0].expected = [Condition(subject: "uitkomst", anyOf: ["o-gen"])]
        try expectOne(parts.validate(), "scenario 'niet ingeschreven': 'uitkomst' kan nooit 'o-gen' zijn")
    }

    @Test("An option no scenario takes")
    func optionNotCovered() throws {
        var parts = TinyTree()
        parts.scenarios.removeLast()
        let diagnostics = parts.validate()
        let diagnostic = try expectOne(diagnostics, "wordt door geen enkel scenario gekozen")
        #expect(diagnostic.message == "optie 'b=nee' wordt door geen enkel scenario gekozen; voeg een scenario toe waarvan de route b: nee antwoordt")
        #expect(diagnostics.errors.count == 1, "\(diagnostics.listing)")
    }

    @Test("Extra scenarios count for coverage and are checked like the tree's own")
    func extraScenarios() throws {
        var parts = TinyTree()
        let removed = parts.scenarios.removeLast()
        #expect(parts.validate(extraScenarios: [removed]).isEmpty)
        var wrong = removed
        wrong.name = "extra"
        wrong.expected = [Condition(subject: "afwijking", anyOf: ["niet-nodig"])]
        let diagnostic = try expectOne(parts.validate(extraScenarios: [wrong]), "scenario 'extra'")
        #expect(diagnostic.message == "scenario 'extra' verwacht dat 'afwijking' 'niet-nodig' is, maar de route geeft aanvragen (uitkomst 'o-ot')")
    }

    @Test("A scenario's wrong expectation on a list says 'bevat'; on registratie 'geen' it says 'is'", arguments: [
        (Condition(subject: "registratie", anyOf: ["duo"]), "verwacht dat 'registratie' 'duo' bevat, maar de route geeft [ot-thuiszitter]"),
        (Condition(subject: "registratie", anyOf: ["geen"]), "verwacht dat 'registratie' 'geen' is, maar de route geeft [ot-thuiszitter]"),
    ])
    func listExpectationWording(condition: Condition, expected: String) throws {
        var parts = TinyTree()
        var wrong = parts.scenarios.removeLast()
        wrong.name = "extra"
        wrong.expected = [condition]
        parts.scenarios.append(wrong)
        let diagnostic = try expectOne(parts.validate(), "scenario 'extra'")
        #expect(diagnostic.message.contains(expected), "\(diagnostic.message)")
    }

    // MARK: links

    @Test("The link fields of outcomes and actions go through the resolver; its errors are reported at their owner")
    func linkResolver() throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-ot")].links = ["../goed.md", "../kapot-link.md"]
        parts.outcomes[parts.o("o-ot")].position = Self.at(8, "uitkomsten.yml")
        parts.actions[0].page = "../kapot-actie.md#anker"
        let diagnostics = parts.validate { link, _ in
            link.contains("kapot") ? .linkTargetMissing(link, path: link, suggestion: nil) : nil
        }
        try expectOne(diagnostics, "de link '../kapot-link.md' wijst naar")
        try expectOne(diagnostics, "de link '../kapot-actie.md#anker' wijst naar")
        #expect(diagnostics.allSatisfy { $0.code == "RB104" })
        #expect(diagnostics.count == 2, "\(diagnostics.listing)")
        #expect(diagnostics.matching("kapot-link").first?.position == Self.at(8, "uitkomsten.yml"))
    }

    @Test("Links inside the Markdown texts are not the model's: the site's renderer checks them at their own line and column")
    func markdownLinksAreNotResolved() {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-duo")].summary = "Zie [de pagina](../kapot-samenvatting.md#x) en [extern](https://example.org/kapot)."
        parts.outcomes[parts.o("o-geen")].note = "Zie [hier](kapot-opmerking.md)."
        parts.questions[parts.q("a")].hint = "Lees [dit](../kapot-uitleg.md) of [dat](#kapot-anker) of [mail](mailto:kapot@example.org)."
        let asked = LinksAsked()
        let diagnostics = parts.validate { link, _ in
            asked.append(link)
            return .linkTargetMissing(link, path: link, suggestion: nil)
        }
        #expect(asked.links.isEmpty, "\(asked.links)")
        #expect(diagnostics.isEmpty, "\(diagnostics.listing)")
    }

    @Test("Without a resolver, links are not checked")
    func noResolver() {
        var parts = TinyTree()
        parts.outcomes[0].links = ["../bestaat-niet.md"]
        #expect(parts.validate().isEmpty)
    }
}

/// The links a resolver was asked about (the resolver is @Sendable, so it records through a lock).
private final class LinksAsked: @unchecked Sendable {
    private let lock = NSLock()
    private var asked: [String] = []
    var links: [String] { lock.withLock { asked } }
    func append(_ link: String) { lock.withLock { asked.append(link) } }
}
