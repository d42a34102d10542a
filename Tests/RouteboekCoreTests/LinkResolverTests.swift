import Foundation
import Testing
@testable import RouteboekCore

/// Issue 16, point 2: a link means the same wherever it is written. Each written link goes through the
/// three real paths (a page's Markdown, a Markdown text of the beslisboom, a link field of the tree)
/// and is checked against a site without pages, so the message names the target each path resolved to.
@Suite("One link resolver for pages, tree texts and tree link fields")
struct LinkResolverTests {
    /// The page the tree's texts and link fields are written from.
    static let page = TreeTexts.anchorPage
    static let nothing = LinkTargets(pages: [:], unreadable: [], assets: [], displayContent: "Content")

    /// The messages for a link in a page body at `beslisboom/index.md`.
    static func inPage(_ link: String) -> [String] {
        let rendered = MarkdownRenderer(flowchart: nil).render("[t](\(link))", page: page, file: "Content/\(page)", lineOffset: 0)
        return rendered.diagnostics.map(\.description) + rendered.links.compactMap { nothing.problem(with: $0, from: page, fromDraft: false)?.description }
    }

    /// The messages for the same link in a hint of boom.yml.
    static func inTreeText(_ link: String) -> [String] {
        let yaml = "vragen:\n  - uitleg: Zie [t](\(link)).\n"
        let (_, result) = TreeTexts.render(yaml: ["boom.yml": yaml], folder: "Content/beslisboom")
        return result.diagnostics.map(\.description) + result.links.compactMap { nothing.problem(with: $0.link, from: page, fromDraft: false)?.description }
    }

    /// The message for the same link in an outcome's `links`.
    static func inTreeField(_ link: String) -> [String] {
        [nothing.problem(withTreeField: link)?.description].compactMap { $0 }
    }

    /// Without the place (texts are at a line and column, a field at its owner): the message alone.
    static func messages(_ descriptions: [String]) -> [String] {
        descriptions.map { description in
            guard let range = description.range(of: #"(fout|waarschuwing|melding) RB"#, options: .regularExpression) else { return description }
            return String(description[range.lowerBound...])
        }
    }

    @Test("The same local link resolves to the same target in a page, a tree text and a tree link field",
          arguments: [
              ("../", "fout RB104: de link '../' wijst naar Content/index.md,"),
              ("map/", "fout RB104: de link 'map/' wijst naar Content/beslisboom/map/index.md,"),
              ("../x.md#anker", "fout RB104: de link '../x.md#anker' wijst naar Content/x.md,"),
              ("../met%20spatie.md", "fout RB104: de link '../met%20spatie.md' wijst naar Content/met spatie.md,"),
              ("/abs", "fout RB108: de link '/abs' begint met '/'"),
              ("../../out", "fout RB107: de link '../../out' gaat buiten de contentmap"),
          ])
    func sameTarget(link: String, expected: String) {
        let page = Self.messages(Self.inPage(link))
        let text = Self.messages(Self.inTreeText(link))
        let field = Self.messages(Self.inTreeField(link))
        #expect(page.count == 1 && page[0].hasPrefix(expected), "\(page)")
        #expect(text == page)
        #expect(field == page)
    }

    @Test("Web and mail links are not checked in Markdown; a link field, which shows a page's title, refuses them",
          arguments: ["mailto:iemand@example.org", "https://example.org/x.md"])
    func external(link: String) {
        #expect(Self.inPage(link).isEmpty)
        #expect(Self.inTreeText(link).isEmpty)
        #expect(Self.messages(Self.inTreeField(link)) == [Message.linkNotPage(link).description])
    }

    @Test("The href written for a link: relative on a page, from the root token in a tree text, as the resolver says")
    func hrefs() throws {
        let cases = [("../", "../index.html", "index.html"), ("map/", "map/index.html", "beslisboom/map/index.html"),
                     ("../x.md#anker", "../x.html#anker", "x.html#anker"), ("#boven", "#boven", "beslisboom/index.html#boven"),
                     ("../met%20spatie.md", "../met%20spatie.html", "met spatie.html")]
        for (written, relative, fromRoot) in cases {
            let link = try #require(WrittenLink(written, from: Self.page))
            #expect(link.href(rootToken: nil) == relative)
            #expect(link.href(rootToken: TreeTexts.rootToken) == TreeTexts.rootToken + fromRoot)
            let body = MarkdownRenderer(flowchart: nil).render("[t](\(written))", page: Self.page, file: "x", lineOffset: 0).html
            #expect(body.contains("href=\"\(relative)\""), "\(body)")
            let (texts, _) = TreeTexts.render(yaml: ["boom.yml": "vragen:\n  - uitleg: '[t](\(written))'\n"], folder: "Content/beslisboom")
            // cmark writes the decoded space of a resolved path as %20 again.
            let href = TreeTexts.rootToken + fromRoot.replacingOccurrences(of: " ", with: "%20")
            let html = texts.html("[t](\(written))")
            #expect(html.contains("href=\"\(href)\""), "\(html)")
        }
    }

    @Test("Links in a hint, a summary and a note get the page checks at their own line and column; web and mail links pass")
    func treeTextLinks() throws {
        let workspace = try Workspace(fixture: "tree-site")
        var tree = try workspace.read("beslisboom/boom.yml")
        tree = tree.replacingOccurrences(of: "    uitleg: Zie [de uitleg](../info.md#anker).\n", with:
            "    uitleg: Lees [dit](../kapot-uitleg.md) of [de start](../) of [mail](mailto:kapot@example.org).\n")
        try workspace.write(tree, to: "beslisboom/boom.yml")
        var outcomes = try workspace.read("beslisboom/uitkomsten.yml")
        outcomes = outcomes.replacingOccurrences(of: "    samenvatting: Meld het verzuim bij DUO.\n", with:
            "    samenvatting: Zie [de pagina](../info.md#kapot) en [extern](https://example.org/kapot).\n")
        outcomes = outcomes.replacingOccurrences(of: "    opmerking: De bronnen verschillen hierover.\n", with: """
                opmerking: |
                  De bronnen verschillen.
                  Zie [hier](kapot-opmerking.md).

            """)
        try workspace.write(outcomes, to: "beslisboom/uitkomsten.yml")
        let report = workspace.check()
        let listing = report.diagnostics.map(\.description).sorted()
        #expect(listing.count == 3, "\(report.listing)")
        #expect(report.matching("beslisboom/boom.yml:6:18: fout RB104: de link '../kapot-uitleg.md' wijst naar").count == 1, "\(report.listing)")
        #expect(report.matching("beslisboom/uitkomsten.yml:21:23: fout RB106: de link '../info.md#kapot'").count == 1, "\(report.listing)")
        #expect(report.matching("beslisboom/uitkomsten.yml:42:11: fout RB104: de link 'kapot-opmerking.md' wijst naar").count == 1, "\(report.listing)")
    }

    @Test("A wrong link field is reported at the field: 'pagina' of an action, each item of 'links'")
    func treeLinkFieldPositions() throws {
        let workspace = try Workspace(fixture: "tree-site")
        let actions = try workspace.read("beslisboom/acties.yml")
        try workspace.write(actions.replacingOccurrences(of: "    pagina: ../info.md#anker\n", with: "    pagina: ../inof.md\n"), to: "beslisboom/acties.yml")
        let outcomes = try workspace.read("beslisboom/uitkomsten.yml")
        try workspace.write(outcomes.replacingOccurrences(of: "    links: [../info.md]\n", with: "    links: [../info.md, ../weg.md]\n"), to: "beslisboom/uitkomsten.yml")
        let report = workspace.check()
        #expect(report.diagnostics.count == 2, "\(report.listing)")
        #expect(report.matching("beslisboom/acties.yml:10:13: fout RB104: de link '../inof.md' wijst naar").count == 1, "\(report.listing)")
        #expect(report.matching("beslisboom/uitkomsten.yml:23:25: fout RB104: de link '../weg.md' wijst naar").count == 1, "\(report.listing)")
    }

    @Test("Every text of the real tree is rendered once in the check phase, and the tool's pages use that HTML")
    func realTreeTextsRenderedOnce() throws {
        let folder = realContent.appendingPathComponent(ContentScanner.treeFolder)
        var yaml: [String: String] = [:]
        for name in TreeLoader.files { yaml[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
        var diagnostics: [Diagnostic] = []
        let tree = try #require(TreeLoader.load(texts: yaml, displayFolder: "Content/beslisboom", diagnostics: &diagnostics))
        let (texts, result) = TreeTexts.render(yaml: yaml, folder: "Content/beslisboom")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let all = tree.questions.compactMap(\.hint) + tree.outcomes.flatMap { [$0.summary] + ($0.note.map { [$0] } ?? []) }
        #expect(all.count > 20)
        for text in all where !text.isEmpty {
            let expected = MarkdownRenderer(flowchart: nil, rootToken: TreeTexts.rootToken).render(text, page: Self.page, file: "", lineOffset: 0).html
            #expect(texts.html(text) == expected, "\(text)")
        }
    }
}
