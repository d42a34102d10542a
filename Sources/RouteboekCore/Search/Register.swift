/// The A-Z register: what search offers without JavaScript. It lists terms, not headings: the
/// begrippen, the pages' trefwoorden and the zoekwoorden ("spijbelen, zie ongeoorloofd verzuim"),
/// each once, with the pages about it:
/// - the begrip's explanation on the begrippen page, and the pages that explanation points to;
/// - the pages that name the term in `trefwoorden`;
/// - pages whose title or a heading holds the term or one of its zoekwoorden (compared as Snowball
///   stems, so plurals count);
/// - beslisboom questions whose text, hint or options hold them, and outcomes whose title does,
///   as their pages without JavaScript.
struct Register {
    struct Link: Equatable {
        var title: String
        var href: String
    }

    struct Entry {
        var name: String
        var id: String
        var links: [Link]
        /// For a zoekwoord: the term it leads to, and the id of that term's entry.
        var see: (name: String, id: String)?
    }

    let entries: [Entry]

    init(terms: TermCatalog, pages: [Page], tree: [TreeSearch.Node], searchWords: [SearchWord], stemmer: DutchStemmer) {
        let pagesByPath = Dictionary(pages.map { ($0.outputPath, $0) }, uniquingKeysWith: { first, _ in first })
        let begrippenPath = ContentPath.outputPath(ofPage: Begrippen.source)
        let matcher = PhraseMatcher(stemmer: stemmer)
        let candidates = pages.filter { $0.outputPath != begrippenPath }.sorted { $0.outputPath < $1.outputPath }

        var ids = SlugRegistry()
        var entries: [Entry] = []
        var idByTerm: [String: String] = [:]
        for term in terms.terms {
            var links = LinkList()
            if let begrip = term.begrip {
                links.add(Link(title: Self.title(begrippenPath, anchor: begrip.anchor, pages: pagesByPath), href: begrippenPath + "#" + begrip.anchor))
            }
            for path in term.keywordPages {
                links.add(Link(title: Self.title(path, anchor: nil, pages: pagesByPath), href: path))
            }
            for target in term.begrip?.seeAlso ?? [] {
                let parts = target.split(separator: "#", maxSplits: 1).map(String.init)
                guard pagesByPath[parts[0]] != nil else { continue }
                links.add(Link(title: Self.title(parts[0], anchor: parts.count > 1 ? parts[1] : nil, pages: pagesByPath), href: target))
            }
            let phrases = [term.name] + (Begrippen.shortName(term.name).map { [$0] } ?? [])
                + searchWords.filter { $0.term == term.name }.map(\.word)
            let needles = phrases.map(matcher.stems).filter { !$0.isEmpty }
            for page in candidates {
                if needles.contains(where: { matcher.contains(page.title, $0) }) {
                    links.add(Link(title: page.title, href: page.outputPath))
                } else if let heading = page.headings.first(where: { heading in needles.contains { matcher.contains(heading.title, $0) } }) {
                    links.add(Link(title: "\(page.title) › \(heading.title)", href: page.outputPath + "#" + heading.anchor))
                }
            }
            for node in tree where node.registerTexts.contains(where: { text in needles.contains { matcher.contains(text, $0) } }) {
                let prefix = node.document.kind == .question ? "Beslisboom" : "Uitkomst"
                links.add(Link(title: "\(prefix): \(node.document.title)", href: node.staticPath))
            }
            let id = ids.unique("term-" + Slug.make(term.name))
            idByTerm[term.name] = id
            entries.append(Entry(name: Self.capitalized(term.name), id: id, links: links.items, see: nil))
        }
        for word in searchWords {
            guard let target = idByTerm[word.term] else { continue }
            entries.append(Entry(name: Self.capitalized(word.word), id: ids.unique("zoekwoord-" + Slug.make(word.word)), links: [],
                                 see: (Self.inSentence(word.term), target)))
        }
        self.entries = entries.sorted { (SearchFolding.fold($0.name), $0.name) < (SearchFolding.fold($1.name), $1.name) }
    }

    /// Entries grouped by first letter, for the `register` layout.
    var letters: [RegisterLetter] {
        var groups: [RegisterLetter] = []
        for entry in entries {
            let first = SearchFolding.fold(entry.name).first
            let letter = first.map { $0.isLetter ? String($0).uppercased() : "#" } ?? "#"
            if groups.last?.letter == letter { groups[groups.count - 1].entries.append(entry) } else { groups.append(RegisterLetter(letter: letter, entries: [entry])) }
        }
        return groups
    }

    private static func title(_ path: String, anchor: String?, pages: [String: Page]) -> String {
        guard let page = pages[path] else { return path }
        guard let anchor, let heading = page.headings.first(where: { $0.anchor == anchor }) else { return page.title }
        return "\(page.title) › \(heading.title)"
    }

    /// `spijbelen` → `Spijbelen`, for the start of an entry.
    static func capitalized(_ name: String) -> String {
        guard let first = name.first, first.isLowercase else { return name }
        return first.uppercased() + name.dropFirst()
    }

    /// `Ongeoorloofd verzuim` → `ongeoorloofd verzuim` after "zie"; `OPP` and `BRIN-nummer` stay as they are.
    static func inSentence(_ name: String) -> String {
        let characters = Array(name)
        guard characters.count > 1, characters[0].isUppercase, characters[1].isLowercase else { return name }
        return characters[0].lowercased() + String(characters.dropFirst())
    }
}

/// Links in order, at most one per page: the first link to a page wins.
private struct LinkList {
    private(set) var items: [Register.Link] = []
    private var pages: Set<String> = []

    mutating func add(_ link: Register.Link) {
        let page = String(link.href.prefix { $0 != "#" })
        guard !pages.contains(page) else { return }
        pages.insert(page)
        items.append(link)
    }
}

/// Whether a text holds a phrase, word for word, compared as Snowball stems and without stop
/// words ("afwijking van de onderwijstijd" holds "afwijking onderwijstijd"). A verb form with -t or
/// -d counts as its stem ("de leerling spijbelt" holds "spijbelen"): Snowball's Dutch stemmer
/// leaves those endings on. `zoeken-motor.js` matches verb forms the same way. Each text is split
/// and stemmed once: the register asks about the same headings for every term.
final class PhraseMatcher {
    private struct Words {
        var stems: [String]
        /// The stem of the word without its final -t or -d, for words that end so.
        var verbStems: [String?]
    }

    private let stemmer: DutchStemmer
    private var known: [String: Words] = [:]

    init(stemmer: DutchStemmer) { self.stemmer = stemmer }

    /// The stems of the words that are not stop words.
    func stems(_ text: String) -> [String] { words(text).stems }

    func contains(_ text: String, _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty else { return false }
        let words = words(text)
        guard words.stems.count >= phrase.count else { return false }
        for start in 0...(words.stems.count - phrase.count) where phrase.indices.allSatisfy({ index in
            let wanted = phrase[index]
            return words.stems[start + index] == wanted || (wanted.count >= 4 && words.verbStems[start + index] == wanted)
        }) {
            return true
        }
        return false
    }

    private func words(_ text: String) -> Words {
        if let words = known[text] { return words }
        let list = SearchFolding.words(text).filter { !SearchFolding.stopWords.contains($0) }
        let words = Words(stems: stemmer.stems(list), verbStems: list.map { word in
            word.count > 4 && (word.hasSuffix("t") || word.hasSuffix("d")) ? stemmer.stem(String(word.dropLast())) : nil
        })
        known[text] = words
        return words
    }
}

/// `register`: the A-Z index without JavaScript.
struct RegisterPage: TemplateRecord {
    var letters: [RegisterLetter]

    static let fields = TemplateFields<RegisterPage>("register", about: "the A-Z index without JavaScript (`register.html`)", [
        .list("letters", "the entries by first letter") { $0.letters },
    ])
}

/// The entries of one letter.
struct RegisterLetter: TemplateRecord {
    var letter: String
    var entries: [Register.Entry]

    static let fields = TemplateFields<RegisterLetter>("Letter", about: "the entries of one letter", [
        .text("letter", "the letter (`#` for a digit or sign)") { $0.letter },
        .list("entries", "its entries, in order") { $0.entries.map(RegisterEntry.init) },
    ])
}

/// A term with its pages, or a zoekwoord pointing to its term.
struct RegisterEntry: TemplateRecord {
    var entry: Register.Entry

    static let fields = TemplateFields<RegisterEntry>("Registeritem", about: "a term with its links, or a zoekwoord with `see`", [
        .text("name", "the term or zoekwoord") { $0.entry.name },
        .text("id", "its id") { $0.entry.id },
        .list("links", "the pages about the term (empty for a zoekwoord)") { $0.entry.links.map { LinkValue(title: $0.title, href: $0.href) } },
        .value("see", "for a zoekwoord: the term it leads to") { (value: RegisterEntry) -> RegisterSee? in value.entry.see.map { RegisterSee(term: $0.name, href: "#" + $0.id) } },
    ])
}

/// The term a zoekwoord leads to.
struct RegisterSee: TemplateRecord {
    var term: String
    var href: String

    static let fields = TemplateFields<RegisterSee>("Zie", about: "the term a zoekwoord leads to", [
        .text("term", "the term") { $0.term },
        .text("href", "its entry, `#id`") { $0.href },
    ])
}
