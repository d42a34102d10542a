import CStemmer
import Foundation

/// Snowball's Dutch stemmer from Debian's libstemmer (the C library): `zorgboerderijen` →
/// `zorgboerderij`, `angstklachten` → `angstklacht`. Stems words the search folded (a-z, 0-9).
/// One C stemmer is not safe to share between threads, so calls take a lock; answers are remembered.
final class DutchStemmer: @unchecked Sendable {
    private let stemmer: OpaquePointer
    private let lock = NSLockLike()
    private var known: [String: String] = [:]

    /// Nil when the library has no Dutch stemmer or no memory for one.
    init?() {
        guard let stemmer = sb_stemmer_new("dutch", "UTF_8") else { return nil }
        self.stemmer = stemmer
    }

    deinit { sb_stemmer_delete(stemmer) }

    func stem(_ word: String) -> String {
        lock.withLock {
            if let stem = known[word] { return stem }
            let bytes = Array(word.utf8)
            let stem: String = bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress,
                      let result = sb_stemmer_stem(stemmer, base, Int32(buffer.count)) else { return word }
                let length = Int(sb_stemmer_length(stemmer))
                return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
            }
            known[word] = stem
            return stem
        }
    }

    func stems(_ words: [String]) -> [String] { words.map(stem) }
}
