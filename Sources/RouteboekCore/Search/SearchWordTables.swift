import Foundation

// The two tables SearchVocabulary keeps its words in.

/// A set of words of 1 to 8 bytes (never a zero byte) packed little-endian into non-zero integers, in
/// one array found by a multiplicative hash and linear probing.
struct PackedWordSet {
    /// Empty until the first insert (an empty set costs nothing to make).
    private var slots: [UInt64] = []
    private var count = 0
    private var shift: UInt64 = 64 - 11

    /// The word's bytes (lower-cased already) as one integer, the first byte lowest; the zero bytes
    /// above mark the end.
    static func pack(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        var index = word.count
        while index > 0 {
            index -= 1
            packed = packed << 8 | UInt64(word[index])
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

/// A set of words of any length (lower-cased already), their bytes kept one after the other in one
/// buffer, found by a hash of their bytes and linear probing.
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
        bytes.append(contentsOf: word)
        count += 1
        if count * 2 > starts.count { grow() }
    }

    func forEach(_ body: (ArraySlice<UInt8>) -> Void) {
        for index in starts.indices where starts[index] != 0 {
            body(bytes[(starts[index] - 1)..<(starts[index] - 1 + lengths[index])])
        }
    }

    private func equals(_ index: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let wordStart = word.baseAddress else { return true }
        let start = starts[index] - 1
        return bytes.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress else { return false }
            return memcmp(base + start, wordStart, word.count) == 0
        }
    }

    /// Eight bytes at a time, each step multiplied and folded so the low bits (the slot) depend on every byte.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(word.count)
        guard let start = word.baseAddress else { return hash }
        let raw = UnsafeRawPointer(start)
        var offset = 0
        while offset + 8 <= word.count {
            hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < word.count {
            tail |= UInt64(word[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 31)
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
