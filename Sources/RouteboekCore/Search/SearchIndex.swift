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
    static func json(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
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
