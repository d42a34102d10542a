import Foundation

/// The build-time search index, shipped as a script (`assets/zoekindex.js`) so search works from
/// `file://` and offline: `window.ROUTEBOEK_ZOEKINDEX = [{t, u, s, d, h: [{t, a, x}]}]`.
enum SearchIndex {
    static let path = "assets/zoekindex.js"

    struct Entry {
        var title: String
        var path: String
        var section: String
        var summary: String
        var sections: [SearchSection]
    }

    static func script(_ entries: [Entry]) -> String {
        var out = "window.ROUTEBOEK_ZOEKINDEX = [\n"
        for (index, entry) in entries.enumerated() {
            out += "{\"t\":\(json(entry.title)),\"u\":\(json(entry.path)),\"s\":\(json(entry.section)),\"d\":\(json(entry.summary)),\"h\":["
            out += entry.sections.map { "{\"t\":\(json($0.heading)),\"a\":\(json($0.anchor)),\"x\":\(json($0.text))}" }.joined(separator: ",")
            out += index + 1 < entries.count ? "]},\n" : "]}\n"
        }
        return out + "];\n"
    }

    /// A JSON string literal; `<` is escaped so the text can never close a script element.
    /// Works on UTF-8 bytes: this runs over the whole text of every page.
    static func json(_ text: String) -> String {
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
}

/// The A-Z index of pages and headings: what search offers without JavaScript.
enum Register {
    static func letters(_ entries: [SearchIndex.Entry]) -> [[String: Any]] {
        var items: [(key: String, title: String, path: String, context: String)] = []
        for entry in entries {
            items.append((sortKey(entry.title), entry.title, entry.path, entry.section))
            for section in entry.sections where !section.heading.isEmpty {
                items.append((sortKey(section.heading), section.heading, entry.path + "#" + section.anchor, entry.title))
            }
        }
        items.sort { ($0.key, $0.title) < ($1.key, $1.title) }
        var groups: [(String, [[String: Any]])] = []
        for item in items {
            let letter = item.key.first.map { $0.isLetter ? String($0).uppercased() : "#" } ?? "#"
            let row: [String: Any] = ["title": item.title, "href": item.path, "context": item.context]
            if groups.last?.0 == letter { groups[groups.count - 1].1.append(row) } else { groups.append((letter, [row])) }
        }
        return groups.map { ["letter": $0.0, "entries": $0.1] }
    }

    private static func sortKey(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }
}
