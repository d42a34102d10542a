import Foundation
import Testing
@testable import RouteboekCore

/// Issue 13: every page and every text of the beslisboom cites its sources in its own words. A run of
/// 12 or more words that a text shares with a source document fails, with file, line and the words.
@Suite("Sources cited, not copied")
struct SourceCopyTests {
    /// Terms of art and quoted titles: written exactly as the source writes them on purpose. Each breaks
    /// a run rather than counting towards one.
    static let allowedPhrases = [
        // OT's own labels (S0, handleiding OT): the words on the screen the reader has to find.
        "combinatie lichamelijke en psychische belemmering", "thuiszitter (geoorloofd)", "Nieuw (nog indienen)",
        "Zorgwekkend verzuim",
        // Titles of documents, chapters and tools, quoted so readers can find them.
        "Handreiking schoolverzuim en voorkomen van thuiszitten",
        "Verplichte acties bij zorgwekkend verzuim en thuiszitters",
        "Stappenplan voorkomen en bestrijden van thuiszitten en opschalen casuïstiek",
        "Onderzoek naar de praktijk rond artikel 5 onder a en 11 onder g van de Leerplichtwet 1969",
        "Het verhaal achter de cijfers", "keuzehulp afwijking onderwijstijd",
    ]

    /// A run in Content/beslisboom/*.yml that the test lets pass for now, because that folder is the lead
    /// developer's and the fix is theirs. Each entry names the file and the run's first words, and says
    /// why it is pending; an entry that no longer matches a run fails the test, so the list cannot rot.
    struct PendingTreeRun {
        var file: String
        var startsWith: String
        var reason: String
    }

    /// Empty: the copy check found no run in the beslisboom's texts (2026-11-30).
    static let pendingTreeRuns: [PendingTreeRun] = []

    static let bronnen = repositoryRoot.appendingPathComponent("Bronnen")

    static func realSources() throws -> [(file: String, text: String)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: bronnen.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { ($0, try String(contentsOf: bronnen.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// The words of each text value of a beslisboom file, with their lines.
    static func treeTexts(_ text: String) -> [[SourceCopyFinder.Word]] {
        (YAMLStrings.values(in: text) ?? []).map { value in
            value.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap {
                SourceCopyFinder.words(in: String($0.element), line: value.line + $0.offset)
            }
        }
    }

    @Test("Every source site.yml lists is in Bronnen/, so the check compares with all of them")
    func sourcesArePresent() throws {
        var diagnostics: [Diagnostic] = []
        let settings = try String(contentsOf: realContent.appendingPathComponent(SiteConfig.fileName), encoding: .utf8)
        let site = try #require(SiteConfig.parse(settings, file: "site.yml", diagnostics: &diagnostics))
        #expect(site.sources.count == 5)
        for source in site.sources {
            #expect(FileManager.default.fileExists(atPath: Self.bronnen.appendingPathComponent(source.file).path),
                    "Bronnen/\(source.file) is missing")
        }
    }

    @Test("No page of Content/ shares 12 or more words in a row with a source")
    func pagesAreInOwnWords() throws {
        let finder = SourceCopyFinder(sources: try Self.realSources(), allowedPhrases: Self.allowedPhrases)
        let files = (FileManager.default.enumerator(atPath: realContent.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        try #require(files.count > 20)
        for file in files {
            let text = try String(contentsOf: realContent.appendingPathComponent(file), encoding: .utf8)
            var diagnostics: [Diagnostic] = []
            let cited = Set(FrontMatterParser.parse(text, file: file, diagnostics: &diagnostics)?.frontMatter.sources.map(\.file) ?? [])
            for run in finder.runs(in: SourceCopyFinder.pageWords(text), file: "Content/\(file)") {
                let note = cited.contains(run.source) ? "" : " (a source this page does not cite)"
                Issue.record("\(run)\(note): say it in your own words")
            }
        }
    }

    @Test("No text of the beslisboom shares 12 or more words in a row with a source, but for the listed pending runs")
    func treeIsInOwnWords() throws {
        let finder = SourceCopyFinder(sources: try Self.realSources(), allowedPhrases: Self.allowedPhrases)
        let folder = realContent.appendingPathComponent(ContentScanner.treeFolder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") }.sorted()
        try #require(!files.isEmpty)
        var used = Set<Int>()
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for words in Self.treeTexts(text) {
                for run in finder.runs(in: words, file: "Content/beslisboom/\(file)") {
                    if let index = Self.pendingTreeRuns.firstIndex(where: { run.file.hasSuffix($0.file) && run.text.hasPrefix($0.startsWith) }) {
                        used.insert(index)
                    } else {
                        Issue.record("\(run): say it in your own words")
                    }
                }
            }
        }
        for (index, entry) in Self.pendingTreeRuns.enumerated() where !used.contains(index) {
            Issue.record("pending entry for \(entry.file) (\"\(entry.startsWith)\") matches no run any more: remove it")
        }
    }
}

/// The finder itself, on a small source with known answers (Fixtures/source-copy/).
@Suite("SourceCopyFinder")
struct SourceCopyFinderTests {
    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: Fixtures.url("source-copy/\(name)"), encoding: .utf8)
    }

    static func finder(allowed: [String] = SourceCopyTests.allowedPhrases) throws -> SourceCopyFinder {
        SourceCopyFinder(sources: [("bron.txt", try fixture("bron.txt"))], allowedPhrases: allowed)
    }

    /// Each broken page and the exact run it must be reported with (expected.txt beside it).
    @Test("A copied run is reported with its page line, its length, the source line and the words",
          arguments: ["gekopieerde-zin.md", "over-regels-heen.md", "afgebroken-woord.md", "met-accenten.md"])
    func copiedRun(page: String) throws {
        let runs = try Self.finder().runs(in: SourceCopyFinder.pageWords(Self.fixture(page)), file: page)
        let expected = try Self.fixture(page.replacingOccurrences(of: ".md", with: ".expected.txt"))
            .split(separator: "\n").map(String.init)
        #expect(runs.map(\.description) == expected)
    }

    @Test("Eleven words, a shared web address, a front-matter source list and a term of art are not reported",
          arguments: ["elf-woorden.md", "zelfde-adres.md", "bronnenlijst.md", "vakterm.md"])
    func notACopy(page: String) throws {
        let runs = try Self.finder().runs(in: SourceCopyFinder.pageWords(Self.fixture(page)), file: page)
        #expect(runs.isEmpty, "\(runs)")
    }

    @Test("The same term of art counts towards a run when it is not allowed")
    func allowListMatters() throws {
        let runs = try Self.finder(allowed: []).runs(in: SourceCopyFinder.pageWords(Self.fixture("vakterm.md")), file: "vakterm.md")
        #expect(runs.count == 1)
    }

    @Test("A beslisboom text with a copied run is reported at the line of its value")
    func treeText() throws {
        let texts = SourceCopyTests.treeTexts(try Self.fixture("acties.yml"))
        let runs = try texts.flatMap { try Self.finder().runs(in: $0, file: "acties.yml") }
        let expected = try Self.fixture("acties.expected.txt").split(separator: "\n").map(String.init)
        #expect(runs.map(\.description) == expected)
    }
}
