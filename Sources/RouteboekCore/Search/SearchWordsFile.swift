import Beslisboom
import Yams

/// A word staff type that leads to one of the routeboek's terms: `spijbelen` → `ongeoorloofd verzuim`.
struct SearchWord: Sendable, Equatable {
    var word: String
    /// The term's name as the routeboek writes it.
    var term: String
    var position: SourcePosition?

    static func == (a: Self, b: Self) -> Bool { a.word == b.word && a.term == b.term }
}

/// `Content/zoekwoorden.yml`: each key is a term of the routeboek (a begrip or a trefwoord), its
/// value the words staff type for it:
///
///     ongeoorloofd verzuim: [spijbelen, schoolweigering]
enum SearchWordsFile {
    static let fileName = "zoekwoorden.yml"

    static func parse(_ text: String, file: String, terms: TermCatalog, diagnostics: inout [Diagnostic]) -> [SearchWord] {
        let reader = YAMLReader(file: file)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let root = reader.compose(text) else { return [] }
        guard case .mapping(let mapping) = root else {
            reader.report(root, .searchWordsNotMapping(fileName))
            return []
        }
        let folder = ContentPath.directory(of: file)
        let begrippenFile = folder.isEmpty ? Begrippen.source : "\(folder)/\(Begrippen.source)"
        var words: [SearchWord] = []
        var firstUse: [String: SearchWord] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                reader.report(keyNode, .searchTermNotText())
                continue
            }
            let written = keyScalar.string.trimmingWhitespace
            guard let term = terms.term(named: written) else {
                reader.report(keyNode, unknownTerm(written, terms: terms, begrippenFile: begrippenFile))
                continue
            }
            guard !reader.reportListWithoutBrackets(value) else { continue }
            let items = listItems(value)
            if items.isEmpty {
                reader.report(value, .searchWordsEmpty(written))
            }
            for item in items {
                guard case .scalar(let scalar) = item else {
                    reader.report(item, .searchWordNotText(written))
                    continue
                }
                let word = scalar.string.trimmingWhitespace
                let key = TermCatalog.key(word)
                guard !key.isEmpty else {
                    reader.report(item, .searchWordEmpty(written))
                    continue
                }
                if let own = terms.term(named: word) {
                    reader.report(item, .searchWordIsTerm(word, term: own.name))
                    continue
                }
                if let earlier = firstUse[key] {
                    let line = earlier.position.map { String($0.line) }
                    reader.report(item, earlier.term == term.name
                        ? .searchWordTwice(word, term: written, line: line)
                        : .searchWordTwoTerms(word, earlier: earlier.term, line: line))
                    continue
                }
                let searchWord = SearchWord(word: word, term: term.name, position: reader.position(item))
                firstUse[key] = searchWord
                words.append(searchWord)
            }
        }
        return words
    }

    /// A list, or one text as a list of one; an empty value is no items.
    private static func listItems(_ value: Node) -> [Node] {
        switch value {
        case .scalar(let scalar): return scalar.string.trimmingWhitespace.isEmpty ? [] : [value]
        case .sequence(let sequence): return Array(sequence)
        default: return [value]
        }
    }

    private static func unknownTerm(_ written: String, terms: TermCatalog, begrippenFile: String) -> Message {
        if terms.draftKeywords.contains(TermCatalog.key(written)) { return .searchTermDraftOnly(written) }
        return .searchTermUnknown(written, begrippen: begrippenFile, suggestion: Spelling.closest(to: written, among: terms.names))
    }
}
