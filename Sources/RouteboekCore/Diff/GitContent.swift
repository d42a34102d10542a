import Foundation

/// The content folder as it was at a git revision, read with `git ls-tree` and `git cat-file` into a
/// temporary folder. The working copy is never touched (no checkout, no stash).
public struct GitContent {
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case gitMissing
        case notARepository(String)
        case unknownRevision(String, detail: String)
        case notInRevision(path: String, revision: String)
        case gitFailed(command: String, detail: String)
        case cannotWrite(String)

        public var description: String {
            switch self {
            case .gitMissing: Message.diffGitMissing().description
            case .notARepository(let folder): Message.diffNotARepository(folder).description
            case let .unknownRevision(revision, detail): Message.diffUnknownRevision(revision, detail: detail).description
            case let .notInRevision(path, revision): Message.diffNotInRevision(path, revision: revision).description
            case let .gitFailed(command, detail): Message.diffGitFailed(command, detail: detail).description
            case .cannotWrite(let detail): Message.diffCannotWrite(detail).description
            }
        }
    }

    /// The folder that holds the content at the revision (removed with `remove()`).
    public let folder: URL
    /// The temporary folder to remove afterwards.
    let scratch: URL
    /// The revision as the user wrote it, and the commit it names.
    public let revision: String
    public let commit: String
    /// The content folder's path inside the repository (`Content`).
    public let pathInRepository: String

    /// Writes the content folder (`content`, a folder in the working copy) as it was at `revision`.
    public static func export(content: URL, revision: String) throws(Failure) -> GitContent {
        let contentPath = content.standardizedFileURL.resolvingSymlinksInPath()
        let top = try topLevel(of: contentPath)
        let relative = Self.relative(contentPath.path, to: top)
        // `^{commit}` makes git name a commit (not a tree or blob) or fail.
        let commit = try Self.commit(revision, in: top)
        let spec = relative.isEmpty ? "." : relative
        let listing = try runData(["ls-tree", "-r", "-z", "--full-tree", commit, "--", spec], in: top)
        let entries = listing.split(separator: 0).compactMap(TreeEntry.init)
        let prefix = relative.isEmpty ? "" : relative + "/"
        let files = entries.filter { $0.path.hasPrefix(prefix) && ($0.type == "blob") }
        if files.isEmpty { throw .notInRevision(path: relative.isEmpty ? "the content folder" : relative, revision: revision) }

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("routeboek-diff-\(UUID().uuidString)")
        let folder = scratch.appendingPathComponent(contentPath.lastPathComponent)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in files {
                // A link in git is stored as its target text; the content reader refuses links that
                // leave the folder anyway, so links are left out.
                guard file.mode != "120000" else { continue }
                let data = try runData(["cat-file", "blob", file.object], in: top)
                let target = folder.appendingPathComponent(String(file.path.dropFirst(prefix.count)))
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: target)
            }
        } catch let failure as Failure {
            try? FileManager.default.removeItem(at: scratch)
            throw failure
        } catch {
            try? FileManager.default.removeItem(at: scratch)
            throw .cannotWrite(error.localizedDescription)
        }
        return GitContent(folder: folder, scratch: scratch, revision: revision, commit: commit, pathInRepository: relative)
    }

    /// Removes the temporary copy.
    public func remove() {
        try? FileManager.default.removeItem(at: scratch)
    }

    // MARK: git

    private struct TreeEntry {
        let mode: String
        let type: String
        let object: String
        let path: String

        /// `<mode> SP <type> SP <object> TAB <path>`.
        init?(_ bytes: Data.SubSequence) {
            guard let tab = bytes.firstIndex(of: 9) else { return nil }
            let head = String(decoding: bytes[bytes.startIndex..<tab], as: UTF8.self).split(separator: " ")
            guard head.count == 3 else { return nil }
            mode = String(head[0])
            type = String(head[1])
            object = String(head[2])
            path = String(decoding: bytes[bytes.index(after: tab)...], as: UTF8.self)
        }
    }

    static func topLevel(of folder: URL) throws(Failure) -> URL {
        let output: Data
        do {
            output = try runData(["rev-parse", "--show-toplevel"], in: folder)
        } catch .gitFailed {
            throw .notARepository(BuildOptions.display(folder))
        }
        let path = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return URL(fileURLWithPath: path).resolvingSymlinksInPath()
    }

    static func commit(_ revision: String, in top: URL) throws(Failure) -> String {
        // A revision that starts with '-' would be read as an option.
        guard !revision.isEmpty, !revision.hasPrefix("-") else {
            throw .unknownRevision(revision, detail: "een revisie is niet leeg en begint niet met '-'")
        }
        do {
            let output = try runData(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: top)
            return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch let .gitFailed(_, detail) {
            throw .unknownRevision(revision, detail: detail.isEmpty ? "git rev-parse vond geen commit" : detail)
        }
    }

    static func relative(_ path: String, to top: URL) -> String {
        let base = top.path
        if path == base { return "" }
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }

    /// Runs git with `arguments` in `folder`; its standard output, or `gitFailed` with its message.
    static func runData(_ arguments: [String], in folder: URL) throws(Failure) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        // Messages in English whatever the machine's language, and no pager or prompt.
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_PAGER"] = "cat"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .gitMissing
        }
        // Read both pipes while git runs, so a large blob cannot fill one and stall it.
        let errorData = ErrorCollector(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = String(decoding: errorData.finish(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if process.terminationStatus == 127 { throw .gitMissing }
        guard process.terminationStatus == 0 else {
            throw .gitFailed(command: arguments.first ?? "", detail: message.split(separator: "\n").first.map(String.init) ?? "")
        }
        return data
    }
}

/// Reads a pipe to its end on another thread.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func finish() -> Data {
        done.wait()
        return data
    }
}
