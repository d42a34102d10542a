import Foundation

/// Heading ids editors can predict: lower case, accents removed, other characters become '-'.
enum Slug {
    static func make(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !result.isEmpty { result += "-" }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "kop" : result
    }
}

/// Hands out unique ids within one page.
struct SlugRegistry {
    /// Ids the layouts use themselves (skip link target and the like).
    static let reserved: Set<String> = ["inhoud", "navigatie", "zoekveld", "top"]
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
