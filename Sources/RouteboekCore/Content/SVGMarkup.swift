/// The parts of an SVG that can act or fetch: its tags (with their attributes) and the text of its
/// `<style>` elements, lowercased, with character references and the doctype's own entities written out.
/// The drawing's text and comments are left out: a diagram may well say "@import" or "javascript:".
enum SVGMarkup {
    static func activeParts(_ bytes: [UInt8]) -> String {
        let text = decoded(bytes).lowercased()
        let entities = declaredEntities(text)
        var parts: [Substring] = []
        var inStyle = false
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if rest.hasPrefix("<!--") {
                index = rest.range(of: "-->")?.upperBound ?? text.endIndex
            } else if rest.hasPrefix("<![cdata[") {
                let end = rest.range(of: "]]>")
                if inStyle { parts.append(rest[rest.index(rest.startIndex, offsetBy: 9)..<(end?.lowerBound ?? text.endIndex)]) }
                index = end?.upperBound ?? text.endIndex
            } else if rest.hasPrefix("<!doctype") {
                index = doctypeEnd(rest)
            } else if rest.first == "<" {
                let end = tagEnd(rest)
                let tag = rest[..<end]
                parts.append(tag)
                let name = tag.dropFirst().prefix { $0.isLetter || $0 == ":" || $0 == "/" }
                if name == "style" || name == "svg:style" { inStyle = !tag.hasSuffix("/>") }
                if name == "/style" || name == "/svg:style" { inStyle = false }
                index = end
            } else {
                let end = rest.firstIndex(of: "<") ?? text.endIndex
                if inStyle { parts.append(rest[..<end]) }
                index = end
            }
        }
        return expand(parts.joined(separator: "\n"), entities)
    }

    /// Past the doctype that starts `text`: its internal subset ends at `]`, white space and `>`; a
    /// doctype without one ends at its first `>`. Unclosed, it is read as tags, so nothing hides in it.
    private static func doctypeEnd(_ text: Substring) -> String.Index {
        guard let open = text.firstIndex(of: "["), text.firstIndex(of: ">").map({ open < $0 }) ?? true else {
            return text.range(of: ">")?.upperBound ?? text.index(after: text.startIndex)
        }
        var searchStart = open
        while let close = text[searchStart...].firstIndex(of: "]") {
            let after = text[text.index(after: close)...].drop { $0 == " " || $0 == "\t" || $0.isNewline }
            if after.first == ">" { return text.index(after: after.startIndex) }
            searchStart = text.index(after: close)
        }
        return text.index(after: text.startIndex)
    }

    /// UTF-16 with a byte order mark (some Windows tools save SVG so) or UTF-8.
    private static func decoded(_ bytes: [UInt8]) -> String {
        let bigEndian = bytes.starts(with: [0xFE, 0xFF])
        guard bigEndian || bytes.starts(with: [0xFF, 0xFE]) else { return String(decoding: bytes, as: UTF8.self) }
        let units = stride(from: 2, to: bytes.count - 1, by: 2).map { (at: Int) -> UInt16 in
            let (high, low) = bigEndian ? (bytes[at], bytes[at + 1]) : (bytes[at + 1], bytes[at])
            return UInt16(high) << 8 | UInt16(low)
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// UTF-8 bytes of `bytes` when it is UTF-16 with a byte order mark; nil otherwise.
    static func utf8FromUTF16(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) else { return nil }
        return Array(decoded(bytes).utf8)
    }

    /// The end of a tag or processing instruction that starts `text`: past its `>`, outside quotes.
    private static func tagEnd(_ text: Substring) -> String.Index {
        var quote: Character?
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                return text.index(after: index)
            }
            index = text.index(after: index)
        }
        return text.endIndex
    }

    /// `<!entity name "value">` of the doctype (Illustrator writes its namespaces so); not `%` ones.
    private static func declaredEntities(_ text: String) -> [(name: String, value: String)] {
        var found: [(name: String, value: String)] = []
        var searchStart = text.startIndex
        while let declaration = text.range(of: "<!entity", range: searchStart..<text.endIndex) {
            searchStart = declaration.upperBound
            let rest = text[declaration.upperBound...].drop { $0 == " " || $0.isNewline || $0 == "\t" }
            let name = rest.prefix { !($0 == " " || $0.isNewline || $0 == "\t" || $0 == "%") }
            let afterName = rest[name.endIndex...].drop { $0 == " " || $0.isNewline || $0 == "\t" }
            guard !name.isEmpty, let quote = afterName.first, quote == "\"" || quote == "'" else { continue }
            let value = afterName.dropFirst().prefix { $0 != quote }
            found.append((String(name), String(value)))
        }
        return found
    }

    /// Character references (`&#58;`, `&#x3a;`) and declared entities written out, so `javascript&#58;`
    /// reads as what the browser reads.
    private static func expand(_ text: String, _ entities: [(name: String, value: String)]) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var index = text.startIndex
        while let amp = text[index...].firstIndex(of: "&") {
            result += text[index..<amp]
            let rest = text[text.index(after: amp)...]
            guard let semicolon = rest.prefix(40).firstIndex(of: ";") else {
                result.append("&")
                index = text.index(after: amp)
                continue
            }
            let reference = rest[..<semicolon]
            if let replacement = characterReference(reference) ?? entities.first(where: { $0.name == reference })?.value {
                result += replacement
                index = text.index(after: semicolon)
            } else {
                result.append("&")
                index = text.index(after: amp)
            }
        }
        return result + text[index...]
    }

    private static func characterReference(_ reference: Substring) -> String? {
        guard reference.first == "#" else { return reference == "quot" ? "\"" : reference == "apos" ? "'" : nil }
        let digits = reference.dropFirst()
        let value = digits.first == "x" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)).lowercased() }
    }
}
