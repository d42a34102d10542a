import Foundation
import Testing
@testable import RouteboekCore

/// The repository's root, found from this file (Tests/RouteboekCoreTests/Support.swift), with symlinks resolved.
let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let realContent = repositoryRoot.appendingPathComponent("Content")
let realTemplates = repositoryRoot.appendingPathComponent("Templates")

/// Whether Graphviz `dot` is on the PATH (needed to draw flowcharts; `make test` installs it).
let graphvizAvailable: Bool = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/dot") }
}()

enum Fixtures {
    /// The fixtures in the source tree: SwiftPM copies `Fixtures` into the test bundle only when it
    /// builds, and run-swift-tests.sh runs with --skip-build, so a fixture edited since the last build
    /// would be tested as it was (a broken page that passes without a word). The bundle's copy only when
    /// the sources are not where they were built.
    static var root: URL {
        get throws {
            let source = repositoryRoot.appendingPathComponent("Tests/RouteboekCoreTests/Fixtures")
            if FileManager.default.fileExists(atPath: source.path) { return source }
            return try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        }
    }

    static func url(_ name: String) throws -> URL { try root.appendingPathComponent(name) }
}

/// A temporary folder per test: the content copied from a fixture, the output next to it.
/// Removed when the value is released.
final class Workspace {
    let root: URL
    let content: URL
    let output: URL
    var templates: URL

    init(fixture: String? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("routeboek-tests-\(UUID().uuidString)")
        content = root.appendingPathComponent("Content")
        output = root.appendingPathComponent("Public")
        templates = realTemplates
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if let fixture {
            try FileManager.default.copyItem(at: Fixtures.url(fixture).resolvingSymlinksInPath(), to: content)
        } else {
            try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func options(write: Bool = true, strict: Bool = false, extraScenarioFiles: [URL] = []) -> BuildOptions {
        BuildOptions(content: content, templates: templates, output: output, write: write, strict: strict,
                     extraScenarioFiles: extraScenarioFiles)
    }

    func build(write: Bool = true, strict: Bool = false, extraScenarioFiles: [URL] = []) -> BuildReport {
        SiteBuilder.run(options(write: write, strict: strict, extraScenarioFiles: extraScenarioFiles))
    }

    func check(extraScenarioFiles: [URL] = []) -> BuildReport { build(write: false, extraScenarioFiles: extraScenarioFiles) }

    /// Writes a file below the content folder (creating folders).
    func write(_ text: String, to path: String) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
    }

    func outputText(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func outputExists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Copies the real templates so a test can break one of them. The copy is a real folder in the
    /// workspace (never a link back into the repository), so breaking it never touches Templates/.
    func useTemplateCopy() throws -> URL {
        let copy = root.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: realTemplates.resolvingSymlinksInPath(), to: copy)
        let attributes = try FileManager.default.attributesOfItem(atPath: copy.path)
        try #require(attributes[.type] as? FileAttributeType == .typeDirectory, "the template copy is not a plain folder")
        try #require(!copy.resolvingSymlinksInPath().path.hasPrefix(repositoryRoot.path + "/"))
        templates = copy
        return copy
    }
}

/// Every regular file below `folder`, by relative path, with its bytes.
func snapshot(_ folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return result }
    for case let url as URL in files where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        result[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try? Data(contentsOf: url)
    }
    return result
}

extension BuildReport {
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    var listing: String { diagnostics.map(\.description).joined(separator: "\n") }

    func matching(_ text: String) -> [Diagnostic] { diagnostics.filter { $0.description.contains(text) } }
}

extension [Diagnostic] {
    var listing: String { map(\.description).joined(separator: "\n") }
    func matching(_ text: String) -> [Diagnostic] { filter { $0.description.contains(text) } }
}

/// Every `href="..."` and `src="..."` value in an HTML text.
func linkTargets(in html: String) -> [String] {
    var result: [String] = []
    for attribute in ["href=\"", "src=\""] {
        var rest = Substring(html)
        while let open = rest.range(of: attribute) {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: "\"") else { break }
            result.append(String(after[..<close]))
            rest = after[close...]
        }
    }
    return result
}

/// The text between the first `start` and the next `end` after it.
func slice(_ text: String, from start: String, to end: String) -> String? {
    guard let open = text.range(of: start), let close = text.range(of: end, range: open.upperBound..<text.endIndex) else { return nil }
    return String(text[open.upperBound..<close.lowerBound])
}

/// The texts of the `<a>` elements in `html`, in order.
func anchorTexts(in html: String) -> [String] {
    var result: [String] = []
    var rest = Substring(html)
    while let open = rest.range(of: "<a ") {
        guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">"),
              let close = rest[tagEnd...].range(of: "</a>") else { break }
        result.append(String(rest[rest.index(after: tagEnd)..<close.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines))
        rest = rest[close.upperBound...]
    }
    return result
}

/// With ROUTEBOEK_UPDATE_EXPECTED=1 in the environment, writes what a fixture test printed to its
/// expected.txt in the source tree (after a deliberate change of wording); review the diff before
/// committing: positions and files must stay as they were. Without it, does nothing.
func updateExpected(_ fixturePath: String, _ lines: [String]) {
    guard ProcessInfo.processInfo.environment["ROUTEBOEK_UPDATE_EXPECTED"] == "1" else { return }
    let url = repositoryRoot.appendingPathComponent("Tests/RouteboekCoreTests/Fixtures").appendingPathComponent(fixturePath)
    try? Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
}

/// Runs the debug binary (behind `prefix`, such as setpriv) and gives its exit status, standard output
/// and standard error's lines. Standard output goes through a file, so a child that fills one pipe while
/// the other is read cannot wait forever.
func runRouteboek(_ arguments: [String], as prefix: [String] = []) throws -> (status: Int32, output: String, errors: [String]) {
    let binary = repositoryRoot.appendingPathComponent(".build/debug/routeboek")
    try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the routeboek binary first")
    let command = prefix + [binary.path] + arguments
    let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("routeboek-\(UUID().uuidString).out")
    FileManager.default.createFile(atPath: outputFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: outputFile) }
    let output = try FileHandle(forWritingTo: outputFile)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = output
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try output.close()
    let printed = try String(contentsOf: outputFile, encoding: .utf8)
    return (process.terminationStatus, printed, String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
}
