import CMarkGFM
import Foundation

/// Markdown that cmark does not recognise is printed as it was typed: a link with a space in its
/// address, `[tekst] (adres)`, a reference that is defined nowhere, a table whose dash row has another
/// number of columns than its header. The editor would only see it on the published page.
extension RenderPass {
    mutating func reportUnrecognisedSyntax() {
        for table in tables { reportRowsTooWide(table) }
        var footnotes: [FootnoteSeen] = []
        for paragraph in paragraphs {
            guard Self.mayHoldUnrecognisedSyntax(paragraph) else { continue }
            let lines = Self.textLines(of: paragraph)
            let firstLine = fileLine(paragraph)
            // The typed lines, read when a pattern is found. Code, emphasis or a link's text over two lines
            // is one node, so `lines` may have fewer lines than were typed: a pattern on line `index` of
            // `lines` stands on that typed line or a later one.
            var typed: [Substring]? = nil
            let lastLine = max(Int(cmark_node_get_end_line(paragraph.raw)), firstLine - lineOffset + lines.count - 1)
            // The header may follow a line of text (a `Tabel:` caption typed right above it).
            if let (row, columns) = lines.indices.dropLast().lazy
                .compactMap({ row in UnrecognisedSyntax.tableColumns(header: lines[row], dashes: lines[row + 1]).map { (row, $0) } }).first,
               columns.header != columns.dashes {
                // The dash row as typed: on line `row + 1` of `lines`, or later after code over two lines.
                let dashes = lines[row + 1].trimmingCharacters(in: .whitespaces)
                let all = sourceLines(firstLine - lineOffset, lastLine)
                let at = all.indices.first { $0 > row && ByteReplace.contains(dashes, in: String(all[$0])) } ?? row + 1
                report(paragraph, .tableColumnsDiffer(header: columns.header, dashes: columns.dashes), line: firstLine + at, column: 1)
                continue
            }
            func place(of pattern: String, from index: Int, unescaped: Bool) -> (line: Int, column: Int)? {
                let all = typed ?? sourceLines(firstLine - lineOffset, lastLine)
                typed = all
                for at in all.indices where at >= index {
                    let line = all[at]
                    let found = unescaped ? UnrecognisedSyntax.unescapedRange(of: pattern, in: line) : line.range(of: pattern)
                    if let found { return (firstLine + at, line.distance(from: line.startIndex, to: found.lowerBound) + 1) }
                }
                return nil
            }
            for (index, line) in lines.enumerated() {
                // `<!--` inside a paragraph that does not close there is text to cmark: the private
                // note would be published as it was typed.
                if line.contains("<!--"), let at = place(of: "<!--", from: index, unescaped: false) {
                    report(paragraph, .commentShownAsText(), line: at.line, column: at.column)
                }
                for found in UnrecognisedSyntax.links(in: line) {
                    // cmark took the backslashes out of `\[a\]\[b\]`: only a pattern typed as it reads is one,
                    // and where it stands in the typed line is its column (after '## ', '| ', '> ').
                    guard let at = place(of: found.written, from: index, unescaped: true) else { continue }
                    if let footnote = found.footnote {
                        footnotes.append(FootnoteSeen(footnote: footnote, node: paragraph, line: at.line, column: at.column))
                    } else {
                        report(paragraph, found.message, line: at.line, column: at.column)
                    }
                }
            }
            reportUnclosedLinks(in: paragraph, lines: lines, firstLine: firstLine, lastLine: lastLine)
            // `tekst](pagina.md)` without its `[`: cmark left `](` in the text only when no link was made.
            if lines.contains(where: UnrecognisedSyntax.hasCloseThenOpen) {
                let cell = paragraph.typeString == "table_cell"
                for link in UnrecognisedSyntax.unopenedLinks(typed: typed ?? sourceLines(firstLine - lineOffset, lastLine), cell: cell,
                                                             from: cell ? paragraph.startColumn - 1 : 0) {
                    report(paragraph, .linkNotOpened(link.written), line: firstLine + link.line, column: link.column)
                }
            }
        }
        reportFootnotes(footnotes)
    }

    /// A link without its `)`, at its `[` (or the `!` of an image), also when its text wraps over
    /// lines or holds emphasis. The typed lines are read only for a paragraph that has one.
    private mutating func reportUnclosedLinks(in paragraph: CMarkNodePointer, lines: [String], firstLine: Int, lastLine: Int) {
        let tails = UnrecognisedSyntax.unclosedTails(in: lines)
        guard !tails.isEmpty else { return }
        let typed = sourceLines(firstLine - lineOffset, lastLine)
        // A table cell's row holds the other cells too: its own start where cmark-gfm says it starts.
        let cell = paragraph.typeString == "table_cell"
        for link in UnrecognisedSyntax.unclosedLinks(typed: typed, tails: tails, cell: cell, from: cell ? paragraph.startColumn - 1 : 0) {
            report(paragraph, .linkNotClosed(link.written), line: firstLine + link.line, column: link.column)
        }
    }

    /// A `[^1]` in the text or its `[^1]: ...` line, where it was typed.
    struct FootnoteSeen {
        var footnote: UnrecognisedSyntax.Footnote
        var node: CMarkNodePointer
        var line: Int
        var column: Int
    }

    /// One warning per footnote: its uses and its `[^1]: ...` line are one mistake with one fix. It
    /// stands at the first use and names the line of the note; a note that nothing uses, at that line.
    private mutating func reportFootnotes(_ seen: [FootnoteSeen]) {
        var reported: Set<String> = []
        for first in seen where reported.insert(first.footnote.label).inserted {
            let same = seen.filter { $0.footnote.label == first.footnote.label }
            let definition = same.first { $0.footnote.isDefinition }
            let place = same.first { !$0.footnote.isDefinition } ?? first
            let written = "[\(first.footnote.label)]"
            report(place.node, .footnoteShownAsText(written, definitionLine: place.footnote.isDefinition ? nil : definition?.line),
                   line: place.line, column: place.column)
        }
    }

    /// A row with more cells than the header loses the rest without a trace (GFM drops them).
    private mutating func reportRowsTooWide(_ table: CMarkNodePointer) {
        let first = table.startLine, last = Int(cmark_node_get_end_line(table.raw))
        guard first > 0, last >= first + 2 else { return }
        let lines = sourceLines(first, last)
        guard let header = lines.first else { return }
        let columns = UnrecognisedSyntax.cellCount(header)
        for (index, line) in lines.enumerated().dropFirst(2) {
            let cells = UnrecognisedSyntax.cellCount(line)
            if cells > columns {
                report(table, .tableRowTooWide(cells: cells, columns: columns), line: first + index + lineOffset, column: 1)
            }
        }
    }

    /// Line `number` (1-based) of the Markdown as typed; empty past its end.
    func sourceLine(_ number: Int) -> Substring { sourceLines(number, number).first ?? "" }

    /// Lines `first...last` of the Markdown as typed, in one pass by bytes (every table's rows ask).
    func sourceLines(_ first: Int, _ last: Int) -> [Substring] {
        guard first <= last else { return [] }
        // The line ends found with memchr: the generic firstIndex(of:) steps through a String's UTF-8 view
        // one index at a time.
        var text = source
        let ranges = text.withUTF8 { (bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] in
            guard let base = bytes.baseAddress else { return first == 1 ? [0..<0] : [] }
            var ranges: [Range<Int>] = []
            var start = 0
            var number = 1
            while number <= last {
                let found: UnsafeMutableRawPointer? = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
                let end = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
                if number >= first { ranges.append(start..<end) }
                guard end < bytes.count else { break }
                start = end + 1
                number += 1
            }
            return ranges
        }
        let utf8 = source.utf8
        return ranges.map { range in
            source[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
    }

    /// A cheap look at the paragraph's own texts (no copies): only one with `]`, `|` or `<!--` can hold any of these.
    private static func mayHoldUnrecognisedSyntax(_ paragraph: CMarkNodePointer) -> Bool {
        var child = paragraph.firstChild
        while let node = child {
            if node.type == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node.raw),
               strchr(literal, Int32(UInt8(ascii: "]"))) != nil || strchr(literal, Int32(UInt8(ascii: "|"))) != nil
                || strstr(literal, "<!--") != nil {
                return true
            }
            child = node.next
        }
        return false
    }

    /// The paragraph's lines as typed, as far as its direct texts and bare addresses go; anything else
    /// (emphasis, code, a written link) is one U+FFFC, so no pattern reaches across it.
    private static func textLines(of paragraph: CMarkNodePointer) -> [String] {
        var lines = [""]
        var child = paragraph.firstChild
        while let node = child {
            switch node.type {
            case CMARK_NODE_TEXT: lines[lines.count - 1] += node.literal ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: lines.append("")
            case CMARK_NODE_LINK where node.url.map({ $0 == node.plainText || $0 == "mailto:" + node.plainText }) ?? false:
                // A bare address the autolink extension made a link: as typed.
                lines[lines.count - 1] += node.plainText
            default: lines[lines.count - 1] += "\u{FFFC}"
            }
            child = node.next
        }
        return lines
    }
}

/// The patterns, on one line of text, apart from cmark's nodes (so they can be tested on their own).
enum UnrecognisedSyntax {
    struct Found: Equatable {
        /// The pattern as it reads, `[tekst](adres met spatie)`.
        var written: String
        var message: Message
        /// Set for `[^1]`: its uses and its `[^1]: ...` line are one mistake, reported once per page.
        var footnote: Footnote? = nil
    }

    struct Footnote: Equatable {
        /// `^1`, as typed between the brackets.
        var label: String
        /// The `[^1]: tekst` line, rather than a use in a sentence.
        var isDefinition: Bool
    }

    /// The `](pagina.md` of a link or image whose `)` is missing, on a line of a paragraph as cmark read
    /// it (code and escaped brackets left out); its `[` may stand on an earlier line.
    struct UnclosedTail: Equatable {
        var line: Int
        var tail: String
    }

    /// A link or image without its `)` as typed: at the line of the paragraph and the column of its `[`
    /// (or the `!` of an image), with its lines joined by a space.
    struct UnclosedLink: Equatable {
        var line: Int
        var column: Int
        var written: String
    }

    /// `[tekst](adres met spatie)`, `[tekst] (adres)`, `[tekst][label]`, `(tekst)[adres]` and a footnote
    /// `[^1]` left as text on a line. (`[tekst](adres` without its `)` is `unclosedTails`' to find.)
    static func links(in line: String) -> [Found] {
        let characters = Array(line)
        var found: [Found] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == "[", let close = characters[index...].firstIndex(of: "]"), close > index + 1 else {
                index += 1
                continue
            }
            let isImage = index > 0 && characters[index - 1] == "!"
            let start = isImage ? index - 1 : index
            let text = String(characters[(index + 1)..<close])
            // Footnotes are not enabled: `[^1]` and the `[^1]: ...` line under it stay text.
            if LinkAddress.isFootnoteLabel(text), !text.contains("\u{FFFC}") {
                // `[^1]: tekst` at the start of a line is the note itself, not a use of it.
                let isDefinition = index == 0 && close + 1 < characters.count && characters[close + 1] == ":"
                found.append(Found(written: "[\(text)]", message: .footnoteShownAsText("[\(text)]"),
                                   footnote: Footnote(label: text, isDefinition: isDefinition)))
                index = close + 1
                continue
            }
            if let reversed = reversedLink(characters, open: index, close: close) {
                found.append(reversed)
                index = close + 1
                continue
            }
            var after = close + 1
            var spaced = false
            while after < characters.count, characters[after] == " " {
                after += 1
                spaced = true
            }
            if after < characters.count, characters[after] == "(" {
                let (end, target) = spaced
                    ? (characters[after...].firstIndex(of: ")"), "")
                    : addressInParentheses(characters, open: after)
                if let end, spaced {
                    let written = String(characters[start...end])
                    if looksLikeAddress(String(characters[(after + 1)..<end])) {
                        found.append(Found(written: written, message: .linkSpaceBeforeAddress(written)))
                    }
                } else if let end, isAddressWithSpace(target) {
                    let written = String(characters[start...end])
                    found.append(Found(written: written, message: .linkAddressWithSpace(written)))
                }
                // One without its `)` may have its `[` on an earlier line: `unclosedTails` looks at the whole paragraph.
                index = end.map { $0 + 1 } ?? after + 1
                continue
            }
            if !spaced, after < characters.count, characters[after] == "[", let end = characters[after...].firstIndex(of: "]") {
                let label = String(characters[(after + 1)..<end])
                let written = String(characters[start...end])
                // `[1][2]`, citations, read as they are meant; a link's text has a letter.
                if !text.hasPrefix("^") && !text.hasPrefix("!") && !text.contains("\u{FFFC}") && text.contains(where: \.isLetter) {
                    found.append(Found(written: written, message: .linkReferenceUndefined(written, label: label.isEmpty ? text : label)))
                }
                index = end + 1
                continue
            }
            index = close + 1
        }
        return found
    }

    /// `(tekst)[pagina.md]`, or `!(schema)[schema.png]` for an image: typed the wrong way round. Only an
    /// address without spaces in the brackets counts, so prose such as `(zie hieronder)[1]` or
    /// `(art. 3)[noot]` is left alone.
    private static func reversedLink(_ characters: [Character], open: Int, close: Int) -> Found? {
        guard open > 2, characters[open - 1] == ")",
              let paren = characters[..<(open - 1)].lastIndex(of: "("), paren + 1 < open - 1 else { return nil }
        let text = String(characters[(paren + 1)..<(open - 1)])
        let target = String(characters[(open + 1)..<close])
        guard !text.contains("\u{FFFC}"), !text.contains(")"), text.contains(where: \.isLetter),
              !target.contains(" "), !target.contains("\u{FFFC}"), looksLikeAddress(target) else { return nil }
        let mark = paren > 0 && characters[paren - 1] == "!" ? "!" : ""
        let written = "\(mark)(\(text))[\(target)]"
        return Found(written: written, message: .linkBracketsReversed(written, meant: "\(mark)[\(text)](\(target))", isImage: !mark.isEmpty))
    }

    /// The address in the parentheses that open at `open`, up to its `)`; `end` is nil when no `)` closes
    /// it (`[tekst](adres en bel ons (ma-vr)`: that `)` closes the later parenthesis, not the link).
    /// Without a `)` the target is only its first word: every caller uses no more, and copying the rest
    /// of the line for each of thousands of `](` on one line made a page take minutes. The `)` is looked
    /// for within `parenthesisReach` characters, for the same reason; no address with its title is longer.
    private static func addressInParentheses(_ characters: [Character], open: Int) -> (end: Int?, target: String) {
        let reach = min(characters.count, open + parenthesisReach)
        var end = characters[open..<reach].firstIndex(of: ")")
        if let found = end, characters[(open + 1)..<found].contains("(") { end = nil }
        if let end { return (end, String(characters[(open + 1)..<end])) }
        let rest = characters[min(open + 1, characters.count)...]
        return (nil, String(rest.prefix(parenthesisReach).prefix { $0 != " " }))
    }

    static let parenthesisReach = 2000

    /// `Schema Privacy.png` between `(` and `)`: an address with a space in it (RB147).
    private static func isAddressWithSpace(_ target: String) -> Bool {
        target.contains(" ") && looksLikeAddressWithSpace(target)
    }

    /// The address before the first space, when the parentheses that open at `open` hold an address
    /// with no `)` right after it: `(pagina.md` at the end of the line, or `(pagina.md zie verder`.
    private static func addressWithoutParenthesis(_ characters: [Character], open: Int) -> String? {
        let (end, target) = addressInParentheses(characters, open: open)
        if end != nil && (!target.contains(" ") || isAddressWithSpace(target)) { return nil }
        let firstWord = String(target.prefix { $0 != " " })
        return looksLikeAddress(firstWord) ? firstWord : nil
    }

    /// Where a link or image may miss its `)` (`[tekst](pagina.md zie verder`), on the lines of one
    /// paragraph as cmark read them. Most lines have no `](` and cost one look at their bytes.
    static func unclosedTails(in lines: [String]) -> [UnclosedTail] {
        var found: [UnclosedTail] = []
        for (lineIndex, line) in lines.enumerated() where mayHaveUnclosedAddress(line) {
            let characters = Array(line)
            for close in characters.indices.dropLast() where characters[close] == "]" && characters[close + 1] == "(" {
                if let address = addressWithoutParenthesis(characters, open: close + 1) {
                    found.append(UnclosedTail(line: lineIndex, tail: "](" + address))
                }
            }
        }
        return found
    }

    /// A `](` in the line whose address does not simply run to its `)`: a space, a `(` or the line's end
    /// comes first. Looked for in the bytes, so the many lines of ordinary links cost no copy.
    private static func mayHaveUnclosedAddress(_ line: String) -> Bool {
        var previous: UInt8 = 0
        var inAddress = false
        for byte in line.utf8 {
            if inAddress {
                if byte == UInt8(ascii: ")") { inAddress = false }
                else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\t") { return true }
            } else if byte == UInt8(ascii: "("), previous == UInt8(ascii: "]") {
                inAddress = true
            }
            previous = byte
        }
        return inAddress
    }

    /// The links of `tails` as typed in the paragraph's lines (`typed`, from its first line on). Brackets
    /// pair as cmark pairs them: a `]` closes the nearest `[` before it that no other `]` closed, also on
    /// an earlier line; escaped brackets and those in code do not count. In a table cell (`cell`) a `|`
    /// ends the brackets of the cell before it.
    static func unclosedLinks(typed: [Substring], tails: [UnclosedTail], cell: Bool = false, from start: Int = 0) -> [UnclosedLink] {
        var wanted = tails
        var found: [UnclosedLink] = []
        let lines = typed.map(Array.init)
        var openers: [(line: Int, index: Int)] = []
        var line = 0, index = max(start, 0)
        while line < lines.count, !wanted.isEmpty {
            guard index < lines[line].count else {
                line += 1
                index = 0
                continue
            }
            let character = lines[line][index]
            switch character {
            case "\\":
                index += 2
                continue
            case "`":
                (line, index) = afterCode(lines, line: line, index: index)
                continue
            case "|" where cell:
                openers.removeAll()
            case "[":
                openers.append((line, index))
            case "]":
                // A tail found on line n of cmark's lines stands on typed line n or later (see `place`).
                guard let open = openers.popLast(), index + 1 < lines[line].count, lines[line][index + 1] == "(",
                      let address = addressWithoutParenthesis(lines[line], open: index + 1),
                      let tail = wanted.firstIndex(where: { $0.tail == "](" + address && $0.line <= line }),
                      !isFootnote(lines, open: open, closeLine: line, close: index) else { break }
                wanted.remove(at: tail)
                found.append(unclosedLink(lines, open: open, closeLine: line, end: index + 2 + address.count))
            default:
                break
            }
            index += 1
        }
        return found
    }

    /// `](` in a line: a byte look, for every line of a paragraph that has a `]`.
    static func hasCloseThenOpen(_ line: String) -> Bool {
        var previous: UInt8 = 0
        for byte in line.utf8 {
            if byte == UInt8(ascii: "("), previous == UInt8(ascii: "]") { return true }
            previous = byte
        }
        return false
    }

    /// `tekst](pagina.md)` or `tekst](pagina.md zie` with no `[` before it in the paragraph (code does
    /// not count): at the word before the `]`. Only an address counts, so prose such as `(a) en b](c)`
    /// is left alone; a `]` after any `[`, one that another `]` closed (`[a] en b](c.md`) or one the
    /// editor escaped (`\[a](b.md`), is not reported either: which `[` was meant is not clear. In a table
    /// cell (`cell`, from `start` to its `|`), a `[` left open in a cell before it counts as well.
    static func unopenedLinks(typed: [Substring], cell: Bool = false, from start: Int = 0) -> [UnclosedLink] {
        var found: [UnclosedLink] = []
        let lines = typed.map(Array.init)
        var sawOpener = false
        // The brackets left open in the cells before this one (their row is this cell's first line).
        var openBefore = 0
        var line = 0, index = 0
        while line < lines.count {
            guard index < lines[line].count else {
                line += 1
                index = 0
                continue
            }
            let inCell = line > 0 || index >= start
            switch lines[line][index] {
            case "\\":
                if index + 1 < lines[line].count, lines[line][index + 1] == "[" {
                    if inCell { sawOpener = true } else { openBefore += 1 }
                }
                index += 2
                continue
            case "`":
                (line, index) = afterCode(lines, line: line, index: index)
                continue
            case "|" where cell && inCell:
                return found
            case "[":
                if inCell { sawOpener = true } else { openBefore += 1 }
            case "]" where !inCell:
                openBefore = max(openBefore - 1, 0)
            case "]" where !sawOpener && openBefore == 0 && index + 1 < lines[line].count && lines[line][index + 1] == "(":
                let characters = lines[line]
                let (end, target) = addressInParentheses(characters, open: index + 1)
                let closed = end != nil && !target.contains(" ")
                let address = closed ? target : String(target.prefix { $0 != " " })
                guard looksLikeAddress(address) else { break }
                var wordStart = index
                while wordStart > 0, !characters[wordStart - 1].isWhitespace, characters[wordStart - 1] != "|" { wordStart -= 1 }
                let written = String(characters[wordStart..<index]) + "](" + address + (closed ? ")" : "")
                found.append(UnclosedLink(line: line, column: wordStart + 1, written: written))
            default:
                break
            }
            index += 1
        }
        return found
    }

    /// Past the code span whose backticks start at `index`: at the next run of as many backticks, on
    /// this line or a later one. A run that nothing closes is text, and only it is passed.
    private static func afterCode(_ lines: [[Character]], line: Int, index: Int) -> (line: Int, index: Int) {
        let run = lines[line][index...].prefix { $0 == "`" }.count
        var searchLine = line, from = index + run
        while searchLine < lines.count {
            let characters = lines[searchLine]
            var at = from
            while at < characters.count {
                guard characters[at] == "`" else {
                    at += 1
                    continue
                }
                let length = characters[at...].prefix { $0 == "`" }.count
                if length == run { return (searchLine, at + length) }
                at += length
            }
            searchLine += 1
            from = 0
        }
        return (line, index + run)
    }

    /// `[^1](pagina.md`: the footnote is RB161's to report.
    private static func isFootnote(_ lines: [[Character]], open: (line: Int, index: Int), closeLine: Int, close: Int) -> Bool {
        open.line == closeLine && LinkAddress.isFootnoteLabel(String(lines[closeLine][(open.index + 1)..<close]))
    }

    /// The link from its `[` (or the `!` of an image) to the end of its address, over its lines: the
    /// lines after the first without the `>` of a quote or the indent of a list item they stand in.
    private static func unclosedLink(_ lines: [[Character]], open: (line: Int, index: Int), closeLine: Int, end: Int) -> UnclosedLink {
        let first = lines[open.line]
        let isImage = open.index > 0 && first[open.index - 1] == "!" && (open.index < 2 || first[open.index - 2] != "\\")
        let start = isImage ? open.index - 1 : open.index
        guard closeLine > open.line else {
            return UnclosedLink(line: open.line, column: start + 1, written: String(first[start..<end]))
        }
        var parts = [withoutLineBreak(first[start...])]
        for line in (open.line + 1)...closeLine {
            let characters = (line == closeLine ? lines[line][..<end] : lines[line][...]).drop { $0 == " " || $0 == "\t" || $0 == ">" }
            parts.append(line == closeLine ? String(characters) : withoutLineBreak(characters))
        }
        return UnclosedLink(line: open.line, column: start + 1, written: parts.joined(separator: " "))
    }

    /// A line of a link over lines without what ends it: spaces, or the `\` of a hard line break.
    private static func withoutLineBreak(_ characters: ArraySlice<Character>) -> String {
        var line = String(characters).trimmingWhitespace
        if line.hasSuffix("\\"), !line.hasSuffix("\\\\") { line = String(line.dropLast()).trimmingWhitespace }
        return line
    }

    /// A character after an odd number of backslashes is escaped.
    private static func isEscaped(_ index: Substring.Index, in line: Substring) -> Bool {
        line[..<index].reversed().prefix { $0 == "\\" }.count % 2 == 1
    }

    /// Where `pattern` stands in the typed line, not after a backslash: `\[^1]` and `\(a\)[b.md]` are
    /// text the editor escaped on purpose.
    static func unescapedRange(of pattern: String, in typed: Substring) -> Range<Substring.Index>? {
        var from = typed.startIndex
        while let range = typed.range(of: pattern, range: from..<typed.endIndex) {
            if !isEscaped(range.lowerBound, in: typed) { return range }
            from = typed.index(after: range.lowerBound)
        }
        return nil
    }

    /// A text in brackets that an editor meant as an address: a web or mail address, or a file.
    private static func looksLikeAddress(_ target: String) -> Bool {
        let lower = target.lowercased()
        if ["http://", "https://", "www.", "mailto:", "tel:", "../", "./", "#"].contains(where: lower.hasPrefix) { return true }
        return !lower.contains(" ") && [".md", ".png", ".jpg", ".jpeg", ".svg", ".gif", ".webp", ".pdf"].contains(where: lower.hasSuffix)
    }

    /// `Schema Privacy.png`, `mailto:info @swv.nl`, `../rollen overzicht.md`: an address, not prose
    /// in brackets (`[Ja](als de leerling ziek is)`): a scheme or a path before the first space, or a
    /// file ending at the end.
    private static func looksLikeAddressWithSpace(_ target: String) -> Bool {
        let lower = target.lowercased()
        let first = lower.prefix { $0 != " " }
        if first.contains(":") || first.contains("/") || first.hasPrefix("#") || first.hasPrefix("www.") { return true }
        return [".md", ".png", ".jpg", ".jpeg", ".svg", ".gif", ".webp", ".pdf", ".html", ".docx", ".xlsx"].contains(where: lower.hasSuffix)
    }

    /// The column counts of a header line and the dash line under it, when the second is a table's dash
    /// line (`|---|:--:|`); nil otherwise.
    static func tableColumns(header: String, dashes: String) -> (header: Int, dashes: Int)? {
        guard header.contains("|") else { return nil }
        let dashCells = cells(dashes)
        guard dashes.contains("|") || dashCells.count > 1,
              !dashCells.isEmpty, dashCells.allSatisfy({ cell in
                  let core = cell.trimmingCharacters(in: .whitespaces)
                  let inner = core.drop { $0 == ":" }.reversed().drop { $0 == ":" }
                  return !inner.isEmpty && inner.allSatisfy { $0 == "-" }
              }) else { return nil }
        return (cells(header).count, dashCells.count)
    }

    /// The cells of a table line as typed, after the markers of a list item or quote it stands in.
    /// Counted on bytes, as `cells` splits (every table row of every page is counted).
    static func cellCount(_ line: Substring) -> Int {
        var bytes = Array(line.utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") })
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") { bytes.removeLast() }
        guard !bytes.isEmpty else { return 0 }
        var count = 1
        var escaped = false
        var lastPipeIsEscaped = false
        for byte in bytes {
            if byte == UInt8(ascii: "|") {
                lastPipeIsEscaped = escaped
                if !escaped { count += 1 }
            }
            escaped = byte == UInt8(ascii: "\\") && !escaped
        }
        if bytes.first == UInt8(ascii: "|") { count -= 1 }
        if bytes.last == UInt8(ascii: "|"), !lastPipeIsEscaped { count -= 1 }
        return max(count, 0)
    }

    /// A table line's cells: split at `|` (not `\|`), without the empty cells outside the outer pipes.
    private static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if character == "|" && !escaped {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
            escaped = character == "\\" && !escaped
        }
        cells.append(current)
        if let first = cells.first, first.trimmingCharacters(in: .whitespaces).isEmpty { cells.removeFirst() }
        if let last = cells.last, last.trimmingCharacters(in: .whitespaces).isEmpty { cells.removeLast() }
        return cells
    }
}
