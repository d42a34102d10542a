/// Where the whole document is written, and what every page of the site shows of it (in the footer,
/// and on the home page): the one-page version always, the PDF with its size when this build made it.
struct DocumentLinks: Sendable {
    static let htmlPath = "routeboek-compleet.html"
    static let pdfPath = "routeboek.pdf"

    /// The PDF's size in bytes; nil when this build made no PDF (then no page links to one).
    var pdfBytes: Int?

    /// The template keys under `wholeDocument`, with links relative to a page whose root prefix is `root`.
    func context(root: String) -> [String: Any] {
        var context: [String: Any] = ["htmlHref": root + Self.htmlPath]
        if let pdfBytes {
            context["pdfHref"] = root + Self.pdfPath
            context["pdfSize"] = Self.dutchSize(pdfBytes)
        }
        return context
    }

    /// `850 kB`, `1,2 MB` (decimal units, a decimal comma).
    static func dutchSize(_ bytes: Int) -> String {
        if bytes < 1_000_000 { return "\(max(1, Int((Double(bytes) / 1000).rounded()))) kB" }
        let tenths = Int((Double(bytes) / 100_000).rounded())
        return "\(tenths / 10),\(tenths % 10) MB"
    }
}
