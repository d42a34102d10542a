import Messages
// A parser for the subset of Mermaid's flowchart notation described in docs/content-format.md.
// It works line by line and character by character, so it is linear in the size of the block.

extension FlowchartGraph {
    /// Parses the text of a ```mermaid block; syntax errors carry a 1-based line and column within the block.
    public static func parse(_ source: String) throws(FlowchartError) -> FlowchartGraph {
        var parser = FlowchartParser()
        return try parser.parse(source)
    }
}

/// Parses the text of a ```mermaid block into a graph (the same as `FlowchartGraph.parse`).
public func parseFlowchart(_ source: String) throws(FlowchartError) -> FlowchartGraph {
    try FlowchartGraph.parse(source)
}

/// A cursor over the characters of one line.
private struct LineCursor {
    let chars: [Character]
    let line: Int
    var pos = 0

    init(_ text: Substring, line: Int) {
        chars = Array(text)
        self.line = line
    }

    var atEnd: Bool { pos >= chars.count }
    var peek: Character? { pos < chars.count ? chars[pos] : nil }
    /// The 1-based column of the current position.
    var column: Int { pos + 1 }

    func char(at index: Int) -> Character? { index >= 0 && index < chars.count ? chars[index] : nil }

    func startsWith(_ text: String, at index: Int? = nil) -> Bool {
        var i = index ?? pos
        for c in text {
            guard i < chars.count, chars[i] == c else { return false }
            i += 1
        }
        return true
    }

    mutating func skipSpaces() {
        while let c = peek, c.isWhitespace { pos += 1 }
    }

    /// Whether the current position ends a statement: the end of the line, ';' or a '%%' comment.
    var atStatementEnd: Bool { atEnd || peek == ";" || startsWith("%%") }

    /// The rest of the line from `index`, trimmed and shortened for quoting in a message.
    func excerpt(from index: Int, max: Int = 40) -> String {
        guard index < chars.count else { return "" }
        let text = String(chars[index...]).trimmingWhitespace()
        return text.count > max ? String(text.prefix(max)) + "…" : text
    }

    /// The arrow-like characters at the current position (`==>`, `-.->`, `<-->`), for messages.
    var arrowExcerpt: String {
        var end = pos
        while let c = char(at: end), "-=.<>~ox".contains(c), end - pos < 8 { end += 1 }
        return String(chars[pos..<end])
    }

    func error(_ message: Message, column: Int? = nil) -> FlowchartError {
        .syntax(line: line, column: column ?? self.column, message: message)
    }
}

/// How a node's text is enclosed, and which shape that gives.
private struct Bracket {
    let open: String
    let close: String
    let shape: FlowchartGraph.Shape
}

private struct FlowchartParser {
    var direction: FlowchartGraph.Direction = .topDown
    var nodes: [FlowchartGraph.Node] = []
    var edges: [FlowchartGraph.Edge] = []
    /// Node id → index in `nodes`.
    var index: [String: Int] = [:]
    /// Node id → line where its text was given.
    var definedOnLine: [String: Int] = [:]

    static let supportedShapes = "[tekst], (tekst), ([tekst]), ((tekst)) of {vraag?}"
    static let unsupportedKeywords: Set<String> = [
        "subgraph", "end", "classDef", "class", "style", "linkStyle", "click", "direction",
    ]

    mutating func parse(_ source: String) throws(FlowchartError) -> FlowchartGraph {
        // `isNewline` also covers "\r\n", which Swift treats as one character.
        let lines = source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var headerLine: Int?
        for (offset, text) in lines.enumerated() {
            var cursor = LineCursor(text, line: offset + 1)
            cursor.skipSpaces()
            if headerLine == nil {
                if cursor.atEnd || cursor.startsWith("%%") { continue }
                try parseHeader(&cursor)
                headerLine = cursor.line
            }
            try parseStatements(&cursor)
        }
        guard let headerLine else {
            throw .syntax(line: 1, column: nil, message: .flowchartHeaderMissing(found: nil))
        }
        if nodes.isEmpty {
            throw .syntax(line: headerLine, column: nil, message: .flowchartNoNodes())
        }
        return FlowchartGraph(direction: direction, nodes: nodes, edges: edges)
    }

    // MARK: Header

    mutating func parseHeader(_ cursor: inout LineCursor) throws(FlowchartError) {
        let start = cursor.pos
        let keyword = readWord(&cursor)
        guard keyword == "flowchart" || keyword == "graph",
              cursor.atEnd || cursor.peek?.isWhitespace == true || cursor.peek == ";" else {
            throw .syntax(line: cursor.line, column: nil, message: .flowchartHeaderMissing(found: cursor.excerpt(from: start)))
        }
        cursor.skipSpaces()
        if cursor.atStatementEnd { return }  // Mermaid's default: top down.
        let directionColumn = cursor.column
        let directionStart = cursor.pos
        let word = readWord(&cursor)
        let isWordEnd = cursor.atEnd || cursor.peek?.isWhitespace == true || cursor.peek == ";"
        guard !word.isEmpty, isWordEnd, let parsed = FlowchartGraph.Direction(rawValue: word.uppercased()) else {
            let found = word.isEmpty || !isWordEnd ? cursor.excerpt(from: directionStart, max: 20) : word
            throw cursor.error(.flowchartUnknownDirection(found), column: directionColumn)
        }
        direction = parsed
        cursor.skipSpaces()
        if !cursor.atStatementEnd {
            throw cursor.error(.flowchartTextAfterHeader(cursor.excerpt(from: cursor.pos), header: "\(keyword) \(word)"))
        }
    }

    func readWord(_ cursor: inout LineCursor) -> String {
        let start = cursor.pos
        while let c = cursor.peek, c.isLetter { cursor.pos += 1 }
        return String(cursor.chars[start..<cursor.pos])
    }

    // MARK: Statements

    mutating func parseStatements(_ cursor: inout LineCursor) throws(FlowchartError) {
        while true {
            cursor.skipSpaces()
            while cursor.peek == ";" {
                cursor.pos += 1
                cursor.skipSpaces()
            }
            if cursor.atEnd || cursor.startsWith("%%") { return }
            try parseStatement(&cursor)
            cursor.skipSpaces()
            if cursor.atStatementEnd { continue }
            throw cursor.error(.flowchartExpectedArrow(cursor.excerpt(from: cursor.pos)))
        }
    }

    /// A node, optionally followed by arrows and more nodes: `A[x] --> B -- ja --> C`.
    mutating func parseStatement(_ cursor: inout LineCursor) throws(FlowchartError) {
        try rejectUnsupportedKeyword(&cursor)
        var from = try parseNode(&cursor, after: nil)
        while true {
            cursor.skipSpaces()
            let linkColumn = cursor.column
            guard let link = try parseLink(&cursor) else { return }
            cursor.skipSpaces()
            if cursor.atStatementEnd {
                throw cursor.error(.flowchartArrowWithoutTarget(link.text, example: "\(from) \(link.text) B"), column: linkColumn)
            }
            let to = try parseNode(&cursor, after: link.text)
            edges.append(FlowchartGraph.Edge(from: from, to: to, label: link.label, style: link.style))
            from = to
        }
    }

    /// Gives a clear message for Mermaid features outside the supported subset (subgraphs, styling, clicks).
    func rejectUnsupportedKeyword(_ cursor: inout LineCursor) throws(FlowchartError) {
        var probe = cursor
        let word = readIdentifier(&probe)
        guard Self.unsupportedKeywords.contains(word) else { return }
        probe.skipSpaces()
        let isNodeUse = probe.startsWith("-") || probe.startsWith("=") || probe.startsWith("&")
            || ["[", "(", "{", ">"].contains(probe.peek ?? " ")
        if isNodeUse { return }
        if word != "end" && probe.atStatementEnd { return }  // a bare node that happens to have this id
        throw cursor.error(.flowchartUnsupportedKeyword(word))
    }

    /// Reads a node id: letters, digits and '_', with single '-' between them (`stap-1`).
    func readIdentifier(_ cursor: inout LineCursor) -> String {
        let start = cursor.pos
        while let c = cursor.peek {
            if c.isLetter || c.isNumber || c == "_" {
                cursor.pos += 1
            } else if c == "-", cursor.pos > start, let next = cursor.char(at: cursor.pos + 1),
                      next.isLetter || next.isNumber || next == "_" {
                cursor.pos += 1
            } else {
                break
            }
        }
        return String(cursor.chars[start..<cursor.pos])
    }

    /// Parses `id`, `id[tekst]`, `id(tekst)`, `id([tekst])`, `id((tekst))` or `id{tekst}` and returns the id.
    mutating func parseNode(_ cursor: inout LineCursor, after link: String?) throws(FlowchartError) -> String {
        let idColumn = cursor.column
        let id = readIdentifier(&cursor)
        if id.isEmpty {
            let found = cursor.excerpt(from: cursor.pos)
            if let link {
                throw cursor.error(.flowchartExpectedNodeAfterArrow(link, found: found))
            }
            if cursor.startsWith("-") || cursor.startsWith("=") {
                throw cursor.error(.flowchartArrowWithoutStart(cursor.arrowExcerpt))
            }
            throw cursor.error(.flowchartExpectedNode(found))
        }
        var probe = cursor
        probe.skipSpaces()
        if probe.peek == "&" {
            throw probe.error(.flowchartAmpersand())
        }
        guard let opener = probe.peek, ["[", "(", "{", ">"].contains(opener) else {
            reference(id)
            return id
        }
        cursor = probe
        let bracket = try readBracket(&cursor, node: id)
        let openColumn = cursor.column - bracket.open.count
        let label = try readNodeText(&cursor, bracket: bracket, node: id, openColumn: openColumn)
        try define(id, label: label, shape: bracket.shape, line: cursor.line, column: idColumn)
        return id
    }

    /// Reads the opening bracket of a node's text and consumes it.
    func readBracket(_ cursor: inout LineCursor, node: String) throws(FlowchartError) -> Bracket {
        let unsupported: [String] = ["(((", "[[", "[(", "[/", "[\\", "{{", ">"]
        for shape in unsupported where cursor.startsWith(shape) {
            throw cursor.error(.flowchartUnsupportedShape(shape, node: node, supported: Self.supportedShapes))
        }
        let brackets = [
            Bracket(open: "((", close: "))", shape: .circle),
            Bracket(open: "([", close: "])", shape: .stadium),
            Bracket(open: "(", close: ")", shape: .rounded),
            Bracket(open: "[", close: "]", shape: .box),
            Bracket(open: "{", close: "}", shape: .decision),
        ]
        for bracket in brackets where cursor.startsWith(bracket.open) {
            cursor.pos += bracket.open.count
            return bracket
        }
        // Unreachable for the openers parseNode checks, but never trap on input.
        throw cursor.error(.flowchartUnexpectedAfterNode(cursor.excerpt(from: cursor.pos), node: node))
    }

    /// Reads a node's text up to and including the closing bracket; text in double quotes may hold brackets.
    func readNodeText(_ cursor: inout LineCursor, bracket: Bracket, node: String,
                      openColumn: Int) throws(FlowchartError) -> String {
        var text: String
        var probe = cursor
        probe.skipSpaces()
        if probe.peek == "\"" {
            cursor = probe
            let quoteColumn = cursor.column
            cursor.pos += 1
            let start = cursor.pos
            while let c = cursor.peek, c != "\"" { cursor.pos += 1 }
            if cursor.atEnd {
                throw cursor.error(.flowchartUnclosedQuote(node: node), column: quoteColumn)
            }
            text = String(cursor.chars[start..<cursor.pos])
            cursor.pos += 1
            cursor.skipSpaces()
            guard cursor.startsWith(bracket.close) else {
                throw cursor.error(.flowchartExpectedCloseAfterQuote(bracket.close, node: node))
            }
        } else {
            let start = cursor.pos
            let brackets: Set<Character> = ["[", "]", "(", ")", "{", "}"]
            while !cursor.atEnd, !cursor.startsWith(bracket.close) {
                if let c = cursor.peek, brackets.contains(c) {
                    throw cursor.error(.flowchartBracketInText(node: node, character: String(c),
                                                               example: "\(node)\(bracket.open)\"tekst (met haakjes)\"\(bracket.close)"))
                }
                cursor.pos += 1
            }
            if cursor.atEnd {
                throw cursor.error(.flowchartUnclosedText(bracket.close, node: node))
            }
            text = String(cursor.chars[start..<cursor.pos])
        }
        cursor.pos += bracket.close.count
        text = text.trimmingWhitespace()
        if text.isEmpty {
            throw cursor.error(.flowchartEmptyNodeText(node: node), column: openColumn)
        }
        return text
    }

    /// Records a use of a node by id; a node first seen here gets its id as text until it is defined.
    mutating func reference(_ id: String) {
        if index[id] == nil {
            index[id] = nodes.count
            nodes.append(FlowchartGraph.Node(id: id))
        }
    }

    /// Records a node's text and shape; giving a node a different text or shape twice is an error.
    mutating func define(_ id: String, label: String, shape: FlowchartGraph.Shape,
                         line: Int, column: Int) throws(FlowchartError) {
        guard let i = index[id] else {
            index[id] = nodes.count
            nodes.append(FlowchartGraph.Node(id: id, label: label, shape: shape))
            definedOnLine[id] = line
            return
        }
        if let earlier = definedOnLine[id] {
            let node = nodes[i]
            if node.label != label {
                throw .syntax(line: line, column: column, message: .flowchartNodeTextTwice(id, text: node.label, line: earlier))
            }
            if node.shape != shape {
                throw .syntax(line: line, column: column, message: .flowchartNodeShapeTwice(id, line: earlier))
            }
            return
        }
        nodes[i].label = label
        nodes[i].shape = shape
        definedOnLine[id] = line
    }

    // MARK: Links

    struct Link {
        var text: String
        var label: String?
        var style: FlowchartGraph.EdgeStyle
    }

    /// Parses `-->`, `---`, `-- tekst -->`, `-- tekst ---` and an optional `|tekst|`; nil when no link starts here.
    func parseLink(_ cursor: inout LineCursor) throws(FlowchartError) -> Link? {
        let linkColumn = cursor.column
        if cursor.startsWith("==") || cursor.startsWith("-.") || cursor.startsWith("~~~") || cursor.startsWith("<-") {
            throw cursor.error(.flowchartUnsupportedArrow(cursor.arrowExcerpt))
        }
        guard cursor.startsWith("--") else { return nil }
        var link: Link
        if let plain = readDashes(&cursor) {
            link = plain
        } else {
            // `-- tekst -->`: the text runs up to the next `-->` or `---`.
            cursor.pos += 2
            let start = cursor.pos
            var closing: Link?
            while !cursor.atEnd {
                if cursor.startsWith("--"), let end = readDashes(&cursor) {
                    closing = end
                    break
                }
                cursor.pos += 1
            }
            guard var closing else {
                throw cursor.error(.flowchartUnendedArrowText(), column: linkColumn)
            }
            let endIndex = cursor.pos - closing.text.count
            let label = unquote(String(cursor.chars[start..<endIndex]).trimmingWhitespace())
            if label.isEmpty {
                throw cursor.error(.flowchartEmptyArrowText(between: "'--' en '\(closing.text)'", arrow: closing.text), column: linkColumn)
            }
            closing.label = label
            closing.text = "-- \(label) \(closing.text)"
            return closing
        }
        var probe = cursor
        probe.skipSpaces()
        if probe.peek == "|" {
            cursor = probe
            let pipeColumn = cursor.column
            cursor.pos += 1
            let start = cursor.pos
            while let c = cursor.peek, c != "|" { cursor.pos += 1 }
            if cursor.atEnd {
                throw cursor.error(.flowchartUnclosedArrowText(link.text), column: pipeColumn)
            }
            let label = unquote(String(cursor.chars[start..<cursor.pos]).trimmingWhitespace())
            cursor.pos += 1
            if label.isEmpty {
                throw cursor.error(.flowchartEmptyArrowText(between: "de tekens '|'", arrow: link.text), column: pipeColumn)
            }
            link.label = label
        }
        return link
    }

    /// Reads `-->`, `--->`, `---`, `----` …; leaves the cursor alone and returns nil for `--` followed by text.
    func readDashes(_ cursor: inout LineCursor) -> Link? {
        var end = cursor.pos
        while cursor.char(at: end) == "-" { end += 1 }
        let dashes = end - cursor.pos
        if dashes >= 2, cursor.char(at: end) == ">" {
            let text = String(cursor.chars[cursor.pos...end])
            cursor.pos = end + 1
            return Link(text: text, label: nil, style: .arrow)
        }
        if dashes >= 3 {
            let text = String(cursor.chars[cursor.pos..<end])
            cursor.pos = end
            return Link(text: text, label: nil, style: .line)
        }
        return nil
    }

    /// Removes one pair of surrounding double quotes (`-->|"tekst"|`).
    func unquote(_ text: String) -> String {
        if text.count >= 2, text.first == "\"", text.last == "\"" {
            return String(text.dropFirst().dropLast()).trimmingWhitespace()
        }
        return text
    }
}
