import CMarkGFM
import Messages

/// Links cmark did make, but whose address goes nowhere on the published page: empty, in doubled
/// parentheses, refused by cmark's safe filter, a mail address that cannot arrive, or a footnote
/// that a `[^1]: woord` line made a link.
extension RenderPass {
    /// The mistake in a link or image node's address; nil when the address can be checked as usual.
    func addressProblem(_ node: CMarkNodePointer, url: String) -> Message? {
        let isImage = node.type == CMARK_NODE_IMAGE
        // Every link of every page passes here: its text is gathered only when a message needs it.
        if !isImage, cmark_node_get_literal(cmark_node_first_child(node.raw))?.pointee == CChar(UInt8(ascii: "^")) {
            let text = node.plainText
            if LinkAddress.isFootnoteLabel(text), !typedAsInlineLink(node, text: text) {
                return .footnoteBecameLink("[\(text)]", address: url)
            }
        }
        return LinkAddress.problem(url: url, text: node.plainText, isImage: isImage)
    }

    /// `[^1](adres)` and `[^1][label]` as typed are links the editor wrote on purpose, not a footnote.
    /// When the typed text cannot be found (a position cmark does not know), it counts as a footnote.
    private func typedAsInlineLink(_ node: CMarkNodePointer, text: String) -> Bool {
        guard node.startLine > 0, node.startColumn > 0 else { return false }
        let place = typedPosition(node)
        let typed = sourceLine(place.line).utf8.dropFirst(place.column - 1)
        let marker = "[\(text)]"
        return typed.starts(with: (marker + "(").utf8) || typed.starts(with: (marker + "[").utf8)
    }
}

enum LinkAddress {
    /// `^1`, `^noot`: the label of a footnote (a link's text has no `^` before a word without spaces).
    static func isFootnoteLabel(_ text: String) -> Bool {
        text.count > 1 && text.hasPrefix("^") && !text.contains(where: \.isWhitespace)
    }

    static func problem(url: String, text: @autoclosure () -> String, isImage: Bool) -> Message? {
        if url.isEmpty { return .linkAddressEmpty(isImage ? "![\(text())]()" : "[\(text())]()") }
        // `[tekst](#)`: a link still to be filled in.
        if url == "#", !isImage { return .linkToNowhere("[\(text())](#)") }
        // `[a]((b.md))`: the inner parentheses are part of the address.
        if url.count > 2, url.hasPrefix("("), url.hasSuffix(")") {
            return .linkDoubleParentheses(url, meant: String(url.dropFirst().dropLast()))
        }
        if let scheme = refusedScheme(url) { return .linkSchemeRefused(url, scheme: scheme, isImage: isImage) }
        if url.lowercased().hasPrefix("mailto:"), let address = invalidMailAddress(url) {
            return .mailAddressInvalid(url, address: address)
        }
        return nil
    }

    /// The scheme cmark's safe filter (`_scan_dangerous_url`) writes as `href=""`: the link would be
    /// published without its address.
    static func refusedScheme(_ url: String) -> String? {
        let lower = url.lowercased()
        if ["png", "gif", "jpeg", "webp"].contains(where: { lower.hasPrefix("data:image/" + $0) }) { return nil }
        return ["javascript:", "vbscript:", "file:", "data:"].first { lower.hasPrefix($0) }
    }

    /// The address of a `mailto:` link that is no e-mail address: of several (separated by commas) the
    /// wrong one, but all as typed when none is right (`x@swv,nl` is one address with a comma for a dot).
    /// Nil when all are right, or when there is none (`mailto:?subject=...` only opens a new mail).
    static func invalidMailAddress(_ url: String) -> String? {
        let addresses = String(url.dropFirst("mailto:".count).prefix { $0 != "?" }).removingPercentEncodingSafely
        guard !addresses.isEmpty else { return nil }
        let parts = addresses.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
        guard let wrong = parts.first(where: { !isMailAddress($0) }) else { return nil }
        return parts.contains(where: isMailAddress) ? wrong : addresses
    }

    /// `naam@domein.nl`: one `@`, no space or punctuation mail cannot carry, a domain of at least two
    /// parts of letters, digits and `-`, the last of letters only.
    static func isMailAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty,
              !local.contains(where: { $0.isWhitespace || "<>()[],;:\"\\".contains($0) }) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-") && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }
}
