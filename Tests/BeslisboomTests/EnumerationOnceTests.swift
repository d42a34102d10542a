import Testing
@testable import Beslisboom

/// Issue 16, point 3: the site enumerates the routes once and hands them to the validator. The
/// validator's findings must not depend on who enumerated.
@Suite("TreeValidator: routes enumerated by the caller")
struct EnumerationOnceTests {
    /// Trees with findings in every stage: none, an invariant that fails on a route, an unreachable
    /// outcome, a cycle, a scenario that expects another outcome.
    static func trees() -> [(String, DecisionTree)] {
        var failingRule = TinyTree()
        failingRule.outcomes[failingRule.o("o-duo")].registrations = [.otThuiszitter]
        var unreachable = TinyTree()
        unreachable.questions[unreachable.q("b")].options[1].to = "o-duo"
        var cycle = TinyTree()
        cycle.questions[cycle.q("b")].options[1].to = "a"
        var scenario = TinyTree()
        scenario.scenarios[0].expected = [Condition(subject: "uitkomst", anyOf: ["o-duo"])]
        return [("good", TinyTree().tree), ("rule", failingRule.tree), ("unreachable", unreachable.tree),
                ("cycle", cycle.tree), ("scenario", scenario.tree)]
    }

    @Test("Passing the enumeration gives the same diagnostics, in the same order, as letting the validator enumerate")
    func sameDiagnostics() {
        for (name, tree) in Self.trees() {
            let own = TreeValidator().validate(tree).map(\.description)
            let given = TreeValidator().validate(tree, enumeration: tree.enumerateRoutes()).map(\.description)
            #expect(own == given, "\(name)")
            if name != "good" { #expect(!own.isEmpty, "\(name) finds nothing") }
        }
    }
}
