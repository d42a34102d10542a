import Foundation

/// How search sees text: lower case, accents removed (coördinator = coordinator), words of a-z and
/// 0-9. `Templates/assets/zoeken-motor.js` folds and splits the same way in the browser.
enum SearchFolding {
    /// Letters that have no decomposition but a usual plain spelling.
    private static let special: [Character: String] = ["ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ø": "o", "ł": "l", "đ": "d"]

    static func fold(_ text: String) -> String {
        // Foundation's decomposition is slow on Linux and most text is ASCII, which it leaves as it is:
        // only the runs between ASCII characters go through it. An ASCII character is a starter, so no
        // decomposition or reordering of marks reaches across one, and the result is the same as
        // folding the whole text at once (SearchTextTests compares with that).
        var text = text
        text.makeContiguousUTF8()
        var mayHaveSpecial = false
        var scanned = false
        let lower = text.utf8.withContiguousStorageIfAvailable { bytes -> String in
            scanned = true
            var folded: [UInt8] = []
            folded.reserveCapacity(bytes.count)
            var runStart: Int?
            func foldRun(upTo end: Int) {
                guard let start = runStart else { return }
                let run = foldedWithoutFastPath(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                if !mayHaveSpecial { mayHaveSpecial = run.unicodeScalars.contains { specialScalars.contains($0) } }
                folded.append(contentsOf: run.utf8)
                runStart = nil
            }
            for index in bytes.indices {
                let byte = bytes[index]
                if byte < 0x80 {
                    foldRun(upTo: index)
                    folded.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
                } else if runStart == nil {
                    runStart = index
                }
            }
            foldRun(upTo: bytes.count)
            return String(decoding: folded, as: UTF8.self)
        } ?? foldedWithoutFastPath(text)
        // The special letters are not ASCII: only a folded run can hold one.
        if scanned && !mayHaveSpecial { return lower }
        guard lower.contains(where: { special[$0] != nil }) else { return lower }
        return lower.map { special[$0] ?? String($0) }.joined()
    }

    private static let specialScalars = Set(special.keys.flatMap(\.unicodeScalars))

    /// Decomposed (NFKD), combining accents dropped, lower case: what `fold` does, without the special
    /// letters, for text of any kind.
    static func foldedWithoutFastPath(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars where !(0x300...0x36F).contains(scalar.value) {
            scalars.append(scalar)
        }
        return String(scalars).lowercased()
    }

    /// The words of folded text in order. A hyphenated word (`brin-nummer`) gives its parts.
    static func words(folded text: String) -> [String] {
        wordGroups(folded: text).flatMap { $0 }
    }

    /// The words of folded text, and the hyphenated compounds written as one word (`brinnummer`).
    static func vocabulary(folded text: String) -> [String] {
        wordGroups(folded: text).flatMap { $0.count > 1 ? $0 + [$0.joined()] : $0 }
    }

    static func words(_ text: String) -> [String] { words(folded: fold(text)) }

    /// Snowball's Dutch stop words ("de", "van", "wat", ...): left out when phrases are compared.
    /// `zoeken-motor.js` has the same list for queries.
    static let stopWords: Set<String> = Set("""
        de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou \
        of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben \
        deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder \
        kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil \
        kon niets uw iemand geweest andere
        """.split(separator: " ").map(String.init))

    /// Runs of a-z and 0-9; parts joined by single hyphens stay in one group.
    private static func wordGroups(folded text: String) -> [[String]] {
        var groups: [[String]] = []
        var group: [String] = []
        var word: [UInt8] = []
        var pendingHyphen = false
        func endWord() {
            if !word.isEmpty { group.append(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        func endGroup() {
            endWord()
            if !group.isEmpty { groups.append(group) }
            group.removeAll()
        }
        for byte in text.utf8 {
            let isWordByte = (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
            if isWordByte {
                pendingHyphen = false
                word.append(byte)
            } else if byte == UInt8(ascii: "-"), !word.isEmpty, !pendingHyphen {
                endWord()
                pendingHyphen = true
            } else {
                pendingHyphen = false
                endGroup()
            }
        }
        endGroup()
        return groups
    }
}
