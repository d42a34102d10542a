import Foundation

/// Markdown an editor may type in a text that is shown as plain text (a page's `titel`, a question of
/// the beslisboom, an action's `kort`, a change's `wat`, a `trefwoord`): `**`, `__`, a code span
/// (`` `OPP` ``), `[tekst](adres)` or `*nadruk*`. Such a text is never rendered, so the marks would be
/// published as typed. RB163 (a title) and RB741 (any other plain text) use this one look.
enum PlainTextMarkup {
    /// The markup found, as a message names it; nil for honest text: a lone `*` (`5 * 3 uur`), a single
    /// backquote typed for an apostrophe (`zo`n`), an underscore in a word, brackets without an address.
    static func find(in text: String) -> String? {
        // By bytes: String.contains(String) goes through Foundation's NSString search on Linux.
        for marker in ["**", "__", "]("] where ByteReplace.contains(marker, in: text) { return marker == "](" ? "[tekst](adres)" : marker }
        // A code span needs two backquotes; one alone is shown as typed by Markdown too.
        if text.utf8.lazy.filter({ $0 == UInt8(ascii: "`") }).count >= 2 { return "`" }
        // Foundation compiles a regular expression on every call: only a text with a '*' gets one.
        if text.utf8.contains(UInt8(ascii: "*")), emphasis(in: text) != nil { return "*" }
        return nil
    }

    private static func emphasis(in text: String) -> Range<String.Index>? {
        text.range(of: #"(^|[\s(])\*[^*\s]([^*]*[^*\s])?\*($|[\s.,;:!?)])"#, options: .regularExpression)
    }

    /// What a message quotes for `markup` as written in the text: the text to look for in the file.
    static func needle(for markup: String, in text: String) -> String {
        switch markup {
        case "[tekst](adres)": "]("
        case "*":
            // The opening star of the emphasis and the character after it.
            emphasis(in: text).map { String(text[$0].drop { $0 != "*" }.prefix(2)) } ?? "*"
        default: markup
        }
    }
}
