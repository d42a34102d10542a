import Foundation

/// WeasyPrint's "Failed to load image at 'file:///…/verzuim/schema.png': UnidentifiedImageError: …", an
/// English line about a file in the staging folder, read back as the image's path in the site.
enum WeasyPrintImageFailure {
    static let prefix = "Failed to load image at '"

    /// The image's path from the output folder when `message` is that failure for a file below `outputRoot`.
    static func imagePath(in message: String, outputRoot: URL) -> String? {
        guard message.hasPrefix(prefix) else { return nil }
        let rest = message.dropFirst(prefix.count)
        guard let end = rest.firstIndex(of: "'"), let url = URL(string: String(rest[..<end])), url.isFileURL else { return nil }
        let root = outputRoot.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        guard path.hasPrefix(root + "/") else { return nil }
        return String(path.dropFirst(root.count + 1))
    }
}
