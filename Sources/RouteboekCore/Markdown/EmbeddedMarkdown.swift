import Yams

/// Markdown written as values inside YAML files (the beslisboom's hints, summaries and notes), rendered
/// once with the page renderer: the same link resolution, the same diagnostics (raw HTML left out,
/// links that climb out, images from elsewhere), at their real line and column in the YAML file, and
/// the HTML the pages show. Issue 11, defect 5: these texts skipped every check a page gets.
struct EmbeddedMarkdown {
    /// One Markdown value, and for each of its bytes the line and column in the file it came from.
    struct Text {
        var markdown: String
        var file: String
        var origins: [(line: Int, column: Int)]
        /// The byte offset where each line of `markdown` starts.
        var lineStarts: [Int]

        /// The file position of a position cmark reports inside the text (1-based line, byte column).
        func filePosition(line: Int, column: Int) -> (line: Int, column: Int) {
            guard !origins.isEmpty else { return (1, 1) }
            let start = lineStarts[min(max(line - 1, 0), lineStarts.count - 1)]
            let offset = min(max(start + column - 1, 0), origins.count - 1)
            return origins[offset]
        }
    }

    struct Result {
        var diagnostics: [Diagnostic] = []
        /// Local links, each with the file it was written in (positions already in that file).
        var links: [(file: String, link: LocalLink)] = []
        /// The HTML of every text, by its Markdown.
        var html: [String: String] = [:]
        /// Every text as search shows it (`SnippetText.plain`), by its Markdown.
        var plain: [String: String] = [:]
    }

    /// Every scalar value under one of `keys`, at any depth of the YAML text.
    static func texts(in yaml: String, file: String, keys: Set<String>) -> [Text] {
        let reader = YAMLReader(file: file)
        guard let root = reader.compose(yaml) else { return [] }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        var result: [Text] = []
        // Walked with an explicit stack: YAML nests up to libyaml's limit, deeper than recursion should go.
        var pending = [root]
        while let node = pending.popLast() {
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    if let name = key.string, keys.contains(name), case .scalar(let scalar) = value, let mark = scalar.mark {
                        // `~` is no text at all (see YAMLMap.string).
                        if !scalar.isNull { result.append(text(scalar, mark: mark, lines: lines, file: file)) }
                    } else {
                        pending.append(value)
                    }
                }
            case .sequence(let sequence):
                pending.append(contentsOf: sequence)
            default:
                break
            }
        }
        return result
    }

    /// Lines the value up with the lines it was written on. YAML folds and unindents those lines, so
    /// each source line's text is found in the value in order; the bytes YAML added between them (a
    /// space for a folded line end) take the position of the end of the line before.
    private static func text(_ scalar: Node.Scalar, mark: Mark, lines: [[UInt8]], file: String) -> Text {
        let value = Array(scalar.string.utf8)
        var origins = [(line: Int, column: Int)](repeating: (mark.line, mark.column), count: value.count)
        // Source lines with the byte column where the value's text starts on each.
        var sources: [(line: Int, bytes: ArraySlice<UInt8>, column: Int)] = []
        let firstIndex = mark.line - 1
        switch scalar.style {
        case .literal, .folded:
            // `key: |` then the text on the following lines, indented alike, until a line indented less.
            var indent: Int?
            var index = firstIndex + 1
            while index < lines.count {
                let line = lines[index]
                let spaces = line.prefix { $0 == 32 }.count
                let blank = spaces == line.count
                if !blank {
                    if indent == nil { indent = spaces }
                    guard let indent, spaces >= indent else { break }
                    sources.append((index + 1, line[indent...], indent + 1))
                }
                index += 1
            }
        default:
            // A plain or quoted value starts at its mark and may continue on more-indented lines.
            if firstIndex < lines.count {
                let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                let column = mark.column + (quoted ? 1 : 0)
                let line = lines[firstIndex]
                if column - 1 <= line.count { sources.append((mark.line, line[(column - 1)...], column)) }
                var index = firstIndex + 1
                while index < lines.count {
                    let next = lines[index]
                    let spaces = next.prefix { $0 == 32 }.count
                    guard spaces > 0, spaces < next.count, spaces >= mark.column - 1 || quoted else { break }
                    sources.append((index + 1, next[spaces...], spaces + 1))
                    index += 1
                }
            }
        }
        var position = 0
        var last = (line: mark.line, column: mark.column)
        for source in sources {
            var content = Array(source.bytes)
            while let end = content.last, end == 32 || end == 13 || end == 9 { content.removeLast() }
            guard !content.isEmpty, let found = find(content, in: value, from: position) else { continue }
            for gap in position..<found { origins[gap] = last }
            for offset in 0..<content.count { origins[found + offset] = (source.line, source.column + offset) }
            last = (source.line, source.column + content.count)
            position = found + content.count
        }
        for rest in position..<value.count { origins[rest] = last }
        // The model holds the value trimmed (YAMLMap.string), and that is what the pages show.
        let markdown = scalar.string.trimmingWhitespace
        let leading = scalar.string.prefix(while: \.isWhitespace).utf8.count
        let kept = Array(origins[leading..<(leading + markdown.utf8.count)])
        var lineStarts = [0]
        for (offset, byte) in markdown.utf8.enumerated() where byte == 10 { lineStarts.append(offset + 1) }
        return Text(markdown: markdown, file: file, origins: kept, lineStarts: lineStarts)
    }

    /// Where `needle` occurs in `haystack` at or after `start`, allowing only spaces and line ends before it.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            guard haystack[index] == 32 || haystack[index] == 10 || haystack[index] == 9 else { return nil }
            index += 1
        }
        return nil
    }

    /// Renders each text as `page` would (links relative to it, written against `rootToken`) and
    /// moves every position into the YAML file.
    static func check(_ texts: [Text], page: String, rootToken: String) -> Result {
        let renderer = MarkdownRenderer(flowchart: nil, rootToken: rootToken)
        var result = Result()
        for text in texts where !text.markdown.isEmpty {
            let rendered = renderer.render(text.markdown, page: page, file: text.file, lineOffset: 0)
            result.html[text.markdown] = rendered.html
            result.plain[text.markdown] = SnippetText.plain(rendered)
            for var diagnostic in rendered.diagnostics {
                (diagnostic.line, diagnostic.column) = text.filePosition(line: diagnostic.line, column: diagnostic.column)
                result.diagnostics.append(diagnostic)
            }
            for var link in rendered.links {
                (link.line, link.column) = text.filePosition(line: link.line, column: link.column)
                result.links.append((text.file, link))
            }
        }
        return result
    }
}
