import Foundation
@testable import RouteboekCore
import Testing
@testable import RouteboekServe

/// Issue 16 with issue 11's promise: the preview's builds run in one long-lived worker process that keeps
/// the model; a worker that crashes or hangs is reported, the last good site stays, and the next build
/// starts a new worker.
@Suite("Preview: builds in a long-lived worker process", .serialized)
struct BuildWorkerTests {
    @Test("The real worker: a full first build, then an edit to a page's text rebuilt from memory",
          .enabled(if: routeboekBuilt, "needs .build/debug/routeboek"))
    func realWorker() async throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try Fixture.writeContent(in: folder, marker: "eerste-versie")
        let options = Fixture.options(in: folder)
        var phases: [String] = []
        let worker = BuildWorker(executable: routeboekExecutable)
        defer { worker.stop() }
        let first = worker.run(options, changes: [], progress: nil)
        #expect(first.written, "\(first.diagnostics.map(\.description))")
        #expect(first.phases.map(\.name) == ["read", "check", "document", "render", "write"])
        let pid = try #require(worker.processIdentifier)
        try Fixture.writeContent(in: folder, marker: "tweede-versie")
        let page = folder.url.appendingPathComponent("Content/index.md").path
        let second = worker.run(options, changes: [page], progress: nil)
        #expect(second.written, "\(second.diagnostics.map(\.description))")
        // The same worker, and it read one page of two again.
        #expect(worker.processIdentifier == pid)
        phases = second.phases.map(\.detail)
        #expect(phases.first == "1 of 2 pages again")
        #expect(try String(contentsOf: options.output.appendingPathComponent("index.html"), encoding: .utf8).contains("tweede-versie"))
    }

    @Test("A worker that died between builds is replaced without a word: the next build is a full one and succeeds",
          .enabled(if: routeboekBuilt, "needs .build/debug/routeboek"))
    func killedWorker() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try Fixture.writeContent(in: folder, marker: "eerste-versie")
        let options = Fixture.options(in: folder)
        let worker = BuildWorker(executable: routeboekExecutable)
        defer { worker.stop() }
        #expect(worker.run(options, changes: [], progress: nil).written)
        let pid = try #require(worker.processIdentifier)
        kill(pid, SIGKILL)
        let deadline = Date().addingTimeInterval(10)
        while worker.processIdentifier != nil && Date() < deadline { usleep(10_000) }
        try Fixture.writeContent(in: folder, marker: "tweede-versie")
        let page = folder.url.appendingPathComponent("Content/index.md").path
        let next = worker.run(options, changes: [page], progress: nil)
        #expect(next.written, "\(next.diagnostics.map(\.description))")
        #expect(next.phases.first?.detail == "2 pages, 0 files", "a new worker builds everything")
        #expect(worker.processIdentifier != pid)
        #expect(try String(contentsOf: options.output.appendingPathComponent("index.html"), encoding: .utf8).contains("tweede-versie"))
    }

    @Test("A worker that crashes: the overlay says so, the last good site stays served")
    func crashingWorker() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try Fixture.writeContent(in: folder, marker: "goede-versie")
        let options = Fixture.options(in: folder)
        #expect(SiteBuilder.run(options).written)
        let crashing = BuildWorker(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "read line; kill -SEGV $$", "sh"])
        let session = try PreviewSession(options: options, runner: .worker(crashing))
        defer { session.stop() }
        let outcome = session.start()
        #expect(!outcome.status.ok)
        let problem = try #require(outcome.status.errors.first)
        #expect(problem.code == "RB804")
        #expect(problem.message.contains("vastgelopen (signaal 11"))
        #expect(try String(contentsOf: options.output.appendingPathComponent("index.html"), encoding: .utf8).contains("goede-versie"))
    }

    @Test("A worker that hangs is stopped after the time limit and reported; the next build gets a new one")
    func hangingWorker() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try Fixture.writeContent(in: folder, marker: "x")
        let hanging = BuildWorker(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "exec sleep 60", "sh"], timeout: .seconds(1))
        defer { hanging.stop() }
        let start = Date()
        let report = hanging.run(Fixture.options(in: folder), changes: [], progress: nil)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(report.errorCount == 1)
        #expect(report.diagnostics.first?.code == "RB802")
        #expect(hanging.processIdentifier == nil)
    }

    @Test("Requests cross the process boundary whole, paths with spaces and quotes too")
    func requests() {
        let paths = ["/tmp/a b/\"c\".md", "/tmp/é.md"]
        #expect(BuildWorker.changes(fromRequest: BuildWorker.requestLine(paths)) == paths)
        #expect(!BuildWorker.requestLine(paths).contains("\n"))
        #expect(BuildWorker.changes(fromRequest: "geen json") == nil)
    }
}
