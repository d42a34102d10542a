/// Replacing a fixed string, on bytes: Foundation's replacingOccurrences is slow on Linux.
enum ByteReplace {
    static func replacing(_ target: String, with replacement: String, in text: String) -> String {
        let token = Array(target.utf8)
        guard let first = token.first else { return text }
        let substitute = Array(replacement.utf8)
        var text = text
        return text.withUTF8 { buffer in
            var out: [UInt8] = []
            out.reserveCapacity(buffer.count + 64)
            var i = 0
            var copied = 0
            while i < buffer.count {
                if buffer[i] == first, i + token.count <= buffer.count, buffer[i..<(i + token.count)].elementsEqual(token) {
                    out.append(contentsOf: buffer[copied..<i])
                    out.append(contentsOf: substitute)
                    i += token.count
                    copied = i
                } else {
                    i += 1
                }
            }
            if copied == 0 { return String(decoding: buffer, as: UTF8.self) }
            out.append(contentsOf: buffer[copied..<buffer.count])
            return String(decoding: out, as: UTF8.self)
        }
    }
}
