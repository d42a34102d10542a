/// The distinct words of many folded texts, as `SearchFolding.vocabulary(folded:)` gives them per text:
/// the words and the hyphenated compounds written as one word. The index takes its stems from the whole
/// text of every page, millions of words: a word of up to 8 bytes is kept as one packed integer (no
/// string made, a cheap hash), longer ones as strings, and each text is read as one byte buffer.
struct SearchVocabulary {
    private var short: Set<UInt64> = []
    private var long: Set<String> = []

    mutating func add(folded text: String) {
        var text = text
        text.withUTF8 { bytes in
            var parts: [Range<Int>] = []
            var wordStart = -1
            var pendingHyphen = false
            func endWord(at end: Int) {
                guard wordStart >= 0 else { return }
                insert(bytes, wordStart..<end)
                parts.append(wordStart..<end)
                wordStart = -1
            }
            func endGroup(at end: Int) {
                endWord(at: end)
                if parts.count > 1 {
                    let compound = parts.flatMap { bytes[$0] }
                    compound.withUnsafeBufferPointer { insert($0, 0..<$0.count) }
                }
                parts.removeAll(keepingCapacity: true)
            }
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                    pendingHyphen = false
                    if wordStart < 0 { wordStart = index }
                } else if byte == UInt8(ascii: "-"), wordStart >= 0, !pendingHyphen {
                    endWord(at: index)
                    pendingHyphen = true
                } else {
                    pendingHyphen = false
                    endGroup(at: index)
                }
            }
            endGroup(at: bytes.count)
        }
    }

    /// Every word added, as text.
    var words: Set<String> {
        var all = long
        for packed in short {
            var bytes: [UInt8] = []
            var rest = packed
            while rest != 0 {
                bytes.append(UInt8(truncatingIfNeeded: rest))
                rest >>= 8
            }
            all.insert(String(decoding: bytes, as: UTF8.self))
        }
        return all
    }

    /// Words are runs of a-z and 0-9, never a zero byte: packed little-endian, the zero bytes above mark the end.
    private mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        if range.count <= 8 {
            var packed: UInt64 = 0
            for index in range.reversed() { packed = packed << 8 | UInt64(bytes[index]) }
            short.insert(packed)
        } else {
            long.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
        }
    }
}
