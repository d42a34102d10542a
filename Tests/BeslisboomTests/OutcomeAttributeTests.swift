import Testing
@testable import Beslisboom

/// Each outcome attribute is defined once (OutcomeAttribute); conditions, values and labels all come
/// from that definition.
@Suite("OutcomeAttribute")
struct OutcomeAttributeTests {
    static let allAttributes = OutcomeAttribute.all

    @Test("Keys are unique, name their subject, and keep the order messages list them in")
    func keys() {
        let keys = OutcomeAttribute.all.map(\.key)
        #expect(keys == ["registratie", "duo-melding", "afwijking", "thuiszitter", "voorlopig", "regie"])
        #expect(OutcomeSubject.allCases.map(\.rawValue) == keys + ["acties", "eerst-doen", "uitkomst"])
        for attribute in OutcomeAttribute.all {
            #expect(OutcomeSubject(rawValue: attribute.key) == .attribute(attribute))
            #expect(OutcomeAttribute.named(attribute.key) == attribute)
        }
        #expect(OutcomeSubject(rawValue: "verzuim") == nil)
    }

    @Test("Every word of every attribute is accepted in an invariant's 'dan' and a scenario's 'verwacht'",
          arguments: allAttributes)
    func everyWordAccepted(attribute: OutcomeAttribute) {
        for word in attribute.words {
            var rule = TinyTree()
            rule.invariants[0].then.append(Condition(subject: attribute.key, anyOf: [word]))
            var scenario = TinyTree()
            scenario.scenarios[1].expected.append(Condition(subject: attribute.key, anyOf: [word]))
            for diagnostics in [rule.validate(), scenario.validate()] {
                // The rule or the scenario may fail on the route; the condition itself must be valid.
                #expect(diagnostics.matching("kan nooit").isEmpty, "\(attribute.key): \(word)\n\(diagnostics.listing)")
                #expect(diagnostics.matching("geen eigenschap").isEmpty, "\(attribute.key): \(word)\n\(diagnostics.listing)")
            }
        }
    }

    @Test("A word the attribute does not have is one error at the condition, listing the words",
          arguments: allAttributes)
    func unknownWord(attribute: OutcomeAttribute) throws {
        let possible = "(mogelijk: \(attribute.words.joined(separator: ", ")))"
        let invariantAt = SourcePosition(file: "invarianten.yml", line: 12, column: 7)
        var rule = TinyTree()
        rule.invariants[0].then.append(Condition(subject: attribute.key, anyOf: ["onbekend"], position: invariantAt))
        let inRule = try ValidatorTests().expectOne(rule.validate(), "kan nooit")
        #expect(inRule.message == "invariant 'duo-bij-ongeoorloofd': '\(attribute.key)' kan nooit 'onbekend' zijn \(possible)")
        #expect(inRule.position == invariantAt)
        let scenarioAt = SourcePosition(file: "scenarios.yml", line: 30, column: 7)
        var scenario = TinyTree()
        scenario.scenarios[1].expected.append(Condition(subject: attribute.key, anyOf: ["onbekend"], position: scenarioAt))
        let inScenario = try ValidatorTests().expectOne(scenario.validate(), "kan nooit")
        #expect(inScenario.message == "scenario 'ongeoorloofd': '\(attribute.key)' kan nooit 'onbekend' zijn \(possible)")
        #expect(inScenario.position == scenarioAt)
    }

    @Test("Conditions see each attribute's value on an outcome as written in uitkomsten.yml")
    func valuesOnAnOutcome() throws {
        let tree = TinyTree().tree
        let duo = try #require(tree.outcomesByID["o-duo"])
        let values = OutcomeAttribute.all.map { tree.value(of: $0.key, outcome: duo, facts: [:]) }
        #expect(values == [.list(["duo"]), .single("langdurig-relatief-verzuim"), .single("niet-nodig"),
                           .single("ja"), .single("nee"), .single("school")])
        let none = try #require(tree.outcomesByID["o-geen"])
        #expect(tree.holds(Condition(subject: "registratie", anyOf: ["geen"]), outcome: none, facts: [:]))
        #expect(!tree.holds(Condition(subject: "registratie", anyOf: ["geen"]), outcome: duo, facts: [:]))
    }

    @Test("Every value has a Dutch label, except 'no DUO melding', which is not shown")
    func labels() {
        #expect(Registration.allCases.allSatisfy { $0.label?.isEmpty == false })
        #expect(Deviation.allCases.allSatisfy { $0.label?.isEmpty == false })
        #expect(Regie.allCases.allSatisfy { $0.label?.isEmpty == false })
        #expect(DuoReport.allCases.filter { $0.label == nil } == [.none])
    }

    @Test("An outcome's labels: a voorlopig outcome says what is not known yet")
    func outcomeLabels() {
        var outcome = Outcome(id: "o", title: "O", registrations: [.duo, .otRisicoleerling], duoReport: .luxeVerzuim,
                              deviation: .request, isThuiszitter: true, regie: .samenwerkingsverband)
        #expect(OutcomeAttribute.all.map { $0.label(of: outcome) } == [
            "DUO en OT, als risicoleerling", "Luxe verzuim", "Aanvragen", "Ja", nil, "Het samenwerkingsverband",
        ])
        outcome.isProvisional = true
        outcome.registrations = []
        #expect(OutcomeAttribute.registration.label(of: outcome) == "Nog niet: zoek eerst uit")
        // 4 weeks away without passend onderwijs is a thuiszitter while the reason is still assessed.
        #expect(OutcomeAttribute.thuiszitter.label(of: outcome) == "Ja")
        outcome.isThuiszitter = false
        #expect(OutcomeAttribute.thuiszitter.label(of: outcome) == "Nog niet te bepalen")
        outcome.isProvisional = false
        #expect(OutcomeAttribute.registration.label(of: outcome) == "Geen registratie")
    }

    @Test("Reading a written value: every word is taken in; another word leaves the value and says why",
          arguments: allAttributes)
    func reading(attribute: OutcomeAttribute) {
        let start = Outcome(id: "o", title: "O", registrations: [], deviation: .notNeeded, isThuiszitter: false)
        for word in attribute.words {
            var outcome = start
            #expect(attribute.read([word], into: &outcome, what: "uitkomst 'o'").isEmpty)
            let expected: AttributeValue = switch attribute.form {
            case .list: .words(word == attribute.noneWord ? [] : [word])
            case .word: .word(word)
            case .yesNo: .yesNo(word == OutcomeAttribute.yes)
            }
            #expect(attribute.value(of: outcome) == expected, "\(attribute.key): \(word)")
        }
        var outcome = start
        let problems = attribute.read(["onbekend"], into: &outcome, what: "uitkomst 'o'")
        #expect(problems.count == 1)
        #expect(attribute.value(of: outcome) == attribute.value(of: start))
    }
}
