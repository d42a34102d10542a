/// Finds text that stands in for the real thing: an example domain (example.org, .com, .net),
/// "TODO" and "lorem" (ipsum). Each is an error at its line and column: a site with a placeholder
/// address or dummy text must not be published.
enum PlaceholderScan {
    struct Kind: Sendable {
        /// Lower case; matched without regard to case.
        let word: String
        /// The message for one occurrence, as written.
        let message: @Sendable (String) -> Message
    }

    static let domains = ["example.org", "example.com", "example.net"].map {
        Kind(word: $0, message: Message.placeholderDomain)
    }
    static let words = [
        Kind(word: "todo", message: Message.placeholderTodo),
        Kind(word: "lorem", message: Message.placeholderLorem),
    ]

    /// Every placeholder in `text`, as errors in `file`. `lineOffset` is added to line numbers.
    static func scan(_ text: String, file: String, lineOffset: Int = 0) -> [Diagnostic] {
        // Most texts have none: one pass over the bytes decides whether to look closer (this runs on
        // every page of every build, so it stays off Foundation's string search).
        guard mayContainPlaceholder(text) else { return [] }
        var diagnostics: [Diagnostic] = []
        var lineNumber = lineOffset
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            // Compared a character at a time, so columns stay those of the line as written.
            let characters = line.map { String($0).lowercased() }
            for kind in domains + words {
                for column in occurrences(of: kind.word, in: characters, domain: kind.word.contains(".")) {
                    let written = characters.count >= column + kind.word.count
                        ? String(line.dropFirst(column).prefix(kind.word.count)) : kind.word
                    diagnostics.append(Diagnostic(file: file, line: lineNumber, column: column + 1, kind.message(written)))
                }
            }
        }
        return diagnostics
    }

    private static let placeholderBytes = (domains + words).map { Array($0.word.utf8) }
    /// For each pair of bytes (each lower-cased by `| 0x20`, as every placeholder starts with two
    /// letters), whether a placeholder starts with it.
    private static let firstPairs: [Bool] = (0..<65536).map { pair in
        placeholderBytes.contains { Int($0[0]) << 8 | Int($0[1]) == pair }
    }

    /// Whether any placeholder word occurs in the text, ignoring ASCII case (all of them are ASCII).
    static func mayContainPlaceholder(_ text: String) -> Bool {
        let targets = placeholderBytes
        var text = text
        return text.withUTF8 { bytes in
            firstPairs.withUnsafeBufferPointer { pairs in
            let count = bytes.count
            var index = 0
            while index + 1 < count {
                let byte = bytes[index] | 0x20
                // Most places start no placeholder: one look in a table of first byte pairs before comparing any.
                guard pairs[Int(byte) << 8 | Int(bytes[index + 1] | 0x20)] else {
                    index += 1
                    continue
                }
                for target in targets where byte == target[0] && index + target.count <= count {
                    var matches = true
                    for offset in 1..<target.count where (bytes[index + offset] | (target[offset] >= 0x61 ? 0x20 : 0)) != target[offset] {
                        matches = false
                        break
                    }
                    if matches { return true }
                }
                index += 1
            }
            return false
            }
        }
    }

    /// Start offsets of `word` as a whole word. A domain may follow a dot or `@` (www.example.org,
    /// iemand@example.org) but not a letter (myexample.org is someone's real domain).
    private static func occurrences(of word: String, in characters: [String], domain: Bool) -> [Int] {
        let target = word.map { String($0) }
        guard characters.count >= target.count else { return [] }
        func joins(_ index: Int) -> Bool {
            guard characters.indices.contains(index), let character = characters[index].first else { return false }
            return character.isLetter || character.isNumber || character == "-" || (!domain && character == "_")
        }
        var result: [Int] = []
        for start in 0...(characters.count - target.count)
        where characters[start..<start + target.count].elementsEqual(target) && !joins(start - 1) && !joins(start + target.count) {
            result.append(start)
        }
        return result
    }
}

extension PlaceholderScan {
    /// Front-matter text keys the YAML reader accepts empty (it only requires `titel`); an empty one
    /// is an unfinished page. Other keys already fail on an empty value (number, date, yes/no).
    static let pageTextKeys = ["samenvatting"]
    private static let pageTextKeyPrefixes = pageTextKeys.map { ($0, $0 + ":") }

    /// `samenvatting:` with nothing after it (nor an indented continuation), or with `""`.
    static func emptyTextKeys(in text: String, file: String) -> [Diagnostic] {
        // Line ends as the front matter parser reads them: "\r\n" is one Character, so a page saved on
        // Windows would otherwise be one line here and its empty key never found.
        if ByteReplace.contains("\r", in: text) { return emptyTextKeys(in: ByteReplace.plainLineEnds(text), file: file) }
        // A byte order mark (Notepad, Word) before the first `---`, as the front matter parser drops it.
        if text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { return emptyTextKeys(in: String(text.dropFirst()), file: file) }
        guard text.hasPrefix("---") else { return [] }
        // Only the front matter matters: split that, not the whole page.
        let frontMatterEnd = Self.endOfFirstClosingLine(in: text) ?? text.endIndex
        guard mayHaveEmptyTextKey(text, upTo: frontMatterEnd) else { return [] }
        let lines = text[..<frontMatterEnd].split(separator: "\n", omittingEmptySubsequences: false)
        var diagnostics: [Diagnostic] = []
        for index in 1..<max(1, lines.count) {
            let line = lines[index]
            // Trimmed (by characters) only when it could be the closing line at all.
            if line.utf8.contains(UInt8(ascii: "-")), line.trimmingWhitespaceSubstring == "---" { break }
            for (key, prefix) in pageTextKeyPrefixes where line.hasPrefix(prefix) {
                let value = line.dropFirst(key.count + 1).trimmingWhitespaceSubstring
                let continues = index + 1 < lines.count && (lines[index + 1].first == " " || lines[index + 1].first == "\t")
                    && !lines[index + 1].trimmingWhitespaceSubstring.isEmpty
                if value == "\"\"" || value == "''" || (value.isEmpty && !continues) {
                    diagnostics.append(Diagnostic(file: file, line: index + 1, column: key.count + 2, .pageKeyEmpty(key)))
                }
            }
        }
        return diagnostics
    }
}

extension PlaceholderScan {
    private static let pageTextKeyLines = pageTextKeys.map { Array(("\n" + $0 + ":").utf8) }

    /// False when every text key's line before `end` has a value that is plainly not empty: ASCII, and
    /// not starting with a quote. Decided on bytes, as this runs on every page; anything else (an empty
    /// or quoted value, a non-ASCII byte that might be Unicode whitespace) goes to the full check.
    private static func mayHaveEmptyTextKey(_ text: String, upTo end: String.Index) -> Bool {
        let length = text.utf8.distance(from: text.startIndex, to: end)
        let decided: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for key in pageTextKeyLines {
                var index = 0
                while index + key.count <= length {
                    guard bytes[index] == key[0], bytes[(index + 1)...].starts(with: key[1...]) else {
                        index += 1
                        continue
                    }
                    var value = index + key.count
                    while value < length, bytes[value] == UInt8(ascii: " ") || bytes[value] == UInt8(ascii: "\t") { value += 1 }
                    guard value < length else { return true }
                    let first = bytes[value]
                    if first == UInt8(ascii: "\n") || first == UInt8(ascii: "\r") || first >= 0x80
                        || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") { return true }
                    index = value
                }
            }
            return false
        }
        return decided ?? true
    }

    /// Where the first `\n---` after the opening `---` ends, found on bytes (Foundation's `range(of:)`
    /// counted UTF-16 offsets over the whole page).
    static func endOfFirstClosingLine(in text: String) -> String.Index? {
        let bytes = text.utf8
        let marker = Array("\n---".utf8)
        var index = bytes.index(bytes.startIndex, offsetBy: 3, limitedBy: bytes.endIndex) ?? bytes.endIndex
        while index != bytes.endIndex {
            // The last dash must be a whole character, as Foundation compares (not `-` with an accent on it).
            if bytes[index] == marker[0], bytes[index...].starts(with: marker),
               text[bytes.index(index, offsetBy: marker.count - 1)...].first == "-" {
                return bytes.index(index, offsetBy: marker.count)
            }
            index = bytes.index(after: index)
        }
        return nil
    }
}

private extension Substring {
    var trimmingWhitespaceSubstring: Substring {
        var result = self
        while let first = result.first, first.isWhitespace { result = result.dropFirst() }
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}
