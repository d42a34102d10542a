import Messages

/// Checks a decision tree for consistency: structure, references, invariants on every route,
/// scenarios and scenario coverage. Knows nothing of files: links are checked through `resolveLink`.
public struct TreeValidator: Sendable {
    /// Returns the message when a link field (an outcome's `links`, an action's `pagina`), written at a
    /// position, does not resolve. Links inside Markdown texts are the renderer's to check.
    public typealias LinkResolver = @Sendable (_ link: String, _ position: SourcePosition?) -> Message?

    public var resolveLink: LinkResolver?
    /// How many failing routes to list per invariant and outcome before summarising the rest.
    public var routesListedPerInvariant = 3

    public init(resolveLink: LinkResolver? = nil) {
        self.resolveLink = resolveLink
    }

    /// Runs in stages: ids and references, then the shape of the tree, then everything per route.
    /// A stage with errors ends the run: one typo in a `naar` would otherwise make every later
    /// question unreachable and every scenario fail, burying the one line to fix. The ids in the
    /// scenarios are checked with the first stage and end none.
    /// - Parameter enumeration: the tree's routes, when the caller has enumerated them already (the
    ///   site needs them too, and they are the biggest part of the work).
    public func validate(_ tree: DecisionTree, extraScenarios: [Scenario] = [], enumeration: RouteEnumeration? = nil) -> [TreeDiagnostic] {
        var check = Checker(tree: tree, validator: self)
        let enumeration = enumeration ?? tree.enumerateRoutes()
        for (steps, question) in enumeration.questionPrefixes where check.firstRouteTo[question] == nil {
            check.firstRouteTo[question] = steps
        }
        check.uniqueIDs()
        check.identifierSyntax()
        check.references()
        let referencesBroken = check.hasErrors
        // The ids the scenarios name need no route, and a mistake in them is never a consequence of
        // another: they are reported in every run (a removed option shows at its scenarios at once),
        // but they end no stage, so a scenario with a typo does not hide a broken rule.
        let scenarios = tree.scenarios + extraScenarios
        check.scenarioReferences(scenarios)
        guard !referencesBroken else { return check.diagnostics }
        // An outcome that contradicts itself does not bury other lines: the rules still run, so the
        // editor also sees which rule the edited value breaks.
        check.outcomeConsistency()
        check.structure(enumeration)
        guard !check.diagnostics.contains(where: { $0.severity == .error && $0.isStructural }) else { return check.diagnostics }
        // Each route's facts once: every rule and every action condition reads them.
        let facts = enumeration.routes.map { tree.facts(along: $0.steps) }
        check.conditionalParts(enumeration.routes, facts: facts)
        check.invariants(enumeration.routes, facts: facts)
        check.scenarios(scenarios)
        check.coverage(scenarios)
        return check.diagnostics
    }
}
