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
            reader.error(root, "\(fileName) must be lines of 'begrip: [zoekwoord, zoekwoord]'")
            return []
        }
        let folder = ContentPath.directory(of: file)
        let begrippenFile = folder.isEmpty ? Begrippen.source : "\(folder)/\(Begrippen.source)"
        var words: [SearchWord] = []
        var firstUse: [String: SearchWord] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                reader.error(keyNode, "a begrip must be written as text, followed by ':'")
                continue
            }
            let written = keyScalar.string.trimmingWhitespace
            guard let term = terms.term(named: written) else {
                reader.error(keyNode, unknownTerm(written, terms: terms, begrippenFile: begrippenFile))
                continue
            }
            let items = listItems(value)
            if items.isEmpty {
                reader.error(value, "'\(written)' has no zoekwoorden: write them after the colon, as [woord, woord]")
            }
            for item in items {
                guard case .scalar(let scalar) = item else {
                    reader.error(item, "each zoekwoord of '\(written)' must be a word or a few words, not a list or a mapping")
                    continue
                }
                let word = scalar.string.trimmingWhitespace
                let key = TermCatalog.key(word)
                guard !key.isEmpty else {
                    reader.error(item, "an empty zoekwoord under '\(written)': remove it or write a word")
                    continue
                }
                if let own = terms.term(named: word) {
                    reader.error(item, "'\(word)' is itself a term of the routeboek ('\(own.name)'), so search and the register find it already; remove it here")
                    continue
                }
                if let earlier = firstUse[key] {
                    let line = earlier.position.map { " (line \($0.line))" } ?? ""
                    reader.error(item, earlier.term == term.name
                        ? "zoekwoord '\(word)' appears twice under '\(written)'\(line); keep one"
                        : "zoekwoord '\(word)' already leads to '\(earlier.term)'\(line); a zoekwoord can lead to one term only")
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

    private static func unknownTerm(_ written: String, terms: TermCatalog, begrippenFile: String) -> String {
        if terms.draftKeywords.contains(TermCatalog.key(written)) {
            return "'\(written)' is a trefwoord of a draft page only (concept: true), which is not published; publish the page or point to another term"
        }
        let hint = Spelling.closest(to: written, among: terms.names).map { "; did you mean '\($0)'?" } ?? ""
        return "'\(written)' is not a term of the routeboek: use a '## ' heading of \(begrippenFile) or a trefwoord of a page\(hint)"
    }
}
