import Messages

/// The validator's working state: the tree, and the diagnostics found so far.
struct Checker {
    let tree: DecisionTree
    let validator: TreeValidator
    var diagnostics: [TreeDiagnostic] = []
    /// The first route (in option order) that reaches each question, to name routes in option errors.
    var firstRouteTo: [String: [Step]] = [:]

    init(tree: DecisionTree, validator: TreeValidator) {
        self.tree = tree
        self.validator = validator
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Records a catalogue message (its severity comes from the message).
    mutating func report(_ message: Message, at position: SourcePosition?, route: [Step]? = nil) {
        diagnostics.append(TreeDiagnostic(message, at: position, route: route))
    }
}

/// Ids must be unique within their kind; questions and outcomes share one namespace because `naar` names either.
extension Checker {
    mutating func uniqueIDs() {
        var nodes: [String: SourcePosition?] = [:]
        for (id, position, kind) in tree.questions.map({ ($0.id, $0.position, "vraag") })
            + tree.outcomes.map({ ($0.id, $0.position, "uitkomst") }) {
            if let first = nodes[id] {
                report(.treeDuplicateNodeID(id, kind: kind, first: first?.description ?? "een andere plaats"), at: position)
            } else {
                nodes[id] = position
            }
        }
        for question in tree.questions {
            reportDuplicates(question.options.map { ($0.id, $0.position) }, what: "optie", owner: "van vraag '\(question.id)'")
        }
        reportDuplicates(tree.facts.map { ($0.id, $0.position) }, what: "feit")
        reportDuplicates(tree.actions.map { ($0.id, $0.position) }, what: "actie")
        reportDuplicates(tree.invariants.map { ($0.id, $0.position) }, what: "invariant")
        reportDuplicates(tree.scenarios.map { ($0.name, $0.position) }, what: "scenarionaam")
    }

    private mutating func reportDuplicates(_ items: [(String, SourcePosition?)], what: String, owner: String? = nil) {
        var seen: [String: SourcePosition?] = [:]
        for (id, position) in items {
            if let first = seen[id] {
                report(.treeDuplicateID(what, id: id, owner: owner, first: first?.description ?? "een andere plaats"), at: position)
            } else {
                seen[id] = position
            }
        }
    }

    /// Ids travel in URLs and file names, so they stay simple.
    mutating func identifierSyntax() {
        func valid(_ id: String) -> Bool {
            !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
        let named: [(String, SourcePosition?, String)] =
            tree.questions.map { ($0.id, $0.position, "vraag") }
            + tree.questions.flatMap { q in q.options.map { ($0.id, $0.position, "optie") } }
            + tree.outcomes.map { ($0.id, $0.position, "uitkomst") }
            + tree.facts.map { ($0.id, $0.position, "feit") }
            + tree.actions.map { ($0.id, $0.position, "actie") }
        for (id, position, kind) in named where !valid(id) {
            report(.treeInvalidID(kind, id: id), at: position)
        }
    }
}
