import Foundation

/// Search and the register of one build: the documents of the index, the stems of their words and
/// the register's entries, made from the published pages, the beslisboom and the zoekwoorden.
struct SearchSite {
    static let begripLabel = "Begrip"

    let documents: [SearchDocument]
    let stems: [String: String]
    /// Nil when not asked for (see `includingRegister`).
    let register: Register?
    let words: [SearchWord]

    /// `sectionTitle` names a page's section as the navigation does. The register reads only titles,
    /// headings, trefwoorden, the begrippen and the tree, never a page's text: without `includingRegister`
    /// it is left out (the preview's rebuild of an edited text keeps the one it has).
    init(pages: [Page], tree: CheckedTree?, input: SearchInput, sectionTitle: (Page) -> String, stemmer: DutchStemmer,
         includingRegister: Bool = true) {
        let pages = pages.sorted { $0.outputPath < $1.outputPath }
        let treeNodes = tree.map { TreeSearch(tree: $0.tree, enumeration: $0.enumeration, texts: $0.texts).nodes } ?? []
        var documents: [SearchDocument] = []
        for page in pages {
            let isBegrippen = page.source == Begrippen.source
            // The begrippen page keeps its introduction; each begrip is a document of its own.
            let sections = isBegrippen ? page.sections.filter { $0.heading.isEmpty } : page.sections
            documents.append(SearchDocument(
                kind: .page, title: page.title, path: page.outputPath, label: sectionTitle(page),
                summary: SnippetText.clean(page.frontMatter.summary ?? ""), keywords: page.frontMatter.keywords.map(\.text),
                parts: sections.map { .init(heading: $0.heading, anchor: $0.anchor, text: SnippetText.clean($0.text)) }))
            if isBegrippen {
                for term in input.terms.terms {
                    guard let begrip = term.begrip else { continue }
                    documents.append(SearchDocument(kind: .begrip, title: begrip.name, path: page.outputPath + "#" + begrip.anchor,
                                                    label: Self.begripLabel, summary: begrip.definition))
                }
            }
        }
        documents += treeNodes.map(\.document)
        self.documents = documents
        self.words = input.words
        stems = SearchIndex.stems(documents: documents, searchWords: input.words, stemmer: stemmer)
        register = includingRegister ? Register(terms: input.terms, pages: pages, tree: treeNodes, searchWords: input.words, stemmer: stemmer) : nil
    }

    /// The index script in parts, each handed to `emit` as it is made.
    func indexScript(partSize: Int, emit: (String) throws -> Void) rethrows {
        try SearchIndex.script(documents: documents, searchWords: words, stems: stems, partSize: partSize, emit: emit)
    }
}
