import Foundation
import Testing
@testable import RouteboekCore

@Suite("check --format: text, github, json")
struct DiagnosticFormatTests {
    /// The good content with an error, a warning and a notice (Fixtures/formats), checked on 2026-11-30,
    /// with paths as a run from the workspace would print them.
    func mixedDiagnostics() throws -> [Diagnostic] {
        let workspace = try Workspace(fixture: "content-checks/good")
        let overlay = try Fixtures.url("formats")
        for file in ["publicatiedata.yml", "index.md", "registratie/index.md"] {
            try workspace.write(String(contentsOf: overlay.appendingPathComponent(file), encoding: .utf8), to: file)
        }
        return workspace.build(today: fixtureToday, write: false).diagnostics.map { diagnostic in
            var relative = diagnostic
            relative.file = diagnostic.file.replacingOccurrences(of: workspace.root.path + "/", with: "")
            relative.message = diagnostic.message.replacingOccurrences(of: workspace.root.path + "/", with: "")
            return relative
        }
    }

    func expected(_ name: String) throws -> String {
        try String(contentsOf: Fixtures.url("formats/\(name)"), encoding: .utf8).trimmingCharacters(in: .newlines)
    }

    @Test("text is the familiar file:line:col: severity: message, one a line")
    func text() throws {
        let diagnostics = try mixedDiagnostics()
        #expect(diagnostics.map(\.severity) == [.error, .notice, .warning])
        #expect(DiagnosticFormat.text.render(diagnostics) == diagnostics.map(\.description).joined(separator: "\n"))
        #expect(DiagnosticFormat.text.render(diagnostics).hasPrefix("Content/index.md:12:1: fout RB116: plaatshouder 'TODO'"))
    }

    @Test("github gives one workflow command per diagnostic: ::error, ::warning, ::notice with file, line and col")
    func github() throws {
        #expect(DiagnosticFormat.github.render(try mixedDiagnostics()) == (try expected("expected.github.txt")))
    }

    @Test("json is a list of file, line, column, severity, message and the message's code")
    func json() throws {
        let rendered = DiagnosticFormat.json.render(try mixedDiagnostics())
        #expect(rendered == (try expected("expected.json")))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [[String: Any]])
        #expect(decoded.count == 3)
        #expect(decoded.allSatisfy { Set($0.keys).subtracting(["code"]) == ["file", "line", "column", "severity", "message"] })
        #expect(decoded.first?["code"] as? String == "RB116")
        #expect(DiagnosticFormat.json.render([]) == "[]")
    }

    @Test("GitHub's escaping: % CR LF in the message; also : and , in properties")
    func escaping() {
        let diagnostic = Diagnostic(.error, file: "Content/a,b:c%.md", line: 3, column: 7, "100% fout:\r\nregel twee, met komma")
        #expect(DiagnosticFormat.github.render([diagnostic])
                == "::error file=Content/a%2Cb%3Ac%25.md,line=3,col=7,title=routeboek::100%25 fout:%0D%0Aregel twee, met komma")
        #expect(GitHubCommand(.notice, message: "zonder plek").rendered == "::notice::zonder plek")
        #expect(GitHubCommand.escapeProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
    }
}
