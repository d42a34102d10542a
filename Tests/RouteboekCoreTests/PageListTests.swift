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
        ("Publicatiedata 2026", "registratie/publicatiedata-2026.md"),
        ("Verzuimsoorten", "verzuim/verzuimsoorten.md"),
        ("Verzuimschema PO/VO", "verzuim/verzuimschema.md"),
        ("Melden bij DUO", "registratie/melden-bij-duo.md"),
        ("Rollen en verantwoordelijkheden", "aanpak/rollen.md"),
        ("Stappenplan voorkomen en opschalen", "aanpak/stappenplan.md"),
        ("Schorsing en verwijdering", "verzuim/schorsing-en-verwijdering.md"),
        ("Vrijstellingen en verlof", "verzuim/vrijstellingen-en-verlof.md"),
        ("Opschaling", "aanpak/opschaling.md"),
        ("Links", "links.md"),
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

    @Test("the 4-week threshold conflict is named in a callout, not chosen silently",
          arguments: ["inleiding.md", "verzuim/verzuimschema.md", "registratie/melden-bij-duo.md"])
    func thresholdConflictIsCalledOut(file: String) throws {
        let text = try String(contentsOf: Self.contentRoot.appendingPathComponent(file), encoding: .utf8)
        let callouts = Self.callouts(in: text).map { $0.lowercased() }
        #expect(callouts.contains { $0.contains("4 weken of langer") && $0.contains("langer dan 4 weken") },
                "\(file) has no callout naming both '4 weken of langer' and 'langer dan 4 weken'")
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
