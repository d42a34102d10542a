import Foundation
import Testing
@testable import RouteboekCore

/// Templates/styles/NAME/*.css: one file per component, joined by the build into assets/NAME.css.
@Suite("Stylesheets kept in parts")
struct StylesheetPartsTests {
    /// A templates folder holding only `styles/`, with these files (path below styles/ → text).
    private func stylesFolder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("routeboek-styles-\(UUID().uuidString)")
        for (path, text) in files {
            let file = root.appendingPathComponent("styles/\(path)")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return root
    }

    /// The real parts of one stylesheet, in name order, with their bytes.
    private func realParts(_ name: String) throws -> [(name: String, bytes: Data)] {
        let folder = realTemplates.appendingPathComponent("styles/\(name)")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    /// Builds site-basic with a copy of the real templates changed by `change`; the build must fail.
    private func brokenBuild(_ change: (URL) throws -> Void) throws -> BuildReport {
        let workspace = try Workspace(fixture: "site-basic")
        try change(try workspace.useTemplateCopy())
        let report = workspace.build()
        #expect(!report.written)
        return report
    }

    @Test("Parts are joined in name order (byte order, as LC_ALL=C ls), hidden files left out, nothing added between them")
    func joinOrder() throws {
        let root = try stylesFolder([
            "thema/10-tien.css": "/* tien */\n",
            "thema/02-twee.css": "/* twee */\n",
            "thema/1-een.css": "/* een */",
            "thema/B-hoofdletter.css": "/* B */\n",
            "thema/.02-twee.css.swp": "kladversie",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let log = DiagnosticLog()
        let (sheets, ok) = StylesheetParts.find(templatesRoot: root, displayRoot: "Templates", diagnostics: log)
        #expect(ok && log.all.isEmpty, "\(log.all)")
        let sheet = try #require(sheets.first)
        #expect(sheets.count == 1 && sheet.outputPath == "assets/thema.css")
        #expect(sheet.parts == ["02-twee.css", "1-een.css", "10-tien.css", "B-hoofdletter.css"])
        #expect(try sheet.joined(templatesRoot: root).get() == "/* twee */\n/* een *//* tien */\n/* B */\n")
    }

    @Test("The built assets/routeboek.css and assets/beslisboom.css are their real parts joined byte for byte",
          arguments: ["routeboek", "beslisboom"])
    func realJoin(_ name: String) throws {
        let workspace = try Workspace(fixture: "site-basic")
        let report = workspace.build()
        try #require(report.errorCount == 0, "\(report.listing)")
        let built = try Data(contentsOf: workspace.output.appendingPathComponent("assets/\(name).css"))
        let parts = try realParts(name)
        #expect(parts.count >= 5)
        #expect(built == parts.reduce(Data()) { $0 + $1.bytes })
        // Split at the section lines of the one file it was: every part but the first (which has the
        // file's opening comment too) starts with its section's heading.
        for part in parts.dropFirst() {
            #expect(String(decoding: part.bytes, as: UTF8.self).hasPrefix("/* ---------- "), "\(part.name)")
        }
    }

    @Test("A page links the joined file, which is one file in assets/ (one request, works from file://)")
    func pagesLinkTheJoinedFile() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try #require(workspace.build().errorCount == 0)
        #expect(try workspace.outputText("index.html").contains("href=\"assets/routeboek.css\""))
        #expect(!workspace.outputExists("assets/07-content.css") && !workspace.outputExists("styles"))
    }

    @Test("An unbalanced bracket in a part is an error at that part's own line and column")
    func brokenPartPositioned() throws {
        var line = 0
        let report = try brokenBuild { templates in
            let file = templates.appendingPathComponent("styles/routeboek/07-content.css")
            let text = try String(contentsOf: file, encoding: .utf8)
            line = text.filter { $0 == "\n" }.count + 1
            try Data((text + ".kapot {\n  color: red;\n").utf8).write(to: file)
        }
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(line > 10 && line < 300, "a line of the part, not of the joined file")
        #expect(report.matching("Templates/styles/routeboek/07-content.css:\(line):8: fout RB314: dit bestand van het thema klopt niet: '{' wordt nooit gesloten").count == 1,
                "\(report.listing)")
    }

    @Test("A closing bracket a part never opened (it belongs to the part before) is an error in that part")
    func bracketAcrossParts() throws {
        let report = try brokenBuild { templates in
            let first = templates.appendingPathComponent("styles/routeboek/09-callouts.css")
            let second = templates.appendingPathComponent("styles/routeboek/10-tables.css")
            try Data((try String(contentsOf: first, encoding: .utf8) + "@media print {\n").utf8).write(to: first)
            try Data(("}\n" + (try String(contentsOf: second, encoding: .utf8))).utf8).write(to: second)
        }
        #expect(report.errors.count == 2, "\(report.listing)")
        #expect(report.matching("Templates/styles/routeboek/09-callouts.css:").first?.message.contains("'{' wordt nooit gesloten") == true, "\(report.listing)")
        #expect(report.matching("Templates/styles/routeboek/10-tables.css:1:1: fout RB314").first?.message.contains("'}' sluit een haakje dat hier nooit geopend is") == true,
                "\(report.listing)")
    }

    @Test("An empty part is an error naming the stylesheet it belongs to", arguments: ["", "\n  \n"])
    func emptyPart(_ text: String) throws {
        let report = try brokenBuild { templates in
            try Data(text.utf8).write(to: templates.appendingPathComponent("styles/beslisboom/04-all-routes.css"))
        }
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(report.matching("Templates/styles/beslisboom/04-all-routes.css:1:1: fout RB319: dit deel van assets/beslisboom.css is leeg").count == 1,
                "\(report.listing)")
    }

    @Test("A part that cannot be read (a link to nothing) is one error naming the stylesheet")
    func unreadablePart() throws {
        let report = try brokenBuild { templates in
            try FileManager.default.createSymbolicLink(atPath: templates.appendingPathComponent("styles/routeboek/99-weg.css").path,
                                                       withDestinationPath: "bestaat-niet.css")
        }
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(report.matching("Templates/styles/routeboek/99-weg.css:1:1: fout RB320: dit deel van assets/routeboek.css kan niet gelezen worden").count == 1,
                "\(report.listing)")
    }

    @Test("A part that is not UTF-8 is an error at the bad byte")
    func partNotUTF8() throws {
        let report = try brokenBuild { templates in
            try Data("a {\n  content: \"".utf8 + [0xE9] + "\";\n}\n".utf8)
                .write(to: templates.appendingPathComponent("styles/routeboek/04-skip-link.css"))
        }
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(report.matching("Templates/styles/routeboek/04-skip-link.css:2:13: fout").count == 1, "\(report.listing)")
    }

    @Test("A joined stylesheet that is also in Templates/assets has two sources: one error on the assets file")
    func clash() throws {
        let report = try brokenBuild { templates in
            try Data("body { color: black; }\n".utf8).write(to: templates.appendingPathComponent("assets/routeboek.css"))
        }
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(report.matching("Templates/assets/routeboek.css:1:1: fout RB321: assets/routeboek.css wordt ook uit de delen in ").count == 1,
                "\(report.listing)")
        #expect(report.errors.first?.message.contains("Templates/styles/routeboek") == true)
    }

    @Test("What is in Templates/styles but would not be joined is an error, not silently left out")
    func strayFiles() throws {
        let report = try brokenBuild { templates in
            let styles = templates.appendingPathComponent("styles")
            try Data("a { }\n".utf8).write(to: styles.appendingPathComponent("los.css"))
            try Data("a\n  b: c\n".utf8).write(to: styles.appendingPathComponent("routeboek/08-forms.scss"))
            try FileManager.default.createDirectory(at: styles.appendingPathComponent("leeg"), withIntermediateDirectories: true)
        }
        #expect(report.errors.count == 3, "\(report.listing)")
        #expect(report.matching("Templates/styles/los.css:1:1: fout RB323").count == 1, "\(report.listing)")
        #expect(report.matching("Templates/styles/routeboek/08-forms.scss:1:1: fout RB322: alleen .css-bestanden worden samengevoegd tot assets/routeboek.css").count == 1,
                "\(report.listing)")
        #expect(report.matching("Templates/styles/leeg:1:1: fout RB324: deze map heeft geen .css-bestanden, dus assets/leeg.css zou leeg zijn").count == 1,
                "\(report.listing)")
    }
}
