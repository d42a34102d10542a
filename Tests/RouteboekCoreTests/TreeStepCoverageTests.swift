import Beslisboom
import Foundation
import Testing
@testable import RouteboekCore

/// `check` renders one step page of each kind (TreeSite.StepCoverage), a build every one. These tests
/// hold the promise that makes that safe: check finds what a build would find, and reports the same.
@Suite("check: one step page of each kind")
struct TreeStepCoverageTests {
    @Test("On the real site, check counts the HTML files a build writes, and the build writes every step page")
    func sameCountAsBuild() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("routeboek-coverage-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let check = SiteBuilder.run(BuildOptions(content: realContent, templates: realTemplates, output: output, write: false))
        let build = SiteBuilder.run(BuildOptions(content: realContent, templates: realTemplates, output: output))
        try #require(check.errorCount == 0 && build.errorCount == 0, "\(check.listing)\n\(build.listing)")
        #expect(check.generatedCount == build.generatedCount)
        let steps = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("beslisboom/stap").path)
        let folder = realContent.appendingPathComponent(ContentScanner.treeFolder)
        let texts = Dictionary(uniqueKeysWithValues: try TreeLoader.files.map { name in
            (name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        })
        var loaded: [Diagnostic] = []
        let tree = try #require(TreeLoader.load(texts: texts, displayFolder: "Content/beslisboom", diagnostics: &loaded))
        let enumeration = tree.enumerateRoutes()
        #expect(steps.count == enumeration.questionPrefixes.count + enumeration.routes.count)
    }

    @Test("A broken template link that only result pages carry: check reports exactly what build reports")
    func checkFindsWhatOnlySomeStepsShow() throws {
        let workspace = try Workspace(fixture: "tree-site")
        let templates = try workspace.useTemplateCopy()
        let layout = templates.appendingPathComponent("layouts/beslisboom-stap.mustache")
        let text = try String(contentsOf: layout, encoding: .utf8)
        // On result pages only: check must render at least one of them to see this link.
        let broken = text.replacingOccurrences(of: "{{^step.question}}{{{step.outcomeHTML}}}",
                                               with: "{{^step.question}}<a href=\"{{root}}weg.html\">weg</a>{{{step.outcomeHTML}}}")
        try #require(broken != text)
        try Data(broken.utf8).write(to: layout)
        let check = workspace.check()
        let build = workspace.build()
        #expect(check.errorCount > 0)
        #expect(check.diagnostics.map(\.description) == build.diagnostics.map(\.description))
        #expect(check.listing.contains("weg.html"), "\(check.listing)")
    }
}
