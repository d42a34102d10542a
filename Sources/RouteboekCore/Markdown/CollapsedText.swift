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
        // Most text nodes are words with single spaces between them: appended in one piece.
        if Self.isCollapsed(bytes) {
            if pendingSpace {
                self.bytes.append(32)
                pendingSpace = false
            }
            self.bytes.append(contentsOf: bytes)
            return
        }
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

    /// Not empty, no whitespace at either end, no tab or line end, no two spaces side by side.
    static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, !isWhitespace(first), !isWhitespace(last) else { return false }
        var previousIsSpace = false
        for byte in bytes {
            if byte == 32 {
                if previousIsSpace { return false }
                previousIsSpace = true
            } else {
                if byte == 10 || byte == 9 || byte == 13 { return false }
                previousIsSpace = false
            }
        }
        return true
    }

    /// The text so far; the collector starts again empty.
    mutating func take() -> String {
        defer {
            bytes.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
