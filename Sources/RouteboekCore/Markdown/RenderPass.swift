import CMarkGFM

/// One rendering of one document: collects the nodes to change, changes them inner-first, renders.
struct RenderPass {
    let document: CMarkNodePointer
    let extensions: UnsafeMutablePointer<cmark_llist>?
    let page: String
    let file: String
    let lineOffset: Int
    let flowchart: MarkdownRenderer.FlowchartRenderer?
    let rootToken: String?

    /// The Markdown as typed (escapes and all), for the checks that must tell `\[` from `[`.
    var source = ""
    var diagnostics: [Diagnostic] = []
    var links: [LocalLink] = []
    var headings: [PageHeading] = []
    /// Set when an unclosed HTML comment swallowed the rest of the page (see `RenderedMarkdown`).
    var headingsCutShort = false
    var slugs = SlugRegistry()
    var counter = 0

    // Nodes by kind, in document order.
    var headingNodes: [CMarkNodePointer] = []
    var linkNodes: [CMarkNodePointer] = []
    var codeBlocks: [CMarkNodePointer] = []
    var tables: [CMarkNodePointer] = []
    var lists: [CMarkNodePointer] = []
    var blockQuotes: [CMarkNodePointer] = []
    var rawHTML: [CMarkNodePointer] = []
    /// Paragraphs, headings and table cells: the blocks whose own texts hold inline Markdown.
    var paragraphs: [CMarkNodePointer] = []
    /// Inline nodes that cmark placed wrongly (after a line end inside code), at their typed place.
    var typedPlaces: [CMarkNodePointer: (line: Int, column: Int)] = [:]
    /// Every block `transformInnerFirst` replaces, in document order.
    var blocksInOrder: [CMarkNodePointer] = []
    var elementIDs: [CMarkNodePointer: String] = [:]
    var headingIndex: [CMarkNodePointer: Int] = [:]

    init(document: CMarkNodePointer, extensions: UnsafeMutablePointer<cmark_llist>?, page: String, file: String,
         lineOffset: Int, flowchart: MarkdownRenderer.FlowchartRenderer?, rootToken: String? = nil) {
        self.rootToken = rootToken
        self.document = document
        self.extensions = extensions
        self.page = page
        self.file = file
        self.lineOffset = lineOffset
        self.flowchart = flowchart
    }

    mutating func run() -> RenderedMarkdown {
        collect()
        placeInlineNodes()
        dropRawHTML()
        reportUnrecognisedSyntax()
        assignHeadingIDs()
        let sections = searchSections()
        rewriteLinks()
        assignElementIDs()
        transformInnerFirst()
        let html = document.renderHTML(extensions: extensions)
        return RenderedMarkdown(html: html, headings: headings, links: links, sections: sections, diagnostics: diagnostics,
                                headingsCutShort: headingsCutShort)
    }

    /// Every node the pass changes, in document order (without recursion: see `walk`).
    private mutating func collect() {
        document.walk { node, entering in
            guard entering else { return }
            switch node.type {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: linkNodes.append(node)
            case CMARK_NODE_CODE_BLOCK: codeBlocks.append(node)
            case CMARK_NODE_LIST: lists.append(node)
            case CMARK_NODE_BLOCK_QUOTE: blockQuotes.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: rawHTML.append(node)
            case CMARK_NODE_PARAGRAPH: paragraphs.append(node)
            case CMARK_NODE_HEADING:
                headingNodes.append(node)
                paragraphs.append(node)
            default:
                let kind = node.typeString
                if kind == "table" { tables.append(node) }
                if kind == "table_cell" { paragraphs.append(node) }
            }
            if Self.isBlockToTransform(node) { blocksInOrder.append(node) }
        }
    }

    private static func isBlockToTransform(_ node: CMarkNodePointer) -> Bool {
        switch node.type {
        case CMARK_NODE_HEADING, CMARK_NODE_CODE_BLOCK, CMARK_NODE_LIST, CMARK_NODE_BLOCK_QUOTE: true
        default: node.typeString == "table"
        }
    }

    /// Replaces blocks with their HTML, last in document order first. A block's descendants come after
    /// it in document order, so everything inside a block (a heading in a task item, a callout in a
    /// list) is replaced before the block itself is rendered and freed: no node is touched after it
    /// was freed, however the blocks are nested.
    private mutating func transformInnerFirst() {
        for node in blocksInOrder.reversed() {
            switch node.type {
            case CMARK_NODE_HEADING: renderHeading(node)
            case CMARK_NODE_CODE_BLOCK: renderFlowchart(node)
            case CMARK_NODE_LIST: renderChecklist(node)
            case CMARK_NODE_BLOCK_QUOTE: renderCallout(node)
            default: renderTable(node)
            }
        }
    }

    /// Element ids are handed out in the order they always were (flowcharts, tables, then checklist
    /// items, each in document order), before any node is replaced.
    private mutating func assignElementIDs() {
        if flowchart != nil {
            for node in codeBlocks where node.fenceInfo.trimmingWhitespace == "mermaid" { elementIDs[node] = nextID("stroomschema") }
        }
        for table in tables { elementIDs[table] = nextID("tabel") }
        for list in lists where list.children.contains(where: { $0.typeString == "tasklist" }) {
            for item in list.children where item.typeString == "tasklist" { elementIDs[item] = nextID("taak") }
        }
    }

    func fileLine(_ node: CMarkNodePointer) -> Int { typedPosition(node).line + lineOffset }

    /// Records a catalogue message at the node (or at a given place inside it).
    mutating func report(_ node: CMarkNodePointer, _ message: Message, line: Int? = nil, column: Int? = nil) {
        let typed = line != nil && column != nil ? nil : typedPosition(node)
        diagnostics.append(Diagnostic(file: file, line: line ?? ((typed?.line ?? 1) + lineOffset), column: column ?? typed?.column ?? 1, message))
    }

    /// `tabel-3`, unless a heading ("Tabel 3") or the layout has that id already.
    mutating func nextID(_ prefix: String) -> String {
        counter += 1
        return slugs.unique("\(prefix)-\(counter)")
    }

    /// Editors may not write HTML: it could carry scripts. cmark already refuses to output it; we say so.
    /// A comment (`<!-- notitie -->`) is left out without a word.
    private mutating func dropRawHTML() {
        for node in rawHTML {
            let literal = (node.literal ?? "").trimmingWhitespace
            // An HTML comment block runs to its `-->` or, without one, to the end of the page: the rest of
            // the page would vanish with a mere warning.
            if node.type == CMARK_NODE_HTML_BLOCK && literal.hasPrefix("<!--") && !literal.contains("-->") {
                report(node, .commentNeverClosed())
                headingsCutShort = true
            } else if literal.hasPrefix("<!--") && literal.hasSuffix("-->") {
                // A note for the other editors: never published, and nothing in it can run.
            } else {
                let firstLine = literal.prefix { $0 != "\n" && $0 != "\r" }
                report(node, .rawHTML(String(firstLine.prefix(40))))
            }
            node.remove()
        }
    }

    /// Characters that show as nothing but split a heading's id (`Thuis<U+200B>zitter` → `thuis-zitter`):
    /// links typed to the heading then miss it. Zero-width space, non-joiner, joiner, word joiner, soft
    /// hyphen and a byte order mark inside the text.
    static let invisibleInHeadings: Set<UInt32> = [0x200B, 0x200C, 0x200D, 0x2060, 0x00AD, 0xFEFF]

    private mutating func assignHeadingIDs() {
        for node in headingNodes {
            let title = node.plainText.trimmingWhitespace
            if let invisible = title.unicodeScalars.first(where: { Self.invisibleInHeadings.contains($0.value) }) {
                report(node, .headingInvisibleCharacter(title.unicodeScalars.filter { !Self.invisibleInHeadings.contains($0.value) }
                    .reduce(into: "") { $0.unicodeScalars.append($1) }, code: String(format: "U+%04X", invisible.value)))
            }
            if title.isEmpty && node.firstChild == nil { report(node, .emptyHeading(String(repeating: "#", count: max(node.headingLevel, 1)))) }
            headingIndex[node] = headings.count
            headings.append(PageHeading(level: node.headingLevel, title: title, anchor: slugs.unique(Slug.make(title))))
        }
        if let first = headingNodes.first(where: { $0.headingLevel == 1 }) {
            report(first, .levelOneHeading())
        }
    }

    /// The text under each top-level heading, taken before any node is replaced by HTML.
    private func searchSections() -> [SearchSection] {
        var sections = [SearchSection(heading: "", anchor: "", text: "")]
        var text = CollapsedText()
        for block in document.children {
            if block.type == CMARK_NODE_HEADING, let index = headingIndex[block], index < headings.count {
                sections[sections.count - 1].text = text.take()
                sections.append(SearchSection(heading: headings[index].title, anchor: headings[index].anchor, text: ""))
            } else if !(block.type == CMARK_NODE_CODE_BLOCK && block.fenceInfo.trimmingWhitespace == "mermaid") {
                block.appendSearchText(to: &text)
            }
        }
        sections[sections.count - 1].text = text.take()
        return sections.filter { !$0.text.isEmpty || !$0.heading.isEmpty }
    }
}

extension CMarkNodePointer {
    /// Appends the node's text; blocks and table cells end with a space so words stay apart.
    fileprivate func appendSearchText(to text: inout CollapsedText) {
        walk { node, entering in
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(node.raw) { text.append(literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.appendSpace()
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK:
                break
            default:
                // A container adds its space when it ends; a leaf (a rule) when it is met.
                if !entering || node.isLeaf { text.appendSpace() }
            }
        }
    }
}

enum SearchText {
    /// Runs of spaces, tabs and line ends become one space; none at either end.
    static func collapsingWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // Most texts reach here already collapsed (search cleans the section texts again): kept as they are.
            if bytes.isEmpty || CollapsedText.isCollapsed(bytes) { return nil }
            var collapsed = CollapsedText()
            collapsed.append(bytes)
            return collapsed.take()
        } ?? text
    }
}
