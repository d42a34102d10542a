import Foundation
import Testing
@testable import RouteboekCore

@Suite("Search: Snowball's Dutch stemmer (libstemmer)")
struct DutchStemmerTests {
    @Test("Plurals, diminutives and verb forms stem as Snowball's Dutch algorithm says",
          arguments: [("zorgboerderijen", "zorgboerderij"), ("zorgboerderij", "zorgboerderij"), ("angstklachten", "angstklacht"),
                      ("weigeren", "weiger"), ("spijbelen", "spijbel"), ("coordinatoren", "coordinator"),
                      ("mogelijkheden", "mogelijk"), ("huisje", "huisj"), ("organiseer", "organiser"),
                      // Snowball's Dutch stemmer (2.2.0) leaves the -t of a verb form on; search matches it separately.
                      ("weigert", "weigert")])
    func knownStems(word: String, stem: String) throws {
        let stemmer = try #require(DutchStemmer())
        #expect(stemmer.stem(word) == stem)
    }

    @Test("One stemmer gives the same stems from many threads at once")
    func threads() throws {
        let stemmer = try #require(DutchStemmer())
        let words = ["zorgboerderijen", "angstklachten", "weigeren", "leerplichtambtenaren", "thuiszitters", "verzuimen"]
        let expected = try #require(DutchStemmer()).stems(words)
        let results = ResultSlots<[String]>(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in results.set(index, stemmer.stems(words)) }
        #expect(results.values.count == 64)
        for stems in results.values { #expect(stems == expected) }
    }

    @Test("An empty word stays empty")
    func empty() throws {
        #expect(try #require(DutchStemmer()).stem("") == "")
    }
}

@Suite("Search: folding and words")
struct SearchFoldingTests {
    @Test("Case and accents are folded; special letters get their plain spelling")
    func fold() {
        #expect(SearchFolding.fold("Zorgcoördinator ÉÉN") == "zorgcoordinator een")
        #expect(SearchFolding.fold("Straße, Æsop, Øresund") == "strasse, aesop, oresund")
    }

    @Test("Folding ASCII runs on their own gives what folding the whole text at once gives")
    func foldFastPathIsExact() {
        // Texts where a decomposition or the order of marks could reach across a boundary: marks right
        // after ASCII letters, marks of several classes, compatibility forms that become ASCII, Hangul,
        // final sigma, dotted capital I, and every pair of a sample of scalars.
        var texts = ["e\u{301}e\u{308}n", "a\u{323}\u{302}b\u{302}\u{323}", "ﬁnale Ａ ½ ℌ", "한국어 Ｋ",
                     "ΟΔΟΣ Σ", "İstanbul", "x\u{5B8}\u{5B0}y", "Ǆ ǅ ǆ", "ﬀ\u{301}", "\u{301}abc", "abc\u{301}"]
        let sample: [Unicode.Scalar] = ["a", "Z", " ", "-", "é", "\u{301}", "\u{327}", "\u{5B8}", "ﬁ", "Ω", "Σ", "ß", "ø", "İ", "ǅ", "①", "\u{1100}", "\u{1161}"]
        for first in sample { for second in sample { for third in ["", "A", "\u{300}"] {
            texts.append(String(first) + String(second) + third)
        } } }
        for text in texts {
            var whole = SearchFolding.foldedWithoutFastPath(text)
            if whole.contains(where: { ["ß", "æ", "œ", "ı", "ø", "ł", "đ"].contains($0) }) {
                whole = whole.map { ["ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ø": "o", "ł": "l", "đ": "d"][$0] ?? String($0) }.joined()
            }
            #expect(SearchFolding.fold(text).unicodeScalars.elementsEqual(whole.unicodeScalars),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("Words are runs of a-z and 0-9; a hyphenated word gives its parts, and once joined for the vocabulary")
    func words() {
        #expect(SearchFolding.words("BRIN-nummer, JES-overleg: 16 uur (in 4 lesweken)!") ==
                ["brin", "nummer", "jes", "overleg", "16", "uur", "in", "4", "lesweken"])
        #expect(SearchFolding.vocabulary(folded: "brin-nummer en -los- a--b") == ["brin", "nummer", "brinnummer", "en", "los", "a", "b"])
    }

    @Test("SearchVocabulary holds what the vocabulary lists hold, for hyphens, digits, edges and word lengths")
    func vocabularySet() {
        let texts = ["brin-nummer en -los- a--b", "jes-overleg-16-uur", "-", "--a-", "a-b-c d-e", "", "16-", "x-y- z",
                     "a-b--c", "-a-b-", "ab-12-cd- ef", "lang-samengesteld-woordenboek-deel-2", "a-",
                     SearchFolding.fold("Coördinator BRIN-nummer: 4 lesweken, ß-test; één-twee-drie.")]
        for text in texts {
            var vocabulary = SearchVocabulary()
            vocabulary.add(folded: text)
            #expect(vocabulary.words == Set(SearchFolding.vocabulary(folded: text)), "\(text)")
        }
        // Across texts, with words of exactly 8 and 9 bytes on either side of the packed ones.
        var vocabulary = SearchVocabulary()
        var expected: Set<String> = []
        for text in texts + ["abcdefgh abcdefghi 12345678-9 a0 0 00 leerplichtambtenaar-overleg"] {
            vocabulary.add(folded: text)
            expected.formUnion(SearchFolding.vocabulary(folded: text))
        }
        #expect(vocabulary.words == expected)
    }

    @Test("SearchVocabulary folding as it reads gives the words of the text folded whole, for every kind of character")
    func vocabularyFoldsAsItReads() {
        // Accents on ASCII letters, letters with no decomposition, compatibility forms that become ASCII
        // (ﬁ, Ａ, the small hyphen-minus), capitals, and words that run from ASCII into a folded run.
        var texts = ["Zorgcoördinator ÉÉN-TWEE", "Straße-Æsop Øresund ŁÓDŹ đ", "ﬁnale Ａ\u{FE63}b ½ ℌ", "İstanbul ΟΔΟΣ",
                     "co\u{308}rdinator e\u{301}e\u{308}n", "\u{301}abc abc\u{301}", "Ǆ-ǅ-ǆ", "ab\u{2011}cd", "ÀBC-déf--ĝhi",
                     "LEERPLICHTAMBTENAAR-overleg 12345678-9", ""]
        let sample: [Unicode.Scalar] = ["a", "Z", " ", "-", "é", "\u{301}", "ﬁ", "Ω", "ß", "ø", "İ", "①", "\u{FE63}"]
        for first in sample { for second in sample { for third in sample { texts.append("\(first)\(second)\(third)") } } }
        for text in texts {
            var reading = SearchVocabulary()
            reading.add(text)
            var whole = SearchVocabulary()
            whole.add(folded: SearchFolding.fold(text))
            #expect(reading.words == whole.words, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(reading.words == Set(SearchFolding.vocabulary(folded: SearchFolding.fold(text))))
        }
    }

    @Test("The vocabulary's tables hold each word once, short and long, in upper and lower case, through many growths")
    func vocabularyTables() {
        var vocabulary = SearchVocabulary()
        var expected: Set<String> = []
        var state: UInt64 = 0x1234_5678
        func next(_ bound: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % bound
        }
        var text = ""
        for _ in 0..<60_000 {
            // Few distinct words of each length, so most inserts find their word already there.
            let length = Int(next(20)) + 1
            var word = ""
            for _ in 0..<length { word.append(Character(Unicode.Scalar(UInt8(97 + next(3))))) }
            expected.insert(word)
            text += (next(4) == 0 ? word.uppercased() : word) + " "
        }
        vocabulary.add(text)
        #expect(vocabulary.words == expected)
    }

    @Test("Search text collected node by node, and one whole text collapsed, are the words with one space between them")
    func collapsedText() {
        let pieces = ["", " ", "  ", "\n", "\t", "\r\n", "a", "één", "b c", " d ", "x\ty", "e  f", "g h i", "j\n"]
        for first in pieces { for second in pieces { for third in pieces {
            var collected = CollapsedText()
            for (index, piece) in [first, second, third].enumerated() {
                piece.withCString { collected.append($0) }
                if index == 1 { collected.appendSpace() }
            }
            let whole = first + second + " " + third
            // The words (runs of anything but space, tab and line ends) with one space between them.
            let words = whole.utf8.split(whereSeparator: { [32, 10, 9, 13].contains($0) }).map { String(decoding: $0, as: UTF8.self) }
            let expected = words.joined(separator: " ")
            #expect(SearchText.collapsingWhitespace(whole) == expected, "\(whole.debugDescription)")
            #expect(collected.take() == expected, "\(whole.debugDescription)")
            #expect(collected.take() == "")
        } } }
    }

    @Test("The escape check reads eight bytes at a time and finds what a byte-by-byte look finds, at every offset")
    func escapeCheck() {
        let specials: [Unicode.Scalar] = (0..<128).map { Unicode.Scalar(UInt8($0)) } + ["\u{2028}", "\u{2029}", "€", "é", "\u{FFFD}", "\u{1F600}"]
        for length in 0..<20 { for position in 0...length { for special in specials {
            var text = String(repeating: "a", count: position)
            text.unicodeScalars.append(special)
            text += String(repeating: "b", count: length - position)
            let bytewise = text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0xE2 }
            #expect(SearchIndex.needsEscaping(text) == bytewise, "\(text.debugDescription)")
        } } }
        #expect(!SearchIndex.needsEscaping(String(repeating: "Verzuim melden ~ 100% {ja} ", count: 40)))
    }

    @Test("The index script in parts (how a build writes it) is the whole script, cut after whole documents")
    func scriptInParts() {
        let documents = (0..<30).map { index in
            SearchDocument(kind: .page, title: "Pagina \(index) <één>", path: "map/pagina-\(index).html", label: "Map", summary: "Over \"\(index)\"",
                           keywords: ["verzuim"], parts: [.init(heading: "Kop", anchor: "kop", text: String(repeating: "tekst \(index) ", count: index * 7))])
        }
        let words = [SearchWord(word: "spijbelen", term: "Ongeoorloofd verzuim", position: nil)]
        let stems = ["pagina": "pagin", "tekst": "tekst"]
        var whole = ""
        SearchIndex.script(documents: documents, searchWords: words, stems: stems, partSize: .max) { whole += $0 }
        #expect(whole.hasPrefix("window.ROUTEBOEK_ZOEKINDEX = {") && whole.hasSuffix("}\n};\n"))
        for size in [1, 100, 1_000, 10_000] {
            var parts: [String] = []
            SearchIndex.script(documents: documents, searchWords: words, stems: stems, partSize: size) { parts.append($0) }
            #expect(parts.joined() == whole, "parts of \(size)")
            #expect(parts.count > 1 && parts.dropLast().allSatisfy { $0.utf8.count >= size }, "parts of \(size): \(parts.map(\.utf8.count))")
        }
    }

    @Test("The index's JSON strings: plain text as it is, and every byte that needs it escaped")
    func jsonStrings() {
        #expect(SearchIndex.json("Leerplicht en verzuim, één keer") == "\"Leerplicht en verzuim, één keer\"")
        #expect(SearchIndex.json("") == "\"\"")
        #expect(SearchIndex.json("a\"b\\c") == "\"a\\\"b\\\\c\"")
        #expect(SearchIndex.json("</script>") == "\"\\u003c/script>\"")
        #expect(SearchIndex.json("r1\nr2\tx\r\u{1}") == "\"r1\\nr2\\tx\\r\\u0001\"")
        #expect(SearchIndex.json("a\u{2028}b\u{2029}c") == "\"a\\u2028b\\u2029c\"")
        #expect(SearchIndex.json("€ – ’") == "\"€ – ’\"")
    }

    @Test("Snippets lose callout markers and runs of spaces")
    func snippet() {
        #expect(SnippetText.clean("[!NOTE] Let op:   de  [!tip] tekst") == "Let op: de tekst")
    }

    @Test("Callout markers go on bytes exactly as Foundation's case-insensitive replacement took them")
    func calloutMarkersAsFoundation() {
        let texts = [
            "[!NOTE] Let op", "[!note][!Tip]één", "a[!IMPORTANT]b[!WaRnInG]c[!caution]", "[!NOT] [!NOTES] [!NOTE", "[[!TIP]]",
            "[! NOTE] [!NOTE ] ![NOTE]", "ĳs [!Warning] café – ’t [!CAUTION]\n", "[!TİP] [!ımportant] [!TIP]", "", "[", "[!",
        ]
        for text in texts {
            var reference = text
            for marker in ["[!NOTE]", "[!TIP]", "[!IMPORTANT]", "[!WARNING]", "[!CAUTION]"] {
                reference = reference.replacingOccurrences(of: marker, with: " ", options: [.caseInsensitive])
            }
            #expect(SnippetText.removingCalloutMarkers(text) == reference, "\(text)")
        }
    }

    @Test("A tree text's plain text for search comes from the one render of the check phase")
    func treeTextPlain() {
        let yaml = "vragen:\n  - id: a\n    uitleg: |\n      Zie **vet** en [de pagina](../a.md).\n\n      - een\n      - twee\n"
        let (texts, _) = TreeTexts.render(yaml: ["boom.yml": yaml], folder: "beslisboom")
        let markdown = "Zie **vet** en [de pagina](../a.md).\n\n- een\n- twee"
        #expect(texts.plain(markdown) == "Zie vet en de pagina. een twee")
        #expect(texts.html(markdown).contains("<strong>vet</strong>"))
        #expect(texts.plain(nil) == "")
        #expect(texts.plain("niet in de boom") == "")
    }
}

@Suite("Search: trefwoorden in front matter")
struct KeywordTests {
    @Test("trefwoorden is a list of texts; one text is a list of one")
    func read() throws {
        let (page, diagnostics) = parsePage("---\ntitel: X\ntrefwoorden: [zorgcoördinator, verzuim coördinator]\n---\n")
        #expect(diagnostics.isEmpty, "\(diagnostics.listing)")
        #expect(try #require(page).frontMatter.keywords.map(\.text) == ["zorgcoördinator", "verzuim coördinator"])
        let (single, _) = parsePage("---\ntitel: X\ntrefwoorden: spijbelen\n---\n")
        #expect(try #require(single).frontMatter.keywords.map(\.text) == ["spijbelen"])
        // A comma inside quotes is the editor's own.
        let (quoted, quotedDiagnostics) = parsePage("---\ntitel: X\ntrefwoorden: ['ouders, verzorgers']\n---\n")
        #expect(quotedDiagnostics.isEmpty, "\(quotedDiagnostics.listing)")
        #expect(try #require(quoted).frontMatter.keywords.map(\.text) == ["ouders, verzorgers"])
    }

    @Test("Broken trefwoorden are reported at their line and column", arguments: [
        ("---\ntitel: X\ntrefwoorden:\n  - zorg\n  - { a: b }\n---\n",
         "Content/pagina.md:5:5: fout RB134: elk item van 'trefwoorden' moet een woord of een paar woorden zijn, geen lijst of 'sleutel: waarde'-regels"),
        ("---\ntitel: X\ntrefwoorden: [zorg, '  ']\n---\n",
         "Content/pagina.md:3:21: fout RB135: een trefwoord heeft minstens één letter of cijfer nodig; haal het lege item uit 'trefwoorden' weg"),
        ("---\ntitel: X\ntrefwoorden: [Zorgcoördinator, zorgcoordinator]\n---\n",
         "Content/pagina.md:3:32: fout RB136: trefwoord 'zorgcoordinator' staat twee keer in 'trefwoorden' (ook op regel 3); houd er één"),
        ("---\ntitel: X\ntrefwoorden: verzuimmelding, inschrijving,uitschrijving\n---\n",
         "Content/pagina.md:3:14: fout RB739: zonder [ ] is dit één tekst met komma's erin, geen lijst; schrijf de woorden als lijst tussen [ ]: [verzuimmelding, inschrijving, uitschrijving]"),
        ("---\ntitel: X\nkeywords: [zorg]\n---\n",
         "Content/pagina.md:3:1: fout RB711: onbekende sleutel 'keywords' in de front matter; bedoel je 'trefwoorden'?"),
    ])
    func broken(text: String, message: String) {
        let (_, diagnostics) = parsePage(text)
        #expect(!diagnostics.matching(message).isEmpty, "expected: \(message)\n--- got:\n\(diagnostics.listing)")
    }
}
