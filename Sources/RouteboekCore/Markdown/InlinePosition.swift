import CMarkGFM

/// Where an inline node (a link, an image, inline HTML) was typed. cmark counts an inline node's line by
/// the line breaks the paragraph has passed, and a line end inside code, inline HTML or a link's title is
/// none: after `code over` / `two lines` every later node of the paragraph is placed a line too high, its
/// column counted on through the line end. And a later line's indentation beyond the paragraph's own
/// is left out of its columns. Such positions are mapped back onto the typed lines here; in a paragraph
/// with neither (nearly all), cmark's own position is right and is used.
extension RenderPass {
    /// The node's line in the Markdown body and its byte column, as typed.
    func typedPosition(_ node: CMarkNodePointer) -> (line: Int, column: Int) {
        let reported = (line: node.bestLine, column: max(node.startColumn, 1))
        guard node.startLine > 0 else { return reported }
        return typedPlaces[node] ?? reported
    }

    /// Maps every inline node of each paragraph cmark misplaces to its typed place, once per paragraph
    /// and before anything in the tree changes (`typedPlaces`).
    mutating func placeInlineNodes() {
        let multiLine = paragraphs.filter { $0.type == CMARK_NODE_PARAGRAPH && $0.startLine > 0 && Self.lastLine(of: $0) > $0.startLine }
        guard let lastLine = multiLine.map(Self.lastLine).max() else { return }
        // Read once for every paragraph: line `n` of the body is `typedLines[n - 1]`.
        let typedLines = sourceLines(1, lastLine)
        for paragraph in multiLine {
            let first = paragraph.startLine, last = Self.lastLine(of: paragraph)
            guard last <= typedLines.count else { continue }
            let lines = Array(typedLines[(first - 1)..<last])
            // cmark's places are right when it saw every line end as a break and every later line's text
            // starts at the first line's column (it adds that column to every line's, and a top-level
            // paragraph's line indented by a few spaces is read without them).
            let firstColumn = paragraph.startColumn
            let shifted = lines.dropFirst().contains { TypedParagraph.textStart(in: $0) != max(firstColumn - 1, 0) }
            guard shifted || Self.lineBreakCount(in: paragraph) < last - first else { continue }
            let typed = TypedParagraph(lines: lines, firstColumn: firstColumn)
            for place in typed.places(in: paragraph) {
                typedPlaces[place.node] = (first + place.lineIndex, place.column)
            }
        }
    }

    private static func lastLine(of paragraph: CMarkNodePointer) -> Int { Int(cmark_node_get_end_line(paragraph.raw)) }

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
            // container markers and indentation.
            let prefix = index == 0 ? min(blockOffset, bytes.count) : Self.textStart(in: line)
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

    /// The bytes before a later line's text: container markers and indentation (a paragraph line's
    /// text never starts with '>').
    static func textStart(in line: Substring) -> Int {
        line.utf8.prefix { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") }.count
    }

    /// `[naam]: adres` (a definition's title on a line of its own is not recognised).
    private static func isReferenceDefinition(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.first == UInt8(ascii: "["), let close = text.firstIndex(of: UInt8(ascii: "]")) else { return false }
        return text.index(after: close) < text.endIndex && text[text.index(after: close)] == UInt8(ascii: ":")
    }

    /// The typed line (0-based, from the paragraph's first) and byte column of each inline node cmark
    /// placed, found by following the paragraph's nodes in order; a node whose place does not add up is left out.
    func places(in paragraph: CMarkNodePointer) -> [(node: CMarkNodePointer, lineIndex: Int, column: Int)] {
        // The offset in `content` where cmark's current line starts, and the end of the last text read.
        var lineStart = 0
        var cursor = 0
        var found: [(node: CMarkNodePointer, lineIndex: Int, column: Int)] = []
        paragraph.walk { current, entering in
            guard entering, current != paragraph else { return }
            if current.startColumn > 0, let place = place(ofOffset: lineStart + current.startColumn - 1 - blockOffset) {
                found.append((current, place.lineIndex, place.column))
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
        return found
    }

    /// The typed line and column of an offset in `content`.
    private func place(ofOffset offset: Int) -> (lineIndex: Int, column: Int)? {
        guard offset >= 0, offset < content.count, lineStarts.first == 0 else { return nil }
        // The last line starting at or before `offset` (a paragraph may have thousands of lines).
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (skipped + low, prefixes[low] + offset - lineStarts[low] + 1)
    }
}
