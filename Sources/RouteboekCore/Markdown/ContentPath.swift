/// Paths inside the content folder, always relative and with `/`.
enum ContentPath {
    /// Resolves `link` (relative to the page at `from`) to a path from the content root.
    /// Nil when it climbs out of the content folder.
    static func resolve(_ link: String, from page: String) -> String? {
        // Slices of the two texts, joined once at the end: every link of every page comes here.
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
