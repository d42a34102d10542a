import Foundation
import Testing
@testable import RouteboekCore

/// Issue 11, defect 13: every message is one line, at the real position, with control characters shown
/// escaped; one mistake is one error.
@Suite("Messages: one line, the real position, no cascade")
struct MessageTests {
    @Test("A control character in site.yml: its line and column, escaped, and one error instead of one per page")
    func controlCharacterInYAML() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let settings = try workspace.read("site.yml").replacingOccurrences(of: "titel: Testsite", with: "titel: Test\u{1B}[2Jsite")
        try workspace.write(settings, to: "site.yml")
        let report = workspace.build()
        #expect(report.errors.count == 1, "\(report.listing)")
        let error = try #require(report.errors.first)
        #expect(error.file.hasSuffix("Content/site.yml"))
        #expect((error.line, error.column) == (1, 12))
        #expect(error.message.contains("U+001B"))
        #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test("Invalid UTF-8: the line, the column and the byte", arguments: [("over.md", 6), ("site.yml", 3)])
    func invalidUTF8(_ file: String, _ line: Int) throws {
        let workspace = try Workspace(fixture: "site-basic")
        var lines = try workspace.read(file).components(separatedBy: "\n")
        lines[line - 1] = "caf"  // followed by a Latin-1 é below
        var bytes = Array(lines.joined(separator: "\n").utf8)
        let offset = lines[..<(line - 1)].reduce(0) { $0 + $1.utf8.count + 1 } + 3
        bytes.insert(0xE9, at: offset)
        try Data(bytes).write(to: workspace.content.appendingPathComponent(file))
        let report = workspace.build()
        let error = try #require(report.errors.first { $0.file.hasSuffix(file) }, "\(report.listing)")
        #expect((error.line, error.column) == (line, 4))
        #expect(error.message.contains("byte 0xE9"))
        #expect(report.errors.count == 1, "\(report.listing)")
    }

    @Test("A key without a colon is reported on its own line, not the line after")
    func keyWithoutColon() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write("---\ntitel: Over\nvolgorde 3\nsamenvatting: Iets.\n---\n\nTekst.\n", to: "over.md")
        let report = workspace.build()
        let error = try #require(report.errors.first, "\(report.listing)")
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(error.file.hasSuffix("Content/over.md"))
        #expect(error.line == 3, "\(report.listing)")
        #expect(error.message.contains("staat geen ':'") && error.code == "RB704")
    }

    @Test("A key without a colon at the end of a truncated file points inside the file")
    func keyWithoutColonAtEnd() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write("titel: Testsite\norganisatie: Test\nbronnen", to: "site.yml")
        let report = workspace.build()
        let error = try #require(report.errors.first, "\(report.listing)")
        #expect(error.file.hasSuffix("Content/site.yml"))
        #expect(error.line == 3, "\(report.listing)")
    }

    @Test("An empty site.yml: one error, naming site.yml")
    func emptySiteSettings() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write("", to: "site.yml")
        let report = workspace.build()
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(report.errors.first?.file.hasSuffix("Content/site.yml") == true)
        #expect(report.errors.first?.message.contains("site.yml is leeg") == true)
    }

    @Test("A U+2028 in site.yml is one error where the editor sees it (fuzz case 8310: libyaml counted it as a line end)")
    func lineSeparatorInYAML() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let settings = try String(contentsOf: workspace.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try workspace.write("# \u{2028} meegekopieerd\n" + settings, to: "site.yml")
        let report = workspace.build()
        #expect(report.errors.count == 1, "\(report.listing)")
        let error = try #require(report.errors.first)
        #expect(error.code == "RB725")
        #expect(error.file.hasSuffix("Content/site.yml") && error.line == 1 && error.column == 3, "\(report.listing)")
    }

    @Test("A control character or noncharacter in a page's text is one error at its place, not invalid HTML",
          arguments: [("\u{0B}", "U+000B"), ("\u{00}", "U+0000"), ("\u{1B}", "U+001B"), ("\u{FFFE}", "U+FFFE")])
    func controlCharacterInPage(_ character: String, _ code: String) throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write("---\ntitel: Zacht\n---\n\nWord\(character)regel.\n", to: "zacht.md")
        let report = workspace.build()
        #expect(report.errors.count == 1, "\(report.listing)")
        let error = try #require(report.errors.first)
        #expect(error.file.hasSuffix("Content/zacht.md") && (error.line, error.column) == (5, 5), "\(report.listing)")
        #expect(error.description.hasSuffix("fout RB123: er staat een onzichtbaar stuurteken (\(code)) in de tekst; haal het weg"))
    }

    @Test("The byte look for characters HTML may not hold agrees with the character look")
    func notInHTMLByteLook() {
        // Built from scalar values: Swift's literals refuse some noncharacters.
        let scalars: [UInt32] = [0xFDCF, 0xFDF0, 0xFFFD, 0x85, 0x2028, 0x2029, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF, 0x0B, 0x7F, 0x00]
        let texts = ["gewone tekst", "‘aanhalingstekens’ – en é, ë, ó", "regel\r\nregel", "emoji 😀", "a\rb", "eind\r"]
            + scalars.compactMap { Unicode.Scalar($0).map { "a" + String($0) + "b" } }
        for text in texts {
            let found = ControlCharacters.firstNotInHTML(in: text) != nil
            #expect(ControlCharacters.mayHoldNotInHTML(text) == found, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("A newline in a file name stays on one line in the message")
    func newlineInFileName() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write("---\ntitel: X\n---\n", to: "twee\nregels.md")
        let report = workspace.build()
        let error = try #require(report.errors.first, "\(report.listing)")
        #expect(error.description.contains("twee\\nregels.md"))
        #expect(!error.description.contains("\n"))
        #expect(error.message.contains("stuurteken"))
    }

    @Test("A newline in a link stays on one line in the message")
    func newlineInLink() {
        let result = render("[x](<../weg\\\n.md>) en [y](/abs\u{1B}olute.md)")
        for diagnostic in result.diagnostics { #expect(!diagnostic.description.unicodeScalars.contains { $0.value < 0x20 }) }
        #expect(result.diagnostics.contains { $0.description.contains("\\u{1B}") })
    }

    @Test("A lone carriage return in a template is an error at its own line and column (swift-mustache would count it as a line)")
    func carriageReturnInTemplate() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let templates = try workspace.useTemplateCopy()
        try Data("<p>een</p>\n<p>twee\r{{page.title}}</p>\n".utf8).write(to: templates.appendingPathComponent("partials/lead.mustache"))
        let report = workspace.build()
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(report.matching("Templates/partials/lead.mustache:2:8: fout RB303: er staat een stuurteken (U+000D) in deze template").count == 1,
                "\(report.listing)")
    }

    @Test("Every control character is escaped; ordinary text is left alone")
    func escaping() {
        #expect(ControlCharacters.escaped("a\nb\tc\r\u{1B}[0m\u{7F}\u{85}\u{2028}é") == "a\\nb\\tc\\r\\u{1B}[0m\\u{7F}\\u{85}\\u{2028}é")
        #expect(Diagnostic(.error, file: "x\ny.md", line: 0, column: 0, "boo\u{7}m").description == "x\\ny.md:1:1: fout: boo\\u{7}m")
    }

    @Test("UTF-8 validation finds the first bad byte of every kind")
    func utf8Validation() {
        #expect(TextFile.firstInvalidUTF8(Array("héllo €𝄞".utf8)) == nil)
        #expect(TextFile.firstInvalidUTF8([0x61, 0xC0, 0x80]) == 1)  // overlong
        #expect(TextFile.firstInvalidUTF8([0x61, 0xED, 0xA0, 0x80]) == 1)  // surrogate
        #expect(TextFile.firstInvalidUTF8([0xE2, 0x82]) == 0)  // cut short
        #expect(TextFile.firstInvalidUTF8([0x61, 0x62, 0xFF]) == 2)
        #expect(TextFile.decode([0x61, 0x0A, 0x62, 0xC3, 0xA9, 0xE9]) == .failure(.notUTF8(line: 2, column: 3, byte: 0xE9)))
    }
}
