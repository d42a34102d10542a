#if canImport(Glibc)
import Glibc
#endif

/// Finding and replacing a fixed string, on bytes: Foundation's `replacingOccurrences` and `contains`
/// are slow on Linux (they walk the text as UTF-16).
enum ByteReplace {
    static func replacing(_ target: String, with replacement: String, in text: String) -> String {
        let token = Array(target.utf8)
        guard !token.isEmpty else { return text }
        var text = text
        return text.withUTF8 { buffer in
            // The text as it is when the target is not in it (one scan, no copy).
            guard var found = firstIndex(of: token, in: buffer, from: 0) else { return nil }
            let substitute = Array(replacement.utf8)
            var out: [UInt8] = []
            out.reserveCapacity(buffer.count + 64)
            var copied = 0
            while true {
                out.append(contentsOf: buffer[copied..<found])
                out.append(contentsOf: substitute)
                copied = found + token.count
                guard let next = firstIndex(of: token, in: buffer, from: copied) else { break }
                found = next
            }
            out.append(contentsOf: buffer[copied..<buffer.count])
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// The text with Windows ("\r\n") and old Mac ("\r") line ends made "\n", as cmark and libyaml count
    /// them. "\r\n" is one Character in Swift, so a check that splits lines by Characters needs this first.
    static func plainLineEnds(_ text: String) -> String {
        contains("\r", in: text) ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
    }

    static func contains(_ target: String, in text: String) -> Bool {
        let token = Array(target.utf8)
        guard !token.isEmpty else { return true }
        var text = text
        return text.withUTF8 { firstIndex(of: token, in: $0, from: 0) != nil }
    }

    /// memchr finds each candidate for the first byte, memcmp checks the rest (libc's, vectorised).
    private static func firstIndex(of token: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = token.first, let base = buffer.baseAddress, buffer.count >= token.count else { return nil }
        var i = start
        let last = buffer.count - token.count
        return token.withUnsafeBufferPointer { needle -> Int? in
            guard let needleBase = needle.baseAddress else { return nil }
            while i <= last {
                guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
                let found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + found, needleBase, needle.count) == 0 { return found }
                i = found + 1
            }
            return nil
        }
    }
}
