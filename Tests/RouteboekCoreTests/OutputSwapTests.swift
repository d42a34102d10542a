import Foundation
import Testing
@testable import RouteboekCore

/// Issue 11, defect 12: the output folder is swapped in one step, leftovers of interrupted builds are
/// removed, a linked `--output` stays a link, and linked content files are copied as files.
@Suite("Output: atomic swap, leftovers, links")
struct OutputSwapTests {
    private func hidden(_ workspace: Workspace) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).filter { $0.hasPrefix(".") }.sorted()
    }

    @Test("renameat2 RENAME_EXCHANGE swaps two folders in one step on this file system")
    func exchange() throws {
        let workspace = try Workspace()
        let a = workspace.root.appendingPathComponent("a")
        let b = workspace.root.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        try Data("eerste".utf8).write(to: a.appendingPathComponent("x.txt"))
        try Data("tweede".utf8).write(to: b.appendingPathComponent("x.txt"))
        #expect(Rename.exchange(a.path, b.path) == .done)
        #expect(try String(contentsOf: a.appendingPathComponent("x.txt"), encoding: .utf8) == "tweede")
        #expect(try String(contentsOf: b.appendingPathComponent("x.txt"), encoding: .utf8) == "eerste")
    }

    @Test("A rebuild swaps the folder (a new inode) and leaves no staging folder behind")
    func swapLeavesNothing() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try #require(workspace.build().errorCount == 0)
        let before = try #require(try FileManager.default.attributesOfItem(atPath: workspace.output.path)[.systemFileNumber] as? UInt64)
        try #require(workspace.build().errorCount == 0)
        let after = try #require(try FileManager.default.attributesOfItem(atPath: workspace.output.path)[.systemFileNumber] as? UInt64)
        #expect(before != after)
        #expect(try hidden(workspace).filter { $0.hasPrefix(".Public-") }.isEmpty)
    }

    @Test("Staging and old folders of interrupted builds are removed; other hidden folders are left alone")
    func leftoversRemoved() throws {
        let workspace = try Workspace(fixture: "site-basic")
        for name in [".Public-build-4242", ".Public-old-77", ".Public-build-notes", ".Andere-build-1"] {
            let folder = workspace.root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("half".utf8).write(to: folder.appendingPathComponent("index.html"))
        }
        let report = workspace.build()
        #expect(report.errorCount == 0, "\(report.listing)")
        #expect(try hidden(workspace) == [".Andere-build-1", ".Public-build-notes"])
    }

    @Test("Killed between the two renames of the fallback swap: the old site is put back before building")
    func recoversFromHalfSwap() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try #require(workspace.build().errorCount == 0)
        let old = workspace.root.appendingPathComponent(".Public-old-31337")
        try FileManager.default.moveItem(at: workspace.output, to: old)
        // A build that fails must still leave the output in place: the recovered old site.
        try workspace.write("---\ntitel: Kapot\n---\n[weg](bestaat-niet.md)\n", to: "over.md")
        let report = workspace.build()
        #expect(report.errorCount > 0)
        #expect(workspace.outputExists("index.html"))
        #expect(try hidden(workspace).filter { $0.hasPrefix(".Public-") }.isEmpty)
    }

    @Test("A linked --output stays a link and the folder it points to gets the new site")
    func linkedOutputStaysALink() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let real = workspace.root.appendingPathComponent("versies/site")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try Data("oud".utf8).write(to: real.appendingPathComponent("oud.txt"))
        try FileManager.default.createSymbolicLink(atPath: workspace.output.path, withDestinationPath: "versies/site")
        let report = workspace.build()
        #expect(report.errorCount == 0, "\(report.listing)")
        let type = try FileManager.default.attributesOfItem(atPath: workspace.output.path)[.type] as? FileAttributeType
        #expect(type == .typeSymbolicLink)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: workspace.output.path) == "versies/site")
        #expect(FileManager.default.fileExists(atPath: real.appendingPathComponent("index.html").path))
        #expect(!FileManager.default.fileExists(atPath: real.appendingPathComponent("oud.txt").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: real.deletingLastPathComponent().path) == ["site"])
    }

    @Test("A link to a folder that does not exist yet: the folder is created where the link points")
    func danglingOutputLink() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try FileManager.default.createDirectory(at: workspace.root.appendingPathComponent("doel"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.output.path, withDestinationPath: "doel/site")
        #expect(workspace.build().errorCount == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("doel/site/index.html").path))
        #expect((try FileManager.default.attributesOfItem(atPath: workspace.output.path)[.type] as? FileAttributeType) == .typeSymbolicLink)
    }

    @Test("A linked file in Content/ is copied as a file with its bytes, not as a link back into Content/")
    func linkedContentFileIsCopied() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try Data("bijlage via link".utf8).write(to: workspace.content.appendingPathComponent("echt.txt"))
        try FileManager.default.createSymbolicLink(atPath: workspace.content.appendingPathComponent("gelinkt.txt").path,
                                                   withDestinationPath: "echt.txt")
        #expect(workspace.build().errorCount == 0)
        let copied = workspace.output.appendingPathComponent("gelinkt.txt")
        #expect((try FileManager.default.attributesOfItem(atPath: copied.path)[.type] as? FileAttributeType) == .typeRegular)
        #expect(try String(contentsOf: copied, encoding: .utf8) == "bijlage via link")
    }

    @Test("An output folder that would replace the content folder is refused")
    func refusesToReplaceContent() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let report = SiteBuilder.run(BuildOptions(content: workspace.content, templates: workspace.templates, output: workspace.root))
        #expect(report.errorCount == 1, "\(report.listing)")
        #expect(report.errors.first?.message.contains("zou") == true && report.errors.first?.code == "RB412")
        #expect(FileManager.default.fileExists(atPath: workspace.content.appendingPathComponent("index.md").path))
    }

    @Test("Disk full: one error at the output folder, not one per page, and the previous site as it was",
          .enabled(if: geteuid() == 0, "mounting a small tmpfs needs root"))
    func diskFull() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let mount = workspace.root.appendingPathComponent("klein")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        let mounted = Process.run("/bin/mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.path]) == 0
        try #require(mounted, "could not mount a tmpfs")
        defer { _ = Process.run("/bin/umount", [mount.path]) }
        let output = mount.appendingPathComponent("Public")
        let options = BuildOptions(content: workspace.content, templates: workspace.templates, output: output)
        try #require(SiteBuilder.run(options).errorCount == 0)
        let before = snapshot(output)
        // A 3 MB file does not fit beside the first site.
        try Data(repeating: 0x41, count: 3_000_000).write(to: workspace.content.appendingPathComponent("groot.pdf"))
        let report = SiteBuilder.run(options)
        #expect(report.errors.count == 1, "\(report.listing)")
        let error = try #require(report.errors.first)
        #expect(error.code == "RB406")
        #expect(error.message.contains("de schijf is vol"))
        #expect(error.file.hasSuffix("klein/Public"))
        #expect(snapshot(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount.path) == ["Public"])
    }
}

extension Process {
    /// Runs a program and waits; its exit status (or -1 when it cannot start).
    static func run(_ path: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
