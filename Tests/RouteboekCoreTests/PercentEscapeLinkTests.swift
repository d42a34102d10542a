import Foundation
import Testing
@testable import RouteboekCore

/// Links with percent escapes are read as a browser reads them: `%2e` is a dot (also in `..`), `%20` a
/// space in a name, and `%2F` part of a name, never the `/` between a folder and a file (RB171).
@Suite("Links with percent escapes")
struct PercentEscapeLinkTests {
    @Test("A path as a browser reads it", arguments: [
        ("a-sectie/een.md", "a-sectie/een.md"), ("een%2Emd", "een.md"), ("%2E%2E/over.md", "../over.md"), ("%2e./over.md", "../over.md"),
        (".%2E/over.md", "../over.md"), ("%2e/een.md", "./een.md"), ("schema%20%232.txt", "schema #2.txt"), ("a%2Fb.md", nil),
        ("a-sectie%2feen.md", nil), ("a%252Fb.md", "a%2Fb.md"), ("50%.md", "50%.md"),
    ] as [(String, String?)])
    func browserPath(written: String, read: String?) {
        #expect(WrittenLink.asBrowserReads(written) == read)
    }

    /// Builds site-basic with over.md's text replaced; the diagnostics printed, from the content folder.
    static func build(_ text: String) throws -> (Workspace, BuildReport, [String]) {
        let workspace = try Workspace(fixture: "site-basic")
        try workspace.write("---\ntitel: Over\n---\n\n\(text)\n", to: "over.md")
        let report = workspace.build()
        return (workspace, report, report.diagnostics.map { $0.description.replacingOccurrences(of: workspace.content.path + "/", with: "") })
    }

    @Test("%2F between a folder and a file is an error at the link, even when the folder holds the file")
    func encodedSlash() throws {
        let (workspace, report, printed) = try Self.build("Zie [de eerste](a-sectie%2Feen.md).")
        #expect(printed == ["over.md:5:5: fout RB171: de link 'a-sectie%2Feen.md' heeft %2F in een naam: een browser leest dat niet als '/' tussen map en bestand, maar als teken in de naam van het bestand, en zo'n bestand kan niet bestaan; schrijf een gewone '/'"],
                "\(printed.joined(separator: "\n"))")
        #expect(report.errorCount == 1)
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
    }

    @Test("%2E is a dot: a page link written with it works, and its address in the site is the page's own")
    func encodedDot() throws {
        let (workspace, report, printed) = try Self.build("Zie [de eerste](a-sectie/een%2Emd) en [terug](a-sectie/%2E%2E/index.md).")
        #expect(printed.isEmpty, "\(printed.joined(separator: "\n"))")
        #expect(report.errorCount == 0)
        let html = try workspace.outputText("over.html")
        #expect(html.contains("href=\"a-sectie/een.html\""), "\(html)")
    }

    @Test("A decoded target that does not exist is named decoded, with the link as written")
    func missingDecoded() throws {
        let (_, _, printed) = try Self.build("Zie [de derde](a-sectie/drie%2Emd).")
        #expect(printed.count == 1, "\(printed.joined(separator: "\n"))")
        #expect(printed.first?.hasPrefix("over.md:5:5: fout RB104: de link 'a-sectie/drie%2Emd' wijst naar a-sectie/drie.md, maar dat bestand bestaat niet") == true,
                "\(printed.joined(separator: "\n"))")
    }
}
