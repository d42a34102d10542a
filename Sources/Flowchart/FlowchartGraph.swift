// The graph model of a flowchart, shared by the parser, the Graphviz layout and the text alternative.

/// A flowchart: a direction, nodes in declaration order and edges in declaration order.
public struct FlowchartGraph: Sendable, Equatable {
    /// The direction in which the chart flows.
    public enum Direction: String, Sendable, Equatable, CaseIterable {
        /// Top to bottom (`TD`, the same as `TB`).
        case topDown = "TD"
        /// Top to bottom (`TB`).
        case topBottom = "TB"
        /// Bottom to top (`BT`).
        case bottomTop = "BT"
        /// Left to right (`LR`).
        case leftRight = "LR"
        /// Right to left (`RL`).
        case rightLeft = "RL"

        /// The Graphviz `rankdir` for this direction.
        public var graphvizRankdir: String {
            switch self {
            case .topDown, .topBottom: return "TB"
            case .bottomTop: return "BT"
            case .leftRight: return "LR"
            case .rightLeft: return "RL"
            }
        }
    }

    /// The outline of a node.
    public enum Shape: String, Sendable, Equatable, CaseIterable {
        /// `id[tekst]` or a bare `id`: a rectangle.
        case box
        /// `id(tekst)`: a rectangle with rounded corners.
        case rounded
        /// `id([tekst])`: a stadium (start or end).
        case stadium
        /// `id((tekst))`: a circle.
        case circle
        /// `id{vraag?}`: a diamond (a decision).
        case decision
    }

    /// One node: a unique id, its text and its shape.
    public struct Node: Sendable, Equatable {
        /// The id that edges refer to.
        public var id: String
        /// The text shown in the node (plain text, not HTML).
        public var label: String
        /// The outline of the node.
        public var shape: Shape

        /// Creates a node; a nil label uses the id as the text.
        public init(id: String, label: String? = nil, shape: Shape = .box) {
            self.id = id
            self.label = label ?? id
            self.shape = shape
        }
    }

    /// How an edge is drawn.
    public enum EdgeStyle: String, Sendable, Equatable {
        /// `-->`: a line with an arrowhead.
        case arrow
        /// `---`: a line without an arrowhead.
        case line
    }

    /// One edge from one node id to another, with optional text.
    public struct Edge: Sendable, Equatable {
        /// The id of the node the edge starts at.
        public var from: String
        /// The id of the node the edge points to.
        public var to: String
        /// The text on the edge, or nil.
        public var label: String?
        /// Whether the edge has an arrowhead.
        public var style: EdgeStyle

        /// Creates an edge.
        public init(from: String, to: String, label: String? = nil, style: EdgeStyle = .arrow) {
            self.from = from
            self.to = to
            self.label = label
            self.style = style
        }
    }

    /// The direction in which the chart flows.
    public var direction: Direction
    /// The nodes, in declaration order.
    public var nodes: [Node]
    /// The edges, in declaration order.
    public var edges: [Edge]

    /// Creates a graph.
    public init(direction: Direction = .topDown, nodes: [Node] = [], edges: [Edge] = []) {
        self.direction = direction
        self.nodes = nodes
        self.edges = edges
    }

    /// Checks a graph built in code: unique, non-empty node ids, non-empty texts, edges between known nodes.
    public func validate() throws(FlowchartError) {
        var seen = Set<String>()
        for node in nodes {
            if node.id.isEmpty { throw .invalidGraph("een knoop heeft een lege id") }
            if !seen.insert(node.id).inserted { throw .invalidGraph("de id '\(node.id)' van een knoop staat er twee keer") }
            if node.label.trimmingWhitespace().isEmpty {
                throw .invalidGraph("de tekst van knoop '\(node.id)' is leeg")
            }
        }
        for edge in edges {
            for end in [edge.from, edge.to] where !seen.contains(end) {
                throw .invalidGraph("een pijl verwijst naar de onbekende knoop '\(end)'")
            }
        }
        if nodes.isEmpty { throw .invalidGraph("het stroomschema heeft geen knopen") }
    }

    /// The nodes plus a plain box for every id that edges use without a node (for graphs built in code).
    var completedNodes: [Node] {
        var known = Set(nodes.map(\.id))
        var result = nodes
        for edge in edges {
            for end in [edge.from, edge.to] where known.insert(end).inserted {
                result.append(Node(id: end))
            }
        }
        return result
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
