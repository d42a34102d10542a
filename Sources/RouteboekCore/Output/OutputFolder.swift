import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a build writes. `StagedOutputFolder` builds next to the real folder and swaps it in only when
/// the build succeeded, so a failed build leaves the previous site exactly as it was.
protocol OutputSink: Sendable {
    func write(_ text: String, to path: String) throws
    /// A file made in parts, each handed on as it is made: the whole document, tens of megabytes on a
    /// large site, is never held at once. `produce` hands its parts to `emit`, in order.
    func write(to path: String, parts produce: (_ emit: @escaping (String) throws -> Void) throws -> Void) throws
    func copy(from source: URL, to path: String) throws
    /// The file a path is written to, for a program that reads or writes it there (WeasyPrint); nil
    /// when nothing is written.
    func fileURL(_ path: String) -> URL?
    /// A page `check` leaves out that a build writes (see `TreeSite.StepCoverage`): links to it are good.
    func countAsWritten(_ path: String)
}

/// The size of the parts a large file (the whole document, the search index) is written in: large enough
/// that writing costs little per part, small enough that the file is never held whole.
enum OutputSinkParts {
    static let size = 1 << 20
}

extension OutputSink {
    func countAsWritten(_ path: String) {}

    /// The parts joined, written at once (a sink that holds what it writes anyway).
    func write(to path: String, parts produce: (_ emit: @escaping (String) throws -> Void) throws -> Void) throws {
        var whole = ""
        try produce { whole += $0 }
        try write(whole, to: path)
    }
}

/// `routeboek check`: renders, writes nothing.
struct DiscardingOutput: OutputSink {
    func write(_ text: String, to path: String) throws {}
    func write(to path: String, parts produce: (_ emit: @escaping (String) throws -> Void) throws -> Void) throws {
        try produce { _ in }
    }
    func copy(from source: URL, to path: String) throws {}
    func fileURL(_ path: String) -> URL? { nil }
}

/// The new site is written into a hidden staging folder beside the output folder and exchanged with
/// it in one step (`renameat2` with `RENAME_EXCHANGE`), so at every moment the output folder is
/// either the whole old site or the whole new one, even when the build is killed. Staging folders
/// left by earlier interrupted builds are removed first. When `--output` is a link, the folder it
/// points to is updated and the link stays a link.
final class StagedOutputFolder: OutputSink, @unchecked Sendable {
    /// The output path as given (shown in messages).
    let final: URL
    /// Where the output folder really is, links followed: this path is swapped.
    let target: URL
    let staging: URL
    private let display: String
    private let stagingPath: String
    private let lock: FolderLock
    private let createdFolders = NSLockLike()
    private var folders: Set<String> = []

    /// - Parameter protecting: folders the output may not replace or contain (content, templates).
    init(final: URL, protecting: [URL] = []) throws {
        self.final = final.standardizedFileURL
        display = BuildOptions.display(self.final)
        target = try OutputPath.resolve(self.final)
        for folder in protecting {
            let protected = folder.standardizedFileURL.resolvingSymlinksInPath().path
            if protected == target.path || protected.hasPrefix(target.path + "/") {
                throw OutputError.wouldReplace(display, BuildOptions.display(folder))
            }
        }
        let parent = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotCreate(display, OutputError.reason(error))
        }
        // One build at a time per output folder (a preview server and `make` may run together).
        lock = try FolderLock(parent, display: display)
        let name = target.lastPathComponent
        OutputPath.recoverInterruptedSwap(of: target)
        OutputPath.removeLeftovers(of: name, in: parent)
        staging = parent.appendingPathComponent(OutputPath.stagingPrefix(name) + String(ProcessInfo.processInfo.processIdentifier))
        stagingPath = staging.path
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw OutputError.cannotCreate(display, OutputError.reason(error))
        }
    }

    /// Puts back a site left aside by a build killed mid-swap and removes leftovers of interrupted
    /// builds, before anything else: a build that then fails must not leave the output missing.
    static func tidy(output: URL) {
        guard let target = try? OutputPath.resolve(output.standardizedFileURL) else { return }
        let parent = target.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: parent.path),
              let lock = try? FolderLock(parent, display: BuildOptions.display(output)) else { return }
        defer { lock.release() }
        OutputPath.recoverInterruptedSwap(of: target)
        OutputPath.removeLeftovers(of: target.lastPathComponent, in: parent)
    }

    /// `path` comes from the generator (never straight from an editor), but is checked anyway:
    /// nothing may be written outside the output folder.
    private func destination(_ path: String) throws -> String {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
            throw OutputError.outsideOutput(path)
        }
        // Joined as text: URL's appendingPathComponent asks the file system whether the path is a folder,
        // a stat per page.
        let file = stagingPath + "/" + path
        let folder = String(file[..<(file.lastIndex(of: "/") ?? file.endIndex)])
        // Created under the lock: another worker must not write into a folder that is only promised.
        try createdFolders.withLock {
            guard !folders.contains(folder) else { return }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw OutputError.failure(SystemError.code(of: error), path: "\(display)/\(path)", output: display, OutputError.reason(error))
            }
            folders.insert(folder)
        }
        return file
    }

    /// Plain open/write/close: Foundation's Data.write writes a temporary file and fsyncs it, once per
    /// page. The staging folder is swapped in as a whole, so per-file atomicity buys nothing here.
    func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try writeBytes($0, to: path) }
    }

    /// Copies the file's bytes. A link in Content/ or Templates/ is followed: the site gets the file
    /// itself, never a link back into the sources.
    func copy(from source: URL, to path: String) throws {
        switch FileBytes.read(source) {
        case .success(let bytes): try bytes.withUnsafeBufferPointer { try writeBytes($0, to: path) }
        case .failure(let failure):
            throw OutputError.cannotRead(BuildOptions.display(source), failure.reason)
        }
    }

    /// Where `path` is written in the staging folder (its folder created), for a program that reads or writes it there.
    func fileURL(_ path: String) -> URL? { (try? destination(path)).map { URL(fileURLWithPath: $0, isDirectory: false) } }

    private func writeBytes(_ buffer: UnsafeBufferPointer<UInt8>, to path: String) throws {
        try writing(to: path) { try $0(buffer) }
    }

    func write(to path: String, parts produce: (_ emit: @escaping (String) throws -> Void) throws -> Void) throws {
        try writing(to: path) { writeBuffer in
            try produce { part in
                var part = part
                try part.withUTF8 { try writeBuffer($0) }
            }
        }
    }

    /// Opens the file, lets `body` write buffers into it one after the other, and closes it.
    private func writing(to path: String, _ body: (_ write: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        let file = try destination(path)
        let shown = "\(display)/\(path)"
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError.failure(errno, path: shown, output: display, SystemError.reason(errno)) }
        defer { close(descriptor) }
        let display = display
        try body { buffer in try Self.writeAll(buffer, to: descriptor, shown: shown, output: display) }
    }

    private static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32, shown: String, output display: String) throws {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw OutputError.failure(errno, path: shown, output: display, SystemError.reason(errno)) }
            offset += written
        }
    }

    /// Puts the new site in place of the old one in one step, then removes the old one.
    func commit() throws {
        defer { lock.release() }
        var info = stat()
        if lstat(target.path, &info) != 0 {
            // No site yet: a plain rename, which is atomic too.
            guard rename(staging.path, target.path) == 0 else { throw OutputError.cannotSwap(display, SystemError.reason(errno)) }
            return
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw OutputError.notAFolder(display) }
        switch Rename.exchange(staging.path, target.path) {
        case .done:
            // The old site is now in the staging folder; a kill from here on leaves it for the next build to remove.
            try? FileManager.default.removeItem(at: staging)
        case .unsupported:
            try swapInTwoSteps()
        case .failed(let code):
            throw OutputError.cannotSwap(display, SystemError.reason(code))
        }
    }

    /// For file systems without RENAME_EXCHANGE: the old site is moved aside under a name the next build
    /// recognises and moves back if the process dies between the two renames.
    private func swapInTwoSteps() throws {
        let parent = target.deletingLastPathComponent()
        let old = parent.appendingPathComponent(OutputPath.oldPrefix(target.lastPathComponent) + String(ProcessInfo.processInfo.processIdentifier))
        guard rename(target.path, old.path) == 0 else { throw OutputError.cannotSwap(display, SystemError.reason(errno)) }
        guard rename(staging.path, target.path) == 0 else {
            let reason = SystemError.reason(errno)
            _ = rename(old.path, target.path)
            throw OutputError.cannotSwap(display, reason)
        }
        try? FileManager.default.removeItem(at: old)
    }

    func discard() {
        try? FileManager.default.removeItem(at: staging)
        lock.release()
    }
}

/// Names and recovery for the hidden folders beside the output folder.
enum OutputPath {
    static func stagingPrefix(_ name: String) -> String { ".\(name)-build-" }
    static func oldPrefix(_ name: String) -> String { ".\(name)-old-" }

    /// The output path with links followed, also when the link points at a folder that does not exist yet.
    static func resolve(_ path: URL) throws -> URL {
        var current = path.standardizedFileURL
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else {
                // Not a link (or nothing yet): resolve the folders above it, keep the name.
                let parent = current.deletingLastPathComponent().resolvingSymlinksInPath()
                return parent.appendingPathComponent(current.lastPathComponent).standardizedFileURL
            }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current.path, &buffer, buffer.count - 1)
            guard length > 0 else { throw OutputError.cannotCreate(BuildOptions.display(path), SystemError.reason(errno)) }
            let destination = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/")
                ? URL(fileURLWithPath: destination).standardizedFileURL
                : current.deletingLastPathComponent().appendingPathComponent(destination).standardizedFileURL
        }
        throw OutputError.cannotCreate(BuildOptions.display(path), "the link goes round in circles")
    }

    /// A build killed between the two renames of the fallback swap leaves no output folder and the old
    /// site under its `-old-` name: put it back.
    static func recoverInterruptedSwap(of target: URL) {
        var info = stat()
        guard lstat(target.path, &info) != 0 else { return }
        let parent = target.deletingLastPathComponent()
        let prefix = oldPrefix(target.lastPathComponent)
        guard case .success(let names) = FolderListing.names(in: parent),
              let old = names.filter({ isLeftover($0, prefix: prefix) }).first else { return }
        _ = rename(parent.appendingPathComponent(old).path, target.path)
    }

    /// Removes staging and old folders of earlier builds that were interrupted. Only called while
    /// holding the folder lock, so no other build is using them.
    static func removeLeftovers(of name: String, in parent: URL) {
        guard case .success(let names) = FolderListing.names(in: parent) else { return }
        for entry in names where isLeftover(entry, prefix: stagingPrefix(name)) || isLeftover(entry, prefix: oldPrefix(name)) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    private static func isLeftover(_ entry: String, prefix: String) -> Bool {
        entry.hasPrefix(prefix) && entry.count > prefix.count && entry.dropFirst(prefix.count).allSatisfy(\.isNumber)
    }
}

/// `renameat2(2)`, looked up at run time: Swift's Glibc module does not declare it.
enum Rename {
    enum Result: Equatable { case done, unsupported, failed(Int32) }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameat2: RenameAt2? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
    static let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE

    /// Swaps two existing paths atomically.
    static func exchange(_ first: String, _ second: String) -> Result {
        guard let renameat2 else { return .unsupported }
        if renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0 { return .done }
        let code = errno
        return code == EINVAL || code == ENOSYS || code == ENOTSUP ? .unsupported : .failed(code)
    }
}

/// An exclusive `flock` on a folder, held for the whole build.
final class FolderLock: @unchecked Sendable {
    private var descriptor: Int32
    private let guardLock = NSLockLike()

    init(_ folder: URL, display: String) throws {
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError.cannotCreate(display, SystemError.reason(errno)) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = SystemError.reason(errno)
                close(descriptor)
                throw OutputError.cannotCreate(display, reason)
            }
        }
    }

    func release() {
        guardLock.withLock {
            guard descriptor >= 0 else { return }
            close(descriptor)  // closing drops the lock
            descriptor = -1
        }
    }

    deinit { release() }
}

enum OutputError: Error, CustomStringConvertible {
    case outsideOutput(String)
    /// A file could not be written: the errno (disk full is said once, for the whole output).
    case failure(Int32?, path: String, output: String, String)
    case cannotRead(String, String)
    case cannotCreate(String, String)
    case cannotSwap(String, String)
    case notAFolder(String)
    case wouldReplace(String, String)

    /// The catalogue message for this failure (RB405-RB412).
    var message: Message {
        switch self {
        case .outsideOutput(let path): .outputOutside(path)
        case let .failure(code, _, output, _) where code == ENOSPC || code == EDQUOT: .outputDiskFull(output)
        case let .failure(_, path, _, reason): .outputWriteFailed(path, reason: reason)
        case let .cannotRead(path, reason): .outputCopyUnreadable(path, reason: reason)
        case let .cannotCreate(output, reason): .outputCannotCreate(output, reason: reason)
        case let .cannotSwap(output, reason): .outputCannotSwap(output, reason: reason)
        case .notAFolder(let output): .outputNotAFolder(output)
        case let .wouldReplace(output, folder): .outputWouldReplace(output, folder: folder)
        }
    }

    var description: String { message.text }

    /// The diagnostic for this failure: at the output folder for disk full (one line however many
    /// files failed), at the file otherwise.
    var diagnostic: Diagnostic {
        switch self {
        case let .failure(code, path, output, _):
            Diagnostic(file: code == ENOSPC || code == EDQUOT ? output : path, message)
        case let .cannotRead(path, _): Diagnostic(file: path, message)
        case .outsideOutput(let path): Diagnostic(file: path, message)
        case let .cannotCreate(output, _), let .cannotSwap(output, _), let .notAFolder(output), let .wouldReplace(output, _):
            Diagnostic(file: output, message)
        }
    }

    /// Any error from the output side as one diagnostic; `output` names the place for errors that are
    /// not an `OutputError` (they carry no path of their own).
    static func diagnostic(for error: Error, output: String) -> Diagnostic {
        if let error = error as? OutputError { return error.diagnostic }
        return Diagnostic(file: output, .outputFailed(reason(error)))
    }

    static func reason(_ error: Error) -> String {
        SystemError.code(of: error).map(SystemError.reason) ?? error.localizedDescription
    }
}
