/// HTML escaping, the one copy: the flowcharts' SVG and text version use it, and so does the site
/// generator (which depends on this target).
public enum HTML {
    /// Escapes text for HTML content and attribute values (quotes included).
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The same escaping, appended to `output` (the template renderer's). Found byte by byte: the five
    /// characters are ASCII, so no other character's bytes contain them.
    public static func appendEscaped(_ text: String, to output: inout String) {
        let utf8 = text.utf8
        var plainFrom = utf8.startIndex
        var index = plainFrom
        while index != utf8.endIndex {
            let replacement: String
            switch utf8[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default:
                utf8.formIndex(after: &index)
                continue
            }
            output.append(contentsOf: text[plainFrom..<index])
            output.append(replacement)
            utf8.formIndex(after: &index)
            plainFrom = index
        }
        if plainFrom == utf8.startIndex {
            output.append(text)
        } else {
            output.append(contentsOf: text[plainFrom...])
        }
    }
}
