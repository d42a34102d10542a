import CMarkGFM
import Foundation
import Testing
@testable import RouteboekCore

/// Addresses cmark-gfm publishes empty (`javascript:`, an SVG as `data:`): the page would get a link to
/// itself or a broken image, and the whole routeboek a link the audit could only blame on a layout.
@Suite("Addresses cmark publishes empty")
struct RefusedAddressTests {
    static let urls = [
        "javascript:alert(1)", "JavaScript:void(0)", "vbscript:x", "file:///C:/brief.pdf", "FILE:x",
        "data:image/svg+xml,%3Csvg%3E", "data:image/svg+xml;base64,PHN2Zz4=", "data:text/html,x", "data:",
        "data:image/png;base64,iVBORw0KGgo=", "DATA:IMAGE/JPEG;base64,x", "data:image/gif,x", "data:image/webp,x",
        "https://example.org/javascript:", "mailto:a@b.nl", "tel:0101234567", "../pagina.md", "javascript",
    ]

    @Test("LinkAddress.refusedScheme says of each address exactly what cmark's renderer does with it", arguments: urls)
    func agreesWithCMark(url: String) throws {
        let markdown = "[a](<\(url)>)"
        let html = try #require(cmark_markdown_to_html(markdown, markdown.utf8.count, CMark.options))
        defer { free(html) }
        let emptied = String(cString: html).contains("href=\"\"")
        #expect((LinkAddress.refusedScheme(url) != nil) == emptied)
    }

    @Test("An SVG as a data address is one error at the image, and the build stops (it used to blame a layout)")
    func svgDataImage() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let page = try workspace.read("a-sectie/een.md")
        try workspace.write(page + "\n![stip](data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E)\n", to: "a-sectie/een.md")
        let report = workspace.build()
        let line = page.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        #expect(EditorMistakeTests.shown(report, workspace) == [
            "Content/a-sectie/een.md:\(line):1: fout RB159: de afbeelding 'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w...' komt leeg op de pagina, want een adres dat met 'data:' begint laat de site uit veiligheid weg; bewaar de SVG als bestand in de contentmap en verwijs ernaar, zoals ![beschrijving](tekening.svg)",
        ])
    }

    @Test("A javascript: link is one error at the link; a PNG as a data address builds")
    func javascriptLinkAndPNG() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let page = try workspace.read("a-sectie/een.md")
        let line = page.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        try workspace.write(page + "\nKlik [hier](javascript:history.back()) of ![punt](data:image/png;base64,iVBORw0KGgo=).\n", to: "a-sectie/een.md")
        let report = workspace.check()
        #expect(EditorMistakeTests.shown(report, workspace) == [
            "Content/a-sectie/een.md:\(line):6: fout RB159: de link 'javascript:history.back()' komt als lege link op de pagina, want een adres dat met 'javascript:' begint laat de site uit veiligheid weg; link naar een pagina of bestand in de contentmap (zoals ../begrippen.md), of naar een webadres dat met https:// begint",
        ])
    }
}
