import Foundation
import Testing
@testable import RouteboekCore

/// An option id is part of a file name (the route's page without JavaScript): a route whose name would
/// be longer than a file name can be is an error in check as in build (RB286), never RB407 on writing.
@Suite("Beslisboom: option ids as file names")
struct StepFileNameTests {
    /// The tiny tree site with the option `verzuim=ja` renamed to `id` (in boom.yml and scenarios.yml).
    static func workspace(optionID id: String) throws -> Workspace {
        let workspace = try Workspace(fixture: "tree-site")
        let tree = try workspace.read("beslisboom/boom.yml")
        let renamed = tree.replacingOccurrences(of: "      - id: ja\n        label: Ja, ongeoorloofd", with: "      - id: \(id)\n        label: Ja, ongeoorloofd")
        try #require(renamed != tree)
        try workspace.write(renamed, to: "beslisboom/boom.yml")
        let scenarios = try workspace.read("beslisboom/scenarios.yml")
        try #require(scenarios.contains("verzuim: ja }"))
        try workspace.write(scenarios.replacingOccurrences(of: "verzuim: ja }", with: "verzuim: \(id) }"), to: "beslisboom/scenarios.yml")
        return workspace
    }

    @Test("A route whose page name would be 256 bytes or more is one error at the longest id, in check and in build, naming the length that fits")
    func tooLong() throws {
        // The route ingeschreven=ja → verzuim=<id>: `ja_<id>.html` is 3 + 253 + 5 = 261 bytes, 6 too many.
        let id = "ja-" + String(repeating: "x", count: 250)
        let workspace = try Self.workspace(optionID: id)
        let expected = ["beslisboom/boom.yml:20:13: fout RB286: de id van optie 'verzuim=ja-xxxxxxxxxxxxxxxxxxxxxxxxxxx\u{2026}' is 253 tekens, te lang voor een bestandsnaam: de pagina zonder JavaScript van een route met dit antwoord heet naar de ids van al zijn antwoorden (2 antwoorden, met '_' ertussen en '.html' erachter 261 tekens), en een bestandsnaam mag hoogstens 255 tekens zijn; maak de id hoogstens 247 tekens"]
        for report in [workspace.check(), workspace.build()] {
            let printed = report.diagnostics.map { $0.description.replacingOccurrences(of: workspace.content.path + "/", with: "") }
            #expect(printed == expected, "\(printed.joined(separator: "\n"))")
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
    }

    @Test("The longest id that fits builds, and its page is written")
    func longestThatFits() throws {
        let id = "ja-" + String(repeating: "x", count: 244)
        let workspace = try Self.workspace(optionID: id)
        let report = workspace.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        #expect(workspace.outputExists("beslisboom/stap/ja_\(id).html"))
    }
}
