import Beslisboom
import Foundation
import Testing
@testable import RouteboekCore

/// The broken zoekwoorden files under Fixtures/broken-zoekwoorden/, one break each, for search-site.
let brokenSearchWordCases = [
    "draft-term", "duplicate-term", "duplicate-word", "empty-list", "empty-word", "invalid-yaml", "list-without-brackets",
    "nested-item", "not-a-mapping", "two-terms", "unknown-term", "word-is-term",
]

/// The search index of a built site, decoded.
struct BuiltIndex: Decodable {
    struct Document: Decodable {
        struct Part: Decodable {
            var t: String?
            var a: String?
            var x: String
        }

        var k: String
        var t: String
        var u: String
        var s: String
        var d: String
        var w: [String]?
        var h: [Part]?
    }

    var docs: [Document]
    var zoekwoorden: [[String]]
    var stammen: [String: String]

    init(script: String) throws {
        let start = try #require(script.firstIndex(of: "{"))
        let end = try #require(script.lastIndex(of: "}"))
        self = try JSONDecoder().decode(BuiltIndex.self, from: Data(script[start...end].utf8))
    }

    func documents(_ kind: String) -> [Document] { docs.filter { $0.k == kind } }
}

@Suite("Build: search and the register")
struct SearchBuildTests {
    func built(_ workspace: Workspace) throws -> (BuiltIndex, String) {
        let report = workspace.build()
        try #require(report.errorCount == 0, "\(report.listing)")
        return (try BuiltIndex(script: workspace.outputText(SearchIndex.path)), try workspace.outputText("register.html"))
    }

    @Test("The index holds every published page, each begrip with its explanation, and the zoekwoorden")
    func index() throws {
        let workspace = try Workspace(fixture: "search-site")
        let (index, _) = try built(workspace)
        #expect(Set(index.documents("p").map(\.u)) == ["index.html", "begrippen.html", "verzuimsoorten.html", "ziekte.html"])
        let begrippen = index.documents("b")
        #expect(begrippen.map(\.t) == ["Externe voorziening", "ISD (Internet Schooldossier)", "Ongeoorloofd verzuim", "OPP"])
        #expect(begrippen.map(\.s) == Array(repeating: "Begrip", count: 4))
        let ongeoorloofd = try #require(begrippen.first { $0.t == "Ongeoorloofd verzuim" })
        #expect(ongeoorloofd.u == "begrippen.html#ongeoorloofd-verzuim")
        #expect(ongeoorloofd.d == "Afwezigheid zonder geldige reden. Zie Verzuimsoorten en ISD.")
        // The begrippen page keeps only its introduction: the begrippen are documents of their own.
        let page = try #require(index.documents("p").first { $0.u == "begrippen.html" })
        #expect(page.h?.map(\.x) == ["De begrippen op alfabet."])
        #expect(index.zoekwoorden == [["spijbelen", "Ongeoorloofd verzuim"], ["spijbelaar", "Ongeoorloofd verzuim"],
                                      ["angst", "psychische belemmering"], ["angstklachten", "psychische belemmering"],
                                      ["zorgboerderij", "Externe voorziening"]])
        #expect(try #require(index.documents("p").first { $0.u == "ziekte.html" }).w == ["ziekteverzuim", "psychische belemmering", "OPP"])
    }

    @Test("Search texts hold no Markdown or callout markers")
    func cleanTexts() throws {
        let (index, _) = try built(Workspace(fixture: "search-site"))
        for document in index.docs {
            for text in [document.t, document.d] + (document.h ?? []).map(\.x) {
                #expect(!text.contains("[!"), "\(document.u): \(text)")
                #expect(!text.contains("**") && !text.contains("]("), "\(document.u): \(text)")
            }
        }
        let section = try #require(index.documents("p").first { $0.u == "verzuimsoorten.html" }?.h?.first { $0.a == "wat-is-het" })
        #expect(section.x == "Een algemene kop: die hoort niet in het register.")
    }

    @Test("The shipped stems are libstemmer's, for every word of the index whose stem differs")
    func stems() throws {
        let (index, _) = try built(Workspace(fixture: "search-site"))
        let stemmer = try #require(DutchStemmer())
        #expect(index.stammen["zorgboerderijen"] == "zorgboerderij")
        #expect(index.stammen["angstklachten"] == "angstklacht")
        for (word, stem) in index.stammen {
            #expect(stemmer.stem(word) == stem && stem != word, "\(word) → \(stem)")
        }
        var words: Set<String> = []
        for document in index.docs {
            for text in [document.t, document.d] + (document.w ?? []) + (document.h ?? []).flatMap({ [$0.t ?? "", $0.x] }) {
                words.formUnion(SearchFolding.vocabulary(folded: SearchFolding.fold(text)))
            }
        }
        for word in words where index.stammen[word] == nil { #expect(stemmer.stem(word) == word, "\(word) has no shipped stem") }
    }

    @Test("The register lists terms once, zoekwoorden as 'zie', and no plain headings")
    func register() throws {
        let (_, html) = try built(Workspace(fixture: "search-site"))
        let names = matches(of: "<span class=\"register-naam\">([^<]*)</span>", in: html)
        #expect(names == ["Angst", "Angstklachten", "Externe voorziening", "ISD (Internet Schooldossier)", "Ongeoorloofd verzuim",
                          "OPP", "Psychische belemmering", "Spijbelaar", "Spijbelen", "Verzuim", "Ziekteverzuim", "Zorgboerderij"])
        #expect(!html.contains("Wat is het?"), "a plain heading is in the register")
        #expect(!html.contains("Geheim woord"), "a draft's trefwoord is in the register")
        #expect(html.contains("<span class=\"register-naam\">Spijbelen</span>, zie <a href=\"#term-ongeoorloofd-verzuim\">ongeoorloofd verzuim</a>"))
        #expect(html.contains("<span class=\"register-naam\">Zorgboerderij</span>, zie <a href=\"#term-externe-voorziening\">externe voorziening</a>"))
        #expect(html.contains("<span class=\"register-naam\">Angst</span>, zie <a href=\"#term-psychische-belemmering\">psychische belemmering</a>"))
        // A term's links: its explanation, the pages its explanation points to, and pages with the term in a heading.
        let ongeoorloofd = try #require(slice(html, from: "id=\"term-ongeoorloofd-verzuim\"", to: "</ul>"))
        #expect(hrefs(in: ongeoorloofd) == ["begrippen.html#ongeoorloofd-verzuim", "verzuimsoorten.html#ongeoorloofd-verzuim"])
        // A plural in a heading counts; a trefwoord and a begrip of the same name are one entry.
        let externe = try #require(slice(html, from: "id=\"term-externe-voorziening\"", to: "</ul>"))
        #expect(hrefs(in: externe) == ["begrippen.html#externe-voorziening", "verzuimsoorten.html#externe-voorzieningen"])
        let opp = try #require(slice(html, from: "id=\"term-opp\"", to: "</ul>"))
        #expect(hrefs(in: opp) == ["begrippen.html#opp", "ziekte.html"])
        let verzuim = try #require(slice(html, from: "id=\"term-verzuim\"", to: "</ul>"))
        #expect(hrefs(in: verzuim) == ["verzuimsoorten.html"])
    }

    @Test("Without zoekwoorden.yml the site builds; the file is never copied into the site")
    func optionalFile() throws {
        let workspace = try Workspace(fixture: "search-site")
        let (withFile, _) = try built(workspace)
        #expect(!withFile.zoekwoorden.isEmpty)
        #expect(!workspace.outputExists(SearchWordsFile.fileName))
        try FileManager.default.removeItem(at: workspace.content.appendingPathComponent(SearchWordsFile.fileName))
        let (without, register) = try built(workspace)
        #expect(without.zoekwoorden.isEmpty)
        #expect(!register.contains(", zie "))
    }

    @Test("Broken zoekwoorden: the build reports the expected message and fails, and the previous site stays",
          arguments: brokenSearchWordCases)
    func broken(name: String) throws {
        let workspace = try Workspace(fixture: "search-site")
        try #require(workspace.build().errorCount == 0)
        let before = snapshot(workspace.output)
        let source = try Fixtures.url("broken-zoekwoorden/\(name)")
        let expected = try String(contentsOf: source.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        try #require(!expected.isEmpty, "\(name)/expected.txt is empty")
        try workspace.write(try String(contentsOf: source.appendingPathComponent(SearchWordsFile.fileName), encoding: .utf8),
                            to: SearchWordsFile.fileName)
        let report = workspace.build()
        #expect(report.errorCount > 0)
        #expect(!report.written)
        for text in expected {
            #expect(!report.matching(text).isEmpty, "no diagnostic contains: \(text)\n--- got:\n\(report.listing)")
        }
        #expect(snapshot(workspace.output) == before, "a failed build changed the output")
    }

    @Test("Every folder under broken-zoekwoorden is a listed case")
    func brokenFolders() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("broken-zoekwoorden").path).filter { !$0.hasPrefix(".") }
        #expect(folders.sorted() == brokenSearchWordCases.sorted())
    }

    @Test("The beslisboom's questions, outcomes and actions are in the index and the register, at their steps")
    func beslisboom() throws {
        let workspace = try Workspace(fixture: "search-site")
        // The tiny tree of the tree tests, with the page its texts link to.
        try FileManager.default.copyItem(at: Fixtures.url("tree-site/beslisboom"), to: workspace.content.appendingPathComponent("beslisboom"))
        try FileManager.default.copyItem(at: Fixtures.url("tree-site/info.md"), to: workspace.content.appendingPathComponent("info.md"))
        let (index, _) = try built(workspace)
        var diagnostics: [Diagnostic] = []
        var texts: [String: String] = [:]
        for file in TreeLoader.files {
            texts[file] = try workspace.read("beslisboom/\(file)")
        }
        let tree = try #require(TreeLoader.load(texts: texts, displayFolder: "beslisboom", diagnostics: &diagnostics))
        let enumeration = tree.enumerateRoutes()
        let reachable = Set(enumeration.questionPrefixes.map(\.question))
        let questions = index.documents("v")
        #expect(Set(questions.map(\.t)) == Set(reachable.compactMap { tree.questionsByID[$0]?.text }))
        // Where each set of answers leads, as the tree's own route enumeration says.
        var nodes: [String: String] = [:]
        for (steps, question) in enumeration.questionPrefixes { nodes[steps.map { "\($0.question)=\($0.option)" }.joined(separator: "&")] = question }
        for route in enumeration.routes { nodes[route.steps.map { "\($0.question)=\($0.option)" }.joined(separator: "&")] = route.outcomeID }
        for document in questions + index.documents("u") + index.documents("a") {
            let parts = document.u.split(separator: "#", maxSplits: 1).map(String.init)
            #expect(parts[0] == TreeStepPaths.toolPath)
            let fragment = parts.count > 1 ? parts[1] : ""
            let answers = fragment.split(separator: "&").map { $0.split(separator: "=").map(String.init) }
            let node = try #require(nodes[fragment], "\(document.u) is not a route of the tree")
            switch document.k {
            case "v": #expect(tree.questionsByID[node]?.text == document.t)
            case "u": #expect(tree.outcomesByID[node]?.title == document.t)
            default:
                // The action's short title, and its text as that route shows it (no {fact} left).
                let outcome = try #require(tree.outcomesByID[node])
                let facts = tree.facts(along: answers.enumerated().compactMap { index, pair in
                    pair.count == 2 ? Step(question: pair[0], option: pair[1]) : nil
                })
                let shown = tree.actions(of: outcome, facts: facts)
                #expect(shown.contains { $0.title == document.t && tree.text(of: $0, facts: facts) == document.d }, "\(document.t)")
                #expect(!document.d.contains("{"))
            }
            let key = answers.map { $0[1] }.joined(separator: "_")
            #expect(workspace.outputExists("beslisboom/stap/\(key.isEmpty ? "start" : key).html"))
        }
        #expect(index.documents("u").count == Set(enumeration.routes.map(\.outcomeID)).count)
        let actionIDs = Set(enumeration.routes.flatMap { tree.outcomesByID[$0.outcomeID]?.actions ?? [] })
        #expect(index.documents("a").count == actionIDs.count, "each action once")
    }

    private func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    private func hrefs(in html: String) -> [String] { matches(of: "href=\"([^\"]*)\"", in: html) }
}
