/// Search text as a page's nodes hand it over: runs of spaces, tabs and line ends become one space, and
/// there is none at either end (what `SearchText.collapsingWhitespace` gives for the whole text at once).
/// Collected as bytes straight from cmark's C strings, one string made per section: a string per text
/// node, joined and then collapsed, was a tenth of reading a page.
struct CollapsedText {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    mutating func append(_ text: UnsafePointer<CChar>) {
        var pointer = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        while pointer.pointee != 0 {
            append(byte: pointer.pointee)
            pointer += 1
        }
    }

    mutating func appendSpace() { append(byte: 32) }

    private mutating func append(byte: UInt8) {
        if byte == 32 || byte == 10 || byte == 9 || byte == 13 {
            pendingSpace = !bytes.isEmpty
            return
        }
        if pendingSpace {
            bytes.append(32)
            pendingSpace = false
        }
        bytes.append(byte)
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
