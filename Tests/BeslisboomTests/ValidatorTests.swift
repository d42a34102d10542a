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
        let diagnostic = try expectOne(parts.validate(), "duplicate id 'b'")
        #expect(diagnostic.message == "duplicate id 'b' (outcome); it is already used at boom.yml:12:5: questions and outcomes share one set of ids")
        #expect(diagnostic.position == Self.at(40, "uitkomsten.yml"))
    }

    @Test("Two questions with the same id")
    func duplicateQuestion() throws {
        var parts = TinyTree()
        var copy = parts.questions[parts.q("b")]
        copy.position = Self.at(30)
        parts.questions.append(copy)
        let diagnostic = try expectOne(parts.validate(), "duplicate id 'b' (question)")
        #expect(diagnostic.position == Self.at(30))
    }

    @Test("Two options with the same id within one question")
    func duplicateOption() throws {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options[0].position = Self.at(14)
        parts.questions[parts.q("b")].options[1].id = "ja"
        parts.questions[parts.q("b")].options[1].position = Self.at(18)
        let diagnostic = try expectOne(parts.validate(), "duplicate option of question 'b'")
        #expect(diagnostic.message == "duplicate option of question 'b' 'ja'; first used at boom.yml:14:5")
        #expect(diagnostic.position == Self.at(18))
    }

    @Test("The same option id in different questions is fine (a=ja and b=ja)")
    func sameOptionIDInOtherQuestion() {
        #expect(TinyTree().validate().matching("duplicate").isEmpty)
    }

    @Test("Duplicate fact, action, invariant and scenario names", arguments: ["fact", "action", "invariant", "scenario name"])
    func duplicateOtherKinds(kind: String) throws {
        var parts = TinyTree()
        switch kind {
        case "fact": parts.facts.append(parts.facts[0])
        case "action": parts.actions.append(parts.actions[0])
        case "invariant": parts.invariants.append(parts.invariants[0])
        default: parts.scenarios.append(parts.scenarios[0])
        }
        let name = switch kind {
        case "fact": "ingeschreven"
        case "action": "melden"
        case "invariant": "duo-bij-ongeoorloofd"
        default: "niet ingeschreven"
        }
        try expectOne(parts.validate(), "duplicate \(kind) '\(name)'; first used at another place")
    }

    @Test("Ids with characters other than a-z, 0-9 and '-'", arguments: ["question", "option", "outcome", "fact", "action"])
    func badIDSyntax(kind: String) throws {
        var parts = TinyTree()
        let bad: String
        switch kind {
        case "question":
            bad = "Vraag_B"
            parts.questions[parts.q("b")].id = bad
            parts.questions[parts.q("a")].options[0].to = bad
        case "option":
            bad = "Nee!"
            parts.questions[parts.q("b")].options[1].id = bad
        case "outcome":
            bad = "o ot"
            parts.outcomes[parts.o("o-ot")].id = bad
            parts.questions[parts.q("b")].options[1].to = bad
        case "fact":
            bad = "verzuim.soort"
            parts.facts.append(FactDefinition(id: bad, label: "x", values: [("a", "a")]))
        default:
            bad = "Melden"
            parts.actions.append(Action(id: bad, what: "x", who: "x", when: "x"))
        }
        let diagnostic = try expectOne(parts.validate(), "id '\(bad)' may only")
        #expect(diagnostic.message == "\(kind) id '\(bad)' may only hold lower-case letters a-z, digits and '-'")
    }

    @Test("Ids with digits and dashes are fine")
    func goodIDSyntax() {
        var parts = TinyTree()
        parts.actions.append(Action(id: "gesprek-binnen-2-weken", what: "x", who: "x", when: "x"))
        #expect(parts.validate().matching("may only hold").isEmpty)
    }

    // MARK: references

    @Test("An option that leads to an unknown id, with did-you-mean and the route")
    func unknownNaar() throws {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options[1].to = "o-oot"
        parts.questions[parts.q("b")].options[1].position = Self.at(20)
        let diagnostics = parts.validate()
        let diagnostic = try expectOne(diagnostics, "leads to 'o-oot'")
        #expect(diagnostic.message == "option 'b=nee' leads to 'o-oot', which is neither a question nor an outcome, so this route never ends in an outcome; did you mean 'o-ot'?")
        #expect(diagnostic.route == steps(("a", "ja"), ("b", "nee")))
        #expect(diagnostic.fullMessage.hasSuffix("[route: a=ja → b=nee]"))
        #expect(diagnostic.position == Self.at(20))
        #expect(diagnostic.description.hasPrefix("boom.yml:20:5: error: option 'b=nee'"))
    }

    @Test("One typo in a naar is one error: no unreachable outcome or failing scenarios piled on top of it")
    func typoNotBuried() {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options[1].to = "o-oot"
        let errors = parts.validate().errors
        #expect(errors.count == 1, "\(errors.listing)")
        #expect(errors.first?.message.contains("leads to 'o-oot'") == true)
    }

    @Test("An unknown naar far from any id gets no suggestion")
    func unknownNaarWithoutSuggestion() throws {
        var parts = TinyTree()
        parts.questions[parts.q("a")].options[1].to = "volstrekt-iets-anders"
        let diagnostic = try expectOne(parts.validate(), "leads to 'volstrekt-iets-anders'")
        #expect(!diagnostic.message.contains("did you mean"))
        #expect(diagnostic.route == steps(("a", "nee")))
    }

    @Test("A start that is an outcome, or unknown with did-you-mean")
    func badStart() throws {
        var parts = TinyTree()
        parts.start = "o-geen"
        try expectOne(parts.validate(), "start 'o-geen' is an outcome; start must be a question")
        parts.start = "aa"
        let diagnostic = try expectOne(parts.validate(), "start 'aa' is not a question")
        #expect(diagnostic.message.hasSuffix("; did you mean 'a'?"))
    }

    @Test("An option that sets an undeclared fact, or a value the fact does not have")
    func optionFacts() throws {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options[0] = Option(id: "ja", label: "Ja", facts: ["verzium": "ongeoorloofd"], to: "o-duo")
        parts.questions[parts.q("b")].options[1] = Option(id: "nee", label: "Nee", facts: ["verzuim": "geoorlofd"], to: "o-ot")
        let diagnostics = parts.validate()
        try expectOne(diagnostics, "option 'b=ja' sets fact 'verzium', which feiten.yml does not define; did you mean 'verzuim'?")
        try expectOne(diagnostics, "option 'b=nee' sets fact 'verzuim' to 'geoorlofd', which is not one of its values (geoorloofd, ongeoorloofd); did you mean 'geoorloofd'?")
    }

    @Test("An outcome that names an unknown action")
    func unknownAction() throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-duo")].actions = ["meldn"]
        try expectOne(parts.validate(), "outcome 'o-duo' names action 'meldn', which acties.yml does not define; did you mean 'melden'?")
    }

    @Test("An outcome that shows an unknown fact")
    func unknownShownFact() throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-ot")].showFacts = ["verzuimm"]
        try expectOne(parts.validate(), "outcome 'o-ot' shows fact 'verzuimm', which feiten.yml does not define; did you mean 'verzuim'?")
    }

    // MARK: structure

    @Test("A question nothing leads to")
    func unreachableQuestion() throws {
        var parts = TinyTree()
        parts.questions.append(Question(id: "c", text: "C?", options: [
            Option(id: "x", label: "X", to: "o-geen"), Option(id: "y", label: "Y", to: "o-ot"),
        ], position: Self.at(30)))
        let diagnostic = try expectOne(parts.validate(), "question 'c' cannot be reached")
        #expect(diagnostic.message == "question 'c' cannot be reached from start 'a': no option leads to it")
        #expect(diagnostic.position == Self.at(30))
    }

    @Test("An outcome no route ends in")
    func unreachableOutcome() throws {
        var parts = TinyTree()
        parts.outcomes.append(Outcome(id: "o-wees", title: "Wees", registrations: [], deviation: .notNeeded, isThuiszitter: false))
        try expectOne(parts.validate(), "outcome 'o-wees' cannot be reached: no route ends in it")
    }

    @Test("A loop: reported as a cycle with the route that closes it")
    func cycle() throws {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options[1].to = "a"
        parts.scenarios.removeLast()
        let diagnostics = parts.validate()
        let diagnostic = try expectOne(diagnostics, "cycle")
        #expect(diagnostic.message == "cycle: this route comes back to question 'a', which it already asked")
        #expect(diagnostic.fullMessage == "cycle: this route comes back to question 'a', which it already asked [route: a=ja → b=nee]")
        // o-ot is only reachable through the broken option now.
        try expectOne(diagnostics, "outcome 'o-ot' cannot be reached")
    }

    @Test("A question with one option, and with none")
    func tooFewOptions() throws {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options.removeLast()
        try expectOne(parts.validate(), "question 'b' has 1 option(s); a question needs at least two")
        parts.questions[parts.q("b")].options.removeAll()
        try expectOne(parts.validate(), "question 'b' has 0 option(s); a question needs at least two")
    }

    // MARK: outcomes on their own

    @Test("duo-melding without duo in registratie")
    func duoReportWithoutDUO() throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-ot")].duoReport = .verzuim16Uur
        try expectOne(parts.validate(), "outcome 'o-ot' has duo-melding 'verzuim-16-uur' but does not register in DUO; add duo to registratie or set duo-melding: geen")
    }

    @Test("duo in registratie with duo-melding: geen")
    func duoWithoutReport() throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-duo")].duoReport = .none
        try expectOne(parts.validate(), "outcome 'o-duo' registers in DUO but says duo-melding: geen; name the melding (verzuim-16-uur, langdurig-relatief-verzuim, luxe-verzuim)")
    }

    @Test("afwijking: keuzehulp needs an opmerking", arguments: [nil, ""] as [String?])
    func keuzehulpWithoutNote(note: String?) throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-ot")].deviation = .checkDecisionAid
        parts.outcomes[parts.o("o-ot")].note = note
        try expectOne(parts.validate(), "outcome 'o-ot' says afwijking: keuzehulp; add an opmerking that names the sources that differ")
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
        try expectOne(parts.validate(), "outcome 'o-ot' names the same registratie twice")
    }

    // MARK: invariants

    @Test("An invariant that fails names the outcome's value, the invariant, the rule, the policy and the routes")
    func invariantFails() throws {
        var parts = TinyTree()
        parts.invariants.append(Invariant(id: "geoorloofd-in-duo", rule: "7", policy: "Geoorloofd hoort in DUO.",
                                          when: [Condition(subject: "verzuim", anyOf: ["geoorloofd"])],
                                          then: [Condition(subject: "registratie", anyOf: ["duo"])]))
        let diagnostic = try expectOne(parts.validate(), "invariant 'geoorloofd-in-duo'")
        #expect(diagnostic.message == "'registratie' of outcome 'o-ot' is [ot-thuiszitter], but invariant 'geoorloofd-in-duo' (regel 7) requires 'duo' on 1 route(s): a=ja → b=nee. Policy: Geoorloofd hoort in DUO.")
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
        #expect(diagnostic.message.contains("invariant 'geoorloofd-in-duo' (regel 7) at invarianten.yml:1:5 requires"))
    }

    @Test("An invariant without 'als' holds on every route, and fails on each route that breaks it")
    func invariantWithoutWhen() {
        var parts = TinyTree()
        parts.invariants.append(Invariant(id: "altijd-thuiszitter", policy: "Iedereen is thuiszitter.", when: [],
                                          then: [Condition(subject: "thuiszitter", anyOf: ["ja"])]))
        let failing = parts.validate().matching("invariant 'altijd-thuiszitter'")
        #expect(failing.count == 1)
        #expect(failing.first?.message.contains("'thuiszitter' of outcome 'o-geen' is nee, but invariant 'altijd-thuiszitter' requires 'ja' on 1 route(s): a=nee.") == true)
        // Without a regel, no "(regel ...)".
        #expect(failing.first?.message.contains("(regel") == false)
    }

    @Test("An invariant whose 'dan' describes alle and niet in the message")
    func invariantDescribesTests() throws {
        var parts = TinyTree()
        parts.invariants.append(Invariant(id: "streng", policy: "p", when: [Condition(subject: "uitkomst", anyOf: ["o-ot"])],
                                          then: [Condition(subject: "registratie", noneOf: ["ot-thuiszitter"], allOf: ["duo"])]))
        let diagnostic = try expectOne(parts.validate(), "invariant 'streng'")
        #expect(diagnostic.message.contains("requires all of [duo] and none of [ot-thuiszitter]"))
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
        #expect(failing.first?.message.contains("'uitkomst' of outcome 'o-ot' is o-ot, but invariant 'nooit' requires none of [o-ot] on 2 route(s): a=ja → b=nee and 1 more. Policy: p") == true)
    }

    @Test("An invariant that never applies is a warning, not an error")
    func invariantNeverApplies() throws {
        var parts = TinyTree()
        parts.invariants.append(Invariant(id: "onmogelijk", policy: "p",
                                          when: [Condition(subject: "ingeschreven", anyOf: ["nee"]),
                                                 Condition(subject: "verzuim", anyOf: ["ongeoorloofd"])],
                                          then: [Condition(subject: "registratie", anyOf: ["duo"])]))
        let diagnostics = parts.validate()
        try expectOne(diagnostics, "invariant 'onmogelijk' never applies: no route meets its 'als'; check the values it tests", severity: .warning)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.listing)")
    }

    @Test("An invariant without 'dan'")
    func invariantWithoutThen() throws {
        var parts = TinyTree()
        parts.invariants.append(Invariant(id: "leeg", policy: "p", when: [Condition(subject: "verzuim", anyOf: ["geoorloofd"])], then: []))
        try expectOne(parts.validate(), "invariant 'leeg' has no 'dan': say what must hold")
    }

    @Test("A condition on an unknown subject, with did-you-mean")
    func unknownSubject() throws {
        var parts = TinyTree()
        parts.invariants[0].when = [Condition(subject: "verzium", anyOf: ["ongeoorloofd"])]
        let diagnostic = try expectOne(parts.validate(), "tests 'verzium'")
        #expect(diagnostic.message == "invariant 'duo-bij-ongeoorloofd' tests 'verzium', which is neither an outcome attribute (registratie, duo-melding, afwijking, thuiszitter, voorlopig, regie, acties, uitkomst) nor a fact in feiten.yml; did you mean 'verzuim'?")
    }

    @Test("A condition value the subject can never have", arguments: [
        ("verzuim", "ongeoorlofd", "(possible: geoorloofd, ongeoorloofd); did you mean 'ongeoorloofd'?"),
        ("registratie", "ot", "(possible: duo, ot-thuiszitter, ot-risicoleerling, geen)"),
        ("afwijking", "aanvragn", "(possible: aanvragen, niet-nodig, keuzehulp, nog-onbekend); did you mean 'aanvragen'?"),
        ("thuiszitter", "wel", "(possible: ja, nee)"),
        ("uitkomst", "o-oot", "(possible: o-geen, o-duo, o-ot); did you mean 'o-ot'?"),
        ("acties", "meldn", "(possible: melden, gesprek); did you mean 'melden'?"),
    ])
    func impossibleValue(subject: String, value: String, possible: String) throws {
        var parts = TinyTree()
        parts.invariants[0].then.append(Condition(subject: subject, anyOf: [value]))
        let diagnostic = try expectOne(parts.validate(), "can never be")
        #expect(diagnostic.message == "invariant 'duo-bij-ongeoorloofd': '\(subject)' can never be '\(value)' \(possible)")
    }

    @Test("'alle' on a single-valued subject")
    func allOfOnSingle() throws {
        var parts = TinyTree()
        parts.invariants[0].then.append(Condition(subject: "afwijking", allOf: ["niet-nodig"]))
        try expectOne(parts.validate(), "invariant 'duo-bij-ongeoorloofd': 'alle' only applies to registratie and acties, not to 'afwijking'")
        parts.invariants[0].then.removeLast()
        parts.invariants[0].then.append(Condition(subject: "verzuim", allOf: ["ongeoorloofd"]))
        try expectOne(parts.validate(), "'alle' only applies to registratie and acties, not to fact 'verzuim'")
    }

    // MARK: scenarios

    @Test("A scenario that expects the wrong outcome names the scenario, what it got, and the route")
    func scenarioWrongOutcome() throws {
        var parts = TinyTree()
        parts.scenarios[2].expected = [Condition(subject: "uitkomst", anyOf: ["o-duo"])]
        let diagnostic = try expectOne(parts.validate(), "scenario 'geoorloofd'")
        #expect(diagnostic.message == "scenario 'geoorloofd' expects 'uitkomst' to be 'o-duo', but the route gives o-ot (outcome 'o-ot')")
        #expect(diagnostic.route == steps(("a", "ja"), ("b", "nee")))
        #expect(diagnostic.fullMessage.hasSuffix("[route: a=ja → b=nee]"))
    }

    @Test("A scenario that expects a fact the route does not set")
    func scenarioUnsetFact() throws {
        var parts = TinyTree()
        parts.scenarios[0].expected.append(Condition(subject: "verzuim", anyOf: ["geoorloofd"]))
        let diagnostic = try expectOne(parts.validate(), "scenario 'niet ingeschreven' expects 'verzuim'")
        #expect(diagnostic.message.contains("but the route gives (niet gezet)"))
    }

    @Test("A scenario that stops before an outcome: the missing answer and the route so far")
    func scenarioMissingAnswer() throws {
        var parts = TinyTree()
        parts.scenarios[1].answers = [.init(question: "a", option: "ja")]
        let diagnostics = parts.validate()
        try expectOne(diagnostics, "scenario 'ongeoorloofd': the route reaches question 'b' but there is no answer for it (route: a=ja)")
        // Without that scenario nothing takes b=ja any more.
        try expectOne(diagnostics, "option 'b=ja' is not taken by any scenario")
    }

    @Test("A scenario that answers an unknown question, or with an unknown option")
    func scenarioUnknownAnswer() throws {
        var parts = TinyTree()
        parts.scenarios.append(Scenario(name: "fout", answers: [.init(question: "a", option: "jaa"), .init(question: "bb", option: "ja")],
                                        expected: [Condition(subject: "uitkomst", anyOf: ["o-geen"])]))
        let diagnostics = parts.validate()
        try expectOne(diagnostics, "scenario 'fout' answers question 'bb', which does not exist; did you mean 'b'?")
        try expectOne(diagnostics, "scenario 'fout' answers 'a' with 'jaa', which is not one of its options (ja, nee); did you mean 'ja'?")
    }

    @Test("A scenario with an answer that the route never uses")
    func scenarioUnusedAnswer() throws {
        var parts = TinyTree()
        parts.scenarios[0].answers.append(.init(question: "b", option: "ja"))
        try expectOne(parts.validate(), "scenario 'niet ingeschreven': answers to questions not on the route: b (route: a=nee)")
    }

    @Test("A scenario that expects an impossible value")
    func scenarioImpossibleValue() throws {
        var parts = TinyTree()
        parts.scenarios[0].expected = [Condition(subject: "uitkomst", anyOf: ["o-gen"])]
        try expectOne(parts.validate(), "scenario 'niet ingeschreven': 'uitkomst' can never be 'o-gen'")
    }

    @Test("An option no scenario takes")
    func optionNotCovered() throws {
        var parts = TinyTree()
        parts.scenarios.removeLast()
        let diagnostics = parts.validate()
        let diagnostic = try expectOne(diagnostics, "is not taken by any scenario")
        #expect(diagnostic.message == "option 'b=nee' is not taken by any scenario; add a scenario whose route answers b: nee")
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
        #expect(diagnostic.message == "scenario 'extra' expects 'afwijking' to be 'niet-nodig', but the route gives aanvragen (outcome 'o-ot')")
    }

    // MARK: links

    @Test("Links in outcomes, actions, hints, summaries and notes go through the resolver; its errors are reported")
    func linkResolver() throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-ot")].links = ["../goed.md", "../kapot-link.md"]
        parts.outcomes[parts.o("o-ot")].position = Self.at(8, "uitkomsten.yml")
        parts.outcomes[parts.o("o-duo")].summary = "Zie [de pagina](../kapot-samenvatting.md#x) en [extern](https://example.org/kapot)."
        parts.outcomes[parts.o("o-geen")].note = "Zie [hier](kapot-opmerking.md)."
        parts.actions[0].page = "../kapot-actie.md#anker"
        parts.questions[parts.q("a")].hint = "Lees [dit](../kapot-uitleg.md) of [dat](#kapot-anker) of [mail](mailto:kapot@example.org)."
        let diagnostics = parts.validate { link, _ in
            link.contains("kapot") ? "link '\(link)' is broken" : nil
        }
        try expectOne(diagnostics, "link '../kapot-link.md' is broken")
        try expectOne(diagnostics, "link '../kapot-samenvatting.md#x' is broken")
        try expectOne(diagnostics, "link 'kapot-opmerking.md' is broken")
        try expectOne(diagnostics, "link '../kapot-actie.md#anker' is broken")
        try expectOne(diagnostics, "link '../kapot-uitleg.md' is broken")
        // Web, mail and same-page links are not the resolver's business.
        #expect(diagnostics.matching("example.org").isEmpty)
        #expect(diagnostics.matching("#kapot-anker").isEmpty)
        #expect(diagnostics.count == 5, "\(diagnostics.listing)")
        #expect(diagnostics.matching("kapot-link").first?.position == Self.at(8, "uitkomsten.yml"))
    }

    @Test("Without a resolver, links are not checked")
    func noResolver() {
        var parts = TinyTree()
        parts.outcomes[0].links = ["../bestaat-niet.md"]
        #expect(parts.validate().isEmpty)
    }
}
