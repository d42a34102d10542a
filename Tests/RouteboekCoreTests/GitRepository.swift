import Foundation
import Testing

/// A git repository in a temporary folder for one test, with the content in `Content/`. Git runs with
/// no global or system configuration, so the machine's settings (hooks, signing) play no part.
final class GitRepository {
    let root: URL
    var content: URL { root.appendingPathComponent("Content") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("routeboek-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git("init", "-q")
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Whether git is installed (scripts/install-build-deps.sh installs it).
    static let available: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/git") }
    }()

    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path, "-c", "user.name=Routeboek Test", "-c", "user.email=test@localhost",
                             "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null", "-c", "init.defaultBranch=main"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed: \(text)")
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Commits everything; returns the commit id.
    @discardableResult
    func commit(_ message: String) throws -> String {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
        return try git("rev-parse", "HEAD")
    }

    func copyContent(from folder: URL) throws {
        try? FileManager.default.removeItem(at: content)
        try FileManager.default.copyItem(at: folder.resolvingSymlinksInPath(), to: content)
    }

    func write(_ text: String, to path: String) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
    }

    /// Replaces exactly one occurrence of `old` in a content file.
    func edit(_ path: String, _ old: String, _ new: String) throws {
        let text = try read(path)
        try #require(text.components(separatedBy: old).count == 2, "'\(old)' must occur once in \(path)")
        try write(text.replacingOccurrences(of: old, with: new), to: path)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: content.appendingPathComponent(path))
    }
}
