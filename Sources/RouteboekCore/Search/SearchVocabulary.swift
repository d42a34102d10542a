/// The distinct words of many texts as search folds and splits them (SearchFolding): the words and the
/// hyphenated compounds written as one word. The index takes its stems from the whole text of every
/// page, millions of words, so a text is read once as bytes: ASCII text (most of it) is lower-cased as
/// it is read, other text folded first. A word of up to 8 bytes is kept as one packed integer, a longer
/// one as bytes in one buffer, each in an open-addressing table with a multiplicative hash: no string is
/// made per word, and Set's seeded hashing was most of the cost.
struct SearchVocabulary {
    private var short = PackedWordSet()
    private var long = LongWordSet()

    /// Adds the words of `text`, folded here.
    mutating func add(_ text: String) {
        var text = text
        let isASCII = text.withUTF8 { Self.isASCII($0) }
        if !isASCII { text = SearchFolding.fold(text) }
        add(folded: text)
    }

    /// Adds the words of folded text (ASCII capitals are lower-cased here too: `add` hands in ASCII as it is).
    mutating func add(folded text: String) {
        var text = text
        text.withUTF8 { scan($0) }
    }

    /// What `scan` is in the middle of: the current word's and group's start (-1: none) and how many
    /// words the group has so far.
    private var wordStart = -1
    private var groupStart = -1
    private var parts = 0
    private var pendingHyphen = false
    private var compound: [UInt8] = []

    /// Words are runs of a-z and 0-9 (after lower-casing); words joined by single hyphens are a group,
    /// whose compound (the words without their hyphens) is a word too.
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        wordStart = -1
        groupStart = -1
        parts = 0
        pendingHyphen = false
        for index in 0..<bytes.count {
            let byte = Self.lowered(bytes[index])
            if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                pendingHyphen = false
                if wordStart < 0 { wordStart = index }
                if groupStart < 0 { groupStart = index }
            } else if byte == UInt8(ascii: "-"), wordStart >= 0, !pendingHyphen {
                endWord(bytes, at: index)
                pendingHyphen = true
            } else {
                pendingHyphen = false
                endGroup(bytes, at: index)
            }
        }
        endGroup(bytes, at: bytes.count)
    }

    private mutating func endWord(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) {
        guard wordStart >= 0 else { return }
        insert(UnsafeBufferPointer(rebasing: bytes[wordStart..<end]))
        parts += 1
        wordStart = -1
    }

    private mutating func endGroup(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) {
        endWord(bytes, at: end)
        if parts > 1 {
            compound.removeAll(keepingCapacity: true)
            for byte in bytes[groupStart..<end] where byte != UInt8(ascii: "-") { compound.append(Self.lowered(byte)) }
            // Taken out of self while `insert` (which changes self) reads it, then put back for its capacity.
            let word = compound
            compound = []
            word.withUnsafeBufferPointer { insert($0) }
            compound = word
        }
        parts = 0
        groupStart = -1
    }

    private mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        if word.count <= 8 { short.insert(PackedWordSet.pack(word)) } else { long.insert(word) }
    }

    /// Every word added, as text.
    var words: Set<String> {
        var all: Set<String> = []
        short.forEach { all.insert(PackedWordSet.unpack($0)) }
        long.forEach { all.insert(String(decoding: $0, as: UTF8.self)) }
        return all
    }

    @inline(__always) static func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var combined: UInt8 = 0
        for byte in bytes { combined |= byte }
        return combined < 0x80
    }
}
