import Foundation
import Messages

/// The content folder's files that links show as images, each read once and examined (see ImageFile):
/// a file that no browser shows as an image is an error at the link, not a broken picture on the site.
final class ImageFiles: @unchecked Sendable {
    private let contentRoot: URL
    private let displayContent: String
    private let lock = NSLockLike()
    /// By path from the content root; nil when the file could not be read (the scanner reports that).
    private var verdicts: [String: ImageFile.Verdict?] = [:]

    init(contentRoot: URL, displayContent: String) {
        self.contentRoot = contentRoot
        self.displayContent = displayContent
    }

    /// The problem with showing the file `link` points at as an image; nil when a browser shows it.
    func problem(with link: LocalLink) -> Message? {
        guard let verdict = verdict(of: link.target) else { return nil }
        let path = "\(displayContent)/\(link.target)"
        switch ImageFile.problem(verdict, name: link.target) {
        case nil: return nil
        case .notAnImage(let what): return .imageNotAnImage(link.written, path: path, what: what)
        case .damaged(let format): return .imageDamaged(link.written, path: path, format: format.rawValue)
        case .svgWithActiveContent(let what): return .imageSVGActive(link.written, path: path, what: what)
        case .svgWithoutSVGName:
            return .imageNameDoesNotFit(link.written, path: path, format: ImageFile.Format.svg.rawValue, name: renamed(link.target, to: .svg))
        case .svgNameWithoutSVG(let format):
            return .imageNameDoesNotFit(link.written, path: path, format: format.rawValue, name: renamed(link.target, to: format))
        }
    }

    private func verdict(of target: String) -> ImageFile.Verdict? {
        if let known = lock.withLock({ verdicts[target] }) { return known }
        let verdict: ImageFile.Verdict?
        switch FileBytes.read(contentRoot.appendingPathComponent(target, isDirectory: false)) {
        case .success(let bytes): verdict = ImageFile.examine(bytes)
        case .failure: verdict = nil
        }
        lock.withLock { verdicts[target] = verdict }
        return verdict
    }

    /// The file's own name with the ending that fits its content (`schema.png` holding an SVG: `schema.svg`).
    private func renamed(_ target: String, to format: ImageFile.Format) -> String {
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let base = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        return "\(base.isEmpty ? name : base).\(ImageFile.fileExtension(format))"
    }
}
