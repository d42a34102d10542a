import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a file or folder could not be read, in the system's words.
enum FileSystemFailure: Error, Equatable {
    /// Nothing at that path (or a link that points nowhere).
    case missing
    case unreadable(String)

    var reason: String {
        switch self {
        case .missing: "het bestaat niet"
        case .unreadable(let reason): reason
        }
    }

    static func from(errno code: Int32) -> FileSystemFailure {
        code == ENOENT ? .missing : .unreadable(SystemError.reason(code))
    }
}

/// A whole file's bytes, with the system's reason when it cannot be read.
enum FileBytes {
    static func read(_ url: URL) -> Result<[UInt8], FileSystemFailure> {
        let descriptor: Int32
        switch openRegular(url) {
        case .success(let opened): descriptor = opened
        case .failure(let failure): return .failure(failure)
        }
        defer { close(descriptor) }
        // Read straight into an array a little larger than the file (so the end shows in the same read),
        // growing only if the file grows while it is read: a zeroed 64 KB buffer per page was 2% of a
        // large build.
        var info = stat()
        var room = fstat(descriptor, &info) == 0 ? max(Int(info.st_size) + 1, 4096) : 64 * 1024
        var bytes: [UInt8] = []
        while true {
            var ended = false
            var failure: FileSystemFailure?
            let part = [UInt8](unsafeUninitializedCapacity: room) { buffer, filled in
                filled = 0
                guard let base = buffer.baseAddress else { return }
                while filled < room {
                    let count = Glibc.read(descriptor, base + filled, room - filled)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = .unreadable(SystemError.reason(errno))
                        return
                    }
                    if count == 0 {
                        ended = true
                        return
                    }
                    filled += count
                }
            }
            if let failure { return .failure(failure) }
            if bytes.isEmpty { bytes = part } else { bytes.append(contentsOf: part) }
            if ended { return .success(bytes) }
            room *= 2
        }
    }
}

extension FileBytes {
    /// Whether the file can be opened for reading (the reason when not).
    static func canOpen(_ url: URL) -> Result<Void, FileSystemFailure> {
        openRegular(url).map { close($0) }
    }

    /// Opens a regular file for reading. Non-blocking, so a pipe with the name of a page cannot hang the build.
    static func openRegular(_ url: URL) -> Result<Int32, FileSystemFailure> {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.from(errno: errno)) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let failure = FileSystemFailure.from(errno: errno)
            close(descriptor)
            return .failure(failure)
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(descriptor)
            return .failure(.unreadable(type == S_IFDIR ? "het is een map, geen bestand" : "het is geen gewoon bestand"))
        }
        return .success(descriptor)
    }
}

/// Folder contents with the system's reason when a folder cannot be listed (Foundation's enumerator
/// skips such folders without a word).
enum FolderListing {
    /// The names in one folder, hidden ones included, `.` and `..` left out.
    static func names(in folder: URL) -> Result<[String], FileSystemFailure> {
        guard let directory = opendir(folder.path) else { return .failure(.from(errno: errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { return .failure(.unreadable(SystemError.reason(errno))) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                String(decoding: buffer.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names.sorted())
    }

    /// Every regular file below `folder` (links followed), as paths relative to it with `/`; hidden
    /// names are skipped. A folder or link that cannot be read is reported and sets `ok` to false.
    static func files(below folder: URL, display: String, diagnostics: DiagnosticLog, ok: inout Bool) -> [String] {
        var result: [String] = []
        var pending: [String] = [""]
        var visited = Set<String>()
        while let relative = pending.popLast() {
            let url = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
            let names: [String]
            switch Self.names(in: url) {
            case .success(let found): names = found
            case .failure(.missing) where relative.isEmpty: continue
            case .failure(let failure):
                diagnostics.add(relative.isEmpty ? display : "\(display)/\(relative)", .templateFolderUnreadable(failure.reason))
                ok = false
                continue
            }
            // A link back to a folder above would otherwise be walked forever.
            guard visited.insert(url.resolvingSymlinksInPath().path).inserted else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                switch FileKind.of(folder.appendingPathComponent(path)) {
                case .folder: pending.append(path)
                case .file: result.append(path)
                case .other: continue
                case .danglingLink(let reason):
                    diagnostics.add("\(display)/\(path)", .danglingLink(reason))
                    ok = false
                }
            }
        }
        return result.sorted()
    }
}

/// What a path is once links are followed.
enum FileKind: Equatable {
    case file, folder, other
    /// A link whose target cannot be reached, with the system's reason.
    case danglingLink(String)

    /// What the entry `name` of a folder (given by its real path, links resolved) is, and its real path:
    /// one `lstat` for an entry that is not a link.
    static func entry(named name: String, inRealFolder folder: String) -> (kind: FileKind, realPath: String) {
        let path = folder == "/" ? "/" + name : folder + "/" + name
        var info = stat()
        guard lstat(path, &info) == 0 else { return (.danglingLink(SystemError.reason(errno)), path) }
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
            let url = URL(fileURLWithPath: path, isDirectory: false)
            return (of(url), url.resolvingSymlinksInPath().path)
        case S_IFREG: return (.file, path)
        case S_IFDIR: return (.folder, path)
        default: return (.other, path)
        }
    }

    static func of(_ url: URL) -> FileKind {
        var info = stat()
        // A name listed in its folder that cannot be followed is a link pointing nowhere (or in a loop).
        guard stat(url.path, &info) == 0 else { return .danglingLink(SystemError.reason(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }
}
