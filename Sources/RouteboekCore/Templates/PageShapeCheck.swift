/// What every rendered page must be: an HTML document from its doctype to `</html>`, carrying the site's
/// CSP. Fed the page whole or in the parts it is written in (the whole document), it keeps only the first
/// and last bytes and whether the CSP was seen.
struct PageShapeCheck {
    private static let csp = "http-equiv=\"Content-Security-Policy\""
    private static let ends = 64
    private var head: [UInt8] = []
    private var tail: [UInt8] = []
    private(set) var hasCSP = false

    mutating func feed(_ part: String) {
        let bytes = part.utf8
        if head.count < Self.ends { head += bytes.prefix(Self.ends - head.count) }
        if !hasCSP {
            // In the part, or across its start (the end of the part before and the start of this one).
            let reach = Self.csp.utf8.count - 1
            hasCSP = ByteReplace.contains(Self.csp, in: part)
                || ByteReplace.contains(Self.csp, in: String(decoding: tail.suffix(reach) + bytes.prefix(reach), as: UTF8.self))
        }
        tail = Array((tail + bytes.suffix(Self.ends)).suffix(Self.ends))
    }

    /// Starts with a doctype and ends with the closing `</html>`.
    var isWholePage: Bool {
        let start = String(decoding: head, as: UTF8.self).trimmingWhitespace.lowercased()
        let end = String(decoding: tail, as: UTF8.self).trimmingWhitespace.lowercased()
        return start.hasPrefix("<!doctype html") && end.hasSuffix("</html>")
    }
}
