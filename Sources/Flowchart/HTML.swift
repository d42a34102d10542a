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
}
