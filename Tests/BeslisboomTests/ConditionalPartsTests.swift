import Testing
import Messages
@testable import Beslisboom

/// Exceptions on options, conditional actions, placeholders, action kinds and voorlopig outcomes:
/// each check with a broken tree and the message the editor must see.
@Suite("TreeValidator: conditional parts")
struct ConditionalPartsTests {
    let v = ValidatorTests()

    /// The tiny tree with an exception: a pupil who is not enrolled ("nee") but answers b... is not
    /// possible, so the exception is on b: ongeoorloofd verzuim of an enrolled pupil goes to o-geen
    /// when `ingeschreven` is `ja` (always, on that route).
    func withException(_ when: [Condition], to: String = "o-geen") -> TinyTree {
        var parts = TinyTree()
        let b = parts.q("b")
        parts.questions[b].options[0].exceptions = [Exception(when: when, to: to, position: ValidatorTests.at(30))]
        return parts
    }

    @Test("An exception sends the routes whose facts meet it elsewhere, in evaluation and enumeration")
    func exceptionRoutes() throws {
        let parts = withException([Condition(subject: "ingeschreven", anyOf: ["ja"])])
        let tree = parts.tree
        #expect(try tree.evaluate(answers: ["a": "ja", "b": "ja"]).outcome.id == "o-geen")
        #expect(tree.enumerateRoutes().routes.map(\.outcomeID) == ["o-geen", "o-ot", "o-geen"])
    }

    @Test("An exception to an unknown id is reported at the exception's own naar")
    func exceptionDangling() throws {
        var parts = withException([Condition(subject: "ingeschreven", anyOf: ["ja"])], to: "o-gen")
        parts.questions[parts.q("b")].options[0].exceptions[0].toPosition = ValidatorTests.at(31)
        let diagnostic = try v.expectOne(parts.validate(), "gaat naar 'o-gen'")
        #expect(diagnostic.position == ValidatorTests.at(31))
        #expect(diagnostic.message.hasSuffix("bedoel je 'o-geen'?"))
    }

    @Test("An exception may only test facts, not outcome attributes")
    func exceptionTestsOutcome() throws {
        let parts = withException([Condition(subject: "registratie", anyOf: ["duo"])])
        try v.expectOne(parts.validate(), "een uitzondering van optie 'b=ja' test 'registratie', een eigenschap van de uitkomst; hier kun je alleen feiten uit feiten.yml testen")
    }

    @Test("An exception no route meets is a warning")
    func exceptionNeverApplies() throws {
        let parts = withException([Condition(subject: "ingeschreven", anyOf: ["nee"])])
        try v.expectOne(parts.validate(), "de uitzondering van optie 'b=ja' naar 'o-geen' geldt nooit", severity: .warning)
    }

    @Test("An exception that no scenario takes fails coverage, at the exception")
    func exceptionCoverage() throws {
        var parts = TinyTree()
        // A third answer to a reaches b without enrolment; there an unenrolled pupil goes to o-geen.
        parts.questions[parts.q("a")].options.append(Option(id: "misschien", label: "Misschien", facts: ["ingeschreven": "nee"], to: "b"))
        parts.questions[parts.q("b")].options[0].exceptions = [
            Exception(when: [Condition(subject: "ingeschreven", anyOf: ["nee"])], to: "o-geen", position: ValidatorTests.at(30)),
        ]
        parts.scenarios.append(Scenario(name: "misschien", answers: [.init(question: "a", option: "misschien"), .init(question: "b", option: "nee")],
                                        expected: [Condition(subject: "uitkomst", anyOf: ["o-ot"])]))
        let diagnostic = try v.expectOne(parts.validate(), "de uitzondering van optie 'b=ja' naar 'o-geen' wordt door geen enkel scenario gekozen")
        #expect(diagnostic.position == ValidatorTests.at(30))
        parts.scenarios.append(Scenario(name: "misschien spijbelt", answers: [.init(question: "a", option: "misschien"), .init(question: "b", option: "ja")],
                                        expected: [Condition(subject: "uitkomst", anyOf: ["o-geen"])]))
        #expect(parts.validate().matching("geen enkel scenario").isEmpty, "\(parts.validate().listing)")
        // The invariants follow the exception too: ongeoorloofd verzuim must be in DUO, and o-geen is not.
        #expect(parts.validate().matching("invariant 'duo-bij-ongeoorloofd' (regel 4) eist alle van [duo]").count == 1)
    }

    @Test("An action whose 'als' contradicts every route to an outcome is an error at that outcome's action")
    func actionNeverApplies() throws {
        var parts = TinyTree()
        parts.actions[0].conditions = [Condition(subject: "verzuim", anyOf: ["geoorloofd"])]
        let at = SourcePosition(file: "uitkomsten.yml", line: 20, column: 9)
        parts.outcomes[parts.o("o-duo")].positions = ["acties/melden": at]
        let diagnostic = try v.expectOne(parts.validate(), "actie 'melden' bij uitkomst 'o-duo' geldt nooit")
        #expect(diagnostic.position == at)
        #expect(diagnostic.message.contains("zijn 'als' (verzuim 'geoorloofd') spreekt elke route naar deze uitkomst tegen"))
    }

    @Test("An action's 'als' may only test facts")
    func actionTestsOutcome() throws {
        var parts = TinyTree()
        parts.actions[0].conditions = [Condition(subject: "thuiszitter", anyOf: ["ja"])]
        try v.expectOne(parts.validate(), "het 'als' van actie 'melden' test 'thuiszitter', een eigenschap van de uitkomst")
    }

    @Test("A {fact} in an action's text needs that fact on every route that shows the action: one error at the {fact}, naming the outcomes")
    func placeholderUnset() throws {
        let at = SourcePosition(file: "acties.yml", line: 4, column: 17)
        var parts = TinyTree()
        parts.actions[0].what = "Kies {hoofdoorzaak}."
        parts.actions[0].placeholderPositions = ["hoofdoorzaak": at]
        let unknown = try v.expectOne(parts.validate(), "actie 'melden' noemt {hoofdoorzaak} in de tekst, maar feiten.yml heeft geen feit 'hoofdoorzaak'")
        #expect(unknown.position == at)
        var unset = TinyTree()
        unset.facts.append(FactDefinition(id: "hoofdoorzaak", label: "Hoofdoorzaak", values: [("x", "x")]))
        unset.actions[0].what = "Kies {hoofdoorzaak}."
        unset.actions[0].placeholderPositions = ["hoofdoorzaak": at]
        // 'melden' is shown on both routes to o-duo's and o-ot's outcomes, and none sets the fact: one line.
        let error = try v.expectOne(unset.validate(), "actie 'melden' noemt {hoofdoorzaak} in de tekst, maar op 2 routes naar uitkomsten 'o-duo' en 'o-ot' heeft 'hoofdoorzaak' geen waarde; geef de actie een 'als' op dat feit, haal hem weg bij die uitkomsten, of haal {hoofdoorzaak} uit de tekst")
        #expect(error.position == at)
        #expect(error.code == "RB235")
        #expect(error.route != nil, "one of the routes is named")
        #expect(unset.validate().filter { $0.code == "RB235" }.count == 1, "\(unset.validate().listing)")
    }

    @Test("The outcomes of an unset {fact} are listed up to the limit, the rest counted")
    func placeholderUnsetManyOutcomes() {
        #expect(Message.treePlaceholderFactNotSet("a", name: "f", outcomes: ["o1"], routeCount: 1).text
                == "actie 'a' noemt {f} in de tekst, maar op 1 route naar uitkomst 'o1' heeft 'f' geen waarde; geef de actie een 'als' op dat feit, haal hem weg bij die uitkomst, of haal {f} uit de tekst")
        #expect(Message.treePlaceholderFactNotSet("a", name: "f", outcomes: ["o1", "o2", "o3", "o4", "o5"], routeCount: 9).text
                .contains("op 9 routes naar uitkomsten 'o1', 'o2', 'o3' en 2 andere heeft 'f' geen waarde"))
    }

    @Test("An invariant may require verplicht actions only")
    func invariantRequiresAdvice() throws {
        var parts = TinyTree()
        parts.actions[1].kind = .recommended
        parts.invariants.append(Invariant(id: "advies-verplicht", policy: "p", when: [],
                                          then: [Condition(subject: "acties", anyOf: ["gesprek"])]))
        try v.expectOne(parts.validate(), "invariant 'advies-verplicht' eist actie 'gesprek', maar die is aanbevolen")
        // 'niet' may name any action.
        var forbidding = TinyTree()
        forbidding.actions[1].kind = .recommended
        forbidding.invariants.append(Invariant(id: "geen-advies", policy: "p", when: [Condition(subject: "uitkomst", anyOf: ["o-geen"])],
                                               then: [Condition(subject: "acties", noneOf: ["gesprek"])]))
        #expect(forbidding.validate().matching("aanbevolen").isEmpty)
    }

    @Test("A voorlopig outcome registers nothing; 'nog-onbekend' only on a voorlopig outcome")
    func provisional() throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-ot")].isProvisional = true
        try v.expectOne(parts.validate(), "uitkomst 'o-ot' is voorlopig (de school moet eerst iets uitzoeken), maar registreert in ot-thuiszitter")
        var open = TinyTree()
        open.outcomes[open.o("o-geen")].deviation = .undetermined
        try v.expectOne(open.validate(), "uitkomst 'o-geen' zegt afwijking: nog-onbekend, maar is niet voorlopig")
    }

    @Test("An action no outcome uses is a warning")
    func unusedAction() throws {
        var parts = TinyTree()
        parts.actions.append(Action(id: "vergeten", what: "x", who: "x", when: "x"))
        try v.expectOne(parts.validate(), "actie 'vergeten' wordt door geen enkele uitkomst gebruikt", severity: .warning)
    }
}

@Suite("TreeValidator: one message per value that breaks rules")
struct FoldedRuleTests {
    let v = ValidatorTests()

    @Test("A value that breaks several rules, and the rules that follow from it, is one message at that value")
    func folded() throws {
        var parts = TinyTree()
        let at = SourcePosition(file: "uitkomsten.yml", line: 9, column: 18)
        parts.outcomes[parts.o("o-duo")].registrations = [.duo, .otThuiszitter]
        parts.outcomes[parts.o("o-duo")].positions = ["registratie": at, "duo-melding": SourcePosition(file: "uitkomsten.yml", line: 10, column: 18)]
        parts.invariants += [
            Invariant(id: "nooit-duo-en-ot", rule: "7", policy: "Nooit allebei.", when: [Condition(subject: "registratie", anyOf: ["duo"])],
                      then: [Condition(subject: "registratie", noneOf: ["ot-thuiszitter"])]),
            // Follows from the same edit: OT means geoorloofd and not a thuiszitter here.
            Invariant(id: "ot-alleen-geoorloofd", rule: "5", policy: "OT is geoorloofd.", when: [Condition(subject: "registratie", anyOf: ["ot-thuiszitter"])],
                      then: [Condition(subject: "verzuim", anyOf: ["geoorloofd"]), Condition(subject: "duo-melding", anyOf: ["geen"])]),
        ]
        // The tiny tree's own rule (duo-bij-ongeoorloofd) breaks too; the one other error is its scenario.
        let errors = parts.validate().errors.filter { $0.message.contains("invariant") }
        #expect(errors.count == 1, "\(parts.validate().listing)")
        let error = try #require(errors.first)
        #expect(error.position == at)
        #expect(error.message.hasPrefix("'registratie' van uitkomst 'o-duo' is [duo, ot-thuiszitter], en dat breekt 3 regels: invariant 'duo-bij-ongeoorloofd' (regel 4) eist dat 'registratie' alle van [duo] en geen van [ot-thuiszitter] is; invariant 'nooit-duo-en-ot' (regel 7) eist dat 'registratie' geen van [ot-thuiszitter] is; invariant 'ot-alleen-geoorloofd' (regel 5) eist dat 'verzuim' 'geoorloofd' is, dat 'duo-melding' 'geen' is; op 1 route(s): a=ja → b=ja."))
        #expect(error.message.hasSuffix("| nooit-duo-en-ot: Nooit allebei. | ot-alleen-geoorloofd: OT is geoorloofd."))
    }

    @Test("An outcome that contradicts itself does not hide the rules it breaks")
    func consistencyAndRules() throws {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-ot")].registrations = [.duo, .otThuiszitter]
        parts.invariants.append(Invariant(id: "nooit-duo-en-ot", rule: "7", policy: "p", when: [Condition(subject: "registratie", anyOf: ["duo"])],
                                          then: [Condition(subject: "registratie", noneOf: ["ot-thuiszitter"])]))
        let diagnostics = parts.validate()
        try v.expectOne(diagnostics, "registreert in DUO maar zegt duo-melding: geen")
        try v.expectOne(diagnostics, "invariant 'nooit-duo-en-ot' (regel 7)")
    }
}
