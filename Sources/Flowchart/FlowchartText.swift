// The text version of a flowchart: its steps in reading order, with every branch named (in Dutch).

/// The steps of a flowchart in reading order, for screen readers, phones and print.
public struct FlowchartTextAlternative: Sendable, Equatable {
    /// One step: a node, numbered in reading order, with the ways out of it.
    public struct Step: Sendable, Equatable {
        /// The 1-based step number.
        public var number: Int
        /// The id of the node.
        public var nodeID: String
        /// The node's text.
        public var text: String
        /// The node's shape (a decision is a question with branches).
        public var shape: FlowchartGraph.Shape
        /// The outgoing edges, in declaration order; none means the flow ends here.
        public var exits: [Exit]

        /// Creates a step.
        public init(number: Int, nodeID: String, text: String, shape: FlowchartGraph.Shape, exits: [Exit]) {
            self.number = number
            self.nodeID = nodeID
            self.text = text
            self.shape = shape
            self.exits = exits
        }

        /// Whether the flow ends at this step.
        public var isEnd: Bool { exits.isEmpty }

        /// The Dutch notes shown under the step's text: the branches, a jump ("Daarna: stap 4 (…)") or
        /// "Einde."; none when the flow simply continues with the next step.
        public var notes: [String] {
            if exits.isEmpty { return ["Einde."] }
            let hasLabels = exits.contains { $0.label != nil }
            if exits.count == 1, let exit = exits.first, exit.label == nil {
                return exit.isNextStep ? [] : ["Daarna: stap \(exit.targetStep) (\(exit.targetText))"]
            }
            return exits.map { exit in
                let target = "ga naar stap \(exit.targetStep) (\(exit.targetText))"
                guard let label = exit.label else {
                    return hasLabels ? "Anders: \(target)" : "Daarna: \(target)"
                }
                return "\(conditionPhrase(label)): \(target)"
            }
        }
    }

    /// One way out of a step.
    public struct Exit: Sendable, Equatable {
        /// The edge's text (usually the answer to the question), or nil.
        public var label: String?
        /// The number of the step the edge leads to.
        public var targetStep: Int
        /// The id of the node the edge leads to.
        public var targetNodeID: String
        /// The text of the node the edge leads to.
        public var targetText: String
        /// Whether the edge leads to the step directly after this one.
        public var isNextStep: Bool

        /// Creates an exit.
        public init(label: String?, targetStep: Int, targetNodeID: String, targetText: String, isNextStep: Bool) {
            self.label = label
            self.targetStep = targetStep
            self.targetNodeID = targetNodeID
            self.targetText = targetText
            self.isNextStep = isNextStep
        }
    }

    /// The steps in reading order.
    public var steps: [Step]

    /// Creates a text alternative from steps (usually made by `FlowchartGraph.textAlternative()`).
    public init(steps: [Step]) {
        self.steps = steps
    }

    /// The steps as an HTML ordered list (`<ol>…</ol>`), every note a nested `<ul>`; all text escaped.
    public func html() -> String {
        var out = "<ol>"
        for step in steps {
            out += "<li>" + HTML.escape(step.text)
            let notes = step.notes
            if !notes.isEmpty {
                out += "<ul>" + notes.map { "<li>" + HTML.escape($0) + "</li>" }.joined() + "</ul>"
            }
            out += "</li>"
        }
        return out + "</ol>"
    }
}

/// "Als <label>" for a branch; a label that already starts with "als" is used as it is (capitalised).
private func conditionPhrase(_ label: String) -> String {
    let lower = label.lowercased()
    if lower == "als" || lower.hasPrefix("als ") {
        return label.prefix(1).uppercased() + label.dropFirst()
    }
    return "Als \(label)"
}

extension FlowchartGraph {
    /// The steps in reading order: from the start nodes (no incoming edges, in declaration order), depth first
    /// in reverse post-order, so each branch stays together and a step where branches meet comes after them.
    /// Nodes only reachable through a cycle follow, in declaration order. Cycles are fine.
    public func textAlternative() -> FlowchartTextAlternative {
        let allNodes = completedNodes
        var indexOf: [String: Int] = [:]
        for (i, node) in allNodes.enumerated() where indexOf[node.id] == nil { indexOf[node.id] = i }
        var outgoing = Array(repeating: [Int](), count: allNodes.count)  // edge indices per node
        var hasIncoming = Array(repeating: false, count: allNodes.count)
        for (e, edge) in edges.enumerated() {
            guard let from = indexOf[edge.from], let to = indexOf[edge.to] else { continue }
            outgoing[from].append(e)
            if from != to { hasIncoming[to] = true }
        }
        let uniqueNodes = allNodes.indices.filter { indexOf[allNodes[$0].id] == $0 }

        var visited = Array(repeating: false, count: allNodes.count)
        var order: [Int] = []

        /// Reverse post-order of everything reachable from `roots` not visited yet; roots are taken in order.
        func appendReversePostOrder(from roots: [Int]) {
            var postOrder: [Int] = []
            // Children are explored last-first so that, once reversed, the first branch comes first.
            for root in roots.reversed() where !visited[root] {
                visited[root] = true
                var stack: [(node: Int, next: Int)] = [(root, outgoing[root].count - 1)]
                while let top = stack.last {
                    if top.next < 0 {
                        postOrder.append(top.node)
                        stack.removeLast()
                        continue
                    }
                    stack[stack.count - 1].next -= 1
                    let edge = edges[outgoing[top.node][top.next]]
                    if let child = indexOf[edge.to], !visited[child] {
                        visited[child] = true
                        stack.append((child, outgoing[child].count - 1))
                    }
                }
            }
            order += postOrder.reversed()
        }

        appendReversePostOrder(from: uniqueNodes.filter { !hasIncoming[$0] })
        for node in uniqueNodes where !visited[node] {
            appendReversePostOrder(from: [node])
        }

        var stepOf = Array(repeating: 0, count: allNodes.count)
        for (position, node) in order.enumerated() { stepOf[node] = position + 1 }
        let steps = order.enumerated().map { position, node -> FlowchartTextAlternative.Step in
            let exits = outgoing[node].compactMap { e -> FlowchartTextAlternative.Exit? in
                let edge = edges[e]
                guard let target = indexOf[edge.to] else { return nil }
                return FlowchartTextAlternative.Exit(
                    label: edge.label.flatMap { $0.isEmpty ? nil : $0 },
                    targetStep: stepOf[target],
                    targetNodeID: allNodes[target].id,
                    targetText: allNodes[target].label,
                    isNextStep: stepOf[target] == position + 2
                )
            }
            return FlowchartTextAlternative.Step(
                number: position + 1, nodeID: allNodes[node].id, text: allNodes[node].label,
                shape: allNodes[node].shape, exits: exits
            )
        }
        return FlowchartTextAlternative(steps: steps)
    }

    /// The text alternative as an HTML ordered list (see `FlowchartTextAlternative.html()`).
    public func textAlternativeHTML() -> String {
        textAlternative().html()
    }
}
