import Foundation
@testable import RouteboekCore
import Testing
@testable import RouteboekServe

@Suite struct PieceTests {
    @Test func rewritesTheCSPOnlyInTheHead() {
        let html = """
            <html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'none'"></head>
            <body><pre>connect-src 'none'</pre></body></html>
            """
        let served = PreviewInjection.inject(into: html, build: 7)
        #expect(served.contains(#"content="default-src 'self'; connect-src 'self'">"#))
        #expect(served.contains("<pre>connect-src 'none'</pre>"))
        #expect(served.hasSuffix(PreviewInjection.scriptTag + "</body></html>"))
        #expect(served.contains(#"<meta name="routeboek-build" content="7"></head>"#))
    }

    @Test func injectsIntoAPageWithoutHeadOrBody() {
        let served = PreviewInjection.inject(into: "<p>kaal</p>", build: 1)
        #expect(served.hasPrefix("<p>kaal</p>"))
        #expect(served.contains(PreviewInjection.scriptTag))
        #expect(served.contains(PreviewInjection.stylesheetTag))
    }

    @Test func statusFollowsBuilds() {
        var good = BuildReport()
        good.written = true
        var bad = BuildReport()
        bad.diagnostics = [Diagnostic(.error, file: "Content/a.md", line: 4, column: 2, "kapot"),
                           Diagnostic(.warning, file: "Content/b.md", "let op")]
        let first = BuildStatus().after(good)
        #expect(first == BuildStatus(build: 1, ok: true))
        let failed = first.after(bad)
        #expect(failed.build == 1)
        #expect(!failed.ok)
        #expect(failed.errors == [BuildStatus.Problem(file: "Content/a.md", line: 4, column: 2, message: "kapot")])
        #expect(failed.after(good) == BuildStatus(build: 2, ok: true))
    }

    @Test("A page may take its new body in place only after a rebuild of pages' text, with no other change since the last good build")
    func pagesOnly() {
        var full = BuildReport()
        full.written = true
        var pages = full
        pages.pagesOnly = true
        var bad = BuildReport()
        bad.diagnostics = [Diagnostic(.error, file: "Content/a.md", line: 4, column: 2, "kapot")]
        var badPage = bad
        badPage.pagesOnly = true
        let first = BuildStatus().after(full)
        #expect(!first.pagesOnly)
        #expect(first.after(pages).pagesOnly)
        #expect(!first.after(pages).after(full).pagesOnly)
        // A stylesheet saved while a page was broken still needs loading once the page is fixed.
        let otherWhileBroken = first.after(badPage).after(bad)
        #expect(otherWhileBroken.otherChangesPending)
        let fixed = otherWhileBroken.after(pages)
        #expect(!fixed.pagesOnly)
        #expect(!fixed.otherChangesPending)
        #expect(fixed.after(pages).pagesOnly)
        #expect(first.after(badPage).after(pages).pagesOnly)
    }

    @Test func encodesServerSentEvents() {
        let text = EventStream.encode(.status(BuildStatus(build: 2, ok: false, errors: [BuildStatus.Problem(file: "a/b.md", line: 3, column: 1, message: "regel\ntwee")])))
        #expect(text == "event: build\ndata: {\"build\":2,\"errors\":[{\"column\":1,\"file\":\"a/b.md\",\"line\":3,\"message\":\"regel\\ntwee\"}],\"ok\":false,\"otherChangesPending\":false,\"pagesOnly\":false}\n\n")
        #expect(EventStream.encode(.heartbeat) == ": heartbeat\n\n")
    }

    @Test func hubSendsChangesToSubscribersAndEndsThemOnClose() async {
        let hub = BuildStatusHub()
        var received: [BuildStatusHub.Message] = []
        let stream = hub.subscribe()
        hub.publish(BuildStatus(build: 1))
        hub.heartbeat()
        hub.close()
        for await message in stream { received.append(message) }
        #expect(received == [.status(BuildStatus()), .status(BuildStatus(build: 1)), .heartbeat])
        #expect(hub.subscriberCount == 0)
    }

    @Test func watcherReportsChangesInNewFoldersAndIgnoresHiddenFiles() async throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let changes = ChangeLog()
        let watcher = try FileWatcher(roots: [folder.url], quietPeriod: 0.05) { changes.add($0) }
        watcher.start()
        defer { watcher.stop() }
        try folder.write("x", to: ".verborgen.swp")
        try await Task.sleep(for: .milliseconds(200))
        #expect(changes.all.isEmpty)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("nieuw"), withIntermediateDirectories: true)
        #expect(await eventually { !changes.all.isEmpty })
        try folder.write("y", to: "nieuw/pagina.md")
        #expect(await eventually { changes.all.contains(folder.url.appendingPathComponent("nieuw/pagina.md").path) })
    }
}

final class ChangeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ paths: [String]) { lock.withLock { items += paths } }
    var all: [String] { lock.withLock { items } }
}
