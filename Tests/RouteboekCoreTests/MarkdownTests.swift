import Foundation
import Testing
@testable import RouteboekCore

/// Renders a body as the page `page` would, with flowcharts drawn by the build's own renderer.
func render(_ body: String, page: String = "verzuim/melden.md", lineOffset: Int = 0) -> RenderedMarkdown {
    MarkdownRenderer(flowchart: SiteReader.drawFlowchart(FlowchartCache(folder: nil))).render(body, page: page, file: "Content/\(page)", lineOffset: lineOffset)
}

@Suite("Markdown: GFM extensions")
struct MarkdownGFMTests {
    @Test("A table with a 'Tabel:' paragraph above it gets that caption and a region labelled by it")
    func tableWithCaption() throws {
        let result = render("""
        Tabel: Termijnen voor melden

        | wat | wanneer |
        |---|---|
        | melden | 16 uur |
        """)
        #expect(result.diagnostics.isEmpty)
        let html = result.html
        let id = try #require(slice(html, from: "<caption id=\"", to: "\""))
        #expect(html.contains("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"\(id)\" tabindex=\"0\">"))
        #expect(html.contains("<caption id=\"\(id)\">Termijnen voor melden</caption>"))
        // The caption is inside the table, and the paragraph it came from is gone.
        #expect(try #require(html.range(of: "<table>")).lowerBound < html.range(of: "<caption")!.lowerBound)
        #expect(!html.contains("Tabel:"))
        #expect(!html.contains("<p>"))
        #expect(html.contains("<td>16 uur</td>"))
        #expect(!html.contains("aria-label=\"Tabel\""))
    }

    @Test("A table without a caption gets a region named 'Tabel' and no caption")
    func tableWithoutCaption() {
        let html = render("""
        Gewone tekst boven de tabel.

        | a | b |
        |---|---|
        | 1 | 2 |
        """).html
        #expect(html.contains("<div class=\"table-scroll\" role=\"region\" aria-label=\"Tabel\" tabindex=\"0\">"))
        #expect(!html.contains("<caption"))
        #expect(!html.contains("aria-labelledby"))
        #expect(html.contains("<p>Gewone tekst boven de tabel.</p>"))
    }

    @Test("Two captioned tables get different caption ids")
    func twoTables() {
        let html = render("""
        Tabel: Eerste

        | a |
        |---|
        | 1 |

        Tabel: Tweede

        | b |
        |---|
        | 2 |
        """).html
        let ids = html.components(separatedBy: "<caption id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(ids.count == 2)
        #expect(Set(ids).count == 2)
    }

    @Test("A task list becomes labelled checkboxes")
    func taskList() throws {
        let html = render("""
        - [ ] Bel de ouders
        - [x] Meld bij **DUO**
        """).html
        #expect(html.contains("<ul class=\"checklist\">"))
        #expect(html.contains("<li class=\"checklist-item\"><input type=\"checkbox\" class=\"checklist-box\" id=\"taak-1\"><label for=\"taak-1\">Bel de ouders</label></li>"))
        #expect(html.contains("<input type=\"checkbox\" class=\"checklist-box\" id=\"taak-2\" checked><label for=\"taak-2\">Meld bij <strong>DUO</strong></label>"))
        // Every checkbox has a label pointing at it.
        let boxes = html.components(separatedBy: "class=\"checklist-box\" id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(boxes.count == 2)
        for id in boxes { #expect(html.contains("<label for=\"\(id)\">")) }
        #expect(!html.contains("disabled"))
    }

    @Test("Strikethrough")
    func strikethrough() {
        #expect(render("Dit is ~~oud~~ nieuw.").html.contains("<del>oud</del>"))
    }

    @Test("Autolinks for bare web addresses")
    func autolink() {
        let html = render("Zie https://www.example.org/pagina voor meer.").html
        #expect(html.contains("<a href=\"https://www.example.org/pagina\">https://www.example.org/pagina</a>"))
    }
}

@Suite("Markdown: heading ids")
struct HeadingTests {
    @Test("Dutch diacritics are folded and a repeated heading gets -2")
    func diacriticsAndDuplicates() {
        let result = render("""
        ## Afwijking ónderwijstijd

        ## Afwijking ónderwijstijd

        ### Afwijking onderwijstijd
        """)
        #expect(result.headings.map(\.anchor) == ["afwijking-onderwijstijd", "afwijking-onderwijstijd-2", "afwijking-onderwijstijd-3"])
        #expect(result.headings.map(\.level) == [2, 2, 3])
        #expect(result.headings[0].title == "Afwijking ónderwijstijd")
        #expect(result.html.contains("<h2 id=\"afwijking-onderwijstijd\">Afwijking ónderwijstijd</h2>"))
        #expect(result.html.contains("<h2 id=\"afwijking-onderwijstijd-2\">"))
        #expect(result.html.contains("<h3 id=\"afwijking-onderwijstijd-3\">"))
    }

    @Test("Slugs: lower case, accents removed, other characters to a single '-', none at the ends", arguments: [
        ("Afwijking onderwijstijd aanvragen", "afwijking-onderwijstijd-aanvragen"),
        ("Ëën coördinator, één ruïne!", "een-coordinator-een-ruine"),
        ("  -- Wat nu? --  ", "wat-nu"),
        ("Artikel 11 a & 11 b", "artikel-11-a-11-b"),
        ("Één", "een"),
    ])
    func slugs(title: String, expected: String) {
        #expect(Slug.make(title) == expected)
        #expect(render("## \(title)").headings.first?.anchor == expected)
    }

    @Test("Slugs of ASCII headings (made without Foundation's folding) are what the folding gives, for every ASCII character")
    func asciiSlugs() {
        func folded(_ text: String) -> String {
            let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            var result = ""
            var pendingDash = false
            for scalar in folded.unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    if pendingDash && !result.isEmpty { result += "-" }
                    pendingDash = false
                    result.unicodeScalars.append(scalar)
                } else {
                    pendingDash = true
                }
            }
            return result.isEmpty ? "kop" : result
        }
        let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        for text in ascii.map({ "Stap \($0)2 AB" }) + ["Art. 11 lid 1", "-- Wat nu? --", "JES_overleg/MDO", "", "!!!"] {
            #expect(Slug.make(text) == folded(text), "\(text.debugDescription)")
        }
    }

    @Test("Resolving a link by cutting the texts gives what resolving it segment by segment gives, for every mix of names, dots and slashes")
    func resolveShortcut() {
        let pieces = ["a", "b.md", ".", "..", "", ".x", "c"]
        var texts: [String] = [""]
        for first in pieces { for second in pieces { for third in pieces {
            texts += ["\(first)/\(second)/\(third)", "\(first)/\(second)", first, "../\(first)/\(second)", "../../\(first)", "\(first)//\(second)/"]
        } } }
        let pages = ["x.html", "a/x.html", "a/b/x.html", "a/b/c/x.html", "./x.html", "a//x.html", "../x.html", ".a/x.html"]
        for page in pages {
            for link in texts {
                #expect(ContentPath.resolve(link, from: page) == ContentPath.resolveBySegments(link, from: page), "\(link) from \(page)")
            }
        }
        #expect(ContentPath.resolveSimple("../../b/c.html", from: "a/b/x.html") == .some("b/c.html"))
        #expect(ContentPath.resolveSimple("../../c.html", from: "a/x.html") == .some(nil))
    }

    @Test("A heading of only punctuation still gets an id")
    func emptySlug() {
        let anchor = render("## ???").headings.first?.anchor ?? ""
        #expect(!anchor.isEmpty)
        #expect(anchor.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" })
    }

    @Test("Markup in a heading does not end up in its id")
    func markupInHeading() {
        #expect(render("## Melden bij *DUO* en `OT`").headings.first?.anchor == "melden-bij-duo-en-ot")
    }

    @Test("Ids the layout uses itself (skip link target) are not handed out to headings")
    func reservedIDs() {
        let anchor = render("## Inhoud").headings.first?.anchor
        #expect(anchor != "inhoud")
        #expect(anchor?.hasPrefix("inhoud") == true)
    }

    @Test("A heading without text ('##' alone) is an error at its line: it would publish an empty h2", arguments: ["##", "###   ", "## #"])
    func emptyHeading(_ line: String) {
        let result = render("Tekst.\n\n\(line)\n\nMeer tekst.", lineOffset: 5)
        let marks = String(line.prefix { $0 == "#" })
        #expect(result.diagnostics.map(\.description) == ["Content/verzuim/melden.md:8:1: fout RB165: deze kop ('\(marks)') heeft geen tekst, en komt als leeg kopje op de pagina en in 'Op deze pagina'; zet de tekst van de kop erachter, of haal de regel weg"])
    }

    @Test("An image without alt text is a warning at the image; one with alt text is none")
    func imageWithoutAlt() {
        let result = render("Tekst.\n\n![](schema.png)\n\n![ ](schema.png) en ![Schema](schema.png)", lineOffset: 5)
        #expect(result.diagnostics.map(\.description) == [
            "Content/verzuim/melden.md:8:1: waarschuwing RB166: de afbeelding 'schema.png' heeft geen beschrijving tussen ![ en ], dus wie niet kan zien, hoort alleen dat er een afbeelding staat; schrijf in een paar woorden wat erop staat: ![Schema van de route](schema.png)",
            "Content/verzuim/melden.md:10:1: waarschuwing RB166: de afbeelding 'schema.png' heeft geen beschrijving tussen ![ en ], dus wie niet kan zien, hoort alleen dat er een afbeelding staat; schrijf in een paar woorden wat erop staat: ![Schema van de route](schema.png)",
        ])
    }

    @Test("A level-1 heading warns that the title is the only h1")
    func h1Warning() {
        let result = render("# Tweede titel\n\nTekst.", lineOffset: 5)
        let warning = result.diagnostics.first
        #expect(warning?.severity == .warning)
        #expect(warning?.message.contains("gebruik '##' voor koppen") == true && warning?.code == "RB120")
        #expect(warning?.line == 6)
    }
}

@Suite("Markdown: links")
struct LinkTests {
    @Test("A link to a Markdown file becomes a link to the page, keeping the anchor")
    func pageLink() throws {
        let result = render("[Begrippen](../begrippen.md#thuiszitter) en [buur](buur.md)")
        #expect(result.html.contains("<a href=\"../begrippen.html#thuiszitter\">Begrippen</a>"))
        #expect(result.html.contains("<a href=\"buur.html\">buur</a>"))
        #expect(!result.html.contains(".md"))
        let first = try #require(result.links.first)
        #expect(first.target == "begrippen.md")
        #expect(first.anchor == "thuiszitter")
        #expect(first.kind == .page)
        #expect(result.links.map(\.target) == ["begrippen.md", "verzuim/buur.md"])
    }

    @Test("A folder link points at the folder's index.html and is checked against its index.md", arguments: [
        ("map/", "map/index.html", "verzuim/map/index.md"),
        ("../registratie/", "../registratie/index.html", "registratie/index.md"),
        ("../", "../index.html", "index.md"),
        ("map/#kop", "map/index.html#kop", "verzuim/map/index.md"),
    ])
    func folderLink(written: String, href: String, target: String) throws {
        let result = render("[map](\(written))")
        #expect(result.html.contains("<a href=\"\(href)\">map</a>"))
        #expect(try #require(result.links.first).target == target)
    }

    @Test("Web, mail and phone links are left as written and not checked", arguments: [
        "https://example.org/pagina.md", "http://example.org/", "mailto:iemand@example.org", "tel:+31201234567",
    ])
    func externalLinks(url: String) {
        let result = render("[extern](\(url))")
        #expect(result.html.contains("href=\"\(url)\""))
        #expect(result.links.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("A same-page anchor stays as written and is recorded against this page")
    func samePageAnchor() throws {
        let result = render("[boven](#kop)")
        #expect(result.html.contains("<a href=\"#kop\">boven</a>"))
        let link = try #require(result.links.first)
        #expect(link.target == "verzuim/melden.md")
        #expect(link.anchor == "kop")
    }

    @Test("Images and other files are assets, not pages")
    func assetLinks() {
        let result = render("![schema](beelden/schema.png) en [pdf](formulier.pdf)")
        #expect(result.html.contains("src=\"beelden/schema.png\""))
        #expect(result.html.contains("href=\"formulier.pdf\""))
        #expect(result.links.map(\.kind) == [.asset, .asset])
        #expect(result.links.map(\.target) == ["verzuim/beelden/schema.png", "verzuim/formulier.pdf"])
    }

    @Test("A link that climbs out of the content folder is an error at its line")
    func climbsOut() throws {
        let result = render("Tekst.\n\nZie [wachtwoorden](../../etc/passwd).", lineOffset: 4)
        let error = try #require(result.diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.message == "de link '../../etc/passwd' gaat buiten de contentmap; link alleen naar bestanden daarbinnen")
        #expect(error.code == "RB107")
        #expect(error.line == 7)
        #expect(!result.links.contains { $0.target.contains("passwd") })
    }

    @Test("A root-relative link is an error")
    func rootRelative() {
        let result = render("[x](/verzuim/melden.md)")
        #expect(result.diagnostics.first?.message.contains("begint met '/'") == true)
        #expect(result.diagnostics.first?.severity == .error)
    }

    @Test("Link positions are file lines: the body line plus the front matter's lines")
    func linkLine() throws {
        let result = render("Eerste regel.\n\nDerde regel met [een link](elders.md).", lineOffset: 6)
        let link = try #require(result.links.first)
        #expect(link.line == 9)
        #expect(link.column == 17)
    }
}

@Suite("Markdown: raw HTML and callouts")
struct RawHTMLAndCalloutTests {
    @Test("Raw HTML is dropped with a warning; a script never reaches the output")
    func rawHTMLDropped() {
        let result = render("""
        Tekst ervoor.

        <script>alert("hoi")</script>

        Een <b>vet</b> woord en <img src=x onerror=alert(1)>.
        """, lineOffset: 3)
        #expect(!result.html.contains("<script"))
        #expect(!result.html.contains("alert"))
        #expect(!result.html.contains("<b>"))
        #expect(!result.html.contains("<img"))
        #expect(result.html.contains("vet"))
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.count == 4)
        #expect(warnings.allSatisfy { $0.message.contains("HTML in de tekst is niet toegestaan en is weggelaten") && $0.code == "RB119" })
        #expect(warnings.contains { $0.message.contains("<script>alert(\"hoi\")</script>") && $0.line == 6 })
        #expect(!result.diagnostics.contains { $0.severity == .error })
    }

    @Test("Callouts: the five types with their Dutch titles", arguments: [
        ("NOTE", "note", "Goed om te weten"),
        ("TIP", "tip", "Tip"),
        ("IMPORTANT", "important", "Belangrijk"),
        ("WARNING", "warning", "Let op"),
        ("CAUTION", "caution", "Pas op"),
    ])
    func callout(marker: String, cssClass: String, title: String) {
        let result = render("> [!\(marker)]\n> De inhoud van de melding.\n>\n> Tweede alinea.")
        #expect(result.diagnostics.isEmpty)
        let html = result.html
        #expect(html.contains("<div class=\"callout callout-\(cssClass)\" role=\"note\">\n<p class=\"callout-title\">\(title)</p>"))
        #expect(html.contains("<p>De inhoud van de melding.</p>"))
        #expect(html.contains("<p>Tweede alinea.</p>"))
        #expect(!html.contains("[!"))
        #expect(!html.contains("<blockquote"))
    }

    @Test("An unknown callout type stays a quote, with a warning")
    func unknownCallout() {
        let result = render("Intro.\n\n> [!DANGER]\n> Pas hiermee op.", lineOffset: 2)
        let warning = result.diagnostics.first
        #expect(warning?.severity == .warning)
        #expect(warning?.message == "onbekend soort kader '[!DANGER]'; gebruik NOTE, TIP, IMPORTANT, WARNING of CAUTION (nu getoond als gewoon citaat)")
        #expect(warning?.line == 5)
        #expect(result.html.contains("<blockquote>"))
        #expect(!result.html.contains("class=\"callout"))
    }

    @Test("A plain quote is not a callout")
    func plainQuote() {
        let result = render("> Gewoon een citaat.")
        #expect(result.html.contains("<blockquote>"))
        #expect(result.diagnostics.isEmpty)
    }
}

@Suite("Markdown: flowcharts")
struct FlowchartBlockTests {
    @Test("A mermaid block becomes a figure with an SVG image and the text version", .enabled(if: graphvizAvailable))
    func figure() throws {
        let result = render("""
        Voor de figuur.

        ```mermaid
        flowchart TD
          A[Leerling 4 weken afwezig] --> B{Geoorloofd?}
          B -- Ja --> C[Registreer in OT]
          B -->|Nee| D(Meld bij DUO)
        ```
        """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.listing)")
        let html = result.html
        #expect(html.contains("<figure class=\"flowchart\">"))
        let image = try #require(slice(html, from: "<div class=\"flowchart-image\">", to: "</div>"))
        #expect(image.contains("<svg"))
        #expect(image.contains("aria-hidden=\"true\""))
        let text = try #require(slice(html, from: "<div class=\"flowchart-text\">", to: "</figure>"))
        #expect(text.contains("Stroomschema in woorden"))
        #expect(text.contains("Registreer in OT"))
        #expect(text.contains("Meld bij DUO"))
        #expect(!html.contains("language-mermaid"))
    }

    @Test("A syntax error in a flowchart is reported at the file line: block start plus line in the block")
    func syntaxErrorLine() throws {
        // Body line 3 is the fence; the error is on the block's line 2 (body line 5).
        let result = render("""
        Tekst.

        ```mermaid
        flowchart TD
          A --> B[Hallo
        ```
        """, lineOffset: 10)
        let error = try #require(result.diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.message == "de tekst van knoop 'B' wordt niet gesloten met ']'" && error.code == "RB617")
        #expect(error.line == 15)
        #expect(error.column == 16)
        #expect(error.file == "Content/verzuim/melden.md")
    }

    @Test("Other code blocks stay code")
    func otherCode() {
        let result = render("```yaml\ntitel: x\n```")
        #expect(result.html.contains("<pre><code class=\"language-yaml\">"))
        #expect(!result.html.contains("figure"))
    }
}
