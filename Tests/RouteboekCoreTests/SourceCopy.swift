import Foundation

/// Finds runs of words a text shares with a source document: the sign of a sentence copied rather
/// than told in one's own words. Words are compared lower case and without accents (OCR writes
/// "efficiénte" for "efficiënte"); web addresses are left out, and the allowed phrases (terms of art,
/// quoted titles) break a run instead of counting towards it.
struct SourceCopyFinder {
    /// A run this long or longer is reported (issue 13: 12 words).
    static let defaultRunLength = 12
    let runLength: Int

    struct Word {
        var text: String
        var line: Int
    }

    struct Run: CustomStringConvertible {
        var file: String
        var line: Int
        var source: String
        var sourceLine: Int
        var words: [String]

        var text: String { words.joined(separator: " ") }
        var description: String { "\(file):\(line): \(words.count) words as in \(source) line \(sourceLine): \"\(text)\"" }
    }

    /// Each source: its 12-word windows, with the line each starts on.
    private var windows: [(file: String, starts: [String: Int])] = []
    private let allowed: [[String]]

    init(sources: [(file: String, text: String)], allowedPhrases: [String], runLength: Int = defaultRunLength) {
        self.runLength = runLength
        allowed = allowedPhrases.map { Self.words(in: $0, line: 1).map(\.text) }.filter { !$0.isEmpty }
        for source in sources {
            let words = Self.sourceWords(source.text)
            var starts: [String: Int] = [:]
            if words.count >= runLength {
                for index in 0...(words.count - runLength) {
                    let key = words[index..<index + runLength].map(\.text).joined(separator: " ")
                    if starts[key] == nil { starts[key] = words[index].line }
                }
            }
            windows.append((source.file, starts))
        }
    }

    /// The runs of `runLength` or more words that `words` shares with a source, longest stretch first found.
    func runs(in words: [Word], file: String) -> [Run] {
        let segments = split(words)
        var result: [Run] = []
        for segment in segments where segment.count >= runLength {
            for source in windows {
                var index = 0
                while index + runLength <= segment.count {
                    let key = segment[index..<index + runLength].map(\.text).joined(separator: " ")
                    guard let sourceLine = source.starts[key] else {
                        index += 1
                        continue
                    }
                    // Extend while the next window matches too.
                    var end = index + runLength
                    while end < segment.count,
                          source.starts[segment[end - runLength + 1...end].map(\.text).joined(separator: " ")] != nil {
                        end += 1
                    }
                    result.append(Run(file: file, line: segment[index].line, source: source.file, sourceLine: sourceLine,
                                      words: segment[index..<end].map(\.text)))
                    index = end
                }
            }
        }
        return result
    }

    /// Cuts the words wherever an allowed phrase stands, so no run spans or includes one.
    private func split(_ words: [Word]) -> [[Word]] {
        var segments: [[Word]] = [[]]
        var index = 0
        while index < words.count {
            if let phrase = allowed.first(where: { phrase in
                index + phrase.count <= words.count && words[index..<index + phrase.count].map(\.text).elementsEqual(phrase)
            }) {
                segments.append([])
                index += phrase.count
            } else {
                segments[segments.count - 1].append(words[index])
                index += 1
            }
        }
        return segments
    }

    // MARK: Words

    /// Web addresses, e-mail addresses and Markdown link targets: not words anyone writes.
    static let addressPattern = try? NSRegularExpression(pattern: #"\]\([^)]*\)|https?://\S+|www\.\S+|mailto:\S+|\S+@\S+\.\S+"#)

    /// The words of a line of text, lower case and without accents.
    static func words(in line: String, line number: Int) -> [Word] {
        let range = NSRange(line.startIndex..., in: line)
        let plain = addressPattern?.stringByReplacingMatches(in: line, range: range, withTemplate: " ") ?? line
        let folded = plain.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl_NL"))
        return folded.split { !($0.isLetter || $0.isNumber) }.map { Word(text: String($0), line: number) }
    }

    /// A source's words. A word broken over two lines with a hyphen (samen-\nwerking) is joined.
    static func sourceWords(_ text: String) -> [Word] {
        var result: [Word] = []
        var hyphenated = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var words = Self.words(in: String(line), line: index + 1)
            if hyphenated, !words.isEmpty, !result.isEmpty, line.first?.isLowercase == true {
                result[result.count - 1].text += words.removeFirst().text
            }
            result += words
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            hyphenated = trimmed.hasSuffix("-") && trimmed.dropLast().last?.isLetter == true
        }
        return result
    }

    /// A Markdown page's words: its title and summary, then its body. The front matter's source list
    /// is left out (it names the sources' own headings on purpose).
    static func pageWords(_ text: String) -> [Word] {
        var result: [Word] = []
        var inFrontMatter = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index == 0 && line == "---" {
                inFrontMatter = true
                continue
            }
            if inFrontMatter {
                if line == "---" {
                    inFrontMatter = false
                } else if line.hasPrefix("titel:") || line.hasPrefix("samenvatting:") {
                    result += words(in: String(line.drop { $0 != ":" }.dropFirst()), line: index + 1)
                }
                continue
            }
            result += words(in: String(line), line: index + 1)
        }
        return result
    }
}
