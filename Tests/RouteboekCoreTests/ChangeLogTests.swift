import Foundation
import Testing
@testable import RouteboekCore

/// The broken copies of Fixtures/changes/site's wijzigingen.yml under Fixtures/broken-changes/, one
/// break each, with expected.txt: the exact diagnostics a check prints on 2026-11-30.
let brokenChangeCases = [
    "bad-date", "empty-list", "future-date", "list-in-list", "markdown-in-text", "missing-date", "missing-page",
    "unknown-key", "unknown-outcome", "unknown-page",
]

extension Workspace {
    /// The tiny tree site with a wijzigingen.yml and its page.
    static func withChanges() throws -> Workspace {
        let workspace = try Workspace(fixture: "tree-site")
        for name in ["wijzigingen.yml", "wijzigingen.md"] {
            try workspace.write(String(contentsOf: Fixtures.url("changes/site/\(name)"), encoding: .utf8), to: name)
        }
        return workspace
    }
}

@Suite("Wat is er veranderd: wijzigingen.yml")
struct ChangeLogTests {
    @Test("The fixture with changes checks without a diagnostic, also with --strict")
    func clean() throws {
        let workspace = try Workspace.withChanges()
        let report = workspace.build(today: fixtureToday, write: false, strict: true)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
    }

    @Test("Broken wijzigingen.yml: check prints exactly the expected diagnostic", arguments: brokenChangeCases)
    func broken(name: String) throws {
        let workspace = try Workspace.withChanges()
        let folder = try Fixtures.url("broken-changes/\(name)")
        try workspace.write(String(contentsOf: folder.appendingPathComponent("wijzigingen.yml"), encoding: .utf8), to: "wijzigingen.yml")
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        try #require(!expected.isEmpty)
        let report = workspace.build(today: fixtureToday, write: false)
        let printed = report.diagnostics.map { $0.description.replacingOccurrences(of: workspace.root.path + "/", with: "") }
        updateExpected("broken-changes/\(name)/expected.txt", printed)
        #expect(printed == expected, "\(name): got\n\(printed.joined(separator: "\n"))")
        if report.diagnostics.allSatisfy({ $0.severity == .warning }) {
            #expect(report.errorCount == 0, "a warning alone must not fail a check")
        } else {
            #expect(report.errorCount > 0)
        }
    }

    @Test("Every folder under broken-changes is a listed case")
    func brokenFolders() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("broken-changes").path).filter { !$0.hasPrefix(".") }
        #expect(folders.sorted() == brokenChangeCases.sorted())
    }

    @Test("An outcome on a site without a beslisboom is an error at its line")
    func outcomeWithoutTree() throws {
        let workspace = try Workspace(fixture: "content-checks/good")
        try workspace.write("---\ntitel: Wat is er veranderd\nbijgewerkt: 2026-11-30\nbronnen: []\n---\n\nHet nieuwste eerst.\n", to: "wijzigingen.md")
        try workspace.write("pagina: wijzigingen.md\nwijzigingen:\n  - datum: 2026-11-30\n    wat: Iets.\n    uitkomsten: [duo]\n",
                            to: "wijzigingen.yml")
        let report = workspace.build(today: fixtureToday, write: false)
        #expect(report.diagnostics.map(\.message) == ["uitkomst 'duo': deze site heeft geen beslisboom"], "\(report.listing)")
        #expect(report.diagnostics.first.map { ($0.line, $0.column) } ?? (0, 0) == (5, 18))
    }

    @Test("A templates folder without the wijzigingen layout is an error at 'pagina'")
    func missingLayout() throws {
        let workspace = try Workspace.withChanges()
        let templates = try workspace.useTemplateCopy()
        try FileManager.default.removeItem(at: templates.appendingPathComponent("layouts/wijzigingen.mustache"))
        let report = workspace.build(today: fixtureToday, write: false)
        let printed = report.diagnostics.map { $0.description.replacingOccurrences(of: workspace.root.path + "/", with: "") }
        #expect(printed == ["Content/wijzigingen.yml:1:9: fout RB533: deze pagina gebruikt de layout 'wijzigingen', maar die ontbreekt in de templates: maak layouts/wijzigingen.mustache"])
        #expect(report.errorCount == 1)
    }

    @Test("The page lists the changes newest first, grouped by day, with links that resolve")
    func rendered() throws {
        let workspace = try Workspace.withChanges()
        let report = workspace.build(today: fixtureToday)
        try #require(report.errorCount == 0, "\(report.listing)")
        let html = try workspace.outputText("wijzigingen.html")
        let days = html.components(separatedBy: "<h2 id=\"wijziging-").dropFirst().map { String($0.prefix(10)) }
        #expect(days == ["2026-11-30", "2026-10-01"])
        let texts = html.components(separatedBy: "<div class=\"wijziging\">").dropFirst().compactMap { slice($0, from: "<p>", to: "</p>") }
        #expect(texts == ["De beslisboom vraagt nu of het verzuim ongeoorloofd is.", "Een tweede wijziging op dezelfde dag.",
                          "De uitleg over melden is aangevuld."])
        let first = try #require(slice(html, from: "<div class=\"wijziging\">", to: "</div>"))
        #expect(anchorTexts(in: first) == ["Beslisboom", "Uitleg", "Meld bij DUO", "Registreer in OT"])
        // Every link on the page points to a file the build wrote.
        for target in linkTargets(in: html) where !target.hasPrefix("#") && !target.contains("://") && !target.hasPrefix("mailto:") {
            let path = String(target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
            guard !path.isEmpty else { continue }
            #expect(workspace.outputExists(path), "wijzigingen.html links to \(target), which was not written")
        }
        #expect(first.contains("href=\"beslisboom/stap/ja_ja.html\""), "the outcome links to the result page of its first route")
        #expect(!workspace.outputExists(ChangeLog.fileName), "the data file is not copied to the site")
        #expect(try workspace.outputText("index.html").contains("href=\"wijzigingen.html\""), "the page is in the navigation")
    }

    @Test("Entries of one day keep their order in the file; days go newest first")
    func order() throws {
        var diagnostics: [Diagnostic] = []
        let text = """
        pagina: w.md
        wijzigingen:
          - { datum: 2026-01-02, wat: b }
          - { datum: 2026-03-01, wat: c }
          - { datum: 2026-01-02, wat: a }
        """
        let log = try #require(ChangeLog.parse(text, file: "w.yml", diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty)
        #expect(log.newestFirst.map(\.text) == ["c", "b", "a"])
    }
}
