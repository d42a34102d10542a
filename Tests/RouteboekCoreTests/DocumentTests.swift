import Foundation
import Testing
@testable import RouteboekCore

/// Whether WeasyPrint is installed (`make` installs Debian's weasyprint).
let weasyPrintAvailable = WeasyPrint.find(nil) != nil

@Suite("Whole document: one page's HTML in its place")
struct DocumentPageHTMLTests {
    var targets: DocumentTargets {
        var targets = DocumentTargets()
        targets.addPage(outputPath: "verzuim/melden.html")
        targets.addPage(outputPath: "begrippen.html")
        targets.addPart(outputPath: "beslisboom/alle-routes.html", anchor: "bijlage-alle-routes")
        targets.addFolder("beslisboom/stap", anchor: "bijlage-alle-routes")
        return targets
    }

    func rewrite(_ html: String, titleDepth: Int = 2, numbers: inout OutlineNumbers) -> String {
        DocumentPageHTML(outputPath: "verzuim/melden.html", anchor: "p-verzuim.melden", titleDepth: titleDepth, targets: targets)
            .rewrite(html, numbers: &numbers)
    }

    @Test("Ids, label targets and id lists carry the page's anchor, so two pages never share an id")
    func ids() {
        var numbers = OutlineNumbers()
        let html = ##"<ul class="checklist"><li class="checklist-item"><input type="checkbox" class="checklist-box" id="taak-1"><label for="taak-1">Bel</label></li></ul>"##
            + ##"<div class="table-scroll" role="region" aria-labelledby="tabel-1" tabindex="0"><table><caption id="tabel-1">T</caption></table></div>"##
        let out = rewrite(html, numbers: &numbers)
        #expect(out.contains(##"id="p-verzuim.melden--taak-1""##))
        #expect(out.contains(##"for="p-verzuim.melden--taak-1""##))
        #expect(out.contains(##"aria-labelledby="p-verzuim.melden--tabel-1""##))
        #expect(out.contains(##"<caption id="p-verzuim.melden--tabel-1">T</caption>"##))
        #expect(out.contains(">Bel</label>"), "text and untouched tags are copied as they are")
    }

    @Test("Links between pages become links inside the document; the web stays; other files become text")
    func links() {
        var numbers = OutlineNumbers()
        let html = ##"<p><a href="#stap-2">hier</a> <a href="../begrippen.html#opp">OPP</a> <a href="melden.html">zelf</a> "##
            + ##"<a href="../beslisboom/stap/ja_nee.html">stap</a> <a href="../beslisboom/alle-routes.html#route-3">routes</a> "##
            + ##"<a href="https://example.org/x.html">web</a> <a href="mailto:a@example.org">mail</a> <a href="../bijlage.pdf">bijlage</a> <img src="../beelden/schema.png" alt="Schema"></p>"##
        let out = rewrite(html, numbers: &numbers)
        #expect(out.contains(##"<a href="#p-verzuim.melden--stap-2">hier</a>"##))
        #expect(out.contains(##"<a href="#p-begrippen--opp">OPP</a>"##))
        #expect(out.contains(##"<a href="#p-verzuim.melden">zelf</a>"##))
        #expect(out.contains(##"<a href="#bijlage-alle-routes">stap</a>"##))
        #expect(out.contains(##"<a href="#bijlage-alle-routes">routes</a>"##))
        #expect(out.contains(##"<a href="https://example.org/x.html">web</a>"##))
        #expect(out.contains(##"<a href="mailto:a@example.org">mail</a>"##))
        #expect(out.contains("<span>bijlage</span>"), "a file the document does not hold is text, not a broken link: \(out)")
        #expect(out.contains(##"<img src="beelden/schema.png" alt="Schema">"##), "images load from the document's folder (the root)")
    }

    @Test("Headings move down to their place in the outline and get its number; deep ones stay unnumbered")
    func headings() {
        var numbers = OutlineNumbers()
        _ = numbers.next(depth: 1)  // chapter 1
        _ = numbers.next(depth: 2)  // its first page: 1.1
        let html = ##"<h2 id="a">Een</h2><p>x</p><h3 id="b">Twee</h3><h4 id="c">Drie</h4><h5 id="d">Vier</h5><h2 id="e">Vijf</h2>"##
        let out = rewrite(html, titleDepth: 2, numbers: &numbers)
        #expect(out.contains(##"<h4 id="p-verzuim.melden--a"><span class="kop-nummer">1.1.1</span> Een</h4>"##), "\(out)")
        #expect(out.contains(##"<h5 id="p-verzuim.melden--b"><span class="kop-nummer">1.1.1.1</span> Twee</h5>"##))
        #expect(out.contains(##"<h6 id="p-verzuim.melden--c">Drie</h6>"##))
        #expect(out.contains(##"<h6 id="p-verzuim.melden--d">Vier</h6>"##), "h6 is as deep as HTML goes")
        #expect(out.contains(##"<h4 id="p-verzuim.melden--e"><span class="kop-nummer">1.1.2</span> Vijf</h4>"##))
        #expect(numbers.next(depth: 2) == "1.2", "the next page continues the numbering")
    }

    @Test("An SVG's ids and its references to them carry the page's anchor")
    func svg() {
        var numbers = OutlineNumbers()
        let svg = ##"<svg aria-hidden="true" viewBox="0 0 10 10"><g id="s-node1" class="node"><path fill="url(#s-grad)" d="M0 0"/><use href="#s-node1"/></g></svg>"##
        let out = rewrite(svg, numbers: &numbers)
        #expect(out.contains(##"id="p-verzuim.melden--s-node1""##))
        #expect(out.contains(##"fill="url(#p-verzuim.melden--s-grad)""##))
        #expect(out.contains(##"<use href="#p-verzuim.melden--s-node1"/>"##))
        #expect(out.contains(##"d="M0 0"/>"##))
    }

    @Test("The tag walker copies text, comments and untouched tags byte for byte")
    func untouched() {
        let html = "<!-- a <b> comment --><p class=\"x\">é &lt;tekst&gt; <br/></p>\n<svg viewBox=\"0 0 1 1\"><text x=\"1\">a &amp; b</text></svg>"
        #expect(HTMLTagRewriter.rewrite(html) { _ in } == html)
    }
}

@Suite("Whole document: numbers, sizes, WeasyPrint's log")
struct DocumentPartsTests {
    @Test("Outline numbers: a level resets the ones below it; numbering stops at four levels")
    func numbers() {
        var numbers = OutlineNumbers()
        #expect(numbers.next(depth: 1) == "1")
        #expect(numbers.next(depth: 2) == "1.1")
        #expect(numbers.next(depth: 3) == "1.1.1")
        #expect(numbers.next(depth: 4) == "1.1.1.1")
        #expect(numbers.next(depth: 5) == nil)
        #expect(numbers.next(depth: 2) == "1.2")
        #expect(numbers.next(depth: 1) == "2")
        #expect(numbers.next(depth: 3) == "2.0.1", "a level that was skipped counts as 0")
    }

    @Test("The PDF's size in Dutch")
    func sizes() {
        #expect(DocumentLinks.dutchSize(400) == "1 kB")
        #expect(DocumentLinks.dutchSize(850_400) == "850 kB")
        #expect(DocumentLinks.dutchSize(1_278_926) == "1,3 MB")
        #expect(DocumentLinks.dutchSize(12_000_000) == "12,0 MB")
    }

    @Test("WeasyPrint's log: warnings and errors kept, the expected PDF/UA notice and progress left out, pages counted")
    func log() {
        let result = WeasyPrint.read([
            "INFO: Step 1 - Fetching and parsing HTML - routeboek-compleet.html",
            "WARNING: PDF/UA support is experimental, generated PDF files are not guaranteed to be valid.",
            "WARNING: Ignored `gap: 3pt` at 12:5, unknown property.",
            "INFO: Step 5 - Creating layout - Page 1",
            "INFO: Step 5 - Creating layout - Page 2",
            "ERROR: Failed to load image at \"beelden/x.png\"",
            "INFO: Step 5 - Creating layout - Page 2 (up-to-date)",
            "INFO: Step 6 - Creating PDF",
        ])
        #expect(result.warnings == ["Ignored `gap: 3pt` at 12:5, unknown property."])
        #expect(result.errors == ["Failed to load image at \"beelden/x.png\""])
        #expect(result.pageCount == 2)
    }
}

@Suite("Whole document: the build")
struct DocumentBuildTests {
    /// The `id` values of an HTML text, with how often each occurs.
    func ids(in html: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        var rest = Substring(html)
        while let open = rest.range(of: " id=\"") {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: "\"") else { break }
            counts[String(after[..<close]), default: 0] += 1
            rest = after[close...]
        }
        return counts
    }

    @Test("routeboek-compleet.html holds every published page in navigation order, numbered, with unique ids and working anchors")
    func onePage() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let report = workspace.build()
        try #require(report.errorCount == 0, "\(report.listing)")
        let html = try workspace.outputText(DocumentLinks.htmlPath)
        #expect(html.contains("<html lang=\"nl\">"))
        #expect(html.contains("<title>Testsite: het hele routeboek</title>"))
        // The navigation's order: sections and top-level pages, each section's pages after its own page.
        let headings = ["<span class=\"kop-nummer\">1</span> Verzuim", "<span class=\"kop-nummer\">1.1</span> Zeer eerste",
                        "<span class=\"kop-nummer\">2</span> Aanpak", "<span class=\"kop-nummer\">3</span> Beheer",
                        "<span class=\"kop-nummer\">4</span> Over", "<span class=\"kop-nummer\">Bijlage A</span> Bronnen"]
        let positions = headings.map { html.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil), "missing: \(zip(headings, positions).filter { $0.1 == nil }.map(\.0))")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted(), "the parts are not in navigation order")
        #expect(!html.contains("Klad"), "a draft is not published, so not in the document either")
        #expect(!html.contains("<h1>Welkom</h1>"), "the home page is the site's way in, not a chapter")
        // Every id once; every in-page link lands on one.
        let counts = ids(in: html)
        #expect(counts.filter { $0.value > 1 }.isEmpty, "ids used twice: \(counts.filter { $0.value > 1 }.keys.sorted())")
        for target in linkTargets(in: html) where target.hasPrefix("#") {
            #expect(counts[String(target.dropFirst())] != nil, "\(target) points at no id")
        }
        // A page's link to another page's heading, and the sources list naming where each source is used.
        #expect(html.contains("href=\"#p-a-sectie.twee\""), "een.md links to twee.md: inside the document")
        #expect(html.contains("De eerste bron"))
        // No PDF was asked for: no link to one, anywhere.
        #expect(!workspace.outputExists(DocumentLinks.pdfPath))
        for (path, data) in snapshot(workspace.output) where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains(DocumentLinks.pdfPath), "\(path) links to a PDF that was not made")
        }
        #expect(try workspace.outputText("over.html").contains("href=\"routeboek-compleet.html\""), "the footer links to the document")
        #expect(try workspace.outputText("a-sectie/een.html").contains("href=\"../routeboek-compleet.html\""))
    }

    @Test("The beslisboom's flowchart and every route are appendices, from the same build as its own pages", .enabled(if: graphvizAvailable))
    func treeAppendices() throws {
        let workspace = try Workspace(fixture: "tree-site")
        let report = workspace.build()
        try #require(report.errorCount == 0, "\(report.listing)")
        let html = try workspace.outputText(DocumentLinks.htmlPath)
        let routes = try workspace.outputText("beslisboom/alle-routes.html")
        #expect(html.contains("<span class=\"kop-nummer\">Bijlage A</span> Alle routes"))
        #expect(html.contains("<span class=\"kop-nummer\">Bijlage B</span> Stroomschema van de beslisboom"))
        #expect(html.contains("<span class=\"kop-nummer\">Bijlage C</span> Bronnen"))
        let rows = html.components(separatedBy: "<th scope=\"row\" class=\"route-nummer\">").count - 1
        #expect(rows == report.routeCount, "\(rows) rows for \(report.routeCount) routes")
        #expect(routes.components(separatedBy: "<th scope=\"row\" class=\"route-nummer\">").count - 1 == rows)
        // The tree's flowchart: the same drawing as its page (every text), ids made the document's own.
        let chart = try #require(slice(try workspace.outputText("beslisboom/stroomschema.html"), from: "<svg", to: "</svg>"))
        let appendix = try #require(slice(html, from: "id=\"bijlage-stroomschema\"", to: "</svg>"))
        #expect(appendix.components(separatedBy: "<text").count == chart.components(separatedBy: "<text").count)
        #expect(appendix.contains("id=\"bijlage-stroomschema--beslisboom-node1\""))
        #expect(html.contains("Stroomschema in woorden"))
    }

    @Test("A PDF asked for without weasyprint: one clear error naming the Debian package, the old site kept")
    func missingWeasyPrint() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try #require(workspace.build().errorCount == 0)
        let before = snapshot(workspace.output)
        var options = workspace.options()
        options.pdf = .always
        options.weasyprintPath = workspace.root.appendingPathComponent("no-weasyprint-here").path
        let report = SiteBuilder.run(options)
        #expect(report.errors.count == 1, "\(report.listing)")
        let error = try #require(report.errors.first)
        #expect(error.file.hasSuffix("Public/routeboek.pdf"))
        #expect(error.code == "RB414")
        #expect(error.message.contains("'weasyprint' is niet geïnstalleerd"))
        #expect(error.message.contains("Installeer het Debian-pakket 'weasyprint'"))
        #expect(!report.written)
        #expect(snapshot(workspace.output) == before, "a failed build changed the previous site")
    }

    @Test("pdf in site.yml: ja asks for the PDF on a plain build, nee or no key does not; anything else is an error")
    func setting() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let settings = try workspace.read("site.yml")
        var options = workspace.options()
        options.pdf = .whenSettingsAsk
        options.weasyprintPath = workspace.root.appendingPathComponent("no-weasyprint-here").path
        #expect(SiteBuilder.run(options).errorCount == 0, "no pdf key: no PDF, so weasyprint is not needed")

        try workspace.write("pdf: ja\n" + settings, to: "site.yml")
        #expect(SiteBuilder.run(options).matching("'weasyprint' is niet geïnstalleerd").count == 1)
        options.pdf = .never
        #expect(SiteBuilder.run(options).errorCount == 0, "--no-pdf wins over the setting")

        try workspace.write("pdf: nee\n" + settings, to: "site.yml")
        options.pdf = .whenSettingsAsk
        #expect(SiteBuilder.run(options).errorCount == 0)

        try workspace.write("pdf: misschien\n" + settings, to: "site.yml")
        let wrong = SiteBuilder.run(options)
        #expect(wrong.errors.count == 1, "\(wrong.listing)")
        #expect(wrong.errors.first?.description.contains("site.yml:1:6: fout RB717: 'pdf' moet true of false zijn, niet 'misschien'") == true,
                "\(wrong.listing)")
    }

    @Test("With WeasyPrint: routeboek.pdf is made from the page, and every page links to it with its size", .enabled(if: weasyPrintAvailable))
    func pdf() throws {
        let workspace = try Workspace(fixture: "site-basic")
        var options = workspace.options()
        options.pdf = .always
        let report = SiteBuilder.run(options)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        let summary = try #require(report.pdf)
        let data = try Data(contentsOf: workspace.output.appendingPathComponent(DocumentLinks.pdfPath))
        #expect(data.starts(with: Data("%PDF-".utf8)))
        #expect(summary.bytes == data.count)
        #expect((summary.pageCount ?? 0) >= 3, "cover, contents, chapters")
        let size = DocumentLinks.dutchSize(data.count)
        #expect(try workspace.outputText("index.html").contains("<a href=\"routeboek.pdf\" type=\"application/pdf\">Het hele routeboek als PDF (\(size))</a>"))
        #expect(try workspace.outputText("a-sectie/een.html").contains("href=\"../routeboek.pdf\""))
    }

    @Test("A WeasyPrint warning is a build warning naming the page, so --strict fails", .enabled(if: weasyPrintAvailable))
    func weasyPrintWarning() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let templates = try workspace.useTemplateCopy()
        let css = templates.appendingPathComponent("assets/routeboek-document.css")
        try (String(contentsOf: css, encoding: .utf8) + "\n.document-titel { text-glow: 3pt; }\n").write(to: css, atomically: true, encoding: .utf8)
        var options = workspace.options(strict: true)
        options.pdf = .always
        let report = SiteBuilder.run(options)
        let expected = "Public/routeboek-compleet.html:1:1: fout RB416: WeasyPrint: Ignored `text-glow: 3pt` at "
        #expect(report.diagnostics.contains { $0.description.contains(expected) && $0.description.hasSuffix("unknown property.") }, "\(report.listing)")
        #expect(!report.written, "--strict: the warning fails the build")
    }

    @Test("What the layout adds to a page's text (the publicatiedata) is in the document too", .enabled(if: graphvizAvailable))
    func layoutAdditions() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("routeboek-real-doc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = SiteBuilder.run(BuildOptions(content: realContent, templates: realTemplates, output: output))
        try #require(report.errorCount == 0, "\(report.listing)")
        let html = try String(contentsOf: output.appendingPathComponent(DocumentLinks.htmlPath), encoding: .utf8)
        #expect(html.contains("Alle publicatiedata, met de stand op"), "the publicatiedata table of its page is missing")
        #expect(html.contains("--publicatiedata-tabel\""), "its ids carry the page's anchor")
    }

    @Test("The real content's PDF typesets without a single WeasyPrint warning", .enabled(if: weasyPrintAvailable && graphvizAvailable))
    func realContentPDF() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("routeboek-real-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions(content: realContent, templates: realTemplates, output: output, strict: true)
        options.pdf = .always
        let report = SiteBuilder.run(options)
        // Notices (about the content's dates) are not problems; any warning or error is.
        #expect(report.errors.isEmpty && report.warnings.isEmpty, "\(report.listing)")
        #expect(report.written)
        let pdf = try #require(report.pdf)
        #expect((pdf.pageCount ?? 0) > 20)
        let files = snapshot(output)
        let pages = files.keys.filter { $0.hasSuffix(".html") }
        for problem in unresolvedLinks(in: files, pages: pages) { Issue.record("\(problem)") }
    }
}
