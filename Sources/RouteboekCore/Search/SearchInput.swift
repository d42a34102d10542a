import Foundation

/// What the read phase gathers for search and the register: the terms (begrippen and trefwoorden)
/// and the zoekwoorden of `Content/zoekwoorden.yml`, checked against those terms.
struct SearchInput: Sendable {
    var terms: TermCatalog
    var words: [SearchWord]

    static let empty = SearchInput(terms: TermCatalog(begrippen: [], pages: []), words: [])

    /// `text` is the zoekwoorden file, nil when the content has none (it is optional).
    static func read(pages: [Page], searchWordsText text: String?, displayContent: String, log: DiagnosticLog) -> SearchInput {
        let published = pages.filter { !$0.frontMatter.isDraft }
        let begrippen = published.first { $0.source == Begrippen.source }.map(Begrippen.read) ?? []
        let terms = TermCatalog(begrippen: begrippen, pages: pages)
        guard let text else { return SearchInput(terms: terms, words: []) }
        var diagnostics: [Diagnostic] = []
        let words = SearchWordsFile.parse(text, file: "\(displayContent)/\(SearchWordsFile.fileName)", terms: terms, diagnostics: &diagnostics)
        log.add(contentsOf: diagnostics)
        return SearchInput(terms: terms, words: words)
    }
}
