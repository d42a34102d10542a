import Foundation
import Testing
@testable import RouteboekCore

/// Issue 11, defects 3 to 11: inputs that used to build with exit 0 and a broken site. Each test holds
/// the reproducer, expects the error at its file, line and column, and a previous site left as it was.
@Suite("Broken input never builds a broken site")
struct BrokenSiteTests {
    /// Builds the fixture once (the previous site), applies `edit`, builds again; the second build must
    /// fail with the previous site byte for byte as it was.
    private func failingRebuild(_ fixture: String, _ edit: (Workspace) throws -> Void) throws -> BuildReport {
        let workspace = try Workspace(fixture: fixture)
        let first = workspace.build()
        try #require(first.errorCount == 0, "\(first.listing)")
        let before = snapshot(workspace.output)
        try edit(workspace)
        let report = workspace.build()
        #expect(report.errorCount > 0, "the broken input built")
        #expect(!report.written)
        #expect(snapshot(workspace.output) == before, "the previous site changed")
        return report
    }

    // MARK: Defect 3

    @Test("Defect 3: an empty boom.yml is an error (it silently dropped the whole tool)")
    func emptyTree() throws {
        let report = try failingRebuild("tree-site") { try $0.write("", to: "beslisboom/boom.yml") }
        let error = try #require(report.errors.first)
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(error.file.hasSuffix("Content/beslisboom/boom.yml") && error.line == 1 && error.column == 1)
        #expect(error.code == "RB251")
        #expect(error.message.contains("is leeg"))
    }

    @Test("Defect 3: an invarianten.yml with only comments is an error (it turned off every policy check)")
    func commentOnlyInvariants() throws {
        let report = try failingRebuild("tree-site") { try $0.write("# nog te doen\n\n# later\n", to: "beslisboom/invarianten.yml") }
        #expect(report.matching("beslisboom/invarianten.yml:1:1: fout RB251: dit bestand van de beslisboom is leeg").count == 1, "\(report.listing)")
    }

    // MARK: Defect 4

    @Test("Defect 4: hostile labels stay inside the embedded model: '<' escaped, the JSON parses, the page goes on")
    func hostileLabels() throws {
        let workspace = try Workspace(fixture: "tree-site")
        let hostile = "<!--<script>alert(1)</script>]]><b>"
        var tree = try workspace.read("beslisboom/boom.yml")
        tree = tree.replacingOccurrences(of: "label: Ja, ongeoorloofd", with: "label: '\(hostile)'")
        try workspace.write(tree, to: "beslisboom/boom.yml")
        let report = workspace.build()
        try #require(report.errorCount == 0, "\(report.listing)")
        let html = try workspace.outputText("beslisboom/index.html")
        let open = "<script type=\"application/json\" id=\"beslisboom-model\">"
        let json = try #require(slice(html, from: open, to: "</script>"))
        #expect(!json.contains("<"))
        let model = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let questions = try #require(model["questions"] as? [String: Any])
        let verzuim = try #require(questions["verzuim"] as? [String: Any])
        let labels = (verzuim["options"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
        #expect(labels.contains(hostile))
        // The rest of the page is still there after the model: the results, the footer, the end.
        let after = try #require(html.range(of: open)).upperBound
        #expect(html[after...].contains("<template id=\"uitkomst-duo\">"))
        #expect(html[after...].contains("</footer>"))
        #expect(html.hasSuffix("</html>\n") || html.hasSuffix("</html>"))
    }

    // MARK: Defect 5

    @Test("Defect 5: reference-style links in tree texts get the page checks, at their line and column")
    func referenceLinksInTreeTexts() throws {
        let report = try failingRebuild("tree-site") { workspace in
            var tree = try workspace.read("beslisboom/boom.yml")
            tree = tree.replacingOccurrences(of: "    uitleg: Zie [de uitleg](../info.md#anker).\n", with: """
                    uitleg: |
                      Zie [x][r] en ![i][i] en <b>vet</b>.

                      [r]: ../../../../etc/passwd
                      [i]: /etc/passwd

                """)
            try workspace.write(tree, to: "beslisboom/boom.yml")
        }
        #expect(report.matching("beslisboom/boom.yml:7:11: fout RB107: de link '../../../../etc/passwd' gaat buiten de contentmap").count == 1,
                "\(report.listing)")
        #expect(report.matching("beslisboom/boom.yml:7:21: fout RB108: de link '/etc/passwd' begint met '/'").count == 1, "\(report.listing)")
        #expect(report.matching("beslisboom/boom.yml:7:32: waarschuwing RB119: HTML in de tekst is niet toegestaan").count == 1, "\(report.listing)")
    }

    @Test("Defect 5: a reference link to a page that does not exist, in an outcome's summary")
    func referenceLinkToMissingPage() throws {
        let report = try failingRebuild("tree-site") { workspace in
            var outcomes = try workspace.read("beslisboom/uitkomsten.yml")
            outcomes = outcomes.replacingOccurrences(of: "    samenvatting: Leerplicht heeft de regie.\n", with: """
                    samenvatting: |
                      Leerplicht heeft de [regie][weg].

                      [weg]: ../bestaat-niet.md

                """)
            try workspace.write(outcomes, to: "beslisboom/uitkomsten.yml")
        }
        #expect(report.matching("beslisboom/uitkomsten.yml:10:27: fout RB104: de link '../bestaat-niet.md' wijst naar").count == 1, "\(report.listing)")
    }

    // MARK: Defect 6

    @Test("Defect 6: no Content/index.md is an error (every page's logo links to it)")
    func noHomePage() throws {
        let report = try failingRebuild("site-basic") { workspace in
            try FileManager.default.removeItem(at: workspace.content.appendingPathComponent("index.md"))
            // The links to it go too, so the home page is the one thing missing.
            try workspace.write("---\ntitel: Over\nvolgorde: 3\n---\n\nOver deze site.\n", to: "over.md")
        }
        #expect(report.matching("Content/index.md:1:1: fout RB114: de site heeft geen startpagina").count == 1, "\(report.listing)")
    }

    @Test("Defect 6: a home page that is a draft is an error")
    func draftHomePage() throws {
        let report = try failingRebuild("site-basic") { workspace in
            try workspace.write("---\ntitel: Welkom\nconcept: true\n---\n\nWelkom.\n", to: "index.md")
        }
        #expect(report.matching("Content/index.md:1:1: fout RB113: de startpagina is een concept").count == 1, "\(report.listing)")
    }

    // MARK: Defect 7

    @Test("Defect 7: page and folder names with '#', '%', '?' or a space are refused with the file named",
          arguments: ["a#b.md", "100%.md", "wat?.md", "met spatie.md", "map#1/pagina.md"])
    func unsafePageNames(_ name: String) throws {
        let report = try failingRebuild("site-basic") { try $0.write("---\ntitel: Vreemd\n---\n\nTekst.\n", to: name) }
        let error = try #require(report.errors.first, "\(report.listing)")
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(error.file.hasSuffix("Content/\(name)"))
        #expect(error.code == "RB128")
        #expect(error.message.contains("breekt links naar de pagina"))
    }

    @Test("Defect 7: an image or attachment may have such a name (the editor's own link encodes it)")
    func unsafeAssetNamesAreFine() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write("bijlage", to: "schema #2.txt")
        try workspace.write("---\ntitel: Over\n---\n\nZie [het schema](schema%20%232.txt) of [hier](<schema%20%232.txt>).\n", to: "over.md")
        let report = workspace.build()
        #expect(report.errorCount == 0, "\(report.listing)")
        #expect(workspace.outputExists("schema #2.txt"))
    }

    // MARK: Defect 8

    @Test("Defect 8: a linked page whose target is gone is an error that says why")
    func danglingPageLink() throws {
        let report = try failingRebuild("site-basic") { workspace in
            try FileManager.default.createSymbolicLink(atPath: workspace.content.appendingPathComponent("weg.md").path,
                                                       withDestinationPath: "bestaat-niet.md")
        }
        #expect(report.matching("Content/weg.md:1:1: fout RB129: deze link (symbolische koppeling) wijst naar iets wat niet gelezen kan worden (het bestaat niet)").count == 1,
                "\(report.listing)")
    }

    @Test("Defect 8: a section folder that cannot be read is an error with the reason, not silently left out")
    func unreadableFolder() throws {
        let report = try failingRebuild("site-basic") { workspace in
            // A link to itself: reading it fails with the system's reason, also for root.
            try FileManager.default.createSymbolicLink(atPath: workspace.content.appendingPathComponent("lus").path, withDestinationPath: "lus")
        }
        #expect(report.matching("Content/lus:1:1: fout RB129: deze link (symbolische koppeling) wijst naar iets wat niet gelezen kan worden (te veel symbolische koppelingen achter elkaar, misschien in een kring)").count == 1,
                "\(report.listing)")
    }

    @Test("Defect 8: a section folder without read permission: its pages are not silently left out",
          .enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "root needs setpriv to drop privileges"))
    func permissionDenied() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let templates = try workspace.useTemplateCopy()
        let folder = workspace.content.appendingPathComponent("a-sectie")
        try #require(chmod(folder.path, 0) == 0)
        defer { chmod(folder.path, 0o755) }
        let lines: [String]
        if geteuid() != 0 {
            lines = workspace.check().diagnostics.map(\.description)
        } else {
            // Root reads everything: run the real binary as nobody, who is refused like an editor would be.
            let run = try runRouteboek(["check", "--content", workspace.content.path, "--templates", templates.path],
                                    as: ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            #expect(run.status == 1)
            lines = run.errors
        }
        #expect(lines.contains { $0.hasSuffix("Content/a-sectie:1:1: fout RB126: deze map kan niet gelezen worden, dus de pagina's erin ontbreken: je hebt geen toestemming (controleer de rechten)") },
                "\(lines)")
    }

    @Test("Defect 8: a partial that cannot be read is reported with the reason, not as 'missing'")
    func unreadablePartial() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try #require(workspace.build().errorCount == 0)
        let templates = try workspace.useTemplateCopy()
        let lead = templates.appendingPathComponent("partials/lead.mustache")
        try FileManager.default.removeItem(at: lead)
        try FileManager.default.createDirectory(at: lead, withIntermediateDirectories: false)
        let report = workspace.build()
        #expect(report.matching("Templates/partials/lead.mustache:1:1: fout RB723: dit bestand kan niet gelezen worden: het is een map, geen bestand").count == 1,
                "\(report.listing)")
        #expect(report.matching("bestaat niet").isEmpty, "\(report.listing)")
    }

    // MARK: Defect 9

    @Test("Defect 9: a javascript: (or any non-web) address in site.yml is an error at its value",
          arguments: ["javascript:alert(1)", "data:text/html,x", "www.example.nl", "https://"])
    func siteWebsite(_ url: String) throws {
        let report = try failingRebuild("site-basic") { workspace in
            let settings = try workspace.read("site.yml").replacingOccurrences(of: "  email: team@routeboek.test", with: "  email: team@routeboek.test\n  website: '\(url)'")
            try workspace.write(settings, to: "site.yml")
        }
        #expect(report.matching("Content/site.yml:7:12: fout RB505: 'website' moet een webadres zijn").count == 1, "\(report.listing)")
        #expect(report.errors.count == 1, "\(report.listing)")
    }

    @Test("Defect 9: an e-mail address with a scheme or a space is an error")
    func siteEmail() throws {
        let report = try failingRebuild("site-basic") { workspace in
            let settings = try workspace.read("site.yml").replacingOccurrences(of: "email: team@routeboek.test", with: "email: \"javascript:alert(1)//@x.nl\"")
            try workspace.write(settings, to: "site.yml")
        }
        #expect(report.matching("Content/site.yml:6:10: fout RB506: 'email' moet een e-mailadres zijn").count == 1, "\(report.listing)")
    }

    // MARK: Defect 10

    @Test("Defect 10: an image from another origin is an error at its position", arguments: ["http://example.org/x.png", "//host/x.png", "https://cdn.example.org/x.svg"])
    func externalImage(_ url: String) throws {
        let report = try failingRebuild("site-basic") { workspace in
            try workspace.write("---\ntitel: Over\n---\n\nEen plaatje: ![x](\(url))\n", to: "over.md")
        }
        #expect(report.matching("Content/over.md:5:14: fout RB109: de afbeelding '\(url)' komt van een andere site").count == 1, "\(report.listing)")
    }

    @Test("Defect 10: an image as a data: URL is allowed (the CSP allows data: images)")
    func dataImage() {
        let result = render("![punt](data:image/png;base64,iVBORw0KGgo=)")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.listing)")
        #expect(result.html.contains("src=\"data:image/png;base64,iVBORw0KGgo=\""))
    }

    // MARK: Defect 11

    @Test("Defect 11: an empty layout is an error, not a site of empty pages")
    func emptyLayout() throws {
        let report = try failingRebuild("site-basic") { workspace in
            let templates = try workspace.useTemplateCopy()
            try Data().write(to: templates.appendingPathComponent("layouts/pagina.mustache"))
        }
        #expect(report.matching("Templates/layouts/pagina.mustache:1:1: fout RB302: deze layout is leeg").count == 1, "\(report.listing)")
    }

    @Test("Defect 11: a layout cut short is an error at its last line")
    func truncatedLayout() throws {
        let report = try failingRebuild("site-basic") { workspace in
            let templates = try workspace.useTemplateCopy()
            let file = templates.appendingPathComponent("layouts/pagina.mustache")
            let text = try String(contentsOf: file, encoding: .utf8)
            // Cut after the main element: the Mustache and the HTML up to there are whole.
            let cut = try #require(text.range(of: "</main>\n")).upperBound
            try Data(text[..<cut].utf8).write(to: file)
        }
        #expect(report.errors.count == 1, "\(report.listing)")
        let error = try #require(report.errors.first)
        #expect(error.file.hasSuffix("Templates/layouts/pagina.mustache"))
        #expect(error.message.contains("<div> wordt hier geopend maar in dit bestand nooit gesloten") || error.message.contains("eindigen niet met </html>"), "\(report.listing)")
    }

    @Test("Defect 11: a partial cut in the middle of a tag is an error at that tag")
    func truncatedPartial() throws {
        let report = try failingRebuild("site-basic") { workspace in
            let templates = try workspace.useTemplateCopy()
            let file = templates.appendingPathComponent("partials/footer.mustache")
            let text = try String(contentsOf: file, encoding: .utf8)
            let cut = try #require(text.range(of: "<li><a href=\"{{root}}zoeken.html\">")).upperBound
            try Data(text[..<cut].utf8).write(to: file)
        }
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(report.errors.first?.file.hasSuffix("Templates/partials/footer.mustache") == true)
        #expect(report.errors.first?.message.contains("nooit gesloten") == true, "\(report.listing)")
    }

    @Test("Defect 11: empty and truncated theme files are errors with their position",
          arguments: [("styles/routeboek/07-content.css", 0), ("styles/routeboek/07-content.css", 1800),
                      ("styles/beslisboom/03-result.css", 3000), ("assets/beslisboom.js", 0), ("assets/beslisboom.js", 5000),
                      ("assets/logo.svg", 200)])
    func truncatedAsset(_ path: String, _ length: Int) throws {
        let report = try failingRebuild("site-basic") { workspace in
            let templates = try workspace.useTemplateCopy()
            let file = templates.appendingPathComponent(path)
            try Data(try Data(contentsOf: file).prefix(length)).write(to: file)
        }
        #expect(report.errors.count == 1, "\(report.listing)")
        let error = try #require(report.errors.first)
        #expect(error.file.hasSuffix("Templates/\(path)"))
        #expect(error.message.contains(length == 0 ? "is leeg" : "afgekapt"), "\(report.listing)")
    }

    @Test("Defect 11: the real theme files and stylesheet parts pass the truncation checks")
    func realThemePasses() throws {
        var checked = 0
        for folder in ["assets", "styles/routeboek", "styles/beslisboom"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: realTemplates.appendingPathComponent(folder).path) {
                let bytes = [UInt8](try Data(contentsOf: realTemplates.appendingPathComponent("\(folder)/\(name)")))
                #expect(ThemeAssetCheck.problem(in: bytes, name: name) == nil, "\(folder)/\(name)")
                checked += 1
            }
        }
        #expect(checked > 30, "the theme's folders were not found")
    }

    @Test("A link a template writes itself, to a page or an id that does not exist: one error at the template line")
    func templateLinkAudit() throws {
        let report = try failingRebuild("site-basic") { workspace in
            let templates = try workspace.useTemplateCopy()
            let file = templates.appendingPathComponent("partials/lead.mustache")
            let text = try String(contentsOf: file, encoding: .utf8)
            try Data(("<p><a href=\"{{root}}oud.html\">Oud</a> <a href=\"{{root}}index.html#weg\">Weg</a></p>\n" + text).utf8).write(to: file)
        }
        #expect(report.errors.count == 2, "\(report.listing)")
        #expect(report.matching("Templates/partials/lead.mustache:1:21: fout RB318: de link '../oud.html' gaat naar oud.html, maar dat bestand staat niet op de site (op ").count == 1,
                "\(report.listing)")
        #expect(report.matching("Templates/partials/lead.mustache:1:56: fout RB318: de link '../index.html#weg' gaat naar #weg, maar dat is geen id op index.html").count == 1,
                "\(report.listing)")
    }

    @Test("Defect 11: 'samenvatting: ~' is no summary, never the text '~'")
    func nullSummary() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write("---\ntitel: Over\nsamenvatting: ~\n---\n\nOver deze site.\n", to: "over.md")
        let report = workspace.build()
        #expect(report.errorCount == 0, "\(report.listing)")
        let html = try workspace.outputText("over.html")
        #expect(!html.contains("class=\"lead\""))
        #expect(!html.contains(">~<"))
    }

    @Test("Defect 11: a fact value written as a mapping is an error at that value, not an empty label")
    func factValueAsMapping() throws {
        let report = try failingRebuild("tree-site") { workspace in
            let facts = try workspace.read("beslisboom/feiten.yml").replacingOccurrences(of: "      geoorloofd: geoorloofd", with: "      geoorloofd: { tekst: geoorloofd }")
            try workspace.write(facts, to: "beslisboom/feiten.yml")
        }
        #expect(report.matching("beslisboom/feiten.yml:10:19: fout RB255: het label van waarde 'geoorloofd' van feit 'verzuim' moet tekst zijn").count == 1,
                "\(report.listing)")
    }

    @Test("A mistyped option: one Dutch line with a suggestion, the usage, exit code 64, and nothing built")
    func mistypedOption() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let run = try runRouteboek(["build", "--contnet", workspace.content.path, "--output", workspace.output.path])
        #expect(run.status == 64)
        let lines = run.errors
        #expect(lines.first == "fout: onbekende optie '--contnet'; bedoel je '--content'?", "\(lines)")
        #expect(lines.dropFirst().first?.hasPrefix("Gebruik: routeboek build ") == true, "\(lines)")
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
    }
}
