import Beslisboom
import Foundation
import Testing
@testable import RouteboekCore

/// The new parts of the tree's files: terms, kinds, sources, conditions, exceptions, elapsed time and
/// the holiday list; each mistake is one message at its line and column.
@Suite("TreeLoader: terms, kinds, sources and holidays")
struct TreeTermsTests {
    let melden = """
      - id: melden
        kort: Melden
        wat: Meld het verzuim.
        wie: administratie
        wanneer: direct
        termijn: direct
        soort: verplicht
        bron: { bestand: 000_bron.txt, onderdeel: Acties }
    """

    func loadErrors(_ texts: [String: String]) -> [Diagnostic] {
        loadTree(texts).1.filter { $0.severity == .error }
    }

    @Test("Every kind of term is read into the model")
    func terms() throws {
        var texts = try tinyTreeTexts()
        texts["acties.yml"] = """
        acties:
          - { id: a, kort: A, wat: x, wie: x, wanneer: x, termijn: direct, soort: verplicht, bron: { bestand: 000_bron.txt, onderdeel: x } }
          - { id: b, kort: B, wat: x, wie: x, wanneer: x, termijn: doorlopend, soort: aanbevolen, bron: { bestand: 000_bron.txt, onderdeel: x } }
          - { id: c, kort: C, wat: x, wie: x, wanneer: x, termijn: geen, soort: verplicht, bron: { url: "https://example.nl/x", titel: T, onderdeel: x } }
          - { id: d, kort: D, wat: x, wie: x, wanneer: x, termijn: { binnen: 5 werkdagen, na: 16-uur-bereikt }, soort: verplicht, bron: { bestand: 000_bron.txt, onderdeel: x } }
          - { id: e, kort: E, wat: x, wie: x, wanneer: x, termijn: { elke: 4 weken, tot: 6 weken }, soort: verplicht, bron: { bestand: 000_bron.txt, onderdeel: x } }
          - { id: f, kort: F, wat: x, wie: x, wanneer: x, termijn: { bij: jes }, soort: verplicht, bron: [{ bestand: 000_bron.txt, onderdeel: x }, { bestand: 000_bron.txt, onderdeel: y }], als: { verzuim: geoorloofd } }
          - { id: g, kort: G, wat: x, wie: x, wanneer: x, termijn: { vanaf: 4 weken, na: eerste-verzuimdag }, soort: verplicht, bron: { bestand: 000_bron.txt, onderdeel: x } }
        """
        let (loaded, diagnostics) = loadTree(texts)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.listing)")
        let tree = try #require(loaded)
        let byID = tree.actionsByID
        #expect(byID["a"]?.deadline == .immediately)
        #expect(byID["b"]?.deadline == .ongoing)
        #expect(byID["b"]?.kind == .recommended)
        #expect(byID["c"]?.deadline == .unspecified)
        #expect(byID["c"]?.sources.first?.isURL == true)
        #expect(byID["c"]?.sources.first?.title == "T")
        #expect(byID["d"]?.deadline == .within(Span(5, .workdays), after: .sixteenHours))
        #expect(byID["e"]?.deadline == .every(Span(4, .weeks), upTo: Span(6, .weeks)))
        #expect(byID["f"]?.deadline == .at(.jes))
        #expect(byID["f"]?.sources.count == 2)
        #expect(byID["f"]?.conditions.first?.subject == "verzuim")
        #expect(byID["g"]?.deadline == .from(Span(4, .weeks), after: .firstAbsence))
    }

    @Test("Mistakes in a term, a kind or a source: one message each, at its place", arguments: [
        ("termijn: direct", "termijn: meteen", "acties.yml:7:14: fout RB275: 'termijn' van actie 'melden' is 'meteen'; schrijf direct, doorlopend, geen"),
        ("termijn: direct", "termijn: { binnen: 2 wekken, na: eerste-verzuimdag }", "acties.yml:7:24: fout RB281: onbekende eenheid 'wekken' in '2 wekken'; gebruik dagen, werkdagen, weken of maanden; bedoel je 'weken'?"),
        ("termijn: direct", "termijn: { binnen: 2 weken, na: eerste-dag }", "acties.yml:7:37: fout RB280: onbekend beginpunt 'eerste-dag'; het moet eerste-verzuimdag, eerste-signalen, 16-uur-bereikt, vorige-jes of uitschrijving zijn"),
        ("termijn: direct", "termijn: { binnen: 2 weken }", "acties.yml:7:14: fout RB276: 'termijn' van actie 'melden' zegt binnen 2 weken, maar niet na wat: zet erbij na: eerste-verzuimdag | eerste-signalen | 16-uur-bereikt | vorige-jes | uitschrijving"),
        ("termijn: direct", "termijn: { binnen: 2 weken, vanaf: 4 weken, na: eerste-verzuimdag }", "acties.yml:7:14: fout RB287: 'termijn' van actie 'melden' zegt 'binnen' en 'vanaf'; een termijn is één van die vormen: kies er één"),
        ("termijn: direct", "termijn: { vanaf: 4 weken }", "acties.yml:7:14: fout RB276: 'termijn' van actie 'melden' zegt vanaf 4 weken, maar niet na wat: zet erbij na: eerste-verzuimdag"),
        ("termijn: direct", "termijn: { bij: jess }", "acties.yml:7:21: fout RB278: 'bij: jess' is geen bekend moment; het moet jes, melding-duo, einde-verlof, aanmelding, voornemen-verwijdering, opnieuw-16-uur of terug-of-uitschrijving zijn; bedoel je 'jes'?"),
        ("termijn: direct", "termijn: { binnen: 0 weken, na: eerste-verzuimdag }", "acties.yml:7:24: fout RB284: '0 weken' is geen termijn: het getal moet 1 of meer zijn; moet het meteen, schrijf dan termijn: direct"),
        ("termijn: direct", "termijn: { binnen: -2 dagen, na: eerste-verzuimdag }", "acties.yml:7:24: fout RB284: '-2 dagen' is geen termijn: het getal moet 1 of meer zijn; schrijf het getal zonder min, zoals 2 dagen"),
        ("termijn: direct", "termijn: { elke: 0 maand }", "acties.yml:7:22: fout RB284: '0 maand' is geen termijn: het getal moet 1 of meer zijn; schrijf hoe vaak, zoals elke: 1 week"),
        ("termijn: direct", "termijn: { elke: 1 maand, tot: 0 maanden }", "acties.yml:7:36: fout RB284: '0 maanden' is geen termijn: het getal moet 1 of meer zijn; schrijf hoe lang, zoals tot: 6 weken"),
        // An amount near Int.max once trapped in day arithmetic: more than about 10 years is a typo.
        ("termijn: direct", "termijn: { binnen: 400000000000000000 maanden, na: eerste-verzuimdag }", "acties.yml:7:24: fout RB285: '400000000000000000 maanden' is geen termijn: dat is langer dan 10 jaar; schrijf hoogstens 120 maanden"),
        ("termijn: direct", "termijn: { elke: 600 weken }", "acties.yml:7:22: fout RB285: '600 weken' is geen termijn: dat is langer dan 10 jaar; schrijf hoogstens 522 weken"),
        ("termijn: direct", "termijn: { elke: 6 weken, tot: 4 weken }", "acties.yml:7:36: fout RB277: 'tot: 4 weken' is korter dan 'elke: 6 weken'"),
        ("soort: verplicht\n    bron: { bestand: 000_bron.txt, onderdeel: Acties }\n    pagina:", "soort: moet\n    bron: { bestand: 000_bron.txt, onderdeel: Acties }\n    pagina:", "acties.yml:8:12: fout RB260: 'soort' van actie 'melden' is 'moet'; dat moet verplicht (S0 of de wet) of aanbevolen (praktijk uit een andere bron) zijn"),
        ("bron: { bestand: 000_bron.txt, onderdeel: Acties }\n    pagina:", "bron: { url: ftp://x, titel: T, onderdeel: Acties }\n    pagina:", "acties.yml:9:18: fout RB112: 'ftp://x' is geen webadres; de url van een bron begint met https:// (of http://)"),
        ("bron: { bestand: 000_bron.txt, onderdeel: Acties }\n    pagina:", "bron: { url: https://example.nl/a, onderdeel: Acties }\n    pagina:", "acties.yml:9:11: fout RB712: een bron met een url mist 'titel'"),
    ])
    func actionMistakes(old: String, new: String, expected: String) throws {
        let texts = try edit(try tinyTreeTexts(), "acties.yml", old, new)
        let errors = loadErrors(texts)
        #expect(errors.count == 1, "\(errors.listing)")
        #expect(errors.first.map { $0.description.replacingOccurrences(of: "Content/beslisboom/", with: "") }?.hasPrefix(expected) == true,
                "got: \(errors.listing)")
    }

    @Test("An action without a term, a kind or a source says which key it needs")
    func missingKeys() throws {
        let texts = try edit(try tinyTreeTexts(), "acties.yml",
                             "    termijn: direct\n    soort: verplicht\n    bron: { bestand: 000_bron.txt, onderdeel: Acties }\n    pagina:",
                             "    pagina:")
        let messages = loadErrors(texts).map(\.message)
        #expect(messages.contains { $0.hasPrefix("actie 'melden' mist 'termijn'") })
        #expect(messages.contains { $0 == "actie 'melden' mist 'soort'" })
        #expect(messages.contains { $0.hasPrefix("actie 'melden' mist 'bron'") })
    }

    @Test("An exception on an option is read with its positions")
    func exceptions() throws {
        let texts = try edit(try tinyTreeTexts(), "boom.yml", "        naar: duo\n", """
                naar: duo
                uitzonderingen:
                  - als: { ingeschreven: nee }
                    naar: absoluut-verzuim

        """)
        let (loaded, diagnostics) = loadTree(texts)
        #expect(diagnostics.isEmpty, "\(diagnostics.listing)")
        let option = try #require(loaded?.questionsByID["verzuim"]?.option("ja"))
        #expect(option.toPosition?.line == 23)
        #expect(option.exceptions.first?.to == "absoluut-verzuim")
        #expect(option.exceptions.first?.toPosition?.line == 26)
        #expect(option.exceptions.first?.when.first?.subject == "ingeschreven")
    }

    @Test("Elapsed time on a fact value: known values and well-formed terms only")
    func elapsed() throws {
        let good = try edit(try tinyTreeTexts(), "feiten.yml", "      ongeoorloofd: ongeoorloofd\n",
                            "      ongeoorloofd: ongeoorloofd\n    verstreken:\n      geoorloofd: { eerste-verzuimdag: 4 weken }\n")
        let (loaded, diagnostics) = loadTree(good)
        #expect(diagnostics.isEmpty, "\(diagnostics.listing)")
        #expect(loaded?.factsByID["verzuim"]?.elapsed["geoorloofd"]?[.firstAbsence] == Span(4, .weeks))
        let bad = try edit(try tinyTreeTexts(), "feiten.yml", "      ongeoorloofd: ongeoorloofd\n",
                           "      ongeoorloofd: ongeoorloofd\n    verstreken:\n      lang: { eerste-verzuimdag: 4 weken }\n")
        let errors = loadErrors(bad)
        #expect(errors.map(\.message) == ["'verstreken' van feit 'verzuim' noemt waarde 'lang', maar die staat niet bij de waarden (geoorloofd, ongeoorloofd)"])
        #expect(errors.first?.line == 13)
    }

    @Test("The holiday list: dates, doubles, and an empty list", arguments: [
        ("  - { datum: 2026-12-26, naam: Tweede kerstdag }", "  - { datum: 2026-12-32, naam: Tweede kerstdag }", "feestdagen.yml:4:14: fout RB736: 'datum' is 2026-12-32, maar die dag bestaat niet: december 2026 heeft 31 dagen; verbeter de datum (JJJJ-MM-DD)"),
        ("  - { datum: 2026-12-26, naam: Tweede kerstdag }", "  - { datum: 26-12-2026, naam: Tweede kerstdag }", "feestdagen.yml:4:14: fout RB267: '26-12-2026' is geen datum; schrijf JJJJ-MM-DD, zoals 2026-12-25; bedoel je '2026-12-26'?"),
        ("  - { datum: 2026-12-26, naam: Tweede kerstdag }", "  - { datum: tweede kerstdag, naam: Tweede kerstdag }", "feestdagen.yml:4:14: fout RB267: 'tweede kerstdag' is geen datum; schrijf JJJJ-MM-DD, zoals 2026-12-25"),
        ("  - { datum: 2026-12-26, naam: Tweede kerstdag }", "  - { datum: 2026-12-25, naam: Tweede kerstdag }", "feestdagen.yml:4:14: fout RB268: 2026-12-25 staat er twee keer; houd er één"),
    ])
    func holidays(old: String, new: String, expected: String) throws {
        let texts = try edit(try tinyTreeTexts(), "feestdagen.yml", old, new)
        let errors = loadErrors(texts)
        #expect(errors.count == 1, "\(errors.listing)")
        let line = errors.first.map { $0.description.replacingOccurrences(of: "Content/beslisboom/", with: "") }
        #expect(line == expected)
    }

    @Test("A build says which action is verplicht without S0 or a URL")
    func requiredNeedsOwnSource() throws {
        let workspace = try Workspace(fixture: "tree-site")
        try workspace.write("""
        titel: Boomsite
        organisatie: Testorganisatie
        bronnen:
          - code: S0
            bestand: 000_bron.txt
            titel: De eerste bron
          - code: S1
            bestand: 001_ander.txt
            titel: Een andere regio
        """, to: "site.yml")
        let acties = try String(contentsOf: workspace.content.appendingPathComponent("beslisboom/acties.yml"), encoding: .utf8)
        try workspace.write(acties.replacingOccurrences(of: "bron: { bestand: 000_bron.txt, onderdeel: Acties }\n    pagina:",
                                                        with: "bron: { bestand: 001_ander.txt, onderdeel: Acties }\n    pagina:"),
                            to: "beslisboom/acties.yml")
        let report = workspace.check()
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(report.listing)")
        #expect(errors.first?.message == "actie 'melden' is verplicht, maar noemt alleen documenten van andere regio's; noem S0 of de wet (een openbare url), of maak hem soort: aanbevolen")
        #expect(errors.first?.line == 2)
    }

    @Test("The tool's embedded model never lets a text close its script element")
    func scriptSafe() throws {
        var texts = try tinyTreeTexts()
        texts = try edit(texts, "boom.yml", "vraag: Is het verzuim ongeoorloofd?", "vraag: \"Is </script><!--<script> & het verzuim ongeoorloofd?\"")
        let tree = try #require(loadTree(texts).0)
        let site = SiteConfig(title: "t", organisation: "o", description: nil, contact: .init(), sources: [])
        let json = TreeToolModel(tree: tree, enumeration: tree.enumerateRoutes(), site: site, html: { $0 ?? "" }, link: { _ in nil })
            .scriptSafeJSON()
        #expect(!json.contains("<"))
        #expect(!json.contains(">"))
        #expect(!json.contains("&"))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let questions = try #require(decoded["questions"] as? [String: [String: Any]])
        #expect(questions["verzuim"]?["text"] as? String == "Is </script><!--<script> & het verzuim ongeoorloofd?")
    }
}
