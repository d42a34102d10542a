import Foundation
import Testing
@testable import RouteboekCore

/// The routeboek's page list (the domain brief): every page exists in Content/, has a title, and names
/// the sources it was written from.
@Suite("The page list of the routeboek")
struct PageListTests {
    static let contentRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content")

    /// Page list item → the file that holds it.
    static let pageList: [(String, String)] = [
        ("Inleiding", "inleiding.md"),
        ("Begrippen", "begrippen.md"),
        ("Beslisboom", "beslisboom/index.md"),
        ("Checklist zorgwekkend verzuim", "aanpak/checklist-zorgwekkend-verzuim.md"),
        ("Route ziekteverzuim", "aanpak/route-ziekteverzuim.md"),
        ("Afwijking onderwijstijd", "onderwijstijd/afwijking-onderwijstijd.md"),
        ("Externe voorzieningen en risicoleerlingen", "onderwijstijd/externe-voorzieningen.md"),
        ("OPDC, S2C en InGang", "onderwijstijd/opdc-s2c-ingang.md"),
        ("Handleiding OT", "registratie/handleiding-ot.md"),
        ("Publicatiedata 2026", "registratie/publicatiedata.md"),
        ("Verzuimsoorten", "verzuim/verzuimsoorten.md"),
        ("Verzuimschema PO/VO", "verzuim/verzuimschema.md"),
        ("Melden bij DUO", "registratie/melden-bij-duo.md"),
        ("Rollen en verantwoordelijkheden", "aanpak/rollen.md"),
        ("Stappenplan voorkomen en opschalen", "aanpak/stappenplan.md"),
        ("Schorsing en verwijdering", "verzuim/schorsing-en-verwijdering.md"),
        ("Vrijstellingen en verlof", "verzuim/vrijstellingen-en-verlof.md"),
        ("Opschaling", "aanpak/opschaling.md"),
        ("Links", "links.md"),
        // Topics issue 13 found missing.
        ("Privacy (AVG)", "registratie/privacy.md"),
        ("Wachten op een plek of op zorg, onenigheid over de plek", "aanpak/wachten-op-plek-of-zorg.md"),
    ]

    @Test("each page exists and cites its sources", arguments: pageList)
    func pageExistsWithSources(item: String, file: String) throws {
        let url = Self.contentRoot.appendingPathComponent(file)
        let text = try #require(try? String(contentsOf: url, encoding: .utf8), "\(item): \(file) is missing")
        var diagnostics: [Diagnostic] = []
        let page = try #require(FrontMatterParser.parse(text, file: file, diagnostics: &diagnostics), "\(diagnostics)")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(!page.frontMatter.title.isEmpty)
        #expect(!page.frontMatter.sources.isEmpty, "\(item) (\(file)) names no sources in 'bronnen'")
        for source in page.frontMatter.sources {
            #expect(source.file.hasSuffix(".txt") && !source.part.isEmpty, "\(file): a source needs a file and the part used")
        }
        #expect(!page.body.contains("volgt nog"), "\(file) still says 'volgt nog'")
    }

    /// Issue 13: S0's wording ("4 weken of langer") everywhere, and the conflict with "langer dan 4
    /// weken" shown once, where it matters: the registration of an ongeoorloofde thuiszitter at DUO.
    static let thresholdPage = "registratie/melden-bij-duo.md"

    @Test("the 4-week threshold conflict is named in a callout on the DUO page, not chosen silently")
    func thresholdConflictIsCalledOut() throws {
        let text = try String(contentsOf: Self.contentRoot.appendingPathComponent(Self.thresholdPage), encoding: .utf8)
        let callouts = Self.callouts(in: text).map { $0.lowercased() }
        #expect(callouts.contains { $0.contains("4 weken of langer") && $0.contains("langer dan 4 weken") },
                "\(Self.thresholdPage) has no callout naming both '4 weken of langer' and 'langer dan 4 weken'")
    }

    @Test("'langer dan 4 weken' appears only in that one callout; every other page uses S0's '4 weken of langer'")
    func thresholdConflictShownOnce() throws {
        for file in try Self.editorPages() {
            let text = try String(contentsOf: Self.contentRoot.appendingPathComponent(file), encoding: .utf8).lowercased()
            let count = text.components(separatedBy: "langer dan 4 weken").count - 1
            if file == Self.thresholdPage {
                let inCallouts = Self.callouts(in: text).map { $0.components(separatedBy: "langer dan 4 weken").count - 1 }.reduce(0, +)
                #expect(count == inCallouts, "\(file): 'langer dan 4 weken' outside the conflict callout")
            } else {
                #expect(count == 0, "\(file) says 'langer dan 4 weken'; use S0's '4 weken of langer' and link to the DUO page")
            }
        }
    }

    @Test("one term for continuous absence: 'aaneengesloten', never 'achter elkaar'")
    func oneTermForContinuousAbsence() throws {
        for file in try Self.editorPages() {
            let text = try String(contentsOf: Self.contentRoot.appendingPathComponent(file), encoding: .utf8).lowercased()
            #expect(!text.contains("achter elkaar"), "\(file) says 'achter elkaar'; write 'aaneengesloten'")
        }
    }

    @Test("every page with claims says what is verplicht or aanbevolen")
    func pagesLabelTheirClaims() throws {
        // Pages without rules of their own: the link list, the page about the site itself, and the
        // list of changes (its entries come from wijzigingen.yml and point to the pages that hold the rules).
        let withoutClaims: Set = ["links.md", "toegankelijkheid.md", "wijzigingen.md"]
        for file in try Self.editorPages() where !withoutClaims.contains(file) {
            let text = try String(contentsOf: Self.contentRoot.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains("verplicht") || text.contains("aanbevolen"),
                    "\(file) names no claim as 'verplicht' (S0 or the law) or 'aanbevolen' (another region)")
        }
    }

    @Test("no page frames afwijking onderwijstijd as 'goed voor zijn ontwikkeling' (S3's framing) as our rule")
    func afwijkingIsAboutBeperkingen() throws {
        for file in try Self.editorPages() {
            let text = try String(contentsOf: Self.contentRoot.appendingPathComponent(file), encoding: .utf8).lowercased()
            #expect(!text.contains("goed is voor zijn ontwikkeling"), "\(file) uses S3's framing of the Variawet as a rule")
        }
    }

    /// The Markdown pages the content editors own (the beslisboom's folder belongs to the tree).
    static func editorPages() throws -> [String] {
        let root = contentRoot.standardizedFileURL.path
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        let pages = files.filter { $0.hasSuffix(".md") && !$0.hasPrefix("beslisboom/") }.sorted()
        try #require(pages.count > 20, "found only \(pages.count) pages under \(root)")
        return pages
    }

    /// The text of each `> [!TYPE]` block quote.
    static func callouts(in markdown: String) -> [String] {
        var result: [String] = []
        var current: String?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("> [!") {
                if let current { result.append(current) }
                current = ""
            } else if line.hasPrefix(">"), current != nil {
                current = (current ?? "") + " " + line.dropFirst().trimmingCharacters(in: .whitespaces)
            } else if let finished = current {
                result.append(finished)
                current = nil
            }
        }
        if let current { result.append(current) }
        return result
    }
}
