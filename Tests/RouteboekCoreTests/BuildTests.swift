import Foundation
import Testing
@testable import RouteboekCore

@Suite("Build: a good site")
struct GoodSiteTests {
    @Test("The basic fixture builds without errors and writes index.html and every published page")
    func builds() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let report = workspace.build()
        #expect(report.errorCount == 0, "\(report.listing)")
        #expect(report.written)
        for page in ["index.html", "over.html", "a-sectie/index.html", "a-sectie/een.html", "a-sectie/twee.html",
                     "a-sectie/alfa.html", "a-sectie/bravo.html", "b-sectie/index.html", "zoeken.html", "register.html"] {
            #expect(workspace.outputExists(page), "\(page) missing")
        }
        // Files next to the Markdown are copied as they are; the theme's assets go to assets/.
        #expect(try workspace.outputText("bijlage.txt") == workspace.read("bijlage.txt"))
        #expect(workspace.outputExists("assets/routeboek.css"))
        // No Markdown, no site settings in the output.
        #expect(!snapshot(workspace.output).keys.contains { $0.hasSuffix(".md") || $0 == "site.yml" })
        let index = try workspace.outputText("index.html")
        #expect(index.contains("<html lang=\"nl\">"))
        #expect(index.contains("<h1>Welkom</h1>"))
    }

    @Test("Every link in the output is relative and points at a file")
    func relativeLinks() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let report = workspace.build()
        try #require(report.errorCount == 0, "\(report.listing)")
        for (path, data) in snapshot(workspace.output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for target in linkTargets(in: html) {
                #expect(!target.hasPrefix("/"), "\(path): absolute link \(target)")
                let withoutAnchor = target.split(separator: "#", omittingEmptySubsequences: false).first.map(String.init) ?? target
                #expect(!withoutAnchor.hasSuffix("/"), "\(path): link to a folder \(target)")
            }
        }
        let index = try workspace.outputText("index.html")
        #expect(index.contains("href=\"a-sectie/een.html#eerste-kop\""))
        #expect(index.contains("href=\"a-sectie/index.html\""))
        #expect(index.contains("href=\"bijlage.txt\""))
        #expect(index.contains("href=\"https://www.routeboek.test/pagina.md\""))
        // One folder down, links climb with ../
        let twee = try workspace.outputText("a-sectie/twee.html")
        #expect(twee.contains("href=\"../index.html\""))
        #expect(twee.contains("href=\"../assets/routeboek.css\""))
    }

    @Test("Navigation: sections and top-level pages by volgorde, then title; no volgorde comes last")
    func navigationOrder() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let report = workspace.build()
        try #require(report.errorCount == 0, "\(report.listing)")
        let nav = try #require(slice(try workspace.outputText("index.html"), from: "<ul class=\"site-nav-list\">", to: "<ul class=\"site-nav-extra\">"))
        #expect(anchorTexts(in: nav) == ["Verzuim", "Aanpak", "Beheer", "Over", "Aaa zonder volgorde"])
    }

    @Test("Navigation inside a section: pages by volgorde, then title ignoring case; drafts left out")
    func sectionOrder() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let report = workspace.build()
        try #require(report.errorCount == 0, "\(report.listing)")
        let html = try workspace.outputText("a-sectie/twee.html")
        let sub = try #require(slice(html, from: "<ul class=\"site-nav-sub\">", to: "</ul>"))
        #expect(anchorTexts(in: sub) == ["Zeer eerste", "Twee", "alfa", "Bravo"])
        #expect(sub.contains("aria-current=\"page\">Twee</a>"))
        // Previous and next follow the same order.
        #expect(html.contains("<a href=\"../a-sectie/een.html\" rel=\"prev\">"))
        #expect(html.contains("<a href=\"../a-sectie/alfa.html\" rel=\"next\">"))
        let first = try workspace.outputText("a-sectie/een.html")
        #expect(first.contains("<a href=\"../a-sectie/index.html\" rel=\"prev\">"))
        let last = try workspace.outputText("a-sectie/bravo.html")
        #expect(!last.contains("rel=\"next\""))
    }

    @Test("Navigation is ordered by the Navigation model in the same way")
    func navigationModel() {
        func page(_ source: String, _ title: String, _ order: Int?) -> Page {
            Page(source: source, outputPath: ContentPath.outputPath(ofPage: source), file: "Content/\(source)",
                 frontMatter: FrontMatter(title: title, order: order, summary: nil, sources: [], updated: nil, isDraft: false),
                 html: "", headings: [], sections: [], links: [])
        }
        let log = DiagnosticLog()
        let navigation = Navigation(pages: [
            page("index.md", "Home", nil),
            page("z/index.md", "Zomaar", 2), page("y/index.md", "appel", 2), page("x/index.md", "Eerst", 1),
            page("los.md", "Los", nil),
            page("x/b.md", "b", nil), page("x/a.md", "A", nil), page("x/c.md", "C", 1),
        ], diagnostics: log)
        #expect(navigation.entries.map(\.title) == ["Eerst", "appel", "Zomaar", "Los"])
        #expect(navigation.entry(forSection: "x")?.pages.map(\.title) == ["C", "A", "b"])
        #expect(navigation.sequence(forSection: "x").map(\.path) == ["x/index.html", "x/c.html", "x/a.html", "x/b.html"])
        #expect(log.errorCount == 0)
    }

    @Test("A folder without index.md is a section titled after the folder, opening at its first page, with a warning")
    func sectionWithoutIndex() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let page = "---\ntitel: %@\nvolgorde: %@\nbronnen:\n  - bestand: 000_bron.txt\n    onderdeel: x\n---\nTekst.\n"
        try workspace.write(page.replacingOccurrences(of: "titel: %@\nvolgorde: %@", with: "titel: Tweede\nvolgorde: 2"), to: "meld-en-registreer/b.md")
        try workspace.write(page.replacingOccurrences(of: "titel: %@\nvolgorde: %@", with: "titel: Eerste\nvolgorde: 1"), to: "meld-en-registreer/a.md")
        let report = workspace.build()
        #expect(report.errorCount == 0, "\(report.listing)")
        #expect(report.written)
        let warning = try #require(report.warnings.first)
        #expect(report.warnings.count == 1)
        #expect(warning.file.hasSuffix("/Content/meld-en-registreer"))
        #expect(warning.message.contains("de map heeft geen index.md, dus het onderdeel heet 'Meld en registreer'") && warning.code == "RB133")
        let nav = try #require(slice(try workspace.outputText("index.html"), from: "<ul class=\"site-nav-list\">", to: "<ul class=\"site-nav-extra\">"))
        // Without volgorde the section comes last, and its link opens its first page.
        #expect(anchorTexts(in: nav).last == "Meld en registreer")
        #expect(nav.contains("href=\"meld-en-registreer/a.html\">Meld en registreer</a>"))
        let second = try workspace.outputText("meld-en-registreer/b.html")
        #expect(second.contains("<a href=\"../meld-en-registreer/a.html\" rel=\"prev\">"))
    }

    @Test("Drafts are checked but not published: no page, no navigation entry, no search entry")
    func drafts() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let report = workspace.build()
        try #require(report.errorCount == 0, "\(report.listing)")
        #expect(!workspace.outputExists("a-sectie/klad.html"))
        for (path, data) in snapshot(workspace.output) where path.hasSuffix(".html") || path.hasSuffix(".js") {
            #expect(!String(decoding: data, as: UTF8.self).contains("Kladversie"), "\(path) mentions the draft")
        }
        #expect(report.pageCount == 10)
    }

    @Test("A draft is still checked: a broken link in it stops the build")
    func draftChecked() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write(try workspace.read("a-sectie/klad.md").replacingOccurrences(of: "[een](een.md)", with: "[een](eenn.md)"), to: "a-sectie/klad.md")
        let report = workspace.build()
        #expect(report.matching("a-sectie/klad.md:10:").count == 1, "\(report.listing)")
        #expect(!report.written)
    }

    @Test("A published page may not link to a draft")
    func linkToDraft() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write(try workspace.read("over.md") + "\nZie ook [het concept](a-sectie/klad.md).\n", to: "over.md")
        let report = workspace.build()
        #expect(report.matching("fout RB105: de link 'a-sectie/klad.md' wijst naar een concept (concept: true), en dat wordt niet gepubliceerd").count == 1, "\(report.listing)")
    }

    @Test("check (write: false) runs everything and writes nothing")
    func checkWritesNothing() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let before = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).sorted()
        let report = workspace.check()
        #expect(report.errorCount == 0, "\(report.listing)")
        #expect(!report.written)
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).sorted() == before)
    }

    @Test("check still finds the errors a build would")
    func checkFindsErrors() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write(try workspace.read("over.md") + "\n[kapot](nergens.md)\n", to: "over.md")
        let report = workspace.check()
        #expect(report.errorCount == 1, "\(report.listing)")
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
    }

    @Test("A rebuild replaces the previous output completely")
    func rebuildReplaces() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try #require(workspace.build().errorCount == 0)
        try "oud".write(to: workspace.output.appendingPathComponent("oud.txt"), atomically: true, encoding: .utf8)
        let report = workspace.build()
        #expect(report.errorCount == 0)
        #expect(report.written)
        #expect(!workspace.outputExists("oud.txt"))
        #expect(workspace.outputExists("index.html"))
        // No staging or backup folders are left next to the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).sorted() == ["Content", "Public"])
    }
}

@Suite("Build: errors stop the build and leave the previous site alone")
struct FailingBuildTests {
    /// Builds the good site, writes a marker into the output, breaks the content with `breakIt`,
    /// builds again, and checks that the output folder is byte-for-byte what it was.
    func expectUntouched(_ breakIt: (Workspace) throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) throws -> BuildReport {
        let workspace = try Workspace(fixture: "site-basic")
        let first = workspace.build()
        try #require(first.errorCount == 0, "\(first.listing)", sourceLocation: sourceLocation)
        let marker = workspace.output.appendingPathComponent("marker.txt")
        try Data("vorige build\n".utf8).write(to: marker)
        let before = snapshot(workspace.output)
        try breakIt(workspace)
        let report = workspace.build()
        #expect(report.errorCount > 0, sourceLocation: sourceLocation)
        #expect(!report.written, sourceLocation: sourceLocation)
        let after = snapshot(workspace.output)
        #expect(after == before, "the output folder changed", sourceLocation: sourceLocation)
        #expect(after["marker.txt"] == Data("vorige build\n".utf8), sourceLocation: sourceLocation)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).filter { $0.hasPrefix(".") } == [],
                "a staging folder was left behind", sourceLocation: sourceLocation)
        return report
    }

    @Test("A broken link: file:line:col, and the previous output untouched")
    func brokenLink() throws {
        let report = try expectUntouched { workspace in
            // Line 9 of the file; the link starts at column 10.
            try workspace.write("""
            ---
            titel: Over
            volgorde: 3
            bronnen:
              - bestand: 001_bron.txt
                onderdeel: Alles
            ---

            Zie ook: [de kaart](kaart.md#legenda).
            """, to: "over.md")
        }
        let error = try #require(report.errors.first)
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(error.file.hasSuffix("/Content/over.md"))
        #expect(error.line == 9)
        #expect(error.column == 10)
        #expect(error.message.hasPrefix("de link 'kaart.md#legenda' wijst naar "))
        #expect(error.message.hasSuffix("/kaart.md, maar dat bestand bestaat niet"))
        #expect(error.description.contains("Content/over.md:9:10: fout RB104: de link 'kaart.md#legenda'"))
    }

    @Test("A link to a page that exists with an anchor that does not: did-you-mean the anchor")
    func brokenAnchor() throws {
        let report = try expectUntouched { workspace in
            try workspace.write(try workspace.read("over.md") + "\n[kop](a-sectie/een.md#eerste-kopp)\n", to: "over.md")
        }
        let error = try #require(report.errors.first)
        #expect(error.message.hasSuffix("a-sectie/een.md heeft geen kop met id 'eerste-kopp'; bedoel je '#eerste-kop'?"))
        #expect(error.line == 11)
    }

    @Test("A misspelt page name suggests the right one")
    func misspeltPage() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write(try workspace.read("over.md") + "\n[twee](a-sectie/twe.md)\n", to: "over.md")
        let report = workspace.check()
        #expect(report.errors.first?.message.hasSuffix("; bedoel je 'a-sectie/twee.md'?") == true, "\(report.listing)")
    }

    @Test("A suggestion is written from the page the link is in, so it can be pasted as it is")
    func suggestionFromThePage() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write(try workspace.read("a-sectie/een.md") + "\n[twee](twe.md) en ![schema](schma.png)\n", to: "a-sectie/een.md")
        try workspace.write("png", to: "a-sectie/schema.png")
        try workspace.write(try workspace.read("b-sectie/index.md") + "\n[twee](../a-sectie/twe.md)\n", to: "b-sectie/index.md")
        let messages = workspace.check().errors.map(\.message)
        #expect(messages.contains { $0.hasSuffix("a-sectie/twe.md, maar dat bestand bestaat niet; bedoel je 'twee.md'?") && $0.contains("'twe.md'") })
        #expect(messages.contains { $0.hasSuffix("a-sectie/schma.png, maar dat bestand bestaat niet; bedoel je 'schema.png'?") })
        #expect(messages.contains { $0.hasSuffix("bestaat niet; bedoel je '../a-sectie/twee.md'?") }, "\(messages)")
        #expect(ContentPath.link(to: "a-sectie/twee.md", from: "index.md") == "a-sectie/twee.md")
        #expect(ContentPath.link(to: "index.md", from: "a-sectie/b/c.md") == "../../index.md")
        #expect(ContentPath.link(to: "a-sectie/b/d.md", from: "a-sectie/c.md") == "b/d.md")
    }

    @Test("An unknown front-matter key: file:line, suggestion, and the previous output untouched")
    func unknownKey() throws {
        let report = try expectUntouched { workspace in
            try workspace.write(try workspace.read("a-sectie/twee.md").replacingOccurrences(of: "volgorde: 2", with: "volgrde: 2"),
                                to: "a-sectie/twee.md")
        }
        let error = try #require(report.errors.first)
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(error.file.hasSuffix("/Content/a-sectie/twee.md"))
        #expect(error.line == 3)
        #expect(error.column == 1)
        #expect(error.message.hasPrefix("onbekende sleutel 'volgrde' in de front matter; bedoel je 'volgorde'?"))
    }

    @Test("A source that site.yml does not list, at the line of the source")
    func unknownSource() throws {
        let report = try expectUntouched { workspace in
            try workspace.write(try workspace.read("over.md").replacingOccurrences(of: "001_bron.txt", with: "001_bron.tx"), to: "over.md")
        }
        let error = try #require(report.errors.first)
        #expect(error.file.hasSuffix("/Content/over.md"))
        #expect(error.line == 5)
        #expect(error.message.hasPrefix("bron '001_bron.tx' staat niet bij de bronnen in "))
        #expect(error.message.hasSuffix("/site.yml; bedoel je '001_bron.txt'?"))
    }

    @Test("A link that climbs out of Content is an error")
    func linkEscapes() throws {
        let report = try expectUntouched { workspace in
            try workspace.write(try workspace.read("a-sectie/twee.md") + "\n[geheim](../../etc/passwd)\n", to: "a-sectie/twee.md")
        }
        let error = try #require(report.errors.first)
        #expect(error.file.hasSuffix("/Content/a-sectie/twee.md"))
        #expect(error.line == 11)
        #expect(error.message == "de link '../../etc/passwd' gaat buiten de contentmap; link alleen naar bestanden daarbinnen")
    }

    @Test("A symlink to a file outside Content is an error, and nothing of it is copied")
    func symlinkToOutsideFile() throws {
        let report = try expectUntouched { workspace in
            let secret = workspace.root.appendingPathComponent("geheim.txt")
            try Data("geheim\n".utf8).write(to: secret)
            try FileManager.default.createSymbolicLink(at: workspace.content.appendingPathComponent("a-sectie/geheim.txt"),
                                                       withDestinationURL: secret)
        }
        let error = try #require(report.errors.first)
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(error.file.hasSuffix("/Content/a-sectie/geheim.txt"))
        #expect(error.message.hasPrefix("deze link (symbolische koppeling) wijst buiten de contentmap"))
    }

    @Test("A symlinked folder outside Content is an error too")
    func symlinkToOutsideFolder() throws {
        let report = try expectUntouched { workspace in
            let outside = workspace.root.appendingPathComponent("buiten")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            try Data("---\ntitel: Buiten\n---\n".utf8).write(to: outside.appendingPathComponent("index.md"))
            try FileManager.default.createSymbolicLink(at: workspace.content.appendingPathComponent("buiten"), withDestinationURL: outside)
        }
        #expect(report.matching("/Content/buiten:1:1: fout RB130: deze link (symbolische koppeling) wijst buiten de contentmap").count == 1, "\(report.listing)")
    }

    @Test("A content folder reached through a symlink is read like the folder itself, never as an empty site")
    func contentFolderIsSymlink() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let real = workspace.root.appendingPathComponent("echte-content")
        try FileManager.default.moveItem(at: workspace.content, to: real)
        try FileManager.default.createSymbolicLink(at: workspace.content, withDestinationURL: real)
        let report = workspace.build()
        // Either the pages are read through the link, or the build refuses; it must not publish an empty site.
        #expect(report.errorCount > 0 || report.pageCount == 10, "\(report.pageCount) pages, \(report.listing)")
        if report.written { #expect(workspace.outputExists("index.html"), "an empty site replaced the output") }
    }

    @Test("A symlink that stays inside Content is fine")
    func symlinkInside() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try FileManager.default.createSymbolicLink(at: workspace.content.appendingPathComponent("a-sectie/kopie.txt"),
                                                   withDestinationURL: workspace.content.appendingPathComponent("bijlage.txt"))
        let report = workspace.build()
        #expect(report.errorCount == 0, "\(report.listing)")
    }

    @Test("strict: a warning stops the build too")
    func strictWarnings() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write(try workspace.read("over.md") + "\n> [!GEVAAR]\n> Onbekend soort melding.\n", to: "over.md")
        let relaxed = workspace.build(write: false)
        #expect(relaxed.errorCount == 0)
        #expect(relaxed.warningCount == 1)
        let strict = workspace.build(strict: true)
        #expect(strict.errorCount == 1)
        #expect(!strict.written)
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
    }
}

@Suite("Build: templates")
struct TemplateErrorTests {
    @Test("A partial that does not exist names the template file and line")
    func missingPartial() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let templates = try workspace.useTemplateCopy()
        let layout = templates.appendingPathComponent("layouts/pagina.mustache")
        let text = try String(contentsOf: layout, encoding: .utf8)
        try text.replacingOccurrences(of: "{{> footer}}", with: "{{> voettekst}}").write(to: layout, atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("{{> footer}}") }! + 1
        let report = workspace.build()
        let error = try #require(report.errors.first)
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(error.file.hasSuffix("Templates/layouts/pagina.mustache"))
        #expect(error.line == line)
        #expect(error.message.hasPrefix("partial 'voettekst' bestaat niet"))
        #expect(!report.written)
    }

    @Test("A template syntax error names the template file")
    func syntaxError() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let templates = try workspace.useTemplateCopy()
        let partial = templates.appendingPathComponent("partials/titel.mustache")
        try "<title>{{#page.title}}{{page.title}}</title>\n".write(to: partial, atomically: true, encoding: .utf8)
        let report = workspace.build()
        let error = try #require(report.errors.first { $0.file.hasSuffix("Templates/partials/titel.mustache") }, "\(report.listing)")
        #expect(error.message.hasPrefix("fout in de templatetaal"))
        #expect(error.line >= 1)
        #expect(!report.written)
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
    }

    @Test("A partial with a syntax error is reported once, not also as a partial that does not exist")
    func brokenPartialNotReportedMissing() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let templates = try workspace.useTemplateCopy()
        try "<title>{{#page.title}}{{page.title}}</title>\n".write(to: templates.appendingPathComponent("partials/titel.mustache"),
                                                                   atomically: true, encoding: .utf8)
        let report = workspace.check()
        #expect(report.matching("titel.mustache").count >= 1)
        // The file exists; telling the editor to "add" it sends them the wrong way.
        #expect(report.matching("partial 'titel' bestaat niet").isEmpty, "\(report.listing)")
    }

    @Test("A missing layout the generator needs is named")
    func missingLayout() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let templates = try workspace.useTemplateCopy()
        try FileManager.default.removeItem(at: templates.appendingPathComponent("layouts/zoeken.mustache"))
        let report = workspace.check()
        #expect(report.matching("Templates/layouts/zoeken.mustache:1:1: fout RB312: deze layout ontbreekt, en de generator heeft hem nodig").count == 1, "\(report.listing)")
    }
}

@Suite("Build: flowchart errors in pages")
struct PageFlowchartTests {
    @Test("A flowchart syntax error is reported at the line in the file")
    func flowchartLine() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write("""
        ---
        titel: Over
        bronnen:
          - bestand: 001_bron.txt
            onderdeel: Alles
        ---

        Het schema:

        ```mermaid
        flowchart LR
          A[Start] --> B{Vraag?}
          B --> C[Einde
        ```
        """, to: "over.md")
        let report = workspace.check()
        let error = try #require(report.errors.first)
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(error.file.hasSuffix("/Content/over.md"))
        #expect(error.line == 13)
        #expect(error.message == "de tekst van knoop 'C' wordt niet gesloten met ']'" && error.code == "RB617")
    }
}
