import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a build writes. `StagedOutputFolder` builds next to the real folder and swaps it in only when
/// the build succeeded, so a failed build leaves the previous site exactly as it was.
protocol OutputSink: Sendable {
    func write(_ text: String, to path: String) throws
    func copy(from source: URL, to path: String) throws
    /// The file a path is written to, for a program that reads or writes it there (WeasyPrint); nil
    /// when nothing is written.
    func fileURL(_ path: String) -> URL?
}

/// `routeboek check`: renders everything, writes nothing.
struct DiscardingOutput: OutputSink {
    func write(_ text: String, to path: String) throws {}
    func copy(from source: URL, to path: String) throws {}
    func fileURL(_ path: String) -> URL? { nil }
}

final class StagedOutputFolder: OutputSink, @unchecked Sendable {
    let final: URL
    let staging: URL
    private let createdFolders = NSLockLike()
    private var folders: Set<String> = []

    init(final: URL) throws {
        self.final = final.standardizedFileURL
        let parent = self.final.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.final.lastPathComponent)-build-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    /// `path` comes from the generator (never straight from an editor), but is checked anyway:
    /// nothing may be written outside the output folder.
    private func target(_ path: String) throws -> URL {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
            throw OutputError.outsideOutput(path)
        }
        let url = staging.appendingPathComponent(path)
        let folder = url.deletingLastPathComponent().path
        // Created under the lock: another worker must not write into a folder that is only promised.
        try createdFolders.withLock {
            guard !folders.contains(folder) else { return }
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            folders.insert(folder)
        }
        return url
    }

    /// Plain open/write/close: Foundation's Data.write writes a temporary file and fsyncs it, once per
    /// page. The staging folder is swapped in as a whole, so per-file atomicity buys nothing here.
    func write(_ text: String, to path: String) throws {
        let url = try target(path)
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw OutputError.cannotWrite(path, String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var text = text
        try text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                guard written > 0 else { throw OutputError.cannotWrite(path, String(cString: strerror(errno))) }
                offset += written
            }
        }
    }

    func copy(from source: URL, to path: String) throws {
        let destination = try target(path)
        try? FileManager.default.removeItem(at: destination)
        try FileManager.default.copyItem(at: source, to: destination)
    }

    func fileURL(_ path: String) -> URL? { try? target(path) }

    /// Puts the new site in place of the old one.
    func commit() throws {
        let manager = FileManager.default
        let parent = final.deletingLastPathComponent()
        let old = parent.appendingPathComponent(".\(final.lastPathComponent)-old-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: old)
        if manager.fileExists(atPath: final.path) { try manager.moveItem(at: final, to: old) }
        do {
            try manager.moveItem(at: staging, to: final)
        } catch {
            if manager.fileExists(atPath: old.path) { try? manager.moveItem(at: old, to: final) }
            throw error
        }
        try? manager.removeItem(at: old)
    }

    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}

enum OutputError: Error, CustomStringConvertible {
    case outsideOutput(String)
    case cannotWrite(String, String)
    var description: String {
        switch self {
        case .outsideOutput(let path): "refused to write '\(path)': it is outside the output folder"
        case let .cannotWrite(path, reason): "could not write '\(path)': \(reason)"
        }
    }
}
