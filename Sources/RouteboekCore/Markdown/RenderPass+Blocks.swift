import Flowchart
import CMarkGFM
import Foundation

/// The block-level additions. Each replaces one node with literal HTML; `transformInnerFirst` calls
/// them so that the nodes inside a block are replaced before the block itself.
extension RenderPass {
    static let calloutTitles = [
        "NOTE": ("note", "Goed om te weten"), "TIP": ("tip", "Tip"), "IMPORTANT": ("important", "Belangrijk"),
        "WARNING": ("warning", "Let op"), "CAUTION": ("caution", "Pas op"),
    ]

    mutating func renderFlowchart(_ node: CMarkNodePointer) {
        guard node.fenceInfo.trimmingWhitespace == "mermaid", let flowchart, let idPrefix = elementIDs[node] else { return }
        switch flowchart(node.literal ?? "", idPrefix) {
        case .success(let html):
            node.replace(withHTML: html)
        case .failure(let failure):
            // The block's first line is the opening fence; its content starts one line later.
            report(node, failure.message, line: fileLine(node) + failure.line, column: failure.column)
        }
    }

    /// Wraps tables in a scrolling region and turns a `Tabel: ...` paragraph above them into the caption.
    mutating func renderTable(_ table: CMarkNodePointer) {
        var caption: String?
        if let previous = table.previous, previous.type == CMARK_NODE_PARAGRAPH {
            let text = previous.plainText.trimmingWhitespace
            if text.hasPrefix("Tabel:") {
                caption = String(text.dropFirst("Tabel:".count)).trimmingWhitespace
                previous.remove()
            }
        }
        var html = table.renderHTML(extensions: extensions)
        let id = elementIDs[table] ?? nextID("tabel")
        let region: String
        if let caption, !caption.isEmpty {
            if let open = html.range(of: "<table>") {
                html.replaceSubrange(open, with: "<table>\n<caption id=\"\(id)\">\(HTML.escape(caption))</caption>")
            }
            region = "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"\(id)\" tabindex=\"0\">"
        } else {
            region = "<div class=\"table-scroll\" role=\"region\" aria-label=\"Tabel\" tabindex=\"0\">"
        }
        table.replace(withHTML: region + "\n" + html + "</div>\n")
    }

    /// Task lists become real checkboxes with labels: tickable on screen, empty boxes on paper.
    mutating func renderChecklist(_ list: CMarkNodePointer) {
        guard list.children.contains(where: { $0.typeString == "tasklist" }) else { return }
        let ordered = cmark_node_get_list_type(list.raw) == CMARK_ORDERED_LIST
        let tag = ordered ? "ol" : "ul"
        var html = "<\(tag) class=\"checklist\">\n"
        for item in list.children {
            var children = item.children
            guard item.typeString == "tasklist" else {
                html += "<li>" + children.map { $0.renderHTML(extensions: extensions) }.joined() + "</li>\n"
                continue
            }
            let id = elementIDs[item] ?? nextID("taak")
            let checked = cmark_gfm_extensions_get_tasklist_item_checked(item.raw) ? " checked" : ""
            var label = ""
            if let first = children.first, first.type == CMARK_NODE_PARAGRAPH {
                label = first.renderHTML(extensions: extensions).trimmingWhitespace
                if label.hasPrefix("<p>") { label = String(label.dropFirst(3)) }
                if label.hasSuffix("</p>") { label = String(label.dropLast(4)) }
                children.removeFirst()
            }
            html += "<li class=\"checklist-item\"><input type=\"checkbox\" class=\"checklist-box\" id=\"\(id)\"\(checked)>"
            html += "<label for=\"\(id)\">\(label)</label>"
            html += children.map { $0.renderHTML(extensions: extensions) }.joined() + "</li>\n"
        }
        list.replace(withHTML: html + "</\(tag)>\n")
    }

    mutating func renderHeading(_ node: CMarkNodePointer) {
        guard let index = headingIndex[node], index < headings.count else { return }
        let heading = headings[index]
        var html = node.renderHTML(extensions: extensions)
        let open = "<h\(heading.level)"
        if let range = html.range(of: open) {
            html.replaceSubrange(range, with: "\(open) id=\"\(heading.anchor)\"")
        }
        node.replace(withHTML: html)
    }

    /// GitHub's alert syntax: `> [!NOTE]` as the first line of a block quote.
    mutating func renderCallout(_ quote: CMarkNodePointer) {
        guard let paragraph = quote.firstChild, paragraph.type == CMARK_NODE_PARAGRAPH else { return }
        var marker: [CMarkNodePointer] = []
        var text = ""
        var child = paragraph.firstChild
        while let node = child, node.type != CMARK_NODE_SOFTBREAK && node.type != CMARK_NODE_LINEBREAK {
            marker.append(node)
            text += node.literal ?? node.plainText
            child = node.next
        }
        let trimmed = text.trimmingWhitespace
        guard trimmed.hasPrefix("[!"), trimmed.hasSuffix("]") else { return }
        let kind = String(trimmed.dropFirst(2).dropLast()).uppercased()
        guard let (cssClass, title) = Self.calloutTitles[kind] else {
            report(quote, .unknownCallout(kind))
            return
        }
        if let lineBreak = child { marker.append(lineBreak) }
        for node in marker { node.remove() }
        if paragraph.firstChild == nil { paragraph.remove() }
        var inner = quote.renderHTML(extensions: extensions)
        if let open = inner.range(of: "<blockquote>") { inner.removeSubrange(inner.startIndex..<open.upperBound) }
        if let close = inner.range(of: "</blockquote>", options: .backwards) { inner.removeSubrange(close.lowerBound...) }
        let html = "<div class=\"callout callout-\(cssClass)\" role=\"note\">\n<p class=\"callout-title\">\(title)</p>\n"
            + inner.trimmingWhitespace + "\n</div>\n"
        quote.replace(withHTML: html)
    }
}
