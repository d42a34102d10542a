import Beslisboom

/// Shows control characters as escapes so a message stays on one line and cannot drive the terminal.
public enum ControlCharacters {
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isControl(scalar):
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The first control character in a text other than tab and line ends (`\n`, `\r\n`), with its
    /// 1-based line and column. A lone `\r` is one of them.
    public static func first(in text: String) -> (line: Int, column: Int, scalar: Unicode.Scalar)? {
        place(in: text) { isControl($0) && $0 != "\t" }
    }

    /// The first scalar `wanted` picks, with its 1-based line and column (columns count characters).
    private static func place(in text: String, of wanted: (Unicode.Scalar) -> Bool) -> (line: Int, column: Int, scalar: Unicode.Scalar)? {
        var line = 1
        var column = 1
        for character in text {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
                continue
            }
            if let scalar = character.unicodeScalars.first(where: wanted) {
                return (line, column, scalar)
            }
            column += 1
        }
        return nil
    }

    /// The first character an HTML page may not hold (a control other than tab and line ends, or a
    /// noncharacter such as U+FFFE), with its 1-based line and column.
    public static func firstNotInHTML(in text: String) -> (line: Int, column: Int, scalar: Unicode.Scalar)? {
        // Every page is checked: its bytes first, and characters (for the column) only when needed.
        guard mayHoldNotInHTML(text) else { return nil }
        return place(in: text) { ($0 != "\t" && isControl($0)) || isNoncharacter($0) }
    }

    /// Whether the UTF-8 bytes hold a control other than tab and line ends, or the encoding of C1, U+2028,
    /// U+2029 or a noncharacter. A lone CR counts; CR LF does not.
    static func mayHoldNotInHTML(_ text: String) -> Bool {
        // The three bytes before this one, oldest first.
        var first: UInt8 = 0, second: UInt8 = 0, third: UInt8 = 0
        var pendingCR = false
        for byte in text.utf8 {
            if pendingCR && byte != 0x0A { return true }
            pendingCR = byte == 0x0D
            switch byte {
            case 0x09, 0x0A, 0x0D: break
            case 0x00..<0x20, 0x7F: return true
            // C1 controls: C2 80-9F.
            case 0x80...0x9F where third == 0xC2: return true
            // U+2028, U+2029: E2 80 A8/A9.
            case 0xA8, 0xA9 where second == 0xE2 && third == 0x80: return true
            // U+FDD0-U+FDEF: EF B7 90-AF.
            case 0x90...0xAF where second == 0xEF && third == 0xB7: return true
            // U+FFFE, U+FFFF and the same at the end of every plane: (EF | F0-F4 x with low nibble F) BF BE/BF.
            case 0xBE, 0xBF where third == 0xBF && (second == 0xEF || (first >= 0xF0 && second & 0x0F == 0x0F)):
                return true
            default: break
            }
            (first, second, third) = (second, third, byte)
        }
        return pendingCR
    }

    /// U+FDD0-U+FDEF and the last two code points of every plane: never text, and not allowed in HTML.
    public static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    /// C0 and C1 controls, DEL, and the line and paragraph separators (which end a line in some viewers).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
