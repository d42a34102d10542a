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

    /// The same escaping, appended as UTF-8 to `bytes` (the template renderer's output). Byte by byte: the
    /// five characters are ASCII, so no other character's bytes can contain them.
    public static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { source in
            var plainFrom = 0
            for index in source.indices {
                let replacement: StaticString
                switch source[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[plainFrom..<index]))
                replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
                plainFrom = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[plainFrom...]))
        }
    }
}
