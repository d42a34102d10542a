import Foundation

/// Search text as a page's nodes hand it over: runs of spaces, tabs and line ends become one space, and
/// there is none at either end (`SearchText.collapsingWhitespace` is this for one whole text).
/// Collected as bytes straight from cmark's C strings, one string made per section: a string per text
/// node, joined and then collapsed in a second pass, was 3.5% of a 10,000-page build.
struct CollapsedText {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    mutating func append(_ text: UnsafePointer<CChar>) {
        append(UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text)))
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Each run of other bytes is appended whole, a space before it when whitespace came first.
        var index = 0
        while index < bytes.count {
            guard !Self.isWhitespace(bytes[index]) else {
                pendingSpace = !self.bytes.isEmpty
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, !Self.isWhitespace(bytes[end]) { end += 1 }
            if pendingSpace {
                self.bytes.append(32)
                pendingSpace = false
            }
            self.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
            index = end
        }
    }

    mutating func appendSpace() { pendingSpace = !bytes.isEmpty }

    private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 32 || byte == 10 || byte == 9 || byte == 13 }

    /// The text so far; the collector starts again empty.
    mutating func take() -> String {
        defer {
            bytes.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
