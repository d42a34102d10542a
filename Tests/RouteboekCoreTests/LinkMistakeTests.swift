import Testing
@testable import RouteboekCore

/// Links that cmark leaves as text, or makes without an address that works (RB155-RB162): each is one
/// line at the place the editor typed it; the valid look-alikes stay silent.
@Suite("Links that came out as text or went nowhere")
struct LinkMistakeTests {
    static func messages(_ markdown: String) -> [String] { UnrecognisedSyntaxTests.messages(markdown) }

    @Test("A web or mail address typed without https:// or mailto: is suggested with it; files of the site are not", arguments: [
        ("www.duo.nl", "https://www.duo.nl"), ("duo.nl/zakelijk/verzuim", "https://duo.nl/zakelijk/verzuim"),
        ("www.onderwijsinspectie.nl#keuzehulp", "https://www.onderwijsinspectie.nl#keuzehulp"), ("ingrado.nl", "https://ingrado.nl"),
        ("info@swv-zhw.nl", "mailto:info@swv-zhw.nl"), ("@swv.nl", nil), ("a@b@c.nl", nil), ("info@swv.nl/x", nil),
        ("bijlage.pdf", nil), ("../registratie/melden.md", nil), ("schema.png", nil), ("www", nil), ("a..nl", nil),
    ] as [(String, String?)])
    func webAddressWithoutScheme(written: String, meant: String?) {
        #expect(LinkTargets.addressMeant(by: written) == meant)
    }

    @Test("A link without its closing ')' is a warning, at the end of a paragraph or followed by words")
    func notClosed() {
        #expect(Self.messages("Eerst.\n\nZie [de rollen](../aanpak/rollen.md\n") == [
            "Content/a/b.md:7:5: waarschuwing RB155: '[de rollen](../aanpak/rollen.md' wordt geen link of afbeelding, want de ) achter het adres ontbreekt, en komt als gewone tekst op de pagina; zet een ) direct achter het adres",
        ])
        #expect(Self.messages("Lees [de wet](https://wetten.overheid.nl en bel ons (ma-vr).\n") == [
            "Content/a/b.md:5:6: waarschuwing RB155: '[de wet](https://wetten.overheid.nl' wordt geen link of afbeelding, want de ) achter het adres ontbreekt, en komt als gewone tekst op de pagina; zet een ) direct achter het adres",
        ])
    }

    @Test("A link without its ')' is reported at its '[' when its text holds emphasis or code, or wraps over lines")
    func notClosedText() {
        #expect(Self.messages("Lees [de *handleiding*](../registratie/handleiding-ot.md zie verder.\n") == [
            "Content/a/b.md:5:6: waarschuwing RB155: '[de *handleiding*](../registratie/handleiding-ot.md' wordt geen link of afbeelding, want de ) achter het adres ontbreekt, en komt als gewone tekst op de pagina; zet een ) direct achter het adres",
        ])
        #expect(Self.messages("Eerst.\n\nLees [de handleiding\nvan OT](pagina.md en dan verder.\n") == [
            "Content/a/b.md:7:6: waarschuwing RB155: '[de handleiding van OT](pagina.md' wordt geen link of afbeelding, want de ) achter het adres ontbreekt, en komt als gewone tekst op de pagina; zet een ) direct achter het adres",
        ])
        // Over three lines in a quote, with code and emphasis at the start of the text, and an image.
        #expect(Self.messages("> Zie [*de* lange\n> tekst van `OT`\n> hier](https://duo.nl en verder.\n") == [
            "Content/a/b.md:5:7: waarschuwing RB155: '[*de* lange tekst van `OT` hier](https://duo.nl' wordt geen link of afbeelding, want de ) achter het adres ontbreekt, en komt als gewone tekst op de pagina; zet een ) direct achter het adres",
        ])
        #expect(Self.messages("- Het ![schema van\n  *OT*](schema.png\n").first?.hasPrefix("Content/a/b.md:5:7: waarschuwing RB155: '![schema van *OT*](schema.png'") == true,
                "\(Self.messages("- Het ![schema van\n  *OT*](schema.png\n"))")
        #expect(Self.messages("Met [een harde\\\nregel](a.md zie.\n").first?.hasPrefix("Content/a/b.md:5:5: waarschuwing RB155: '[een harde regel](a.md' wordt") == true)
        // Two on one line with the same address: each at its own `[`.
        let twice = Self.messages("Zie [de *wet*](wet.md en [de *regeling*](wet.md zie.\n")
        #expect(twice.count == 2 && twice[0].hasPrefix("Content/a/b.md:5:5: waarschuwing RB155: '[de *wet*](wet.md' wordt")
                && twice[1].hasPrefix("Content/a/b.md:5:26: waarschuwing RB155: '[de *regeling*](wet.md' wordt"), "\(twice)")
        // In a heading and a table cell; a `[` in another cell opens nothing in this one.
        #expect(Self.messages("## Zie [de *wet*](wet.md zie\n").first?.hasPrefix("Content/a/b.md:5:8: waarschuwing RB155: '[de *wet*](wet.md'") == true)
        let table = "| A | B |\n|---|---|\n| [de *wet*](wet.md zie | [de *wet*](wet.md en |\n| [x | y](wet.md zie |\n"
        let cells = Self.messages(table)
        #expect(cells.count == 2 && cells[0].hasPrefix("Content/a/b.md:7:3: waarschuwing RB155: '[de *wet*](wet.md' wordt")
                && cells[1].hasPrefix("Content/a/b.md:7:27: waarschuwing RB155: '[de *wet*](wet.md' wordt"), "\(cells)")
        // Balanced brackets in the text belong to it; escaped ones are text.
        #expect(Self.messages("Zie [de wet [art. 3]\nen \\[noot](wet.md zie.\n").first?.hasPrefix("Content/a/b.md:5:5: waarschuwing RB155: '[de wet [art. 3] en \\[noot](wet.md'") == true,
                "\(Self.messages("Zie [de wet [art. 3]\nen \\[noot](wet.md zie.\n"))")
    }

    @Test("Valid look-alikes of a link without ')' over lines or with emphasis give no message")
    func notClosedTextNoFalseAlarms() {
        let markdown = """
        Een [de *handleiding*](pagina.md) zie verder, en [een
        lange *tekst*](rollen.md) over twee regels.

        > Een [lange
        > tekst](https://duo.nl) in een citaat.

        Geen link: \\[de *handleiding*
        van OT\\](pagina.md zie, en \\[de *wet*](wet.md zie, en `[de *a*](b.md zie`.

        Code over regels: `[de
        tekst](pagina.md zie` en [a] *en* b](pagina.md zie, want die ] sluit niets.

        ```
        [de *handleiding*](pagina.md zie
        ```

        Een [punt]
        en meer](pagina.md zie: de [punt] is al gesloten.
        """
        #expect(Self.messages(markdown).isEmpty, "\(Self.messages(markdown))")
    }

    @Test("Code, emphasis or a link's text over two lines does not hide the checks after it in the paragraph")
    func afterNodeOverLines() {
        #expect(Self.messages("Zie `code\nover twee` regels en [de rollen](rollen.md zie verder.\n") == [
            "Content/a/b.md:6:22: waarschuwing RB155: '[de rollen](rollen.md' wordt geen link of afbeelding, want de ) achter het adres ontbreekt, en komt als gewone tekst op de pagina; zet een ) direct achter het adres",
        ])
        #expect(Self.messages("Zie `code\nover twee` regels,\nen [de rollen](rollen.md zie verder.\n").first?.hasPrefix("Content/a/b.md:7:4: waarschuwing RB155:") == true)
        #expect(Self.messages("Zie *nadruk\nover twee* regels en ![Schema](Schema Privacy.png) hier.\n").first?.hasPrefix("Content/a/b.md:6:22: waarschuwing RB147:") == true)
        #expect(Self.messages("Zie [een\nlink](a.md) en ![Schema](Schema Privacy.png) hier.\n").first?.hasPrefix("Content/a/b.md:6:16: waarschuwing RB147:") == true)
        #expect(Self.messages("> Zie `code\n> over twee` regels <!-- notitie\n").first?.hasPrefix("Content/a/b.md:6:21: fout RB154:") == true,
                "\(Self.messages("> Zie `code\n> over twee` regels <!-- notitie\n"))")
    }

    @Test("A link without its '[' is a warning at the word before the ']', with or without its ')'")
    func notOpened() {
        #expect(Self.messages("Zie tekst](pagina.md zie verder.\n") == [
            "Content/a/b.md:5:5: waarschuwing RB170: 'tekst](pagina.md' wordt geen link, want de [ voor de tekst van de link ontbreekt, en komt als gewone tekst op de pagina; zet een [ voor de tekst: [tekst](adres)",
        ])
        #expect(Self.messages("Eerst.\nZie de rollen](../aanpak/rollen.md) hier.\n").first?.hasPrefix("Content/a/b.md:6:8: waarschuwing RB170: 'rollen](../aanpak/rollen.md)' wordt geen link") == true)
        #expect(Self.messages("> Zie `code\n> over twee` en tekst](a.md) hier.\n").first?.hasPrefix("Content/a/b.md:6:17: waarschuwing RB170: 'tekst](a.md)'") == true)
        let cells = Self.messages("| A | B |\n|---|---|\n| x](a.md) | y](b.md zie |\n")
        #expect(cells.count == 2 && cells[0].hasPrefix("Content/a/b.md:7:3: waarschuwing RB170: 'x](a.md)'")
                && cells[1].hasPrefix("Content/a/b.md:7:14: waarschuwing RB170: 'y](b.md'"), "\(cells)")
        // Not an address, in code, escaped, or after a '[' that another ']' closed: no message.
        for text in ["Een (zie a](b) hier.\n", "Zie `tekst](pagina.md` hier.\n", "Zie tekst\\](pagina.md) hier.\n",
                     "Zie [a] *en* b](pagina.md zie.\n", "Zie [de rollen](rollen.md) hier.\n"] {
            #expect(Self.messages(text).isEmpty, "\(text): \(Self.messages(text))")
        }
    }

    @Test("Brackets the wrong way round around an address are a warning naming the link as meant")
    func reversed() {
        #expect(Self.messages("Lees (de rollen)[rollen.md] eerst.\n") == [
            "Content/a/b.md:5:6: waarschuwing RB156: '(de rollen)[rollen.md]' wordt geen link, want de haakjes staan omgekeerd, en komt als gewone tekst op de pagina; schrijf eerst de tekst tussen [ ] en dan het adres tussen ( ): [de rollen](rollen.md)",
        ])
    }

    @Test("An image with its brackets the wrong way round is a warning naming the image as meant")
    func reversedImage() {
        #expect(Self.messages("Het schema:\n\n!(schema van OT)[schema-ot.png]\n") == [
            "Content/a/b.md:7:1: waarschuwing RB156: '!(schema van OT)[schema-ot.png]' wordt geen afbeelding, want de haakjes staan omgekeerd, en komt als gewone tekst op de pagina; schrijf na de ! eerst de beschrijving tussen [ ] en dan het adres tussen ( ): ![schema van OT](schema-ot.png)",
        ])
        #expect(Self.messages("Zie hier!(foto)[../beeld/foto.jpg].\n").first?.hasPrefix("Content/a/b.md:5:9: waarschuwing RB156: '!(foto)[../beeld/foto.jpg]' wordt geen afbeelding") == true)
        let prose = "Let op!(let op) [1] en Let op!(zie hieronder)[1], \\!(foto)[foto.png], `!(a)[b.png]` en ![goed](goed.png).\n"
        #expect(Self.messages(prose).isEmpty, "\(Self.messages(prose))")
    }

    @Test("An address in doubled parentheses is an error (it pointed at a file called '(b.md)')")
    func doubleParentheses() {
        #expect(Self.messages("Zie [rollen]((rollen.md)).\n") == [
            "Content/a/b.md:5:5: fout RB157: het adres '(rollen.md)' staat tussen dubbele haakjes, dus de binnenste haakjes horen bij het adres en de link of afbeelding werkt niet; schrijf het adres tussen één paar haakjes: (rollen.md)",
        ])
    }

    @Test("An empty link or image address is an error at the link")
    func empty() {
        #expect(Self.messages("Leeg: [tekst]() en ![schema]().\n") == [
            "Content/a/b.md:5:7: fout RB158: '[tekst]()' heeft geen adres, dus de link of afbeelding gaat nergens heen; zet het adres tussen de haakjes, zoals [tekst](pagina.md) of ![beschrijving](afbeelding.png), of haal de link weg",
            "Content/a/b.md:5:20: fout RB158: '![schema]()' heeft geen adres, dus de link of afbeelding gaat nergens heen; zet het adres tussen de haakjes, zoals [tekst](pagina.md) of ![beschrijving](afbeelding.png), of haal de link weg",
        ])
        #expect(Self.messages("Leeg: [tekst](<>).\n").first?.hasPrefix("Content/a/b.md:5:7: fout RB158: '[tekst]()'") == true)
    }

    @Test("A link whose address is only '#' is a warning at the link; a '#' with an anchor is a link as usual")
    func toNowhere() {
        #expect(Self.messages("Zie [de rollen](#) hier.\n") == [
            "Content/a/b.md:5:5: waarschuwing RB167: de link '[de rollen](#)' heeft als adres alleen '#', dus hij gaat nergens heen (hooguit naar het begin van deze pagina); zet het adres erin, zoals [tekst](pagina.md) of [tekst](#kop), of haal de link weg",
        ])
        #expect(Self.messages("## Kop\n\nZie [de kop](#kop) en [de *wet*](https://wetten.overheid.nl/#a).\n").isEmpty)
    }

    @Test("An address cmark publishes as href=\"\" (javascript:, file:, data:) is an error naming its scheme")
    func refusedScheme() {
        #expect(Self.messages("[Klik](javascript:alert(1)) of [schijf](file:///C:/Users/els/verzuim.docx).\n") == [
            "Content/a/b.md:5:1: fout RB159: de link 'javascript:alert(1)' komt als lege link op de pagina, want een adres dat met 'javascript:' begint laat de site uit veiligheid weg; link naar een pagina of bestand in de contentmap (zoals ../begrippen.md), of naar een webadres dat met https:// begint",
            "Content/a/b.md:5:32: fout RB159: de link 'file:///C:/Users/els/verzuim.docx' komt als lege link op de pagina, want een adres dat met 'file:' begint laat de site uit veiligheid weg; link naar een pagina of bestand in de contentmap (zoals ../begrippen.md), of naar een webadres dat met https:// begint",
        ])
        #expect(Self.messages("![x](data:image/svg+xml;base64,PHN2Zz4=)\n").first?.contains("RB159: de afbeelding 'data:image/svg+xml;base64,PHN2Zz4=' komt leeg op de pagina, want een adres dat met 'data:' begint") == true)
        #expect(Self.messages("<JavaScript:alert(1)>\n").first?.contains("RB159") == true)
        #expect(LinkAddress.refusedScheme("data:image/png;base64,iVBORw0KGgo=") == nil)
        #expect(LinkAddress.refusedScheme("https://duo.nl") == nil)
    }

    @Test("A mailto: address that is no e-mail address is an error showing the address")
    func mail() {
        #expect(Self.messages("Mail [ons](mailto:x@swv,nl) of [hen](mailto:info@swv.nl,zorg@swv).\n") == [
            "Content/a/b.md:5:6: fout RB160: de link 'mailto:x@swv,nl': 'x@swv,nl' is geen geldig e-mailadres, dus een mail naar dit adres komt niet aan; schrijf het als naam@domein.nl, zonder spatie en met een punt (geen komma) in het domein",
            "Content/a/b.md:5:32: fout RB160: de link 'mailto:info@swv.nl,zorg@swv': 'zorg@swv' is geen geldig e-mailadres, dus een mail naar dit adres komt niet aan; schrijf het als naam@domein.nl, zonder spatie en met een punt (geen komma) in het domein",
        ])
        #expect(Self.messages("[Mail](mailto:info%20@swv.nl)\n").first?.contains("'info @swv.nl' is geen geldig e-mailadres") == true)
        #expect(Self.messages("[Mail](mailto:infoswv.nl)\n").first?.contains("RB160") == true)
        for good in ["info@swv.nl", "jan.de-vries+verzuim@gemeente-utrecht.nl", "a@swv.nl, b@swv.nl", "zorg@bücher.de"] {
            #expect(LinkAddress.isMailAddress(good) || good.contains(","), "\(good)")
        }
        #expect(LinkAddress.invalidMailAddress("mailto:a@swv.nl,b@swv.nl?subject=Vraag%20over%20verzuim") == nil)
        #expect(LinkAddress.invalidMailAddress("mailto:?subject=Vraag") == nil)
    }

    @Test("A footnote left as text is one warning at its first use, naming the line of the note; one whose line made it a link is an error")
    func footnotes() {
        #expect(Self.messages("Zie de wet[^2].\n\n[^2]: Artikel 11 van de Leerplichtwet.\n") == [
            "Content/a/b.md:5:11: waarschuwing RB161: '[^2]' wordt geen voetnoot, want voetnoten werken op deze site niet, en komt net als de regel '[^2]: ...' (regel 7) als gewone tekst op de pagina; zet de tekst van de voetnoot tussen haakjes in de zin, of onderaan de pagina onder een kop als '## Bronnen'",
        ])
        // Two footnotes, one used twice: one warning each. A use without a note, and a note used nowhere,
        // each at its own place.
        let markdown = "Zie de wet[^1] en de regeling[^2].\n\nNog eens[^1].\n\n[^1]: Artikel 11.\n[^2]: Artikel 12.\n\nEen los[^3].\n\n[^4]: Nergens gebruikt.\n"
        #expect(Self.messages(markdown) == [
            "Content/a/b.md:5:11: waarschuwing RB161: '[^1]' wordt geen voetnoot, want voetnoten werken op deze site niet, en komt net als de regel '[^1]: ...' (regel 9) als gewone tekst op de pagina; zet de tekst van de voetnoot tussen haakjes in de zin, of onderaan de pagina onder een kop als '## Bronnen'",
            "Content/a/b.md:5:30: waarschuwing RB161: '[^2]' wordt geen voetnoot, want voetnoten werken op deze site niet, en komt net als de regel '[^2]: ...' (regel 10) als gewone tekst op de pagina; zet de tekst van de voetnoot tussen haakjes in de zin, of onderaan de pagina onder een kop als '## Bronnen'",
            "Content/a/b.md:12:8: waarschuwing RB161: '[^3]' wordt geen voetnoot, want voetnoten werken op deze site niet, en komt als gewone tekst op de pagina; zet de tekst van de voetnoot tussen haakjes in de zin, of onderaan de pagina onder een kop als '## Bronnen'",
            "Content/a/b.md:14:1: waarschuwing RB161: '[^4]' wordt geen voetnoot, want voetnoten werken op deze site niet, en komt als gewone tekst op de pagina; zet de tekst van de voetnoot tussen haakjes in de zin, of onderaan de pagina onder een kop als '## Bronnen'",
        ], "\(Self.messages(markdown))")
        // The note right under its use, in the same paragraph.
        let under = Self.messages("Zie de wet[^1].\n[^1]: Artikel 11.\n")
        #expect(under.count == 1 && under[0].hasPrefix("Content/a/b.md:5:11: waarschuwing RB161: '[^1]'") && under[0].contains("'[^1]: ...' (regel 6)"), "\(under)")
        #expect(Self.messages("Zie de wet[^1].\n\n[^1]: leerplichtwet\n") == [
            "Content/a/b.md:5:11: fout RB162: '[^1]' wordt geen voetnoot maar een link naar 'leerplichtwet', want voetnoten werken op deze site niet, en de regel '[^1]: ...' met de tekst van de voetnoot valt van de pagina weg; zet die tekst tussen haakjes in de zin, of onderaan de pagina onder een kop als '## Bronnen'",
        ])
    }

    @Test("Valid look-alikes give no message: code, escapes, prose in brackets, good links")
    func noFalseAlarms() {
        let markdown = """
        In code: `[tekst](pagina.md` en `(a)[b.md]` en `[^1]` en `[x]()` en `[a]((b))`.

        ```
        [tekst](pagina.md
        (tekst)[pagina.md]
        [^1]: voetnoot
        ```

        Escaped: \\(tekst\\)[pagina.md], \\[^1] en \\[tekst](pagina.md.

        Proza (zie hieronder) [1], (zie hieronder)[1], (artikel 3)[noot] en functie(s) [a].

        Kies [Ja](als de leerling ziek is, of niet.

        Een [lange
        tekst](rollen.md) over twee regels, [met titel](rollen.md "De rollen") en [de wet](https://nl.wikipedia.org/wiki/Wet_(recht)).

        Mail info@swv.nl, [ons](mailto:info@swv.nl,zorg@swv.nl?subject=Vraag%20over%20verzuim) of [bel](tel:0301234567).

        Een bewuste [^1](https://wetten.overheid.nl), [^2][wet] en ![punt](data:image/png;base64,iVBORw0KGgo=).

        [wet]: https://wetten.overheid.nl
        """
        #expect(Self.messages(markdown).isEmpty, "\(Self.messages(markdown))")
    }
}
