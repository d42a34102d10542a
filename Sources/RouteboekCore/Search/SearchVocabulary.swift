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
            var word = compound
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

/// A set of words of 1 to 8 bytes (never a zero byte) packed little-endian into non-zero integers, in
/// one array found by a multiplicative hash and linear probing.
struct PackedWordSet {
    /// Empty until the first insert (an empty set costs nothing to make).
    private var slots: [UInt64] = []
    private var count = 0
    private var shift: UInt64 = 64 - 11

    /// The word's bytes lower-cased (see SearchVocabulary.lowered) as one integer; the zero bytes above mark the end.
    static func pack(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        var index = word.count
        while index > 0 {
            index -= 1
            packed = packed << 8 | UInt64(SearchVocabulary.lowered(word[index]))
        }
        return packed
    }

    static func unpack(_ packed: UInt64) -> String {
        var bytes: [UInt8] = []
        var rest = packed
        while rest != 0 {
            bytes.append(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func insert(_ value: UInt64) {
        if slots.isEmpty { grow() }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let slot = slots[index]
            if slot == value { return }
            if slot == 0 { break }
            index = (index + 1) & mask
        }
        slots[index] = value
        count += 1
        // Kept at most half full, so a probe ends soon.
        if count * 2 > slots.count { grow() }
    }

    func forEach(_ body: (UInt64) -> Void) {
        for slot in slots where slot != 0 { body(slot) }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: max(old.count * 2, 1 << 12))
        shift -= 1
        count = 0
        for value in old where value != 0 { insert(value) }
    }
}

/// A set of words of any length, their bytes (lower-cased as they are inserted) kept one after the
/// other in one buffer, found by a hash of their bytes and linear probing.
struct LongWordSet {
    private var bytes: [UInt8] = []
    /// Per slot: where the word starts in `bytes` plus one (0: an empty slot), and its length.
    /// Empty until the first insert.
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var hashes: [UInt64] = []
    private var count = 0

    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        if starts.isEmpty { grow() }
        let hash = Self.hash(word)
        let mask = starts.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while starts[index] != 0 {
            if hashes[index] == hash, lengths[index] == word.count, equals(index, word) { return }
            index = (index + 1) & mask
        }
        starts[index] = bytes.count + 1
        lengths[index] = word.count
        hashes[index] = hash
        for byte in word { bytes.append(SearchVocabulary.lowered(byte)) }
        count += 1
        if count * 2 > starts.count { grow() }
    }

    func forEach(_ body: (ArraySlice<UInt8>) -> Void) {
        for index in starts.indices where starts[index] != 0 {
            body(bytes[(starts[index] - 1)..<(starts[index] - 1 + lengths[index])])
        }
    }

    private func equals(_ index: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[index] - 1
        for offset in 0..<word.count where bytes[start + offset] != SearchVocabulary.lowered(word[offset]) { return false }
        return true
    }

    /// FNV-1a over the lower-cased bytes, mixed once more so the low bits (the slot) depend on every byte.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word { hash = (hash ^ UInt64(SearchVocabulary.lowered(byte))) &* 0x100_0000_01B3 }
        return (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
    }

    private mutating func grow() {
        let (oldStarts, oldLengths, oldHashes) = (starts, lengths, hashes)
        let size = max(oldStarts.count * 2, 1 << 12)
        starts = [Int](repeating: 0, count: size)
        lengths = [Int](repeating: 0, count: size)
        hashes = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for old in oldStarts.indices where oldStarts[old] != 0 {
            var index = Int(truncatingIfNeeded: oldHashes[old]) & mask
            while starts[index] != 0 { index = (index + 1) & mask }
            starts[index] = oldStarts[old]
            lengths[index] = oldLengths[old]
            hashes[index] = oldHashes[old]
        }
    }
}
