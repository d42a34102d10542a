import Foundation

/// Heading ids editors can predict: lower case, accents removed, other characters become '-'.
enum Slug {
    static func make(_ text: String) -> String {
        // Folding ASCII is lower-casing it, and most headings are ASCII: Foundation's folding is slow on Linux.
        let folded = text.utf8.allSatisfy { $0 < 0x80 }
            ? text : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result: [UInt8] = []
        result.reserveCapacity(folded.utf8.count)
        var pendingDash = false
        for byte in folded.utf8 {
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                if pendingDash && !result.isEmpty { result.append(UInt8(ascii: "-")) }
                pendingDash = false
                result.append(lower)
            } else {
                // Any other character, the bytes of one beyond ASCII included, is one dash.
                pendingDash = true
            }
        }
        return result.isEmpty ? "kop" : String(decoding: result, as: UTF8.self)
    }
}

/// Hands out unique ids within one page.
struct SlugRegistry {
    /// Ids the layouts use themselves (skip link target, the table of contents' title, search and the
    /// beslisboom's parts): a heading "Toc titel" must not take one. A test keeps this list equal to
    /// the ids written in Templates/.
    static let reserved: Set<String> = [
        "inhoud", "navigatie", "zoekveld", "top", "toc-titel", "zoekformulier", "zoek-q", "zoek-hint", "zoek-resultaten",
        "zoek-status", "zoek-zonder-js", "zoeken-app", "site-zoeken-q", "start-zoeken-q", "publicatiedata-tabel",
        "routes-caption", "vraag-titel", "antwoorden-titel", "over-de-beslisboom", "beslisboom-app", "beslisboom-model",
        "beslisboom-zonder-js",
    ]
    private var used: Set<String> = SlugRegistry.reserved

    mutating func unique(_ base: String) -> String {
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}
