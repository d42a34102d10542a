/// Where the whole document is written, and what every page of the site shows of it (in the footer,
/// and on the home page): the one-page version always, the PDF with its size when this build made it.
struct DocumentLinks: Sendable {
    static let htmlPath = "routeboek-compleet.html"
    static let pdfPath = "routeboek.pdf"

    /// The PDF's size in bytes; nil when this build made no PDF (then no page links to one).
    var pdfBytes: Int?

    /// The links under `wholeDocument`, relative to a page whose root prefix is `root`.
    func value(root: String) -> WholeDocumentValue {
        WholeDocumentValue(htmlHref: root + Self.htmlPath, pdfHref: pdfBytes.map { _ in root + Self.pdfPath },
                           pdfSize: pdfBytes.map(Self.dutchSize))
    }

    /// `850 kB`, `1,2 MB` (decimal units, a decimal comma).
    static func dutchSize(_ bytes: Int) -> String {
        if bytes < 1_000_000 { return "\(max(1, Int((Double(bytes) / 1000).rounded()))) kB" }
        let tenths = Int((Double(bytes) / 100_000).rounded())
        return "\(tenths / 10),\(tenths % 10) MB"
    }
}

/// `wholeDocument`: what every page shows of the whole routeboek (partial `heel-routeboek`).
struct WholeDocumentValue: TemplateRecord {
    var htmlHref: String
    var pdfHref: String?
    var pdfSize: String?

    static let fields = TemplateFields<WholeDocumentValue>("Heel routeboek", about: "links to the whole routeboek", [
        .text("htmlHref", "the whole routeboek as one page (`routeboek-compleet.html`)") { $0.htmlHref },
        .text("pdfHref", "`routeboek.pdf`, only when the build made it") { $0.pdfHref },
        .text("pdfSize", "the PDF's size (`1,3 MB`), only when the build made it") { $0.pdfSize },
    ])
}
