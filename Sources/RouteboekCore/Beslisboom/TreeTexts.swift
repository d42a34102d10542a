import Beslisboom
import Foundation

/// The tree's Markdown texts (hints, summaries, notes), rendered once in the check phase with links
/// written against the root token, so the same HTML works on `beslisboom/index.html` and on
/// `beslisboom/stap/*.html`. The tree's pages take the HTML from here, and search the plain text; neither
/// renders a text again.
struct TreeTexts: Sendable {
    static let rootToken = "rbroot7f3a"
    /// Links in the tree's texts and link fields are written relative to this page.
    static let anchorPage = ContentScanner.treeFolder + "/index.md"
    /// The files of the tree that hold Markdown, and the keys whose values are Markdown.
    static let files = ["boom.yml", "uitkomsten.yml"]
    static let keys: Set<String> = ["uitleg", "samenvatting", "opmerking"]

    /// The HTML of every text, by the text as the model holds it.
    private let rendered: [String: String]
    /// Every text as search shows it, by the text as the model holds it.
    private let plainTexts: [String: String]

    /// Renders every Markdown value of the tree's files (`yaml` maps a file name to its text) as the
    /// tree's pages show it, each at its line and column in its file for the messages.
    static func render(yaml: [String: String], folder: String) -> (texts: TreeTexts, result: EmbeddedMarkdown.Result) {
        var texts: [EmbeddedMarkdown.Text] = []
        for name in files {
            guard let text = yaml[name] else { continue }
            texts += EmbeddedMarkdown.texts(in: text, file: "\(folder)/\(name)", keys: keys)
        }
        let result = EmbeddedMarkdown.check(texts, page: anchorPage, rootToken: rootToken)
        return (TreeTexts(rendered: result.html, plainTexts: result.plain), result)
    }

    /// The HTML of a hint, summary or note; "" for none.
    func html(_ markdown: String?) -> String {
        guard let markdown, !markdown.isEmpty else { return "" }
        return rendered[markdown] ?? ""
    }

    /// A hint or summary as plain text for search; "" for none.
    func plain(_ markdown: String?) -> String {
        guard let markdown, !markdown.isEmpty else { return "" }
        return plainTexts[markdown] ?? ""
    }

    /// Swaps the root token for the page's own `../` prefix.
    static func resolveRoot(_ html: String, forPage path: String) -> String {
        ByteReplace.replacing(rootToken, with: ContentPath.rootPrefix(for: path), in: html)
    }
}
