import Foundation

/// Text as search shows it: no Markdown left over (callout markers such as `[!NOTE]`), one space
/// between words.
enum SnippetText {
    private static let calloutMarkers = ["[!NOTE]", "[!TIP]", "[!IMPORTANT]", "[!WARNING]", "[!CAUTION]"]

    static func clean(_ text: String) -> String {
        var text = text
        if ByteReplace.contains("[!", in: text) {
            for marker in calloutMarkers {
                text = text.replacingOccurrences(of: marker, with: " ", options: [.caseInsensitive])
            }
        }
        return SearchText.collapsingWhitespace(text)
    }

    /// Markdown (a hint or summary of the beslisboom) as plain text.
    static func plain(markdown: String) -> String {
        guard !markdown.isEmpty else { return "" }
        let rendered = MarkdownRenderer(flowchart: nil).render(markdown, page: TreeTexts.anchorPage, file: "", lineOffset: 0)
        return clean(rendered.sections.map { [$0.heading, $0.text].filter { !$0.isEmpty }.joined(separator: " ") }.joined(separator: " "))
    }
}
