/// The routeboek's terms: the begrippen (level-2 headings of `Content/begrippen.md`) and the
/// trefwoorden of published pages. A term is known by its folded name (case and accents do not
/// count), and a begrip such as `ISD (Internet Schooldossier)` also by its short name `ISD`.
struct TermCatalog: Sendable {
    struct Term: Sendable {
        var name: String
        var begrip: Begrip?
        /// Output paths of the pages that name the term in `trefwoorden`, in page order.
        var keywordPages: [String] = []
    }

    private(set) var terms: [Term] = []
    private var indexByKey: [String: Int] = [:]
    /// Trefwoorden of drafts only, for a clearer message when a zoekwoord points to one.
    private(set) var draftKeywords: Set<String> = []

    init(begrippen: [Begrip], pages: [Page]) {
        for begrip in begrippen {
            let index = add(Term(name: begrip.name, begrip: begrip))
            if let short = Begrippen.shortName(begrip.name), indexByKey[Self.key(short)] == nil {
                indexByKey[Self.key(short)] = index
            }
        }
        for page in pages.sorted(by: { $0.outputPath < $1.outputPath }) {
            for keyword in page.frontMatter.keywords {
                if page.frontMatter.isDraft {
                    draftKeywords.insert(Self.key(keyword.text))
                    continue
                }
                let index = indexByKey[Self.key(keyword.text)] ?? add(Term(name: keyword.text))
                if !terms[index].keywordPages.contains(page.outputPath) { terms[index].keywordPages.append(page.outputPath) }
            }
        }
    }

    /// The term with this name, folded; nil when the routeboek has no such term.
    func term(named name: String) -> Term? { indexByKey[Self.key(name)].map { terms[$0] } }

    var names: [String] { terms.map(\.name) }

    /// Folded words joined by one space: `Ongeoorloofd  Verzuim` and `ongeoorloofd verzuim` are one key.
    static func key(_ name: String) -> String { SearchFolding.words(name).joined(separator: " ") }

    private mutating func add(_ term: Term) -> Int {
        let key = Self.key(term.name)
        if let existing = indexByKey[key] { return existing }
        terms.append(term)
        indexByKey[key] = terms.count - 1
        return terms.count - 1
    }
}
