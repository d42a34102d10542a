import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An entity tag for a file of the built site, from what identifies its content without reading it:
/// the file (device and inode), its size and its modification time in nanoseconds. A build writes a
/// changed file anew (a new inode); the preview's rebuild keeps an unchanged one as a hard link to the
/// same inode, so its tag stays and the browser keeps its copy.
enum FileTag {
    static func of(_ url: URL) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return "\"\(String(info.st_dev, radix: 16))-\(String(info.st_ino, radix: 16))-\(String(info.st_size, radix: 16))-\(String(modified, radix: 16))\""
    }
}
