import Foundation

/// Text as search shows it: no Markdown left over (callout markers such as `[!NOTE]`), one space
/// between words.
enum SnippetText {
    private static let calloutMarkers = ["[!NOTE]", "[!TIP]", "[!IMPORTANT]", "[!WARNING]", "[!CAUTION]"]

    private static let markerBytes = calloutMarkers.map { Array($0.utf8) }

    static func clean(_ text: String) -> String {
        SearchText.collapsingWhitespace(ByteReplace.contains("[!", in: text) ? removingCalloutMarkers(text) : text)
    }

    /// Each callout marker, in any case, replaced by a space. On bytes: Foundation's case-insensitive
    /// `replacingOccurrences` walks the text as UTF-16 once per marker (3% of the preview's rebuild).
    /// The markers are ASCII and hold no letter that Unicode folds from another (no `k`, no `s`), so
    /// folding ASCII letters finds what Foundation's `.caseInsensitive` finds.
    static func removingCalloutMarkers(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "["), let marker = markerBytes.first(where: { matches($0, bytes, at: index) }) {
                out.append(UInt8(ascii: " "))
                index += marker.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func matches(_ marker: [UInt8], _ bytes: [UInt8], at start: Int) -> Bool {
        guard bytes.count - start >= marker.count else { return false }
        for offset in marker.indices {
            let wanted = marker[offset], found = bytes[start + offset]
            let isLetter = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(wanted)
            guard isLetter ? found | 0x20 == wanted | 0x20 : found == wanted else { return false }
        }
        return true
    }

    /// Rendered Markdown (a hint or summary of the beslisboom) as plain text: its headings and text.
    static func plain(_ rendered: RenderedMarkdown) -> String {
        clean(rendered.sections.map { [$0.heading, $0.text].filter { !$0.isEmpty }.joined(separator: " ") }.joined(separator: " "))
    }
}
