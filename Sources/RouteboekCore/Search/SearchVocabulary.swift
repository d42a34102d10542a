/// The distinct words of many texts as search folds and splits them (SearchFolding): the words and the
/// hyphenated compounds written as one word. The index takes its stems from the whole text of every
/// page, millions of words, so a text is read as bytes: ASCII text (most of it) is lower-cased in one
/// pass, other text folded first. A word of up to 8 bytes is kept as one packed integer, a longer
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

    /// The text being scanned, lower-cased, with 8 zero bytes after it (kept for its capacity).
    private var lowered: [UInt8] = []
    private var compound: [UInt8] = []

    /// Words are runs of a-z and 0-9 (after lower-casing); words joined by single hyphens are a group,
    /// whose compound (the words without their hyphens) is a word too. The text is lower-cased once, so
    /// every word is read where it lies: one integer for a short word, memcmp for a long one.
    private mutating func scan(_ text: UnsafeBufferPointer<UInt8>) {
        let count = text.count
        var lowered = self.lowered
        self.lowered = []
        if lowered.count < count + 8 { lowered = [UInt8](repeating: 0, count: max(count + 8, lowered.count * 2)) }
        lowered.withUnsafeMutableBufferPointer { buffer in
            for index in 0..<count { buffer[index] = Self.lowered(text[index]) }
            for index in count..<(count + 8) { buffer[index] = 0 }
        }
        lowered.withUnsafeBufferPointer { scan(lowered: $0, count: count) }
        self.lowered = lowered
    }

    private mutating func scan(lowered bytes: UnsafeBufferPointer<UInt8>, count: Int) {
        @inline(__always) func isWordByte(_ byte: UInt8) -> Bool { byte &- 97 < 26 || byte &- 48 < 10 }
        var index = 0
        while index < count {
            guard isWordByte(bytes[index]) else {
                index += 1
                continue
            }
            // A group: words joined by single hyphens (`hbo-mbo-route`), one word at the least.
            let groupStart = index
            var parts = 0
            while true {
                let wordStart = index
                while index < count, isWordByte(bytes[index]) { index += 1 }
                insert(padded: UnsafeBufferPointer(rebasing: bytes[wordStart..<index]))
                parts += 1
                guard index + 1 < count, bytes[index] == UInt8(ascii: "-"), isWordByte(bytes[index + 1]) else { break }
                index += 1
            }
            if parts > 1 {
                var compound = self.compound
                self.compound = []
                compound.removeAll(keepingCapacity: true)
                for byte in bytes[groupStart..<index] where byte != UInt8(ascii: "-") { compound.append(byte) }
                compound.withUnsafeBufferPointer { insert(unpadded: $0) }
                self.compound = compound
            }
        }
    }

    /// A lower-cased word with at least 8 readable bytes from its start (the scanned text's padding).
    private mutating func insert(padded word: UnsafeBufferPointer<UInt8>) {
        guard word.count <= 8, let start = word.baseAddress else { return long.insert(word) }
        let loaded = UInt64(littleEndian: UnsafeRawPointer(start).loadUnaligned(as: UInt64.self))
        short.insert(word.count == 8 ? loaded : loaded & ((1 << UInt64(8 * word.count)) - 1))
    }

    private mutating func insert(unpadded word: UnsafeBufferPointer<UInt8>) {
        if word.count <= 8 { short.insert(PackedWordSet.pack(word)) } else { long.insert(word) }
    }

    /// Every word added, as text.
    var words: Set<String> {
        var all: Set<String> = []
        short.forEach { all.insert(PackedWordSet.unpack($0)) }
        long.forEach { all.insert(String(decoding: $0, as: UTF8.self)) }
        return all
    }

    @inline(__always) private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var combined: UInt8 = 0
        for byte in bytes { combined |= byte }
        return combined < 0x80
    }
}
