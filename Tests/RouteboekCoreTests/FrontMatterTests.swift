import Foundation
import Testing
@testable import RouteboekCore

/// Parses a page's text; returns the result and every diagnostic.
func parsePage(_ text: String, file: String = "Content/pagina.md") -> (PageSource?, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let page = FrontMatterParser.parse(text, file: file, diagnostics: &diagnostics)
    return (page, diagnostics)
}

@Suite("Front matter")
struct FrontMatterTests {
    @Test("Every key of a complete front matter is read")
    func complete() throws {
        let (page, diagnostics) = parsePage("""
        ---
        titel: Melden bij DUO
        volgorde: 3
        samenvatting: Wanneer de school verzuim meldt.
        bijgewerkt: 2026-11-20
        concept: false
        bronnen:
          - bestand: 000_bron.txt
            onderdeel: Definitie thuiszitter
        ---

        Tekst van de pagina.
        """)
        #expect(diagnostics.isEmpty, "\(diagnostics.listing)")
        let source = try #require(page)
        #expect(source.frontMatter.title == "Melden bij DUO")
        #expect(source.frontMatter.order == 3)
        #expect(source.frontMatter.summary == "Wanneer de school verzuim meldt.")
        #expect(source.frontMatter.updated == DayDate(year: 2026, month: 11, day: 20))
        #expect(source.frontMatter.isDraft == false)
        #expect(source.frontMatter.sources.map(\.file) == ["000_bron.txt"])
        #expect(source.frontMatter.sources.map(\.part) == ["Definitie thuiszitter"])
        // The body starts after the closing line; 10 lines come before it.
        #expect(source.bodyLineOffset == 10)
        #expect(source.body.trimmingCharacters(in: .whitespacesAndNewlines) == "Tekst van de pagina.")
    }

    @Test("Only titel is required; concept defaults to false", arguments: ["---\ntitel: Kort\n---\n", "---\r\ntitel: Kort\r\n---\r\nTekst\r\n"])
    func minimal(text: String) throws {
        let (page, diagnostics) = parsePage(text)
        #expect(diagnostics.isEmpty, "\(diagnostics.listing)")
        let source = try #require(page)
        #expect(source.frontMatter.title == "Kort")
        #expect(source.frontMatter.order == nil)
        #expect(source.frontMatter.isDraft == false)
        #expect(source.frontMatter.sources.isEmpty)
        #expect(source.bodyLineOffset == 3)
    }

    @Test("concept accepts true and false", arguments: [("true", true), ("false", false), ("ja", true), ("nee", false)])
    func conceptValues(value: String, expected: Bool) throws {
        let (page, diagnostics) = parsePage("---\ntitel: X\nconcept: \(value)\n---\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(page).frontMatter.isDraft == expected)
    }

    @Test("No front matter at all")
    func missing() throws {
        let (page, diagnostics) = parsePage("# Titel\n\nTekst.")
        #expect(page == nil)
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.description == "Content/pagina.md:1:1: fout RB102: de pagina heeft geen front matter: begin het bestand met een regel '---', dan 'titel: ...', dan weer een regel '---'")
    }

    @Test("A front matter without its closing line")
    func unclosed() throws {
        let (page, diagnostics) = parsePage("---\ntitel: Open\n\nTekst zonder afsluiting.\n")
        #expect(page == nil)
        let error = try #require(diagnostics.first)
        #expect(error.description == "Content/pagina.md:1:1: fout RB101: de front matter wordt niet afgesloten: zet een regel '---' na de laatste sleutel")
    }

    @Test("An empty front matter")
    func empty() throws {
        let (page, diagnostics) = parsePage("---\n---\nTekst.")
        #expect(page == nil)
        #expect(diagnostics.first?.message == "de front matter is leeg: zet er minstens 'titel: ...' in")
        #expect(diagnostics.first?.code == "RB103")
    }

    @Test("Invalid YAML is reported at its line in the file")
    func invalidYAML() throws {
        let (page, diagnostics) = parsePage("---\ntitel: Goed\nsamenvatting: [open\nvolgorde: 2\n---\n")
        #expect(page == nil)
        let error = try #require(diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.code == "RB730", "\(error)")
        // The YAML starts on line 2 of the file; the list that is never closed opens on line 3.
        #expect((error.line, error.column) == (3, 15))
    }

    @Test("Tabs in indentation are invalid YAML, reported on the line in the file")
    func tabIndentation() throws {
        let (_, diagnostics) = parsePage("---\ntitel: Goed\nbronnen:\n\t- bestand: a.txt\n---\n")
        let error = try #require(diagnostics.first)
        #expect(error.code == "RB731", "\(error)")
        #expect(error.line == 4)
    }

    @Test("Markdown in a title is refused at the title: it would show as typed in the h1, the menu and search", arguments: [
        ("Verzuim**soorten**", "**"), ("Het `OPP`", "`"), ("Zie [DUO](duo.md)", "[tekst](adres)"), ("Wat *moet* de school", "*"),
    ])
    func markdownInTitle(_ title: String, _ markup: String) {
        let (_, diagnostics) = parsePage("---\ntitel: \(title)\n---\n\nTekst.\n")
        #expect(diagnostics.map(\.description) == ["Content/pagina.md:2:8: fout RB163: de titel bevat Markdown (\(markup)), maar een titel wordt niet opgemaakt: de tekens komen zo in de kop, het menu en de zoekresultaten; haal ze weg"])
    }

    @Test("A title with a lone star, an underscore or brackets is plain text", arguments: ["5 * 3 uur", "ot_status", "Vragen (en antwoorden)", "Stap [1]"])
    func plainTitle(_ title: String) {
        let (page, diagnostics) = parsePage("---\ntitel: \(title)\n---\n")
        #expect(page?.frontMatter.title == title)
        #expect(diagnostics.isEmpty, "\(diagnostics.listing)")
    }

    @Test("A copied front matter left under the first is one error at its '---'; a rule and a heading in the text are not")
    func secondFrontMatter() {
        let (_, diagnostics) = parsePage("---\ntitel: Nieuw\n---\n\n---\ntitel: Oud\nvolgorde: 2\n---\n\nTekst.\n")
        #expect(diagnostics.map(\.description) == ["Content/pagina.md:5:1: fout RB164: hier begint nog een front matter (een regel '---' met sleutels), en die komt als tekst op de pagina; haal dit tweede blok weg, of zet wat erin anders is in het blok bovenaan"])
        let (_, pasted) = parsePage("---\ntitel: Nieuw\n---\ntitel: Oud\nvolgorde: 2\n---\n\nTekst.\n")
        #expect(pasted.map(\.description) == ["Content/pagina.md:4:1: fout RB164: hier begint nog een front matter (een regel '---' met sleutels), en die komt als tekst op de pagina; haal dit tweede blok weg, of zet wat erin anders is in het blok bovenaan"])
        let (_, plain) = parsePage("---\ntitel: Nieuw\n---\n\n---\nEen kop\n---\n\nTekst.\n")
        #expect(plain.isEmpty, "\(plain.listing)")
    }

    @Test("titel is required")
    func missingTitle() throws {
        let (page, diagnostics) = parsePage("---\nvolgorde: 1\n---\nTekst.")
        #expect(page == nil)
        let error = try #require(diagnostics.first)
        #expect(error.message == "de front matter mist 'titel'" && error.code == "RB712")
        #expect(error.line == 2)
    }

    @Test("A misspelt titel is one error, the typo, not also 'needs titel'")
    func misspeltTitleIsOneError() throws {
        let (page, diagnostics) = parsePage("---\ntittel: Begrippen\n---\nTekst.")
        #expect(page == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix("onbekende sleutel 'tittel' in de front matter; bedoel je 'titel'?") == true)
        #expect(diagnostics.first?.line == 2)
    }

    @Test("An empty titel")
    func emptyTitle() throws {
        let (page, diagnostics) = parsePage("---\ntitel: \"  \"\n---\n")
        #expect(page == nil)
        #expect(diagnostics.first?.message == "'titel' is leeg; de front matter heeft hier een waarde nodig")
    }

    @Test("Unknown keys: a typo and a key from another tool both suggest the Dutch key", arguments: [
        ("tittel", "titel"), ("title", "titel"), ("weight", "volgorde"), ("volgorder", "volgorde"),
        ("draft", "concept"), ("summary", "samenvatting"), ("date", "bijgewerkt"), ("bron", "bronnen"),
    ])
    func unknownKey(key: String, suggestion: String) throws {
        let (_, diagnostics) = parsePage("---\ntitel: Pagina\n\(key): waarde\n---\n")
        let error = try #require(diagnostics.first { $0.code == "RB711" })
        #expect(error.message == "onbekende sleutel '\(key)' in de front matter; bedoel je '\(suggestion)'? (toegestaan: titel, volgorde, samenvatting, bronnen, bijgewerkt, concept, trefwoorden)")
        #expect(error.severity == .error)
        #expect(error.line == 3)
        #expect(error.column == 1)
    }

    @Test("An unknown key is reported on its own line in the file (front matter starts at line 2)")
    func unknownKeyLine() throws {
        let (_, diagnostics) = parsePage("---\ntitel: Pagina\nvolgorde: 2\nsamenvatting: kort\ntittel: dubbel\n---\nTekst.")
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.description == "Content/pagina.md:5:1: fout RB711: onbekende sleutel 'tittel' in de front matter; bedoel je 'titel'? (toegestaan: titel, volgorde, samenvatting, bronnen, bijgewerkt, concept, trefwoorden)")
    }

    @Test("A key far from every allowed key gets no suggestion")
    func unknownKeyWithoutSuggestion() throws {
        let (_, diagnostics) = parsePage("---\ntitel: X\nkleur: rood\n---\n")
        let error = try #require(diagnostics.first)
        #expect(error.message.hasPrefix("onbekende sleutel 'kleur' in de front matter (toegestaan:"))
    }

    @Test("volgorde must be a whole number", arguments: ["drie", "2.5", "[1, 2]"])
    func wrongOrderType(value: String) throws {
        let (_, diagnostics) = parsePage("---\ntitel: X\nvolgorde: \(value)\n---\n")
        let error = try #require(diagnostics.first)
        #expect(error.message == "'volgorde' moet een heel getal zijn, zoals 3")
        #expect(error.line == 3)
        #expect(error.column == 11)
    }

    @Test("bijgewerkt must be written JJJJ-MM-DD; a day written in another form is suggested in this one", arguments: [
        ("20-11-2026", "2026-11-20"), ("2026-1-5", "2026-01-05"), ("1/11/2026", "2026-11-01"), ("1.11.2026", "2026-11-01"),
        ("1 november 2026", "2026-11-01"), ("gisteren", nil), ("2026-11-2x", nil), ("31-11-2026", nil), ("11-20-2026", nil),
    ] as [(String, String?)])
    func badDate(value: String, meant: String?) throws {
        let (_, diagnostics) = parsePage("---\ntitel: X\nbijgewerkt: \(value)\n---\n")
        let error = try #require(diagnostics.first)
        #expect(error.message == "'bijgewerkt' moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2026-11-20" + (meant.map { "; bedoel je '\($0)'?" } ?? ""))
        #expect(error.line == 3)
    }

    @Test("A date in the right form that the calendar lacks says so, at the value", arguments: [
        ("2026-02-30", "'bijgewerkt' is 2026-02-30, maar die dag bestaat niet: februari 2026 heeft 28 dagen; verbeter de datum (JJJJ-MM-DD)"),
        ("2025-02-29", "'bijgewerkt' is 2025-02-29, maar die dag bestaat niet: februari 2025 heeft 28 dagen; verbeter de datum (JJJJ-MM-DD)"),
        ("2026-11-31", "'bijgewerkt' is 2026-11-31, maar die dag bestaat niet: november 2026 heeft 30 dagen; verbeter de datum (JJJJ-MM-DD)"),
        ("2026-11-00", "'bijgewerkt' is 2026-11-00, maar die dag bestaat niet: november 2026 heeft 30 dagen; verbeter de datum (JJJJ-MM-DD)"),
        ("2026-13-01", "'bijgewerkt' is 2026-13-01, maar maand 13 bestaat niet; verbeter de datum (JJJJ-MM-DD)"),
    ])
    func nonexistentDate(value: String, expected: String) throws {
        let (_, diagnostics) = parsePage("---\ntitel: X\nbijgewerkt: \(value)\n---\n")
        #expect(diagnostics.map(\.description) == ["Content/pagina.md:3:13: fout RB736: " + expected])
    }

    @Test("A leap day is a real date")
    func leapDay() throws {
        let (page, diagnostics) = parsePage("---\ntitel: X\nbijgewerkt: 2028-02-29\n---\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(page).frontMatter.updated?.dutch == "29 februari 2028")
    }

    @Test("concept must be true or false")
    func badConcept() throws {
        let (_, diagnostics) = parsePage("---\ntitel: X\nconcept: misschien\n---\n")
        let error = try #require(diagnostics.first)
        #expect(error.description == "Content/pagina.md:3:10: fout RB717: 'concept' moet true of false zijn, niet 'misschien'")
    }

    @Test("A source needs bestand and onderdeel, and has no other keys")
    func sourceKeys() throws {
        let (_, diagnostics) = parsePage("""
        ---
        titel: X
        bronnen:
          - bestand: 000_bron.txt
          - onderdeel: Alleen een onderdeel
            bestnd: 001.txt
        ---
        """)
        #expect(diagnostics.contains { $0.message == "een bron mist 'onderdeel'" && $0.line == 4 })
        #expect(diagnostics.contains { $0.message.hasPrefix("onbekende sleutel 'bestnd' in een bron in 'bronnen'; bedoel je 'bestand'?") && $0.line == 6 })
    }

    @Test("Several problems in one front matter are all reported")
    func severalProblems() {
        let (_, diagnostics) = parsePage("---\ntitel: X\nvolgorde: een\nbijgewerkt: morgen\nconcept: soms\n---\n")
        #expect(diagnostics.map(\.line).sorted() == [3, 4, 5])
    }

    @Test("Dates read as Dutch text and ISO")
    func dayDate() throws {
        let date = try #require(DayDate(iso: "2026-03-07"))
        #expect(date.dutch == "7 maart 2026")
        #expect(date.iso == "2026-03-07")
        #expect(DayDate(year: 2026, month: 1, day: 31) < DayDate(year: 2026, month: 2, day: 1))
    }
}
