// Turns a graph into Graphviz DOT source.

/// Settings shared by the DOT generator and the SVG clean-up.
enum FlowchartDrawing {
    /// A colour no one picks by hand: drawn lines and text use it, and the SVG clean-up turns it into
    /// `currentColor`, so the chart follows the page's text colour (dark mode included).
    static let inkColor = "#010203"
    /// The font Graphviz measures text with (Debian's fonts-dejavu-core comes with graphviz).
    static let fontName = "DejaVu Sans"
    /// Node texts are wrapped at spaces to lines of about this many characters.
    static let nodeWrapWidth = 24
    /// Edge texts are wrapped a little narrower, so they don't push nodes far apart.
    static let edgeWrapWidth = 20
}

extension FlowchartGraph {
    /// Graphviz DOT source for the graph: one shape per node kind, rankdir from the direction, wrapped texts.
    public func dotSource() -> String {
        let allNodes = completedNodes
        var dotID: [String: String] = [:]
        for (i, node) in allNodes.enumerated() where dotID[node.id] == nil {
            dotID[node.id] = "n\(i)"
        }
        let ink = FlowchartDrawing.inkColor
        let font = FlowchartDrawing.fontName
        var lines: [String] = [
            "digraph flowchart {",
            "  graph [charset=\"UTF-8\", rankdir=\(direction.graphvizRankdir), bgcolor=\"transparent\", "
                + "pad=\"0.1\", nodesep=\"0.35\", ranksep=\"0.45\", fontname=\"\(font)\"];",
            "  node [fontname=\"\(font)\", fontsize=\"14\", color=\"\(ink)\", fontcolor=\"\(ink)\", "
                + "penwidth=\"1.3\", margin=\"0.16,0.08\"];",
            "  edge [fontname=\"\(font)\", fontsize=\"12\", color=\"\(ink)\", fontcolor=\"\(ink)\", "
                + "penwidth=\"1.2\", arrowsize=\"0.8\"];",
        ]
        var seen = Set<String>()
        for node in allNodes where seen.insert(node.id).inserted {
            let id = dotID[node.id] ?? "n"
            let label = dotQuoted(wrapText(node.label, width: FlowchartDrawing.nodeWrapWidth))
            lines.append("  \(id) [label=\(label), \(node.shape.dotAttributes)];")
        }
        for edge in edges {
            let from = dotID[edge.from] ?? "n"
            let to = dotID[edge.to] ?? "n"
            var attributes: [String] = []
            if let label = edge.label, !label.isEmpty {
                attributes.append("label=" + dotQuoted(wrapText(label, width: FlowchartDrawing.edgeWrapWidth)))
            }
            if edge.style == .line { attributes.append("arrowhead=none") }
            let suffix = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
            lines.append("  \(from) -> \(to)\(suffix);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension FlowchartGraph.Shape {
    /// The Graphviz attributes that draw this shape.
    var dotAttributes: String {
        switch self {
        case .box: return "shape=box"
        case .rounded: return "shape=box, style=rounded"
        case .stadium: return "shape=oval"  // Graphviz 2.43 has no stadium; an oval is the classic start/end
        case .circle: return "shape=circle"
        case .decision: return "shape=diamond"
        }
    }
}

/// Splits text into lines of at most about `width` characters at spaces (longer words stay whole);
/// line breaks already in the text are kept.
func wrapText(_ text: String, width: Int) -> [String] {
    var result: [String] = []
    for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
        var line = ""
        for word in paragraph.split(whereSeparator: \.isWhitespace) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                result.append(line)
                line = String(word)
            }
        }
        result.append(line)
    }
    return result
}

/// A DOT double-quoted string of the given lines, centred: backslashes and quotes escaped, `&` written as
/// `&amp;` (Graphviz would otherwise read `&lt;` in the text as an entity), lines joined with `\n`.
/// Graphviz refuses a quoted string longer than 16384 bytes, so a long text is written as several
/// strings joined with DOT's `+`, never split inside an escape.
func dotQuoted(_ lines: [String]) -> String {
    var pieces: [String] = []
    var current = ""
    func add(_ unit: String) {
        if current.utf8.count + unit.utf8.count > dotStringChunk {
            pieces.append(current)
            current = ""
        }
        current += unit
    }
    for (index, line) in lines.enumerated() {
        if index > 0 { add("\\n") }
        for c in line {
            switch c {
            case "\\": add("\\\\")
            case "\"": add("\\\"")
            case "&": add("&amp;")
            default: add(String(c))
            }
        }
    }
    pieces.append(current)
    return pieces.map { "\"" + $0 + "\"" }.joined(separator: " + ")
}

/// Well below Graphviz's limit of 16384 bytes for one quoted string.
let dotStringChunk = 8000
