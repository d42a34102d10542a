import Foundation

/// The build-time search index, shipped as a script (`assets/zoekindex.js`) so search works from
/// `file://` and offline, without a request:
///
///     window.ROUTEBOEK_ZOEKINDEX = {
///       "docs": [{k: kind, t: title, u: path, s: label, d: summary, w: [trefwoord], h: [{t: heading, a: anchor, x: text}]}],
///       "zoekwoorden": [[zoekwoord, term]],
///       "stammen": {word: stem}        // every word of the index whose Snowball stem differs from it
///     }
///
/// `Templates/assets/zoeken-motor.js` reads it; docs/templates.md describes it for theme authors.
enum SearchIndex {
    static let path = "assets/zoekindex.js"

    /// The script in parts of about `partSize` bytes, each handed to `emit` as it is made: the index holds
    /// the whole text of every page (52 MB on 10,000 pages), and is never held whole.
    static func script(documents: [SearchDocument], searchWords: [SearchWord], stems: [String: String],
                       partSize: Int, emit: (String) throws -> Void) rethrows {
        var out = "window.ROUTEBOEK_ZOEKINDEX = {\n\"docs\": [\n"
        func handOn(whenAtLeast size: Int) throws {
            guard out.utf8.count >= size else { return }
            try emit(out)
            out = ""
        }
        for (index, document) in documents.enumerated() {
            if index > 0 { out += ",\n" }
            append(document, to: &out)
            try handOn(whenAtLeast: partSize)
        }
        out += "\n],\n\"zoekwoorden\": ["
        out += searchWords.map { "[\(json($0.word)),\(json($0.term))]" }.joined(separator: ",")
        out += "],\n\"stammen\": {"
        try handOn(whenAtLeast: partSize)
        out += stems.sorted { $0.key < $1.key }.map { "\(json($0.key)):\(json($0.value))" }.joined(separator: ",")
        out += "}\n};\n"
        try handOn(whenAtLeast: 1)
    }

    private static func append(_ document: SearchDocument, to out: inout String) {
        out += "{\"k\":"; out += json(document.kind.rawValue)
        out += ",\"t\":"; out += json(document.title)
        out += ",\"u\":"; out += json(document.path)
        out += ",\"s\":"; out += json(document.label)
        out += ",\"d\":"; out += json(document.summary)
        if !document.keywords.isEmpty { out += ",\"w\":[\(document.keywords.map(json).joined(separator: ","))]" }
        if !document.parts.isEmpty {
            out += ",\"h\":["
            for (index, part) in document.parts.enumerated() {
                out += index == 0 ? "{" : ",{"
                var first = true
                if !part.heading.isEmpty { out += "\"t\":"; out += json(part.heading); first = false }
                if !part.anchor.isEmpty { out += first ? "\"a\":" : ",\"a\":"; out += json(part.anchor); first = false }
                out += first ? "\"x\":" : ",\"x\":"; out += json(part.text)
                out += "}"
            }
            out += "]"
        }
        out += "}"
    }

    /// The stem of every word of the documents and zoekwoorden that Snowball changes.
    static func stems(documents: [SearchDocument], searchWords: [SearchWord], stemmer: DutchStemmer) -> [String: String] {
        var vocabulary = SearchVocabulary()
        for text in documents.flatMap(\.texts) + searchWords.flatMap({ [$0.word, $0.term] }) {
            vocabulary.add(text)
        }
        var stems: [String: String] = [:]
        for word in vocabulary.words {
            let stem = stemmer.stem(word)
            if stem != word { stems[word] = stem }
        }
        return stems
    }

    /// A JSON string literal; `<` is escaped so the text can never close a script element.
    /// Works on UTF-8 bytes: this runs over the whole text of every page.
    static func json(_ text: String) -> String {
        // Most texts have nothing to escape: quoted as they are, without copying them byte by byte.
        if !needsEscaping(text) { return "\"" + text + "\"" }
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(text.utf8.count + 16)
        let hex = Array("0123456789abcdef".utf8)
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""): out += [92, 34]
            case UInt8(ascii: "\\"): out += [92, 92]
            case UInt8(ascii: "\n"): out += [92, UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [92, UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): out += [92, UInt8(ascii: "t")]
            case UInt8(ascii: "<"): out += Array("\\u003c".utf8)
            case 0..<0x20: out += [92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                // U+2028 and U+2029 end a line in older JavaScript.
                out += Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                i += 2
            default: out.append(byte)
            }
            i += 1
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `json` has to change a byte: a quote, a backslash, `<`, a control character, or the
    /// lead byte of U+2028/U+2029 (any 0xE2 counts; the slow path looks closer).
    static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            // Eight bytes at a time (the whole text of every page passes here), the rest one by one.
            var index = 0
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if hasByteBelowSpace(word) || hasByte(word, UInt8(ascii: "\"")) || hasByte(word, UInt8(ascii: "\\"))
                    || hasByte(word, UInt8(ascii: "<")) || hasByte(word, 0xE2) { return true }
                index += 8
            }
            return bytes[index...].contains(where: isEscaped)
        }
    }

    /// A byte `json` may change (0xE2 starts U+2028 and U+2029).
    private static func isEscaped(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<") || byte == 0xE2
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `word` is below 0x20 (exact: the borrow of a smaller byte sets its high bit only
    /// when that byte's own high bit was clear).
    private static func hasByteBelowSpace(_ word: UInt64) -> Bool {
        (word &- ones &* 0x20) & ~word & highBits != 0
    }

    /// Whether a byte of `word` is `byte` (a zero byte after the XOR).
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let zeroWhereEqual = word ^ (ones &* UInt64(byte))
        return (zeroWhereEqual &- ones) & ~zeroWhereEqual & highBits != 0
    }
}
