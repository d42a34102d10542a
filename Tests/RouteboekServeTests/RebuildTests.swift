import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RouteboekServe

@Suite struct RebuildTests {
    @Test func picksUpAnEdit() async throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try Fixture.writeContent(in: folder, marker: "eerste-versie")
        let options = Fixture.options(in: folder)
        let session = try PreviewSession(options: options)
        defer { session.stop() }
        let first = session.start()
        #expect(first.status.ok, "\(first.report.diagnostics.map(\.description))")
        #expect(first.status.build == 1)
        let app = PreviewServer(output: options.output, hub: session.hub, port: 0).application()
        try await app.test(.router) { client in
            let before = try await client.execute(uri: "/", method: .get)
            #expect(before.text.contains("eerste-versie"))
            #expect(before.text.contains(#"content="1""#))

            try Fixture.writeContent(in: folder, marker: "tweede-versie")
            // The new site is in place a moment before the hub counts the build: wait for both.
            let updated = try await eventually {
                try await client.execute(uri: "/", method: .get).text.contains("tweede-versie") && session.hub.current.build >= 2
            }
            #expect(updated)
            let after = try await client.execute(uri: "/", method: .get)
            #expect(!after.text.contains("eerste-versie"))
            #expect(session.hub.current.build >= 2)
            #expect(after.text.contains(#"content="\#(session.hub.current.build)""#))
        }
    }

    @Test func keepsServingTheLastGoodSiteWhenABuildFails() async throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try Fixture.writeContent(in: folder, marker: "goede-versie")
        let options = Fixture.options(in: folder)
        let session = try PreviewSession(options: options)
        defer { session.stop() }
        #expect(session.start().status.ok)
        let app = PreviewServer(output: options.output, hub: session.hub, port: 0).application()
        try await app.test(.router) { client in
            // A link to a page that does not exist stops the build.
            try folder.write(Fixture.page(title: "Start", body: "Kapot. Zie [weg](bestaat-niet.md)."), to: "Content/index.md")
            let failed = await eventually { !session.hub.current.ok }
            #expect(failed)
            let status = session.hub.current
            #expect(status.build == 1)
            let problem = try #require(status.errors.first)
            #expect(problem.file.hasSuffix("Content/index.md"))
            #expect(problem.line > 1)
            #expect(problem.message.contains("bestaat-niet.md"))

            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("goede-versie"))
            #expect(!page.text.contains("Kapot"))

            // The event stream starts with the current status; closing the hub ends the stream.
            async let events = client.execute(uri: "/__routeboek/events", method: .get)
            try await Task.sleep(for: .milliseconds(200))
            session.hub.close()
            let stream = try await events
            #expect(stream.headers[.contentType] == "text/event-stream; charset=utf-8")
            #expect(stream.text.contains("event: build\n"))
            #expect(stream.text.contains(#""ok":false"#))
            #expect(stream.text.contains("bestaat-niet.md"))
            #expect(stream.text.contains(#""line":\#(problem.line)"#))
        }
    }

    @Test func reloadsAfterTheErrorIsFixed() async throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try Fixture.writeContent(in: folder, marker: "versie-een")
        let options = Fixture.options(in: folder)
        let session = try PreviewSession(options: options)
        defer { session.stop() }
        #expect(session.start().status.ok)
        try folder.write("titel: [", to: "Content/site.yml")
        #expect(await eventually { !session.hub.current.ok })
        try Fixture.writeContent(in: folder, marker: "versie-twee")
        #expect(await eventually { session.hub.current.ok && session.hub.current.build == 2 })
        let html = try String(contentsOf: options.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("versie-twee"))
        #expect(!html.contains("reload.js"))
    }
}
