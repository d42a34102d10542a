import Messages

/// A link as an editor wrote it, resolved from the file it is written in. The one place that says what
/// a link means: a page's Markdown, a text of the beslisboom (hint, summary, note) and the tree's link
/// fields (`links:`, `pagina:`) all resolve through it, so `../` is the home page in each of them.
struct WrittenLink: Sendable, Equatable {
    /// A Markdown image resolves as a file even when it ends in `.md` or `/`.
    enum Kind: Sendable { case link, image }

    enum Target: Sendable, Equatable {
        /// Another site, mail or telephone (`https:`, `mailto:`, `tel:`, `//host`): not the site's to check.
        case external
        /// `#anker` (or `#`): a place on the page the link is written in.
        case samePage(anchor: String)
        /// A page of the site: its path from the content root (`verzuim/melden.md`; a folder is its
        /// `index.md`), and the anchor when one was written.
        case page(String, anchor: String?)
        /// Any other file of the content folder (an image, a PDF), by its path from the content root.
        case asset(String)
        /// `/x`: works only when the site sits at the top of a web server.
        case fromRoot
        /// More `../` than there are folders above the file.
        case climbsOut
        /// `%2F` in a name (`a%2Fb.md`): a browser asks for a file with a `/` in its name, which cannot exist.
        case encodedSlash
    }

    /// The link as written, for messages.
    let written: String
    /// The content path of the page the link is written in (`verzuim/melden.md`).
    let from: String
    let target: Target
    /// The link as the output writes it relative to `from`: `.md` becomes `.html`, a folder gets
    /// `index.html`; nil when it stays as written.
    private let relativeHref: String?
    /// The part after the first `#`, as written (a file link keeps it too).
    private let anchor: String?
    /// An image is checked as one: its file must hold an image a browser shows.
    private let kind: Kind

    /// Nil for an empty link: nothing was written to resolve.
    init?(_ written: String, from page: String, kind: Kind = .link) {
        guard !written.isEmpty else { return nil }
        self.written = written
        self.from = page
        self.kind = kind
        let path: String
        if let hash = written.firstIndex(of: "#") {
            path = String(written[..<hash])
            let rest = String(written[written.index(after: hash)...])
            // `pagina.md#` goes to the top of the page, as `pagina.md` does (a lone `#` is warned about).
            anchor = rest.isEmpty && !path.isEmpty ? nil : rest
        } else {
            path = written
            anchor = nil
        }
        if ContentPath.isExternal(written) {
            (target, relativeHref) = (.external, nil)
            return
        }
        let suffix = anchor.map { "#" + $0 } ?? ""
        if path.isEmpty {
            // A non-empty link with an empty path has a `#`.
            (target, relativeHref) = (.samePage(anchor: anchor ?? ""), nil)
            return
        }
        if path.hasPrefix("/") {
            (target, relativeHref) = (.fromRoot, nil)
            return
        }
        guard let decoded = Self.asBrowserReads(path) else {
            (target, relativeHref) = (.encodedSlash, nil)
            return
        }
        guard var resolved = ContentPath.resolve(decoded, from: page) else {
            (target, relativeHref) = (.climbsOut, nil)
            return
        }
        var href = path
        if decoded.hasSuffix("/") || resolved.isEmpty {
            resolved = resolved.isEmpty ? "index.md" : resolved + "/index.md"
            href = (path.hasSuffix("/") ? path : path + "/") + "index.html"
        }
        if kind == .link && resolved.hasSuffix(".md") {
            // A folder link has its index.html already; a link written as `.md` gets `.html`.
            if decoded.hasSuffix(".md") {
                // Written with an escape in `.md` (`a%2Emd`), the name is written anew from the decoded path.
                href = path.hasSuffix(".md") ? String(path.dropLast(3)) + ".html"
                    : (String(decoded.dropLast(3)).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path) + ".html"
            }
            target = .page(resolved, anchor: anchor)
        } else {
            target = .asset(resolved)
        }
        relativeHref = href + suffix == written ? nil : href + suffix
    }

    /// The path as a browser reads it: split at the `/` written; `%2e` is `.` in a `.` or `..` segment
    /// (`%2e%2e/` climbs, as the URL standard says); every other name is percent-decoded, as the web
    /// server or the file system does when the file is asked for. Nil when a decoded name holds a `/`
    /// (`%2F`): the browser keeps it in the name, so no folder is meant and no such file can exist.
    static func asBrowserReads(_ path: String) -> String? {
        guard path.utf8.contains(UInt8(ascii: "%")) else { return path }
        var names: [String] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment.lowercased() {
            case ".", "%2e": names.append(".")
            case "..", ".%2e", "%2e.", "%2e%2e": names.append("..")
            default:
                let name = String(segment).removingPercentEncodingSafely
                if name.contains("/") { return nil }
                names.append(name)
            }
        }
        return names.joined(separator: "/")
    }

    /// The page a link points at with its anchor (the page it is written in, for `#anker`); nil for
    /// anything else.
    var page: (path: String, anchor: String?)? {
        switch target {
        case .page(let path, let anchor): (path, anchor)
        case .samePage(let anchor): (from, anchor)
        default: nil
        }
    }

    /// Why the link cannot work wherever the site is placed; nil when it can.
    var problem: Message? {
        switch target {
        case .fromRoot: .linkFromRoot(written)
        case .climbsOut: .linkClimbsOut(written)
        case .encodedSlash: .linkEncodedSlash(written)
        default: nil
        }
    }

    /// The link to check once every file of the site is known, at a place in the file it was written in.
    func local(line: Int, column: Int) -> LocalLink? {
        switch target {
        case .page(let path, let anchor):
            LocalLink(kind: .page, target: path, anchor: anchor, written: written, line: line, column: column)
        case .samePage(let anchor):
            LocalLink(kind: .page, target: from, anchor: anchor, written: written, line: line, column: column)
        case .asset(let path):
            LocalLink(kind: .asset, target: path, anchor: nil, written: written, line: line, column: column, isImage: kind == .image)
        case .external, .fromRoot, .climbsOut, .encodedSlash:
            nil
        }
    }

    /// The `href` the output writes. With `rootToken`, local links go from the output root behind the
    /// token (for HTML shown at several depths, which swaps in its own `../`); without, they stay
    /// relative to the page as written. Links that do not resolve stay as written.
    func href(rootToken: String?) -> String {
        switch target {
        case .external, .fromRoot, .climbsOut, .encodedSlash:
            return written
        case .samePage(let anchor):
            guard let rootToken else { return written }
            return rootToken + ContentPath.outputPath(ofPage: from) + "#" + anchor
        case .page(let path, let anchor):
            guard let rootToken else { return relativeHref ?? written }
            return rootToken + ContentPath.outputPath(ofPage: path) + (anchor.map { "#" + $0 } ?? "")
        case .asset(let path):
            guard let rootToken else { return relativeHref ?? written }
            return rootToken + path + (anchor.map { "#" + $0 } ?? "")
        }
    }
}
