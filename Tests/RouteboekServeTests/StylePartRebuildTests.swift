import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RouteboekServe

/// The preview watches Templates/ recursively: an edit to one part of a stylesheet
/// (Templates/styles/routeboek/07-content.css) rebuilds, and the joined file the pages load changes.
@Suite struct StylePartRebuildTests {
    @Test func editingAStylesheetPartRebuilds() async throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try Fixture.writeContent(in: folder, marker: "stijl")
        let templates = folder.url.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: Fixture.templates, to: templates)
        var options = Fixture.options(in: folder)
        options.templates = templates
        let session = try PreviewSession(options: options)
        defer { session.stop() }
        let first = session.start()
        #expect(first.status.ok, "\(first.report.diagnostics.map(\.description))")
        let app = PreviewServer(output: options.output, hub: session.hub, port: 0).application()
        try await app.test(.router) { client in
            let before = try await client.execute(uri: "/assets/routeboek.css", method: .get)
            #expect(before.text.contains("/* ---------- Content ---------- */"))
            #expect(!before.text.contains(".nieuw-onderdeel"))

            let part = templates.appendingPathComponent("styles/routeboek/07-content.css")
            let text = try String(contentsOf: part, encoding: .utf8)
            try Data((text + ".nieuw-onderdeel {\n  color: inherit;\n}\n").utf8).write(to: part)
            let updated = try await eventually {
                try await client.execute(uri: "/assets/routeboek.css", method: .get).text.contains(".nieuw-onderdeel {") && session.hub.current.build >= 2
            }
            #expect(updated)
        }
    }
}
