import Foundation
import Testing
@testable import RouteboekCore

/// A layout the generator does not know, or a partial nothing includes, never reaches a page: the build
/// says so (a warning, so `check --strict` fails) instead of ignoring the file.
@Suite("Templates that are never used")
struct TemplateUnusedTests {
    @Test("A misnamed copy of a layout and a partial nothing includes: one warning each, with the fix")
    func unusedFiles() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let templates = try workspace.useTemplateCopy()
        try FileManager.default.copyItem(at: templates.appendingPathComponent("layouts/pagina.mustache"),
                                         to: templates.appendingPathComponent("layouts/pagna.mustache"))
        try Data("<p>Oud blok</p>\n".utf8).write(to: templates.appendingPathComponent("partials/oud-blok.mustache"))
        let report = workspace.build()
        #expect(report.errorCount == 0, "\(report.listing)")
        let unused = report.warnings.map(\.description).filter { $0.contains(" RB330: ") || $0.contains(" RB331: ") }
        let expected = [
            "/Templates/layouts/pagna.mustache:1:1: waarschuwing RB330: de generator kent geen layout 'pagna', dus deze wordt nooit gebruikt; bedoel je 'pagina'? (de layouts: pagina, wijzigingen, beslisboom, beslisboom-stap, alle-routes, stroomschema, zoeken, register, routeboek-compleet)",
            "/Templates/partials/oud-blok.mustache:1:1: waarschuwing RB331: geen layout of partial neemt 'oud-blok' op ({{> oud-blok}}), dus deze wordt nooit gebruikt; neem hem op of haal het bestand weg",
        ]
        #expect(unused.count == expected.count, "\(report.listing)")
        for (line, suffix) in zip(unused, expected) {
            #expect(line.hasSuffix(suffix), "\(line)")
        }
    }

    @Test("The real theme uses every file it has")
    func realThemeUsesEverything() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let report = workspace.build()
        #expect(report.matching("RB330").isEmpty && report.matching("RB331").isEmpty, "\(report.listing)")
    }
}
