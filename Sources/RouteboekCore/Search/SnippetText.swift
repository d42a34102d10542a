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

    /// Rendered Markdown (a hint or summary of the beslisboom) as plain text: its headings and text.
    static func plain(_ rendered: RenderedMarkdown) -> String {
        clean(rendered.sections.map { [$0.heading, $0.text].filter { !$0.isEmpty }.joined(separator: " ") }.joined(separator: " "))
    }
}
