import Beslisboom
import Yams

/// A term an editor sets in a page's front matter (`trefwoorden: [zorgcoördinator]`): the page is
/// about it, so the register lists the page under it and search ranks the page high for it.
public struct Keyword: Sendable, Equatable {
    public var text: String
    public var position: SourcePosition?

    public init(text: String, position: SourcePosition? = nil) {
        self.text = text
        self.position = position
    }

    public static func == (a: Self, b: Self) -> Bool { a.text == b.text }
}

/// Reads `trefwoorden:`, a list of texts (one text alone counts as a list of one).
enum KeywordListReader {
    static let key = "trefwoorden"

    static func read(_ map: YAMLMap, reader: YAMLReader) -> [Keyword] {
        guard let value = map.valueNode(key), !reader.reportListWithoutBrackets(value) else { return [] }
        let items: [Node]
        if case .scalar = value {
            items = [value]
        } else {
            items = map.sequence(key, what: "de pagina")
        }
        var keywords: [Keyword] = []
        var seen: [String: Int] = [:]
        for item in items {
            guard case .scalar(let scalar) = item else {
                reader.report(item, .keywordNotText(key))
                continue
            }
            let text = scalar.string.trimmingWhitespace
            let position = reader.position(item)
            if SearchFolding.words(text).isEmpty {
                reader.report(item, .keywordEmpty(key))
                continue
            }
            if reader.reportMarkdown(in: text, key: key, at: item, shownIn: "in het register en de zoekresultaten") { continue }
            let folded = SearchFolding.fold(text)
            if let line = seen[folded] {
                reader.report(item, .keywordTwice(text, key: key, line: line))
                continue
            }
            seen[folded] = position.line
            keywords.append(Keyword(text: text, position: position))
        }
        return keywords
    }
}
