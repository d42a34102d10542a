import Foundation
import Testing
@testable import RouteboekCore

/// Markdown in a text that is published as plain text (RB741): every such field of the beslisboom,
/// wijzigingen.yml, front matter and site.yml, at the mark's line and column.
@Suite("Markdown in plain-text fields")
struct PlainTextMarkdownTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let written: String
        let typed: String
        /// line:column of the mark, the key and the markup as the message names them, and where it shows.
        let place: String
        let key: String
        let markup: String
        let shownIn: String
        var testDescription: String { "\(file): \(typed)" }
    }

    static let cases: [Case] = [
        Case(file: "beslisboom/boom.yml", written: "vraag: Staat de leerling ingeschreven?", typed: "vraag: Staat de leerling **ingeschreven**?",
             place: "5:30", key: "vraag", markup: "**", shownIn: "in de beslisboom"),
        Case(file: "beslisboom/boom.yml", written: "label: Nee, geoorloofd", typed: "label: Nee, [geoorloofd](../info.md)",
             place: "25:32", key: "label", markup: "[tekst](adres)", shownIn: "op de knop in de beslisboom"),
        Case(file: "beslisboom/uitkomsten.yml", written: "titel: Meld bij DUO", typed: "titel: Meld bij __DUO__",
             place: "16:21", key: "titel", markup: "__", shownIn: "in de kop van het advies"),
        Case(file: "beslisboom/uitkomsten.yml", written: "onderdeel: DUO", typed: "onderdeel: \"*DUO*, paragraaf 2\"",
             place: "26:21", key: "onderdeel", markup: "*", shownIn: "bij de bronnen"),
        Case(file: "beslisboom/acties.yml", written: "kort: Melden", typed: "kort: \"*Melden*\"",
             place: "3:12", key: "kort", markup: "*", shownIn: "in het plan van het advies"),
        Case(file: "beslisboom/acties.yml", written: "wat: Meld het verzuim.", typed: "wat: >-\n      Meld het\n      `verzuim`.",
             place: "6:7", key: "wat", markup: "`", shownIn: "in het plan van het advies"),
        Case(file: "beslisboom/acties.yml", written: "wie: administratie", typed: "wie: de **administratie**",
             place: "5:13", key: "wie", markup: "**", shownIn: "in het plan van het advies"),
        Case(file: "beslisboom/acties.yml", written: "wanneer: direct", typed: "wanneer: Zet het *direct* in OT",
             place: "6:22", key: "wanneer", markup: "*", shownIn: "in het plan van het advies"),
        Case(file: "beslisboom/feiten.yml", written: "label: Soort verzuim", typed: "label: Soort **verzuim**",
             place: "8:18", key: "label", markup: "**", shownIn: "bij de antwoorden in het advies"),
        Case(file: "beslisboom/feiten.yml", written: "geoorloofd: geoorloofd", typed: "geoorloofd: \"*geoorloofd*\"",
             place: "10:20", key: "geoorloofd", markup: "*", shownIn: "bij de antwoorden in het advies"),
        Case(file: "info.md", written: "volgorde: 5", typed: "volgorde: 5\nsamenvatting: Wat de school **moet** doen.",
             place: "4:29", key: "samenvatting", markup: "**", shownIn: "onder de titel en in de zoekresultaten"),
        Case(file: "info.md", written: "volgorde: 5", typed: "volgorde: 5\ntrefwoorden: [verzuim, \"`OT`\"]",
             place: "4:25", key: "trefwoorden", markup: "`", shownIn: "in het register en de zoekresultaten"),
        Case(file: "site.yml", written: "titel: De eerste bron", typed: "titel: De **eerste** bron",
             place: "6:15", key: "titel", markup: "**", shownIn: "bij de bronnen"),
    ]

    @Test("Markdown in a plain-text field is one error at the mark, naming the field", arguments: cases)
    func reported(_ test: Case) throws {
        let workspace = try Workspace(fixture: "tree-site")
        let text = try workspace.read(test.file)
        try #require(text.contains(test.written))
        try workspace.write(text.replacingOccurrences(of: test.written, with: test.typed), to: test.file)
        let report = workspace.check()
        let printed = report.diagnostics.map { $0.description.replacingOccurrences(of: workspace.content.path + "/", with: "") }
        #expect(printed == ["\(test.file):\(test.place): fout RB741: '\(test.key)' bevat Markdown (\(test.markup)), maar deze tekst wordt niet opgemaakt: de tekens komen zo \(test.shownIn); haal ze weg"],
                "\(printed.joined(separator: "\n"))")
        #expect(report.errorCount == 1)
    }

    @Test("Honest text is not Markdown: a lone star, one backquote for an apostrophe, an underscore, brackets", arguments: [
        "Telt 5 * 3 uur mee?", "Heeft zo`n leerling een OPP?", "Staat ot_status op ja?", "Stap [1] van de route?", "Is het 2*3 of 3*?",
    ])
    func honestText(_ question: String) throws {
        #expect(PlainTextMarkup.find(in: question) == nil)
        let workspace = try Workspace(fixture: "tree-site")
        let text = try workspace.read("beslisboom/boom.yml")
        try workspace.write(text.replacingOccurrences(of: "vraag: Staat de leerling ingeschreven?", with: "vraag: \"\(question)\""),
                            to: "beslisboom/boom.yml")
        let report = workspace.check()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
    }

    @Test("The Markdown fields of the tree (uitleg, samenvatting, opmerking) may hold Markdown")
    func markdownFields() throws {
        let workspace = try Workspace(fixture: "tree-site")
        let text = try workspace.read("beslisboom/boom.yml")
        try workspace.write(text.replacingOccurrences(of: "uitleg: Zie [de uitleg]", with: "uitleg: Zie **vooral** [de uitleg]"), to: "beslisboom/boom.yml")
        let report = workspace.check()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
    }

    @Test("RB163 and RB741 find the same markup", arguments: ["Verzuim**soorten**", "Het `OPP`", "Zie [DUO](duo.md)", "Wat *moet* de school", "Het __OPP__", "Gewoon"])
    func sameDetection(_ text: String) {
        #expect(FrontMatterParser.markdownInTitle(text) == PlainTextMarkup.find(in: text))
    }
}
