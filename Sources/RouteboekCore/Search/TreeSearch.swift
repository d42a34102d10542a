import Beslisboom

/// The beslisboom in search and the register: each reachable question and outcome, where the tool
/// opens at it (its first route in the tree's order, in the URL fragment the tool reads) and where its
/// page without JavaScript is. An action is found once, at the first route whose outcome lists it.
/// The tree's order, not the fewest answers: each question's first option is the common case (VO, not
/// yet in OT), and the shortest route to most steps runs through primary education, which skips
/// questions and drops the VO checklist.
/// Reads only the model's stable fields: questions (id, text, hint, options), outcomes (id, title,
/// summary, actions) and actions (id, what); hints and summaries as the check phase rendered them.
struct TreeSearch: Sendable {
    struct Node: Sendable {
        var document: SearchDocument
        /// The step's page for use without JavaScript, from the site's root.
        var staticPath: String
        /// Texts the register matches terms against: the question and its options and hint, or the outcome's title.
        var registerTexts: [String]
    }

    static let questionLabel = "Vraag in de beslisboom"
    static let outcomeLabel = "Uitkomst van de beslisboom"
    static let actionLabel = "Actie in de beslisboom"

    let nodes: [Node]

    init(tree: DecisionTree, enumeration: RouteEnumeration, texts: TreeTexts) {
        var nodes: [Node] = []
        var seen: Set<String> = []
        for (steps, questionID) in enumeration.questionPrefixes.map({ ($0.steps, $0.question) })
        where !seen.contains(questionID) {
            guard let question = tree.questionsByID[questionID] else { continue }
            seen.insert(questionID)
            let hint = texts.plain(question.hint)
            let document = SearchDocument(
                kind: .question, title: question.text, path: Self.toolPath(steps), label: Self.questionLabel, summary: hint,
                parts: question.options.map { .init(heading: "", anchor: "", text: $0.label) })
            nodes.append(Node(document: document, staticPath: TreeStepPaths.path(steps),
                              registerTexts: [question.text, hint] + question.options.map(\.label)))
        }
        var actionNodes: [Node] = []
        var seenActions: Set<String> = []
        for (steps, outcomeID) in enumeration.routes.map({ ($0.steps, $0.outcomeID) }) {
            guard let outcome = tree.outcomesByID[outcomeID] else { continue }
            if !seen.contains(outcomeID) {
                seen.insert(outcomeID)
                let document = SearchDocument(kind: .outcome, title: outcome.title, path: Self.toolPath(steps), label: Self.outcomeLabel,
                                              summary: texts.plain(outcome.summary))
                nodes.append(Node(document: document, staticPath: TreeStepPaths.path(steps), registerTexts: [outcome.title]))
            }
            // An action once, at the first route that shows it (an action's `als` keeps it off some routes).
            let facts = tree.facts(along: steps)
            for action in tree.actions(of: outcome, facts: facts) where !seenActions.contains(action.id) {
                seenActions.insert(action.id)
                let found = SearchDocument(kind: .action, title: action.title, path: Self.toolPath(steps), label: Self.actionLabel,
                                           summary: SnippetText.clean(tree.text(of: action, facts: facts)),
                                           parts: [.init(heading: "", anchor: "", text: "Uitkomst: \(outcome.title)")])
                actionNodes.append(Node(document: found, staticPath: TreeStepPaths.path(steps), registerTexts: []))
            }
        }
        self.nodes = nodes + actionNodes
    }

    /// The tool with the answers in its fragment (`#vraag=optie&vraag=optie`); the start has none.
    static func toolPath(_ steps: [Step]) -> String {
        let fragment = steps.map { "\($0.question)=\($0.option)" }.joined(separator: "&")
        return TreeStepPaths.toolPath + (fragment.isEmpty ? "" : "#" + fragment)
    }
}
