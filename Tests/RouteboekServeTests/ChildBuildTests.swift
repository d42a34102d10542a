import Foundation
import Hummingbird
import HummingbirdTesting
@testable import RouteboekCore
import Testing
@testable import RouteboekServe

/// The routeboek executable built beside the tests (`swift build --build-tests` builds it too).
let routeboekExecutable: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".build/debug/routeboek")
let routeboekBuilt = FileManager.default.isExecutableFile(atPath: routeboekExecutable.path)

/// Issue 11: the preview server survives any content and template, including content that crashes
/// or hangs a build, because every rebuild runs in a child process; the overlay says what went wrong.
@Suite("Preview: builds in a child process")
struct ChildBuildTests {
    @Test("A build in a child reports like one in the process: positioned errors, then the site on success",
          .enabled(if: routeboekBuilt, "needs .build/debug/routeboek"))
    func realChild() async throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try Fixture.writeContent(in: folder, marker: "eerste-versie")
        let options = Fixture.options(in: folder)
        let session = try PreviewSession(options: options, runner: .childProcess(ChildBuild(executable: routeboekExecutable)))
        defer { session.stop() }
        let first = session.start()
        #expect(first.status.ok, "\(first.report.diagnostics.map(\.description))")
        #expect(first.report.pageCount == 2)
        #expect(first.report.phases.map(\.name) == ["read", "check", "document", "render", "write"])
        try folder.write(Fixture.page(title: "Start", body: "Kapot. Zie [weg](bestaat-niet.md)."), to: "Content/index.md")
        #expect(await eventually { !session.hub.current.ok })
        let problem = try #require(session.hub.current.errors.first)
        #expect(problem.file.hasSuffix("Content/index.md"))
        #expect((problem.line, problem.column) == (5, 12))
        #expect(problem.message.contains("bestaat-niet.md"))
        try Fixture.writeContent(in: folder, marker: "tweede-versie")
        #expect(await eventually { session.hub.current.ok && session.hub.current.build == 2 })
        #expect(try String(contentsOf: options.output.appendingPathComponent("index.html"), encoding: .utf8).contains("tweede-versie"))
    }

    @Test("A build that crashes: the server keeps serving the last good site and the overlay says it crashed")
    func crashingChild() async throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try Fixture.writeContent(in: folder, marker: "goede-versie")
        let options = Fixture.options(in: folder)
        #expect(SiteBuilder.run(options).written)
        // A real process that dies of a segmentation fault, as the renderer once did (defect 1).
        let crashing = ChildBuild(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "kill -SEGV $$", "sh"])
        let session = try PreviewSession(options: options, runner: .childProcess(crashing))
        defer { session.stop() }
        let outcome = session.start()
        #expect(!outcome.status.ok)
        let problem = try #require(outcome.status.errors.first)
        #expect(problem.code == "RB804")
        #expect(problem.message.contains("vastgelopen (signaal 11"))
        #expect(problem.message.contains("je ziet nog de laatste goede versie van de site"))
        #expect(problem.file.hasSuffix("Content"))
        let app = PreviewServer(output: options.output, hub: session.hub, port: 0).application()
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("goede-versie"))
            async let events = client.execute(uri: "/__routeboek/events", method: .get)
            try await Task.sleep(for: .milliseconds(200))
            session.hub.close()
            #expect(try await events.text.contains("vastgelopen (signaal 11"))
        }
    }

    @Test("A build that hangs is stopped after its time and reported")
    func hangingChild() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try Fixture.writeContent(in: folder, marker: "x")
        let hanging = ChildBuild(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "exec sleep 60", "sh"], timeout: .seconds(1))
        let start = Date()
        let report = hanging.run(Fixture.options(in: folder), progress: nil)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(report.errorCount == 1)
        #expect(report.diagnostics.first?.code == "RB802")
        #expect(report.diagnostics.first?.message.contains("duurde langer dan") == true)
    }

    @Test("A child that exits without a report is an error, not a success")
    func silentChild() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let silent = ChildBuild(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "echo not json; exit 3", "sh"])
        let report = silent.run(Fixture.options(in: folder), progress: nil)
        #expect(report.errorCount == 1)
        #expect(report.diagnostics.first?.code == "RB805")
        #expect(report.diagnostics.first?.message.contains("(status 3)") == true)
        #expect(!report.written)
    }

    @Test("Reports cross the process boundary whole: every diagnostic, phase and count")
    func transport() throws {
        var report = BuildReport()
        report.diagnostics = [Diagnostic(.error, file: "Content/a.md", line: 3, column: 7, "één \"fout\" met \u{1B}"),
                              Diagnostic(.warning, file: "Templates/x", "let op")]
        report.phases = [BuildReport.Phase(name: "read", seconds: 0.25, detail: "2 pages")]
        report.pageCount = 2
        report.generatedCount = 5
        report.routeCount = 1
        report.written = true
        report.pagesOnly = true
        let line = ReportTransport.line(for: report)
        #expect(!line.contains("\n"))
        guard case .report(let back)? = ReportTransport.message(from: Substring(line)) else {
            Issue.record("not a report: \(line)")
            return
        }
        #expect(back.diagnostics == report.diagnostics)
        #expect(back.phases.map(\.name) == ["read"] && back.phases.first?.detail == "2 pages")
        #expect((back.pageCount, back.generatedCount, back.routeCount, back.written, back.pagesOnly) == (2, 5, 1, true, true))
    }
}
