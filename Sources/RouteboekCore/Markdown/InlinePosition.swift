import CMarkGFM

/// Where an inline node (a link, an image, inline HTML) was typed. cmark counts an inline node's line by
/// the line breaks the paragraph has passed, and a line end inside code, inline HTML or a link's title is
/// none: after `code over` / `two lines` every later node of the paragraph is placed a line too high, its
/// column counted on through the line end. Such positions are mapped back onto the typed lines here;
/// in a paragraph without a hidden line end (nearly all), cmark's own position is right and is used.
extension RenderPass {
    /// The node's line in the Markdown body and its byte column, as typed.
    func typedPosition(_ node: CMarkNodePointer) -> (line: Int, column: Int) {
        let reported = (line: node.bestLine, column: max(node.startColumn, 1))
        guard node.startLine > 0, let paragraph = Self.enclosingParagraph(node) else { return reported }
        let first = paragraph.startLine, last = Int(cmark_node_get_end_line(paragraph.raw))
        guard first > 0, last > first, Self.lineBreakCount(in: paragraph) < last - first else { return reported }
        let typed = TypedParagraph(lines: sourceLines(first, last), firstColumn: paragraph.startColumn)
        guard let place = typed.place(of: node, in: paragraph) else { return reported }
        return (first + place.lineIndex, place.column)
    }

    /// The paragraph an inline node stands in; nil for a heading's or a table cell's (one line each).
    private static func enclosingParagraph(_ node: CMarkNodePointer) -> CMarkNodePointer? {
        var current = node.parent
        while let candidate = current {
            if candidate.type == CMARK_NODE_PARAGRAPH { return candidate }
            current = candidate.parent
        }
        return nil
    }

    /// The line ends cmark saw in a paragraph (soft and hard breaks).
    private static func lineBreakCount(in paragraph: CMarkNodePointer) -> Int {
        var count = 0
        paragraph.walk { node, entering in
            if entering, node.type == CMARK_NODE_SOFTBREAK || node.type == CMARK_NODE_LINEBREAK { count += 1 }
        }
        return count
    }
}

/// A paragraph's typed lines as cmark's inline parser reads them: each line without what stands before
/// its text (a container's `> ` or indentation, which the parser never sees), joined by line ends.
struct TypedParagraph {
    private var content: [UInt8] = []
    /// Where each line's text starts in `content`, and how many bytes stand before it on its typed line.
    private var lineStarts: [Int] = []
    private var prefixes: [Int] = []
    /// What cmark adds to every column of the paragraph: its first line's indentation.
    private let blockOffset: Int

    /// Typed lines before the text: reference definitions (`[naam]: adres`), which cmark takes out.
    private var skipped = 0

    init(lines: [Substring], firstColumn: Int) {
        blockOffset = max(firstColumn - 1, 0)
        for (index, line) in lines.enumerated() {
            let bytes = Array(line.utf8)
            // The first line starts where cmark says the paragraph starts; later lines after their
            // container markers and indentation (a paragraph line's text never starts with '>').
            let prefix = index == 0 ? min(blockOffset, bytes.count)
                : bytes.prefix { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") }.count
            if lineStarts.isEmpty && Self.isReferenceDefinition(bytes[prefix...]) {
                skipped += 1
                continue
            }
            if !lineStarts.isEmpty { content.append(0x0A) }
            lineStarts.append(content.count)
            prefixes.append(prefix)
            content.append(contentsOf: bytes[prefix...])
        }
    }

    /// `[naam]: adres` (a definition's title on a line of its own is not recognised).
    private static func isReferenceDefinition(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.first == UInt8(ascii: "["), let close = text.firstIndex(of: UInt8(ascii: "]")) else { return false }
        return text.index(after: close) < text.endIndex && text[text.index(after: close)] == UInt8(ascii: ":")
    }

    /// The typed line (0-based, from the paragraph's first) and byte column of `node`, found by following
    /// the paragraph's inline nodes in order as cmark placed them; nil when they do not add up.
    func place(of node: CMarkNodePointer, in paragraph: CMarkNodePointer) -> (lineIndex: Int, column: Int)? {
        // The offset in `content` where cmark's current line starts, and the end of the last text read.
        var lineStart = 0
        var cursor = 0
        var found: Int?
        paragraph.walk { current, entering in
            guard entering, found == nil, current != paragraph else { return }
            if current == node {
                found = lineStart + current.startColumn - 1 - blockOffset
                return
            }
            switch current.type {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                // The line end cmark saw: the first after what was read so far (the hidden ones are inside
                // code or HTML, which the cursor has passed).
                guard let end = content[min(cursor, content.count)...].firstIndex(of: 0x0A) else { return }
                lineStart = end + 1
                cursor = lineStart
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                // A leaf's end column is on the line it starts on (a link's may be on a later one).
                let end = Int(cmark_node_get_end_column(current.raw))
                if end > 0 { cursor = max(cursor, lineStart + end - blockOffset) }
            default:
                break
            }
        }
        guard let offset = found, offset >= 0, offset < content.count,
              let line = lineStarts.lastIndex(where: { $0 <= offset }) else { return nil }
        return (skipped + line, prefixes[line] + offset - lineStarts[line] + 1)
    }
}
