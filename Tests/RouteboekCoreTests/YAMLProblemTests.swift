import Testing
@testable import RouteboekCore

/// YAML mistakes editors make, each with the one Dutch line it must give: the place to fix and what to
/// do, never libyaml's English. The front matter starts on line 2 of the page.
@Suite("YAML mistakes: one Dutch line at the place to fix")
struct YAMLProblemTests {
    static let cases: [(yaml: String, expected: String)] = [
        ("titel: \"Thuiszitter\" of niet",
         "2:22: fout RB727: na het afsluitende aanhalingsteken staat nog tekst op deze regel, en YAML leest alleen wat ervoor staat; zet de hele waarde tussen enkele aanhalingstekens"),
        ("titel: 'Thuis' of niet",
         "2:16: fout RB727: na het afsluitende aanhalingsteken staat nog tekst op deze regel, en YAML leest alleen wat ervoor staat; zet de hele waarde tussen dubbele aanhalingstekens"),
        ("titel: [concept] versie",
         "2:18: fout RB727: na de afsluitende ']' staat nog tekst op deze regel, en YAML leest alleen wat ervoor staat; zet de hele waarde tussen aanhalingstekens"),
        ("titel: Test\n  volgorde: 3",
         "3:3: fout RB728: deze regel springt anders in dan de regels van zijn blok; laat een sleutel even ver inspringen als de sleutels erboven, met spaties"),
        ("titel: Test\ntrefwoorden:\n  - a\n  - b\n concept: ja",
         "6:2: fout RB728: deze regel springt anders in dan de regels van zijn blok; laat een sleutel even ver inspringen als de sleutels erboven, met spaties"),
        ("titel: Test\n- b",
         "3:1: fout RB729: hier begint een lijstitem ('- ') waar een regel 'sleutel: waarde' hoort; zet het ingesprongen onder de sleutel van zijn lijst, of haal het streepje weg"),
        ("titel: Test\ntrefwoorden: [a, b\nvolgorde: 3",
         "3:14: fout RB730: wat hier met '[' begint, wordt niet met ']' gesloten (of er ontbreekt een komma tussen twee items); sluit het met ']', of zet tekst die met '[' begint tussen aanhalingstekens"),
        ("titel: {a: b",
         "2:8: fout RB730: wat hier met '{' begint, wordt niet met '}' gesloten (of er ontbreekt een komma tussen twee items); sluit het met '}', of zet tekst die met '{' begint tussen aanhalingstekens"),
        ("titel: Test\n\tvolgorde: 3",
         "3:1: fout RB731: hier is ingesprongen met een tab, en YAML telt alleen spaties; vervang de tab door spaties"),
        ("titel: \"C:\\pad\"",
         "2:11: fout RB732: tussen dubbele aanhalingstekens begint '\\' een speciaal teken, en '\\p' bestaat niet; schrijf '\\\\' voor een gewone backslash, of zet de tekst tussen enkele aanhalingstekens"),
        ("titel: \"Test\\u12\"",
         "2:13: fout RB732: tussen dubbele aanhalingstekens begint '\\' een speciaal teken, en '\\u12' bestaat niet; schrijf '\\\\' voor een gewone backslash, of zet de tekst tussen enkele aanhalingstekens"),
        ("titel: Test\nsamenvatting: | kort",
         "3:17: fout RB733: na '|' of '>' eindigt de regel; zet de tekst op de regels eronder, ingesprongen"),
        ("titel: *Let op* lees",
         "2:8: fout RB726: '*Let' aan het begin van een waarde leest YAML als een verwijzing naar een anker, niet als tekst; zet de hele waarde tussen aanhalingstekens"),
        ("titel: & co",
         "2:8: fout RB726: '&' aan het begin van een waarde leest YAML als een anker, niet als tekst; zet de hele waarde tussen aanhalingstekens"),
        ("titel: - test",
         "2:8: fout RB726: '-' aan het begin van een waarde leest YAML als een lijstitem, niet als tekst; zet de hele waarde tussen aanhalingstekens"),
        ("titel: !x!y z",
         "2:8: fout RB726: '!x!y' aan het begin van een waarde leest YAML als een label (tag), niet als tekst; zet de hele waarde tussen aanhalingstekens"),
        // Valid YAML that would drop a word from the title without a word of warning.
        ("titel: !Belangrijk toets",
         "2:8: fout RB726: '!Belangrijk' aan het begin van een waarde leest YAML als een label (tag), niet als tekst; zet de hele waarde tussen aanhalingstekens"),
        ("titel: &amp Test",
         "2:8: fout RB726: '&amp' aan het begin van een waarde leest YAML als een anker, niet als tekst; zet de hele waarde tussen aanhalingstekens"),
        ("titel: Test\ntrefwoorden:\n  - &x verzuim\n  - *x",
         "4:5: fout RB726: '&x' aan het begin van een waarde leest YAML als een anker, niet als tekst; zet de hele waarde tussen aanhalingstekens"),
        ("titel: %50 korting",
         "2:8: fout RB705: met '%' kan in YAML geen waarde beginnen; zet de hele waarde tussen aanhalingstekens"),
        ("titel: @school",
         "2:8: fout RB705: met '@' kan in YAML geen waarde beginnen; zet de hele waarde tussen aanhalingstekens"),
        ("titel: Test\nbronnen:\n\t- bestand: a.txt",
         "4:1: fout RB731: hier is ingesprongen met een tab, en YAML telt alleen spaties; vervang de tab door spaties"),
        ("titel: ? vraag",
         "2:8: fout RB726: '?' aan het begin van een waarde leest YAML als het begin van een sleutel, niet als tekst; zet de hele waarde tussen aanhalingstekens"),
        ("titel: , komma",
         "2:8: fout RB726: ',' aan het begin van een waarde leest YAML als een komma tussen de items van een lijst, niet als tekst; zet de hele waarde tussen aanhalingstekens"),
        ("titel: Test\n%YAML 1.1",
         "3:1: fout RB701: dit is geen geldige YAML: hier begint iets wat niet bij de regels erboven hoort (bijvoorbeeld een regel die met '%' begint)"),
        // Quotes from Word are text to YAML: the editor did quote the value, with the wrong quotes.
        ("titel: “Privacy: wat mag je delen?”",
         "2:8: fout RB737: de waarde begint met “, een gekruld aanhalingsteken (vaak uit Word), en dat leest YAML als gewone tekst; vervang de gekrulde aanhalingstekens om de waarde door rechte: \"...\""),
        ("titel: Test\nbronnen:\n  - bestand: a.txt\n    onderdeel: „Artikel 2: toelating”",
         "5:16: fout RB737: de waarde begint met „, een gekruld aanhalingsteken (vaak uit Word), en dat leest YAML als gewone tekst; vervang de gekrulde aanhalingstekens om de waarde door rechte: \"...\""),
        // A non-breaking space where YAML needs a space: one error at its own place.
        ("titel:\u{A0}\"Privacy: wat mag je delen?\"",
         "2:7: fout RB738: hier staat een harde spatie (U+00A0, vaak uit Word) waar YAML een gewone spatie nodig heeft; vervang hem door een gewone spatie"),
        ("titel: Test\nbronnen:\n  - bestand: a.txt\n    onderdeel: b\n\u{A0}\u{A0}- bestand: c.txt\n    onderdeel: d",
         "6:1: fout RB738: hier staat een harde spatie (U+00A0, vaak uit Word) waar YAML een gewone spatie nodig heeft; vervang hem door een gewone spatie"),
        ("titel: Test\nbronnen:\n  -\u{A0}bestand: a.txt\n    onderdeel: b",
         "4:4: fout RB738: hier staat een harde spatie (U+00A0, vaak uit Word) waar YAML een gewone spatie nodig heeft; vervang hem door een gewone spatie"),
        // A line of a block text ('>-', '|') not indented further than its key ends the text.
        ("titel: Test\nsamenvatting: >-\nDe leerling blijft thuis.\nvolgorde: 3",
         "4:1: fout RB740: deze regel hoort bij de tekst onder 'samenvatting: >-', maar springt niet verder in dan die sleutel, dus YAML leest hem als een nieuwe sleutel; laat elke regel van de tekst verder inspringen dan de sleutel, met spaties"),
        ("titel: Test\nbronnen:\n  - bestand: a.txt\n    onderdeel: |\n    Hoofdstuk 2,\n      en 3",
         "6:5: fout RB740: deze regel hoort bij de tekst onder 'onderdeel: |', maar springt niet verder in dan die sleutel, dus YAML leest hem als een nieuwe sleutel; laat elke regel van de tekst verder inspringen dan de sleutel, met spaties"),
        // The messages that were already Dutch stay as they were.
        ("titel: Test\nsamenvatting: Een lange tekst\n  met nog meer: hier",
         "4:15: fout RB706: ': ' mag niet midden in deze waarde staan; zet de hele tekst tussen aanhalingstekens"),
        ("titel: \"Test\nvolgorde: 3",
         "2:8: fout RB707: de tekst tussen aanhalingstekens die hier begint, wordt nergens gesloten; zet het sluitende aanhalingsteken erbij"),
    ]

    @Test("Each mistake gives its one line", arguments: cases)
    func mistake(_ yaml: String, _ expected: String) {
        let (page, diagnostics) = parsePage("---\n\(yaml)\n---\n\nTekst\n")
        #expect(page == nil)
        #expect(diagnostics.map(\.description) == ["Content/pagina.md:" + expected])
    }

    @Test("A non-breaking space inside a value is text, and allowed", arguments: [
        "titel: \"Artikel\u{A0}8\"", "titel: Let op:\u{A0}termijn",
        "titel: X\nsamenvatting: >-\n  Let op:\u{A0}de termijn\n  \u{A0}loopt door", "titel: '\u{A0}Artikel'",
    ])
    func nonBreakingSpaceInValue(_ yaml: String) {
        let (page, diagnostics) = parsePage("---\n\(yaml)\n---\n")
        #expect(page != nil)
        #expect(diagnostics.isEmpty, "\(diagnostics.listing)")
    }

    @Test("A non-breaking space after a key's colon is refused in every YAML file, not only front matter")
    func nonBreakingSpaceInDataFile() {
        let reader = YAMLReader(file: "Content/zoekwoorden.yml")
        #expect(reader.compose("# zoekwoorden\nongeoorloofd verzuim:\u{A0}[spijbelen]\nziek: [ziekteverzuim]\n") == nil)
        #expect(reader.diagnostics.map(\.code) == ["RB738"])
        #expect(reader.diagnostics.map { [$0.line, $0.column] } == [[2, 22]])
    }

    @Test("YAML's own tags keep the value whole and are accepted")
    func ownTags() throws {
        let (page, diagnostics) = parsePage("---\ntitel: !!str 2026\nvolgorde: !!int 3\n---\n")
        #expect(diagnostics.isEmpty, "\(diagnostics.listing)")
        #expect(try #require(page).frontMatter.title == "2026")
    }

    @Test("In the beslisboom, a question starting with '!' is refused at its line")
    func treeFile() {
        let reader = YAMLReader(file: "Content/beslisboom/boom.yml")
        #expect(reader.compose("vragen:\n  - id: a\n    vraag: !Let op, is de leerling ingeschreven?\n") == nil)
        #expect(reader.diagnostics.map(\.code) == ["RB726"])
        #expect(reader.diagnostics.map(\.line) == [3])
    }

    @Test("A comment after a value on its line is a warning naming what the value is left with; the page still builds")
    func inlineComment() throws {
        let (page, diagnostics) = parsePage("---\ntitel: Tip #1 voor mentoren\nsamenvatting: Zoek op #thuiszitten\n---\n")
        #expect(try #require(page).frontMatter.title == "Tip")
        #expect(diagnostics.map(\.description) == [
            "Content/pagina.md:2:12: waarschuwing RB735: '#1 voor mentoren' is in YAML commentaar, dus de waarde is alleen 'Tip'; is het tekst, zet de hele waarde dan tussen aanhalingstekens; is het commentaar, zet het op een eigen regel",
            "Content/pagina.md:3:23: waarschuwing RB735: '#thuiszitten' is in YAML commentaar, dus de waarde is alleen 'Zoek op'; is het tekst, zet de hele waarde dan tussen aanhalingstekens; is het commentaar, zet het op een eigen regel",
        ])
    }

    @Test("Any comment after a text is a warning too: 'Stap 2 # van 5' would be 'Stap 2' without a word")
    func commentAfterText() throws {
        let (page, diagnostics) = parsePage("---\ntitel: Stap 2 # van 5\nvolgorde: 3\n---\n")
        #expect(try #require(page).frontMatter.title == "Stap 2")
        #expect(diagnostics.map(\.description) == [
            "Content/pagina.md:2:15: waarschuwing RB735: '# van 5' is in YAML commentaar, dus de waarde is alleen 'Stap 2'; is het tekst, zet de hele waarde dan tussen aanhalingstekens; is het commentaar, zet het op een eigen regel",
        ])
    }

    @Test("A comment after a number, a date or ja/nee, a '#' inside a word, after a quoted value, or on its own line is no warning", arguments: [
        "titel: Tip\nvolgorde: 3  # na de inleiding", "titel: Tip\nbijgewerkt: 2026-11-30 # nagekeken met S0", "titel: Tip\nvolgorde: -1 #",
        "titel: Tip#1", "titel: \"Tip #1\" #de titel", "# de titel\ntitel: Tip", "titel: 'Tip #1'", "titel: Tip\nconcept: nee # klaar",
    ])
    func notAnInlineComment(_ yaml: String) {
        let (page, diagnostics) = parsePage("---\n\(yaml)\n---\n")
        #expect(page != nil)
        #expect(diagnostics.isEmpty, "\(diagnostics.listing)")
    }

    @Test("A second document in a YAML file is refused at its '---'")
    func secondDocument() {
        let reader = YAMLReader(file: "Content/zoekwoorden.yml")
        #expect(reader.compose("spijbelen: [ongeoorloofd verzuim]\n---\nziek: [ziekteverzuim]\n") == nil)
        #expect(reader.diagnostics.map(\.description) == [
            "Content/zoekwoorden.yml:2:1: fout RB734: een regel '---' begint hier een tweede document, en dit bestand heeft er één; haal de regel weg",
        ])
    }

    @Test("An empty document ('---' alone) is placed on its last line, not after the file (fuzz seed yaml-s20b, case 1153)")
    func emptyDocumentPosition() throws {
        let reader = YAMLReader(file: "Content/beslisboom/boom.yml")
        let node = try #require(reader.compose("---\n"))
        #expect((reader.position(node).line, reader.position(node).column) == (1, 1))
    }

    @Test("Every libyaml problem and context has Dutch words")
    func dictionaries() {
        for text in Array(YAMLProblem.problems.values) + Array(YAMLProblem.contexts.values) {
            #expect(!text.contains("while ") && !text.contains("found ") && !text.contains("expected "), "\(text)")
        }
    }
}
