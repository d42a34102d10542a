/// What an image file of the content folder really holds, read from its bytes. Browsers and WeasyPrint
/// (the PDF) go by the content, not by the name: a text, a web page or an iPhone photo saved as
/// `schema.png` is a broken image on the site and stops the PDF with an English message.
enum ImageFile {
    /// The formats every browser and WeasyPrint show.
    enum Format: String, Sendable {
        case png = "PNG", jpeg = "JPEG", gif = "GIF", webp = "WebP", svg = "SVG", bmp = "BMP"
    }

    enum Verdict: Equatable, Sendable {
        case image(Format)
        /// Not one of the formats; what the bytes look like, in words for the message.
        case notAnImage(String)
        /// A PNG or JPEG whose structure breaks off or is garbled (a download or copy not finished, a
        /// damaged file): WeasyPrint cannot read it, a browser shows part of it or nothing.
        case damaged(Format)
        /// An SVG with a script or a reference to another site: opened on its own it runs the script on
        /// the site's address, and WeasyPrint fetches the reference while the PDF is made.
        case svgWithActiveContent(String)
    }

    static func examine(_ bytes: [UInt8]) -> Verdict {
        if let utf8 = SVGMarkup.utf8FromUTF16(bytes) { return examine(utf8) }
        if bytes.isEmpty { return .notAnImage("een leeg bestand") }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            return pngChunksReachEnd(bytes) ? .image(.png) : .damaged(.png)
        }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return jpegHeaderIsWhole(bytes) ? .image(.jpeg) : .damaged(.jpeg) }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return .image(.gif) }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) { return .image(.webp) }
        if isBMP(bytes) { return .image(.bmp) }
        if let family = isoMediaBrand(bytes) { return .notAnImage(family) }
        if bytes.starts(with: Array("%PDF".utf8)) { return .notAnImage("een PDF") }
        if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
            return .notAnImage("een TIFF-afbeelding")
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .notAnImage("een zip- of Office-bestand (zoals Word of PowerPoint)") }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .notAnImage("een ouder Office-bestand (zoals Word of PowerPoint)") }
        let head = markupHead(bytes)
        // A web page may hold an inline <svg>: it is still a web page.
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.contains("<html") || head.contains("<body") {
            return .notAnImage("een webpagina (HTML)")
        }
        if head.contains("<svg") { return svgActiveContent(bytes).map { .svgWithActiveContent($0) } ?? .image(.svg) }
        return .notAnImage(isText(bytes) ? "tekst" : "een bestand van een onbekende soort")
    }

    /// "BM" and a known size of the header that follows the file header (a text may start with "BM").
    private static func isBMP(_ bytes: [UInt8]) -> Bool {
        guard bytes.count > 26, bytes.starts(with: Array("BM".utf8)) else { return false }
        let headerSize = Int(bytes[14]) | Int(bytes[15]) << 8 | Int(bytes[16]) << 16 | Int(bytes[17]) << 24
        return [12, 40, 52, 56, 64, 108, 124].contains(headerSize)
    }

    /// What in an SVG could act or reach out, in words; nil when it holds only drawing. A link (`<a href>`,
    /// as draw.io puts in every export) fetches nothing and is fine.
    private static func svgActiveContent(_ bytes: [UInt8]) -> String? {
        let text = SVGMarkup.activeParts(bytes)
        if text.contains("<script") || text.contains("javascript:") || hasEventAttribute(text) { return "een script" }
        let compact = text.filter { $0 != " " && $0 != "\t" && !$0.isNewline }
        if ["url(http", "url('http", "url(\"http", "url(//", "@import", "<?xml-stylesheet"].contains(where: compact.contains) {
            return "een verwijzing naar een andere site"
        }
        // `<image>`, `<use>` and `<feImage>` load what their href names, and anything loads its src.
        if compact.contains("src=\"http") || compact.contains("src='http") || compact.contains("src=\"//") { return "een verwijzing naar een andere site" }
        var searchStart = text.startIndex
        while let found = text.range(of: "href", range: searchStart..<text.endIndex) {
            searchStart = found.upperBound
            let value = text[found.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" || $0.isNewline }
            guard value.hasPrefix("http") || value.hasPrefix("//") else { continue }
            guard let open = text[..<found.lowerBound].lastIndex(of: "<") else { continue }
            let element = text[text.index(after: open)...].prefix { $0.isLetter || $0 == ":" }
            if ["image", "use", "feimage", "svg:image", "svg:use"].contains(String(element)) { return "een verwijzing naar een andere site" }
        }
        return nil
    }

    /// `onload=`, `onclick=` and the like inside a tag: scripts too (Inkscape's Interactivity panel writes them).
    private static func hasEventAttribute(_ text: String) -> Bool {
        var searchStart = text.startIndex
        while let found = text.range(of: " on", range: searchStart..<text.endIndex) {
            searchStart = found.upperBound
            let name = text[found.upperBound...].prefix { $0.isLetter && $0.isASCII }
            guard !name.isEmpty else { continue }
            let after = text[name.endIndex...].drop { $0 == " " }
            guard after.first == "=" else { continue }
            // Inside a tag, not in the drawing's text: the last '<' before it comes after the last '>'.
            let before = text[..<found.lowerBound]
            if let open = before.lastIndex(of: "<"), before.lastIndex(of: ">").map({ $0 < open }) ?? true { return true }
        }
        return false
    }

    /// HEIC (iPhone photos) and AVIF are ISO media files: `ftyp` and a brand at byte 4.
    private static func isoMediaBrand(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 12, Array(bytes[4..<8]) == Array("ftyp".utf8) else { return nil }
        let brand = String(decoding: bytes[8..<12], as: UTF8.self)
        switch brand {
        case "avif", "avis": return "een AVIF-afbeelding"
        case "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1": return "een HEIC-foto (zoals een iPhone die maakt)"
        default: return "een video- of ander mediabestand"
        }
    }

    /// The first 256 KB lowercased, after a byte order mark and white space: enough to find `<svg` behind
    /// an XML declaration, comments and a doctype.
    private static func markupHead(_ bytes: [UInt8]) -> String {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return "" }
        // An Illustrator export's entity list or a licence comment can put `<svg` far down.
        let end = min(bytes.count, start + 256 * 1024)
        return String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    }

    private static func isText(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(4096)
        return !sample.contains { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }
    }

    /// A PNG is a chain of chunks (length, type, data, checksum) that ends with IEND: the chain must
    /// reach it inside the file.
    private static func pngChunksReachEnd(_ bytes: [UInt8]) -> Bool {
        var offset = 8
        while offset + 12 <= bytes.count {
            let length = Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            if Array(bytes[(offset + 4)..<(offset + 8)]) == Array("IEND".utf8) { return true }
            offset += 12 + length
        }
        return false
    }

    /// A JPEG's header is a chain of segments (0xFF, a marker, a length) that must reach the frame's
    /// size (SOF) and then the start of the picture data (SOS); the data itself is not read.
    private static func jpegHeaderIsWhole(_ bytes: [UInt8]) -> Bool {
        var offset = 2
        var hasFrame = false
        while offset + 4 <= bytes.count {
            // A few stray bytes between segments are read past by browsers and Pillow alike.
            var skipped = 0
            while bytes[offset] != 0xFF && skipped < 16 && offset + 4 < bytes.count {
                offset += 1
                skipped += 1
            }
            guard bytes[offset] == 0xFF else { return false }
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }  // fill bytes before a marker
            if (0xD0...0xD7).contains(marker) || marker == 0x01 { offset += 2; continue }
            if marker == 0xDA { return hasFrame }
            if marker == 0xD9 { return false }
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) { hasFrame = true }
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            guard length >= 2 else { return false }
            offset += 2 + length
        }
        return false
    }

    /// Why the file cannot be shown as an image named `name`; nil when it can. An SVG is shown only under
    /// a `.svg` name and a `.svg` name only for an SVG (browsers decide SVG by the name, the rest by the bytes).
    static func problem(_ verdict: Verdict, name: String) -> ImageProblem? {
        let isSVGName = name.lowercased().hasSuffix(".svg")
        switch verdict {
        case .image(.svg) where !isSVGName: return .svgWithoutSVGName
        case .image(let format) where format != .svg && isSVGName: return .svgNameWithoutSVG(format)
        case .image: return nil
        case .notAnImage(let what): return .notAnImage(what)
        case .damaged(let format): return .damaged(format)
        case .svgWithActiveContent(let what): return .svgWithActiveContent(what)
        }
    }

    enum ImageProblem: Equatable, Sendable {
        case notAnImage(String)
        case damaged(Format)
        case svgWithoutSVGName
        case svgNameWithoutSVG(Format)
        case svgWithActiveContent(String)
    }

    /// The usual file name ending for a format, to suggest a name that fits the content.
    static func fileExtension(_ format: Format) -> String {
        switch format {
        case .png: "png"
        case .jpeg: "jpg"
        case .gif: "gif"
        case .webp: "webp"
        case .svg: "svg"
        case .bmp: "bmp"
        }
    }
}
