import Foundation

/// Maps a request path to a file inside the output folder, and never to anything outside it.
///
/// Refused: `..` or `.` segments (also percent-encoded, `%2e%2e`, or hidden behind an encoded `/`), NUL and
/// backslashes, hidden names (`.git`), and any path whose real location (after following symlinks) is
/// not below the output folder's real location.
public enum RequestPath {
    public enum Resolution: Equatable, Sendable {
        /// A regular file to serve.
        case file(URL)
        /// A folder asked for without its trailing slash: redirect so relative links keep working.
        case redirect(String)
        case notFound
        /// The path tries to leave the output folder.
        case forbidden
    }

    public static func resolve(_ rawPath: String, in root: URL) -> Resolution {
        guard let segments = segments(of: rawPath) else { return .forbidden }
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        let candidate = segments.reduce(URL(fileURLWithPath: rootPath, isDirectory: true)) {
            $0.appendingPathComponent($1)
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory) else { return .notFound }
        guard isInside(candidate, rootPath: rootPath) else { return .forbidden }
        guard isDirectory.boolValue else { return .file(candidate) }
        if !segments.isEmpty && !rawPath.hasSuffix("/") {
            // Built from the checked segments, never from the raw path (`//host` would leave the site).
            var allowed = CharacterSet.urlPathAllowed
            allowed.remove(charactersIn: "/;?#")
            let encoded = segments.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0 }
            return .redirect("/" + encoded.joined(separator: "/") + "/")
        }
        let index = candidate.appendingPathComponent("index.html")
        var indexIsDirectory: ObjCBool = false
        guard manager.fileExists(atPath: index.path, isDirectory: &indexIsDirectory), !indexIsDirectory.boolValue else {
            return .notFound
        }
        return isInside(index, rootPath: rootPath) ? .file(index) : .forbidden
    }

    /// The decoded path segments, or nil when the path must be refused.
    static func segments(of rawPath: String) -> [String]? {
        guard let decoded = rawPath.removingPercentEncoding else { return nil }
        if decoded.contains("\0") || decoded.contains("\\") { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for segment in segments where segment.hasPrefix(".") {
            return nil
        }
        return segments
    }

    /// Whether `url`, with every symlink followed, lies below the output folder.
    static func isInside(_ url: URL, rootPath: String) -> Bool {
        let real = url.resolvingSymlinksInPath().path
        return real == rootPath || real.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/")
    }
}
