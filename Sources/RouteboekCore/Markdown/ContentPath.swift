/// Paths inside the content folder, always relative and with `/`.
enum ContentPath {
    /// Resolves `link` (relative to the page at `from`) to a path from the content root.
    /// Nil when it climbs out of the content folder.
    static func resolve(_ link: String, from page: String) -> String? {
        if let simple = resolveSimple(link, from: page) { return simple }
        return resolveBySegments(link, from: page)
    }

    /// The path for a link of plain names after any number of leading `../`, from a page in a folder of
    /// plain names (nearly every link a build resolves): found by cutting the texts, without splitting
    /// them. `.some(nil)` when it climbs out of the content folder; nil when either has an empty, `.` or
    /// `..` segment elsewhere: then `resolveBySegments` decides.
    static func resolveSimple(_ link: String, from page: String) -> String?? {
        var rest = Substring(link)
        var climbs = 0
        while rest.hasPrefix("../") {
            rest = rest.dropFirst(3)
            climbs += 1
        }
        let folder = page.lastIndex(of: "/").map { page[..<$0] } ?? ""
        guard isPlain(rest, allowingEmpty: true), isPlain(folder, allowingEmpty: true) else { return nil }
        var kept = folder[...]
        for _ in 0..<climbs {
            guard !kept.isEmpty else { return .some(nil) }
            kept = kept.lastIndex(of: "/").map { kept[..<$0] } ?? ""
        }
        if kept.isEmpty { return String(rest) }
        if rest.isEmpty { return String(kept) }
        return kept + "/" + rest
    }

    /// Names joined by single slashes, none of them `.`, `..` or empty, and none starting with a dot
    /// (a stricter test than needed, and cheap).
    private static func isPlain(_ path: Substring, allowingEmpty: Bool) -> Bool {
        if path.isEmpty { return allowingEmpty }
        var previous: UInt8 = UInt8(ascii: "/")
        for byte in path.utf8 {
            if previous == UInt8(ascii: "/") && (byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")) { return false }
            previous = byte
        }
        return previous != UInt8(ascii: "/")
    }

    /// `resolve` for any link, segment by segment.
    static func resolveBySegments(_ link: String, from page: String) -> String? {
        // Slices of the two texts, joined once at the end.
        var parts = (page.lastIndex(of: "/").map { page[..<$0] } ?? "").split(separator: "/")
        for part in link.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// How a file is written as a link from a page: `registratie/privacy.md` from `aanpak/rollen.md` is
    /// `../registratie/privacy.md`, from `registratie/index.md` just `privacy.md` (for "did you mean").
    static func link(to target: String, from page: String) -> String {
        var folder = directory(of: page).split(separator: "/")
        var parts = target.split(separator: "/")
        while let first = folder.first, parts.count > 1, parts.first == first {
            folder.removeFirst()
            parts.removeFirst()
        }
        return String(repeating: "../", count: folder.count) + parts.joined(separator: "/")
    }

    /// `verzuim/melden.md` → `verzuim/melden.html`.
    static func outputPath(ofPage page: String) -> String { String(page.dropLast(3)) + ".html" }

    /// How many folders deep a path is (`a/b.html` → 1), to build `../` prefixes.
    static func depth(of path: String) -> Int { path.reduce(0) { $1 == "/" ? $0 + 1 : $0 } }

    static func rootPrefix(for path: String) -> String { String(repeating: "../", count: depth(of: path)) }

    static func isExternal(_ url: String) -> Bool {
        if url.hasPrefix("mailto:") || url.hasPrefix("tel:") || url.hasPrefix("//") { return true }
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }
}
