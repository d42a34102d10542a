import Foundation
import Testing
@testable import RouteboekCore

/// Mistakes an exploratory test of the editors' side found (stop 27): each was a quiet loss on the site
/// or a message that sent the editor the wrong way; each is now one line at the place to fix.
@Suite("Editor mistakes that used to pass quietly")
struct EditorMistakeTests {
    static func shown(_ report: BuildReport, _ workspace: Workspace) -> [String] {
        report.diagnostics.map { $0.description.replacingOccurrences(of: workspace.root.path + "/", with: "") }
    }

    @Test("An HTML comment never closed is an error at its line (it would swallow the rest of the page)")
    func commentNeverClosed() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let page = try workspace.read("a-sectie/een.md")
        try workspace.write(page.replacingOccurrences(of: "## Eerste kop\n", with: "## Eerste kop\n\n<!-- oude tekst, later weghalen\n"), to: "a-sectie/een.md")
        let report = workspace.check()
        #expect(Self.shown(report, workspace) == [
            "Content/a-sectie/een.md:11:1: fout RB141: de HTML-opmerking die hier met '<!--' begint, wordt nergens gesloten, dus alles erna valt van de pagina weg; haal '<!--' weg, of sluit de opmerking met '-->'",
        ])
    }

    @Test("A link to a heading that an unclosed comment swallowed is not reported on top of the comment")
    func commentNeverClosedSwallowsLinkedHeading() throws {
        let workspace = try Workspace(fixture: "site-basic")
        // index.md links to a-sectie/een.md#eerste-kop; the comment now starts above that heading.
        let page = try workspace.read("a-sectie/een.md")
        try workspace.write(page.replacingOccurrences(of: "---\n\n## Eerste kop\n", with: "---\n\n<!-- later weghalen\n\n## Eerste kop\n"), to: "a-sectie/een.md")
        let report = workspace.check()
        #expect(Self.shown(report, workspace) == [
            "Content/a-sectie/een.md:9:1: fout RB141: de HTML-opmerking die hier met '<!--' begint, wordt nergens gesloten, dus alles erna valt van de pagina weg; haal '<!--' weg, of sluit de opmerking met '-->'",
        ])
        // Closed, the heading is back and the link works; a link to a heading that never was is still reported.
        try workspace.write(page.replacingOccurrences(of: "---\n\n## Eerste kop\n", with: "---\n\n<!-- later weghalen -->\n\n## Eerste kop\n"), to: "a-sectie/een.md")
        #expect(workspace.check().diagnostics.isEmpty)
        let index = try workspace.read("index.md")
        try workspace.write(index.replacingOccurrences(of: "een.md#eerste-kop", with: "een.md#derde-kop"), to: "index.md")
        #expect(workspace.check().diagnostics.map(\.code) == ["RB106"])
    }

    @Test("Two published pages with one title (in any case) are a warning at the later one's title, naming the other")
    func titleTwice() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write("---\ntitel: zeer Eerste \nvolgorde: 9\n---\n\nTekst.\n", to: "b-sectie/kopie.md")
        try workspace.write("---\ntitel: Zeer eerste\nconcept: true\n---\n\nTekst.\n", to: "b-sectie/klad-kopie.md")
        let report = workspace.check()
        #expect(Self.shown(report, workspace) == [
            "Content/b-sectie/kopie.md:2:8: waarschuwing RB169: de titel 'zeer Eerste' heeft Content/a-sectie/een.md ook, en in het menu, de zoekresultaten en het register zijn de twee pagina's dan niet uit elkaar te houden; geef een van beide een andere titel",
        ])
        #expect(report.errorCount == 0)
    }

    @Test("A published page with nothing under its front matter is a warning at the closing '---'; the pages the build fills may be empty")
    func pageWithoutText() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write("---\ntitel: Leeg\nvolgorde: 8\n---\n\n", to: "a-sectie/leeg.md")
        try workspace.write("---\ntitel: Alleen een notitie\nvolgorde: 9\n---\n<!-- schrijf ik later -->\n", to: "a-sectie/notitie.md")
        try workspace.write("---\ntitel: Nog niet af\nconcept: true\n---\n", to: "a-sectie/nog-niet.md")
        let home = try workspace.read("index.md")
        // The home page shows its starting points under the title: it may have no text of its own.
        try workspace.write("---\n" + home.components(separatedBy: "---\n")[1] + "---\n", to: "index.md")
        let report = workspace.check()
        let message = "waarschuwing RB168: de pagina heeft geen tekst onder de front matter, dus op de site staat alleen de titel; schrijf de tekst onder deze regel '---', of zet 'concept: true' in de front matter zolang de pagina niet af is"
        #expect(Self.shown(report, workspace) == [
            "Content/a-sectie/leeg.md:4:1: \(message)",
            "Content/a-sectie/notitie.md:4:1: \(message)",
        ])
    }

    @Test("A closed HTML comment is left out without a word; other HTML warns with its first line only")
    func closedComment() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let page = try workspace.read("a-sectie/een.md")
        try workspace.write(page + "\n<!-- verborgen\nnog een regel -->\n\nTekst <!-- kort --> verder.\n\n<div>\nblok\n</div>\n", to: "a-sectie/een.md")
        let report = workspace.build()
        #expect(report.errorCount == 0)
        #expect(report.warnings.map(\.message) == ["HTML in de tekst is niet toegestaan en is weggelaten ('<div>'); schrijf het in Markdown"])
        let html = try workspace.outputText("a-sectie/een.html")
        #expect(!html.contains("verborgen") && !html.contains("kort"))
    }

    @Test("A file named almost like a page is an error that gives the name to use", arguments: [
        ("extra.MD", "extra.md"), ("melden.md.txt", "melden.md"), ("Melden.Markdown", "Melden.md"),
    ])
    func almostAPage(name: String, meant: String) throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write("---\ntitel: Extra\n---\n\nTekst.\n", to: "a-sectie/\(name)")
        let report = workspace.build()
        #expect(Self.shown(report, workspace) == [
            "Content/a-sectie/\(name):1:1: fout RB142: '\(name)' lijkt een pagina, maar alleen een bestand met een naam op '.md' (in kleine letters) wordt een pagina; noem het '\(meant)'",
        ])
        #expect(!workspace.outputExists("a-sectie/\(name)"), "the Markdown is not published as a loose file")
    }

    @Test("A page where the build writes its own page is an error", arguments: [
        ("register.md", "register.html", "het register van A tot Z"), ("zoeken.md", "zoeken.html", "de zoekpagina"),
        ("beslisboom/alle-routes.md", "beslisboom/alle-routes.html", "alle routes van de beslisboom"),
        ("beslisboom/stap/start.md", "beslisboom/stap/start.html", "de stappen van de beslisboom"),
    ])
    func pageAtReservedPath(page: String, path: String, generated: String) throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write("---\ntitel: Eigen pagina\n---\n\nTekst.\n", to: page)
        let report = workspace.check()
        #expect(Self.shown(report, workspace).contains(
            "Content/\(page):1:1: fout RB143: deze pagina zou \(path) worden, maar daar zet de bouw zelf \(generated); geef het bestand een andere naam"),
            "\(report.listing)")
    }

    @Test("A templates folder that is not there is one line, not one per layout and partial")
    func templatesFolderMissing() throws {
        let workspace = try Workspace(fixture: "site-basic")
        workspace.templates = workspace.root.appendingPathComponent("Templates")
        let report = workspace.check()
        #expect(Self.shown(report, workspace) == [
            "Templates:1:1: fout RB332: de map met templates bestaat niet; start routeboek in de projectmap (waar Content en Templates staan) of geef --templates op",
        ], "\(report.listing)")
    }

    @Test("A byte order mark before the first '---' (Notepad, Word) is no part of the page")
    func byteOrderMark() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let plain = workspace.build()
        try #require(plain.errorCount == 0, "\(plain.listing)")
        let before = try workspace.outputText("a-sectie/een.html")
        try workspace.write("\u{FEFF}" + workspace.read("a-sectie/een.md"), to: "a-sectie/een.md")
        let report = workspace.build()
        #expect(report.diagnostics.map(\.description) == plain.diagnostics.map(\.description), "\(report.listing)")
        #expect(try workspace.outputText("a-sectie/een.html") == before)
    }

    @Test("A heading never takes the id of a table, a task or the layout ('Tabel 1', 'Toc titel')")
    func uniqueIDs() throws {
        let markdown = "## Tabel 1\n\nTabel: Cijfers\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## Toc titel\n\nTekst.\n"
        let rendered = MarkdownRenderer(flowchart: nil).render(markdown, page: "a.md", file: "Content/a.md", lineOffset: 0)
        let ids = rendered.html.matches(of: /id="([^"]+)"/).map { String($0.output.1) }
        #expect(Set(ids).count == ids.count, "\(ids)")
        #expect(ids.contains("tabel-1") && ids.contains("tabel-1-2") && ids.contains("toc-titel-2"), "\(ids)")
    }

    @Test("Every id the layouts write is reserved, so no heading takes it")
    func layoutIDsReserved() throws {
        var written: Set<String> = []
        let files = FileManager.default.enumerator(at: realTemplates, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard ["mustache", "html"].contains(url.pathExtension), let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for match in text.matches(of: /id="([a-z][a-z0-9-]*)"/) { written.insert(String(match.output.1)) }
        }
        #expect(!written.isEmpty)
        #expect(written.subtracting(SlugRegistry.reserved).isEmpty, "not reserved: \(written.subtracting(SlugRegistry.reserved).sorted())")
    }

    @Test("A name with loose accents (as macOS stores 'é') is an error: the links typed to it would break")
    func decomposedName() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let decomposed = "privace\u{0301}.md"
        try #require(decomposed.unicodeScalars.count == "privacé.md".unicodeScalars.count + 1)
        try workspace.write("---\ntitel: Privacy\n---\n\nTekst.\n", to: "a-sectie/" + decomposed)
        let report = workspace.check()
        #expect(report.errors.contains { $0.message == "de naam is opgeslagen met losse accenten (zoals macOS dat doet), en dan werken links ernaar niet op een webserver; typ de naam opnieuw in als 'privacé.md', of gebruik letters zonder accent" },
                "\(report.listing)")
        #expect(Self.shown(report, workspace).filter { $0.contains(" RB145") }.count == 1)
    }

    @Test("Two names that differ only in capitals: the second is an error")
    func caseTwins() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write("---\ntitel: Twee\n---\n\nTekst.\n", to: "a-sectie/Twee.md")
        let report = workspace.check()
        #expect(Self.shown(report, workspace) == [
            "Content/a-sectie/twee.md:1:1: fout RB146: 'a-sectie/twee.md' en 'a-sectie/Twee.md' verschillen alleen in hoofdletters; op Windows, macOS en veel webservers is dat één bestand: geef er één een andere naam",
        ], "\(report.listing)")
    }
}

@Suite("Invisible characters in a heading")
struct HeadingInvisibleTests {
    @Test("A zero-width space or soft hyphen in a heading is a warning at the heading, naming the character")
    func invisible() {
        let rendered = MarkdownRenderer(flowchart: nil).render("Tekst.\n\n## Thuis\u{200B}zitter\n\n## Ver\u{00AD}zuim\n\n## Gewoon\n", page: "a.md", file: "Content/a.md", lineOffset: 3)
        #expect(rendered.diagnostics.map(\.description) == [
            "Content/a.md:6:1: waarschuwing RB151: de kop 'Thuiszitter' bevat een onzichtbaar teken (U+200B, vaak meegekopieerd uit Word of een website), en links naar de kop werken dan niet zoals je ze typt; typ de kop opnieuw",
            "Content/a.md:8:1: waarschuwing RB151: de kop 'Verzuim' bevat een onzichtbaar teken (U+00AD, vaak meegekopieerd uit Word of een website), en links naar de kop werken dan niet zoals je ze typt; typ de kop opnieuw",
        ])
    }
}

@Suite("Markdown that would be printed as typed")
struct UnrecognisedSyntaxTests {
    static func messages(_ markdown: String) -> [String] {
        MarkdownRenderer(flowchart: nil).render(markdown, page: "a/b.md", file: "Content/a/b.md", lineOffset: 4).diagnostics.map(\.description)
    }

    @Test("A link or image with a space in its address, or a space before it, is a warning at its place")
    func spaces() {
        #expect(Self.messages("Zie ![Schema](Schema Privacy.png) hier.\n") == [
            "Content/a/b.md:5:5: waarschuwing RB147: '![Schema](Schema Privacy.png)' wordt geen link of afbeelding, want er staat een spatie in het adres, en komt als gewone tekst op de pagina; schrijf de spatie als %20 of zet het adres tussen < >, of haal de spatie weg",
        ])
        #expect(Self.messages("Eerst.\nMail [ons](mailto:info @swv.nl).\n").first?.hasPrefix("Content/a/b.md:6:6: waarschuwing RB147: '[ons](mailto:info @swv.nl)'") == true)
        #expect(Self.messages("Lees [de wet] (https://wetten.overheid.nl).\n").first?.hasPrefix("Content/a/b.md:5:6: waarschuwing RB148: '[de wet] (https://wetten.overheid.nl)'") == true)
    }

    @Test("A reference link defined nowhere is a warning; a defined one is a link")
    func references() {
        #expect(Self.messages("Meld het bij [DUO][duo].\n").first?.contains("RB149: '[DUO][duo]' wordt geen link, want nergens op de pagina staat wat [duo] is") == true)
        #expect(Self.messages("Meld het bij [DUO][duo].\n\n[duo]: https://duo.nl\n").isEmpty)
    }

    @Test("Prose with brackets, task lists, code and good links gives no message")
    func noFalseAlarms() {
        let markdown = """
        Artikel 11 [onder a] (zie hieronder) en [1] (bron). Zie [melden](melden.md) en `[x](a b)`.

        - [ ] nog doen
        - [x] gedaan

        Een rij | met | pipes zonder tabel.

        | a | b |
        |---|:-:|
        | 1 | 2 |
        """
        #expect(Self.messages(markdown).isEmpty, "\(Self.messages(markdown))")
    }

    @Test("Escaped brackets, citations and prose in brackets are no link mistakes")
    func moreNoFalseAlarms() {
        let markdown = "Escaped: \\[a\\]\\[b\\] klaar, \\[x](y z) en [x]\\(y z).\n\nOnderzoek [1][2].\n\nKies [Ja](als de leerling ziek is) of [Nee](zie art. 3).\n"
        #expect(Self.messages(markdown).isEmpty, "\(Self.messages(markdown))")
    }

    @Test("A table whose dash row has another number of columns is an error at that row")
    func tableColumns() {
        let markdown = "Tekst.\n\n| a | b | c | d |\n|---|---|---|\n| 1 | 2 | 3 | 4 |\n"
        #expect(Self.messages(markdown) == [
            "Content/a/b.md:8:1: fout RB150: deze tabel wordt geen tabel, want de kopregel heeft 4 kolommen en de regel met streepjes eronder 3; geef de streepjesregel evenveel kolommen als de kopregel, zoals |---|---|",
        ])
        // Code over two lines is one text node: the dash row is still named at its typed line.
        let afterCode = "Een `code over\ntwee regels` erboven.\n| a | b |\n|---|---|---|\n"
        #expect(Self.messages(afterCode).first?.hasPrefix("Content/a/b.md:8:1: fout RB150") == true, "\(Self.messages(afterCode))")
        #expect(UnrecognisedSyntax.tableColumns(header: "a | b", dashes: "--- | ---")! == (2, 2))
        #expect(UnrecognisedSyntax.tableColumns(header: "a \\| b | c", dashes: "|---|---|")! == (2, 2))
        #expect(UnrecognisedSyntax.tableColumns(header: "| a |", dashes: "Gewone tekst") == nil)
    }
}

@Suite("Non-breaking spaces that YAML reads as text are no mistake")
struct NonBreakingSpaceTextTests {
    static func messages(_ frontMatter: String) -> [String] {
        var diagnostics: [Diagnostic] = []
        _ = FrontMatterParser.parse("---\n\(frontMatter)\n---\n\nTekst.\n", file: "p.md", diagnostics: &diagnostics)
        return diagnostics.map(\.description)
    }

    @Test("In a quoted or plain value over two lines, and in a list item of words", arguments: [
        "titel: Opschalen\nsamenvatting: \"Wat je doet.\n  Kort gezegd:\u{A0}opschalen.\"",
        "titel: Opschalen\nsamenvatting: Wat je doet,\n  een advies:\u{A0}zo.",
        "titel: Opschalen\ntrefwoorden:\n  - Stap 2:\u{A0}gesprek",
    ])
    func text(frontMatter: String) {
        #expect(Self.messages(frontMatter).isEmpty, "\(Self.messages(frontMatter))")
    }

    @Test("Where a key or a mapping belongs it is one error at its place")
    func syntax() {
        #expect(Self.messages("titel:\u{A0}Opschalen") == ["p.md:2:7: fout RB738: hier staat een harde spatie (U+00A0, vaak uit Word) waar YAML een gewone spatie nodig heeft; vervang hem door een gewone spatie"])
        #expect(Self.messages("titel: X\nbronnen:\n  - bestand:\u{A0}000_bron.txt").first?.hasPrefix("p.md:4:13: fout RB738") == true,
                "\(Self.messages("titel: X\nbronnen:\n  - bestand:\u{A0}000_bron.txt"))")
    }
}

@Suite("Third review: more places the checks reach, and fewer false alarms")
struct ThirdReviewTests {
    static func messages(_ markdown: String) -> [String] {
        MarkdownRenderer(flowchart: nil).render(markdown, page: "a/b.md", file: "Content/a/b.md", lineOffset: 0).diagnostics.map(\.description)
    }

    @Test("Links in headings and table cells are checked, at their column in the typed line")
    func headingsAndCells() {
        #expect(Self.messages("## Zie [de rollen](rollen overzicht.md)\n").first?.hasPrefix("Content/a/b.md:1:8: waarschuwing RB147") == true,
                "\(Self.messages("## Zie [de rollen](rollen overzicht.md)\n"))")
        let table = "| Rol | Waar |\n|---|---|\n| Mentor | [Rollen](rollen overzicht.md) |\n"
        #expect(Self.messages(table).first?.hasPrefix("Content/a/b.md:3:12: waarschuwing RB147") == true, "\(Self.messages(table))")
    }

    @Test("A broken table under a caption line is found too")
    func tableUnderCaption() {
        let markdown = "Tabel: Met tekst erboven\n| a | b | c |\n|---|---|\n| 1 | 2 | 3 |\n"
        #expect(Self.messages(markdown).first?.hasPrefix("Content/a/b.md:3:1: fout RB150") == true, "\(Self.messages(markdown))")
    }

    @Test("An SVG with an event attribute, a remote src or a remote stylesheet is refused; the word 'on' in text is not")
    func svgMore() {
        func svg(_ body: String) -> [UInt8] { Array("<svg xmlns=\"http://www.w3.org/2000/svg\">\(body)</svg>".utf8) }
        #expect(ImageFile.examine(svg("<rect onload=\"alert(1)\"/>")) == .svgWithActiveContent("een script"))
        #expect(ImageFile.examine(svg("<foreignObject><img src=\"https://x.example/a.png\"/></foreignObject>")) == .svgWithActiveContent("een verwijzing naar een andere site"))
        #expect(ImageFile.examine(Array("<?xml-stylesheet href=\"https://x.example/s.css\"?><svg/>".utf8)) == .svgWithActiveContent("een verwijzing naar een andere site"))
        #expect(ImageFile.examine(svg("<rect style=\"fill: url(&quot;https://x.example/p&quot;)\"/>")) == .svgWithActiveContent("een verwijzing naar een andere site"))
        #expect(ImageFile.examine(svg("<text>Bel on = ja of nee</text>")) == .image(.svg))
    }

    @Test("A JPEG with a few stray bytes between its segments is whole")
    func jpegPadding() {
        var jpeg = SampleImages.jpeg
        jpeg.insert(contentsOf: [0x00, 0x00], at: 20)
        #expect(ImageFile.examine(jpeg) == .image(.jpeg))
    }

    @Test("An image that points at a page, a file at a page's place, Windows leftovers")
    func pagesAndLeftovers() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write(try workspace.read("a-sectie/een.md") + "\n![pagina](twee.md)\n", to: "a-sectie/een.md")
        try workspace.write("<html></html>", to: "a-sectie/Twee.html")
        for leftover in ["Thumbs.db", "desktop.ini", "~$verslag.docx"] { try workspace.write("x", to: "a-sectie/\(leftover)") }
        let report = workspace.build()
        let shown = EditorMistakeTests.shown(report, workspace)
        #expect(shown.contains("Content/a-sectie/een.md:17:1: fout RB138: de afbeelding 'twee.md' is geen afbeelding die een browser en de PDF tonen: Content/a-sectie/twee.md is een pagina van de site; sla de afbeelding op als PNG of JPEG (of GIF, WebP, SVG) en zet dat bestand in de plaats"), "\(shown)")
        #expect(shown.contains("Content/a-sectie/Twee.html:1:1: fout RB152: 'a-sectie/Twee.html' komt op de plaats van de pagina die de bouw van 'a-sectie/twee.md' maakt, en de een zou de ander vervangen; haal het bestand weg (is het een oude export?) of geef het een andere naam"), "\(shown)")
        #expect(shown.count == 2, "\(shown)")
    }

    @Test("A Dutch apostrophe at the start of a value is no curly quote")
    func apostrophe() {
        var diagnostics: [Diagnostic] = []
        _ = FrontMatterParser.parse("---\ntitel: X\nsamenvatting: ’s Ochtends eerst: bel de ouders\n---\n\nTekst.\n", file: "p.md", diagnostics: &diagnostics)
        #expect(diagnostics.count == 1 && diagnostics[0].description.contains("RB706"), "\(diagnostics.map(\.description))")
    }

    @Test("A table row with more cells than the header is an error at that row; fewer cells and escaped pipes are fine")
    func rowTooWide() {
        let markdown = "Tekst.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| waarde | tweede | derde cel valt weg |\n| een |\n| x \\| y | z |\n"
        #expect(Self.messages(markdown) == [
            "Content/a/b.md:6:1: fout RB153: deze rij van de tabel heeft 3 cellen, maar de tabel 2 kolommen, en wat er meer staat valt van de pagina weg; geef de kopregel en de streepjesregel er een kolom bij, of zet de tekst in minder cellen (een | in de tekst schrijf je als \\|)",
        ], "\(Self.messages(markdown))")
        #expect(Self.messages("- lijst\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n\n> | a | b |\n> |---|---|\n> | 1 | 2 |\n").isEmpty)
    }

    @Test("The summary's time counts the whole document once: it ran beside the pages")
    func totalTime() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let start = DispatchTime.now().uptimeNanoseconds
        let report = workspace.build()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        #expect(report.phases.contains { $0.name == "document" && $0.besideOthers })
        #expect(report.totalSeconds <= wall, "\(report.totalSeconds) s reported, \(wall) s taken")
    }

    @Test("An HTML comment opened in a list item and not closed there is an error: it would be published as text")
    func inlineCommentNeverClosed() {
        #expect(Self.messages("- Punt een\n- Punt twee <!-- aantekening van Els\n") == [
            "Content/a/b.md:2:13: fout RB154: de HTML-opmerking die hier met '<!--' begint, wordt in deze alinea niet gesloten, dus komt ze met alles erin als gewone tekst op de pagina; sluit haar met '-->' of haal haar weg",
        ], "\(Self.messages("- Punt een\n- Punt twee <!-- aantekening van Els\n"))")
        #expect(Self.messages("Tekst <!-- kort --> verder.\n").isEmpty)
    }

    @Test("Cells are counted on bytes as they are split on characters", arguments: [
        "| a | b |", "a | b", "| a | b", "a | b |", "|", "||", "| a \\| b |", "  > | a | b | c |  ", "", "   ", "| a |\r", "| `x|y` | z |", "a \\|",
    ])
    func cellCount(line: String) {
        let split = Array(line.drop { $0 == " " || $0 == "\t" || $0 == ">" })
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in split.reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed() {
            if character == "|" && !escaped { cells.append(current); current = "" } else { current.append(character) }
            escaped = character == "\\" && !escaped
        }
        cells.append(current)
        if let first = cells.first, first.trimmingCharacters(in: .whitespaces).isEmpty { cells.removeFirst() }
        if let last = cells.last, last.trimmingCharacters(in: .whitespaces).isEmpty { cells.removeLast() }
        #expect(UnrecognisedSyntax.cellCount(Substring(line)) == cells.count, "\(line)")
    }
}
