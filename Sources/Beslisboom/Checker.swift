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

    mutating func error(_ message: String, at position: SourcePosition?, route: [Step]? = nil) {
        diagnostics.append(TreeDiagnostic(.error, message, at: position, route: route))
    }

    mutating func warning(_ message: String, at position: SourcePosition?, route: [Step]? = nil) {
        diagnostics.append(TreeDiagnostic(.warning, message, at: position, route: route))
    }
}

/// Ids must be unique within their kind; questions and outcomes share one namespace because `naar` names either.
extension Checker {
    mutating func uniqueIDs() {
        var nodes: [String: SourcePosition?] = [:]
        for (id, position, kind) in tree.questions.map({ ($0.id, $0.position, "question") })
            + tree.outcomes.map({ ($0.id, $0.position, "outcome") }) {
            if let first = nodes[id] {
                error("duplicate id '\(id)' (\(kind)); it is already used at \(first?.description ?? "another place"): questions and outcomes share one set of ids", at: position)
            } else {
                nodes[id] = position
            }
        }
        for question in tree.questions {
            reportDuplicates(question.options.map { ($0.id, $0.position) }, what: "option of question '\(question.id)'")
        }
        reportDuplicates(tree.facts.map { ($0.id, $0.position) }, what: "fact")
        reportDuplicates(tree.actions.map { ($0.id, $0.position) }, what: "action")
        reportDuplicates(tree.invariants.map { ($0.id, $0.position) }, what: "invariant")
        reportDuplicates(tree.scenarios.map { ($0.name, $0.position) }, what: "scenario name")
    }

    private mutating func reportDuplicates(_ items: [(String, SourcePosition?)], what: String) {
        var seen: [String: SourcePosition?] = [:]
        for (id, position) in items {
            if let first = seen[id] {
                error("duplicate \(what) '\(id)'; first used at \(first?.description ?? "another place")", at: position)
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
            tree.questions.map { ($0.id, $0.position, "question") }
            + tree.questions.flatMap { q in q.options.map { ($0.id, $0.position, "option") } }
            + tree.outcomes.map { ($0.id, $0.position, "outcome") }
            + tree.facts.map { ($0.id, $0.position, "fact") }
            + tree.actions.map { ($0.id, $0.position, "action") }
        for (id, position, kind) in named where !valid(id) {
            error("\(kind) id '\(id)' may only hold lower-case letters a-z, digits and '-'", at: position)
        }
    }
}
