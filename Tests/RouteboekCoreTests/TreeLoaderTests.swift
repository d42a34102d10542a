import Beslisboom
import Foundation
import Testing
@testable import RouteboekCore

/// The six YAML texts of the tiny tree fixture, by file name.
func tinyTreeTexts() throws -> [String: String] {
    let folder = try Fixtures.url("tree-site/beslisboom")
    var texts: [String: String] = [:]
    for name in TreeLoader.files {
        texts[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
    return texts
}

func loadTree(_ texts: [String: String]) -> (DecisionTree?, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let tree = TreeLoader.load(texts: texts, displayFolder: "Content/beslisboom", diagnostics: &diagnostics)
    return (tree, diagnostics)
}

/// Replaces exactly one occurrence of `old` in one of the texts.
func edit(_ texts: [String: String], _ file: String, _ old: String, _ new: String) throws -> [String: String] {
    var texts = texts
    let text = try #require(texts[file])
    try #require(text.components(separatedBy: old).count == 2, "'\(old)' must occur once in \(file)")
    texts[file] = text.replacingOccurrences(of: old, with: new)
    return texts
}

@Suite("TreeLoader")
struct TreeLoaderTests {
    @Test("The tiny tree loads into the model with positions")
    func loads() throws {
        let (loaded, diagnostics) = loadTree(try tinyTreeTexts())
        #expect(diagnostics.isEmpty, "\(diagnostics.listing)")
        let tree = try #require(loaded)
        #expect(tree.start == "ingeschreven")
        #expect(tree.questions.map(\.id) == ["ingeschreven", "verzuim"])
        #expect(tree.questions[0].options.map(\.to) == ["verzuim", "absoluut-verzuim"])
        #expect(tree.questions[1].options[1].facts == ["verzuim": "geoorloofd"])
        #expect(tree.questions[0].hint == "Zie [de uitleg](../info.md#anker).")
        #expect(tree.outcomes.map(\.id) == ["absoluut-verzuim", "duo", "ot-thuiszitter"])
        let ot = tree.outcomes[2]
        #expect(ot.registrations == [.otThuiszitter])
        #expect(ot.deviation == .checkDecisionAid)
        #expect(ot.isThuiszitter)
        #expect(ot.showFacts == ["verzuim"])
        #expect(ot.note == "De bronnen verschillen hierover.")
        #expect(tree.outcomes[0].registrations.isEmpty)
        #expect(tree.outcomes[0].regie == .leerplicht)
        #expect(tree.outcomes[1].duoReport == .langdurigRelatiefVerzuim)
        #expect(tree.facts.first { $0.id == "verzuim" }?.values.map(\.id) == ["geoorloofd", "ongeoorloofd"])
        #expect(tree.actions.first?.page == "../info.md#anker")
        #expect(tree.scenarios.map(\.name) == ["Nergens ingeschreven", "Spijbelt al weken", "Langdurig ziek"])
        // Positions: file, line and column of each piece.
        #expect(tree.questions[1].position == SourcePosition(file: "Content/beslisboom/boom.yml", line: 17, column: 5))
        #expect(tree.questions[1].options[1].position == SourcePosition(file: "Content/beslisboom/boom.yml", line: 24, column: 9))
        #expect(tree.outcomes[2].position == SourcePosition(file: "Content/beslisboom/uitkomsten.yml", line: 28, column: 5))
        #expect(tree.startPosition?.line == 2)
        #expect(TreeValidator().validate(tree).isEmpty)
    }

    @Test("An unknown key in a question: file:line:column and did-you-mean")
    func unknownKey() throws {
        let texts = try edit(try tinyTreeTexts(), "boom.yml", "    vraag: Is het verzuim ongeoorloofd?", "    vrag: Is het verzuim ongeoorloofd?")
        let (_, diagnostics) = loadTree(texts)
        let error = try #require(diagnostics.first { $0.code == "RB711" })
        #expect(error.description == "Content/beslisboom/boom.yml:18:5: fout RB711: onbekende sleutel 'vrag' in een vraag; bedoel je 'vraag'? (toegestaan: id, vraag, uitleg, opties)")
    }

    @Test("Unknown keys at every level are reported with a suggestion", arguments: [
        ("boom.yml", "start: ingeschreven", "begin: ingeschreven", "onbekende sleutel 'begin' in boom.yml"),
        ("boom.yml", "        naar: duo", "        nar: duo", "onbekende sleutel 'nar' in een optie van vraag 'verzuim'; bedoel je 'naar'?"),
        ("uitkomsten.yml", "    toon-feiten: [verzuim]", "    toon-feit: [verzuim]", "onbekende sleutel 'toon-feit' in een uitkomst; bedoel je 'toon-feiten'?"),
        ("acties.yml", "    wie: mentor", "    wi: mentor", "onbekende sleutel 'wi' in een actie; bedoel je 'wie'?"),
        ("feiten.yml", "    label: Soort verzuim", "    labl: Soort verzuim", "onbekende sleutel 'labl' in een feit; bedoel je 'label'?"),
        ("invarianten.yml", "    beleid:", "    beleidd:", "onbekende sleutel 'beleidd' in een invariant; bedoel je 'beleid'?"),
        ("scenarios.yml", "  - naam: Langdurig ziek", "  - nam: Langdurig ziek", "onbekende sleutel 'nam' in een scenario; bedoel je 'naam'?"),
    ])
    func unknownKeys(file: String, old: String, new: String, message: String) throws {
        let (_, diagnostics) = loadTree(try edit(try tinyTreeTexts(), file, old, new))
        let error = try #require(diagnostics.first { $0.code == "RB711" }, "\(diagnostics.listing)")
        #expect(error.message.hasPrefix(message))
        #expect(error.file == "Content/beslisboom/\(file)")
        #expect(error.severity == .error)
    }

    @Test("Values of outcome attributes must be known, with did-you-mean")
    func badOutcomeValues() throws {
        let texts = try edit(try tinyTreeTexts(), "uitkomsten.yml", "    afwijking: keuzehulp", "    afwijking: keuzehlp")
        let (_, diagnostics) = loadTree(texts)
        let error = try #require(diagnostics.first)
        #expect(error.description == "Content/beslisboom/uitkomsten.yml:32:16: fout RB263: 'afwijking' van uitkomst 'ot-thuiszitter' is 'keuzehlp'; dat moet aanvragen, niet-nodig, keuzehulp of nog-onbekend zijn; bedoel je 'keuzehulp'?")
        let registration = try edit(try tinyTreeTexts(), "uitkomsten.yml", "registratie: [ot-thuiszitter]", "registratie: [ot]")
        #expect(loadTree(registration).1.contains { $0.message == "registratie 'ot' van uitkomst 'ot-thuiszitter' moet duo, ot-thuiszitter, ot-risicoleerling of po-samenwerkingsverband zijn, of [] voor geen" })
    }

    @Test("A value that differs in capitals only gets the value as its suggestion (soort, registratie, afwijking)")
    func capitalsSuggest() throws {
        let kind = try edit(try tinyTreeTexts(), "acties.yml", "    soort: verplicht\n    bron: { bestand: 000_bron.txt, onderdeel: Acties }\n    pagina",
                            "    soort: Verplicht\n    bron: { bestand: 000_bron.txt, onderdeel: Acties }\n    pagina")
        #expect(loadTree(kind).1.map(\.description) == [
            "Content/beslisboom/acties.yml:8:12: fout RB260: 'soort' van actie 'melden' is 'Verplicht'; dat moet verplicht (S0 of de wet) of aanbevolen (praktijk uit een andere bron) zijn; bedoel je 'verplicht'?",
        ])
        let registration = try edit(try tinyTreeTexts(), "uitkomsten.yml", "registratie: [duo]", "registratie: [DUO]")
        #expect(loadTree(registration).1.map(\.message) == [
            "registratie 'DUO' van uitkomst 'duo' moet duo, ot-thuiszitter, ot-risicoleerling of po-samenwerkingsverband zijn, of [] voor geen; bedoel je 'duo'?",
        ])
        let deviation = try edit(try tinyTreeTexts(), "uitkomsten.yml", "    afwijking: keuzehulp", "    afwijking: Keuzehulp")
        #expect(loadTree(deviation).1.first?.message.hasSuffix("; bedoel je 'keuzehulp'?") == true)
    }

    @Test("A missing file of the tree is named")
    func missingFile() throws {
        var texts = try tinyTreeTexts()
        texts["feiten.yml"] = nil
        let (_, diagnostics) = loadTree(texts)
        #expect(diagnostics.contains { $0.description == "Content/beslisboom/feiten.yml:1:1: fout RB250: dit bestand van de beslisboom ontbreekt" })
    }

    @Test("Conditions: `x`, `[x, y]`, `{niet: x}`, `{niet: [..], alle: [..]}`")
    func conditions() throws {
        let texts = try edit(try tinyTreeTexts(), "invarianten.yml", """
            dan:
              registratie: { alle: [duo], niet: [ot-thuiszitter, ot-risicoleerling] }
              duo-melding: langdurig-relatief-verzuim
        """, """
            dan:
              registratie: { alle: [duo], niet: [ot-thuiszitter, ot-risicoleerling] }
              duo-melding: langdurig-relatief-verzuim
              uitkomst: [duo, ot-thuiszitter]
              afwijking: { niet: keuzehulp }
              acties: { alle: [melden] }
        """)
        let (loaded, diagnostics) = loadTree(texts)
        #expect(diagnostics.isEmpty, "\(diagnostics.listing)")
        let invariant = try #require(loaded?.invariants.first)
        #expect(invariant.rule == "4")
        #expect(invariant.when.count == 1)
        #expect(invariant.when[0].subject == "verzuim")
        #expect(invariant.when[0].anyOf == ["ongeoorloofd"])
        let then = Dictionary(uniqueKeysWithValues: invariant.then.map { ($0.subject, $0) })
        #expect(invariant.then.map(\.subject) == ["registratie", "duo-melding", "uitkomst", "afwijking", "acties"])
        let registration = try #require(then["registratie"])
        #expect(registration.anyOf == nil)
        #expect(registration.allOf == ["duo"])
        #expect(registration.noneOf == ["ot-thuiszitter", "ot-risicoleerling"])
        #expect(then["duo-melding"]?.anyOf == ["langdurig-relatief-verzuim"])
        #expect(then["duo-melding"]?.noneOf == nil)
        #expect(then["uitkomst"]?.anyOf == ["duo", "ot-thuiszitter"])
        #expect(then["afwijking"]?.noneOf == ["keuzehulp"])
        #expect(then["afwijking"]?.anyOf == nil)
        #expect(then["acties"]?.allOf == ["melden"])
        #expect(registration.position == SourcePosition(file: "Content/beslisboom/invarianten.yml", line: 8, column: 7))
        // The loaded conditions mean what the format says: the invariant holds on the tiny tree.
        #expect(TreeValidator().validate(try #require(loaded)).isEmpty)
    }

    @Test("Scenario expectations parse like invariant conditions")
    func scenarioConditions() throws {
        let (loaded, _) = loadTree(try tinyTreeTexts())
        let scenario = try #require(loaded?.scenarios[1])
        #expect(scenario.answers.map(\.question) == ["ingeschreven", "verzuim"])
        #expect(scenario.answers.map(\.option) == ["ja", "ja"])
        let registration = try #require(scenario.expected.first { $0.subject == "registratie" })
        #expect(registration.allOf == ["duo"])
        #expect(registration.noneOf == ["ot-thuiszitter"])
    }

    @Test("An unknown test in a condition")
    func unknownTest() throws {
        let texts = try edit(try tinyTreeTexts(), "invarianten.yml", "registratie: { alle: [duo], niet:", "registratie: { alle: [duo], nooit:")
        let (_, diagnostics) = loadTree(texts)
        #expect(diagnostics.contains { $0.message == "onbekende test 'nooit' bij 'registratie'; gebruik 'niet' of 'alle'" && $0.line == 8 },
                "\(diagnostics.listing)")
    }

    @Test("A condition value that is a nested mapping in a list is an error")
    func badConditionValue() throws {
        let texts = try edit(try tinyTreeTexts(), "invarianten.yml", "      duo-melding: langdurig-relatief-verzuim", "      duo-melding: [{ a: b }]")
        let (_, diagnostics) = loadTree(texts)
        #expect(diagnostics.contains { $0.message == "de test bij 'duo-melding' moet een waarde zijn, een lijst van waarden, of { niet: ..., alle: [...] }" })
    }

    @Test("Extra scenario files are read on their own")
    func extraScenarios() {
        var diagnostics: [Diagnostic] = []
        let scenarios = TreeLoader.scenarios(text: "scenarios:\n  - naam: A\n    antwoorden: { ingeschreven: nee }\n    verwacht: { registratie: geen }\n",
                                             file: "extra.yml", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(scenarios.map(\.name) == ["A"])
        #expect(scenarios.first?.answers.first?.position == SourcePosition(file: "extra.yml", line: 3, column: 19))
        #expect(scenarios.first?.expected.first?.anyOf == ["geen"])
    }
}
