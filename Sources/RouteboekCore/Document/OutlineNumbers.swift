/// Section numbers of the whole document: `3` for a chapter, `3.2` for a page or heading below it,
/// and so on. Numbering stops at `numberedDepth` levels, so deep headings stay unnumbered.
struct OutlineNumbers {
    static let numberedDepth = 4

    private var counters: [Int] = []

    /// The number of the next heading at `depth` (1 is a chapter); nil below `numberedDepth`.
    mutating func next(depth: Int) -> String? {
        guard depth >= 1, depth <= Self.numberedDepth else { return nil }
        if counters.count < depth { counters += Array(repeating: 0, count: depth - counters.count) }
        counters.removeLast(counters.count - depth)
        counters[depth - 1] += 1
        return counters.map(String.init).joined(separator: ".")
    }
}

/// The HTML heading element for a place in the outline: the document's title is the one h1, a chapter is
/// an h2, and every level below adds one, up to h6.
enum OutlineLevel {
    static func headingElement(depth: Int) -> Int { min(max(depth + 1, 2), 6) }
}
