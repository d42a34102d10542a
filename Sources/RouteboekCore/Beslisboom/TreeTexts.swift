import Beslisboom
import Foundation

/// The tree's Markdown texts (hints, summaries, notes) rendered once, with links written against the
/// root token so the same HTML works on `beslisboom/index.html` and on `beslisboom/stap/*.html`.
struct TreeTexts {
    static let rootToken = "rbroot7f3a"
    /// Links in the tree's texts are written relative to this page.
    static let anchorPage = ContentScanner.treeFolder + "/index.md"

    private let renderer: MarkdownRenderer

    init() {
        renderer = MarkdownRenderer(flowchart: nil, rootToken: Self.rootToken)
    }

    func html(_ markdown: String?, position: SourcePosition?) -> String {
        guard let markdown, !markdown.isEmpty else { return "" }
        return renderer.render(markdown, page: Self.anchorPage, file: position?.file ?? "", lineOffset: 0).html
    }

    /// Swaps the root token for the page's own `../` prefix.
    static func resolveRoot(_ html: String, forPage path: String) -> String {
        ByteReplace.replacing(rootToken, with: ContentPath.rootPrefix(for: path), in: html)
    }
}
