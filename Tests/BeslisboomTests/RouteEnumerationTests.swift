import Testing
@testable import Beslisboom

@Suite("Route enumeration")
struct RouteEnumerationTests {
    /// A tree that merges: both `a=ja` and `a=nee → b=x` lead to question `c`.
    ///
    /// ```
    /// a  ja → c        nee → b
    /// b  x  → c        y   → o3
    /// c  1  → o1       2   → o2
    /// ```
    static let merging = DecisionTree(start: "a", questions: [
        Question(id: "a", text: "A?", options: [Option(id: "ja", label: "Ja", to: "c"), Option(id: "nee", label: "Nee", to: "b")]),
        Question(id: "b", text: "B?", options: [Option(id: "x", label: "X", to: "c"), Option(id: "y", label: "Y", to: "o3")]),
        Question(id: "c", text: "C?", options: [Option(id: "1", label: "1", to: "o1"), Option(id: "2", label: "2", to: "o2")]),
    ], outcomes: ["o1", "o2", "o3"].map {
        Outcome(id: $0, title: $0, registrations: [], deviation: .notNeeded, isThuiszitter: false)
    })

    @Test("The tiny tree has one route per outcome, in option order")
    func tinyRoutes() {
        let enumeration = TinyTree().tree.enumerateRoutes()
        #expect(enumeration.problems.isEmpty)
        #expect(enumeration.routes.map(\.steps.routeDescription) == ["a=ja → b=ja", "a=ja → b=nee", "a=nee"])
        #expect(enumeration.routes.map(\.outcomeID) == ["o-duo", "o-ot", "o-geen"])
    }

    @Test("Question prefixes: the empty prefix is the start, and each question once per way to reach it")
    func tinyPrefixes() {
        let prefixes = TinyTree().tree.enumerateRoutes().questionPrefixes
        #expect(prefixes.count == 2)
        #expect(prefixes[0].question == "a")
        #expect(prefixes[0].steps.isEmpty)
        #expect(prefixes[1].question == "b")
        #expect(prefixes[1].steps == steps(("a", "ja")))
    }

    @Test("A merging tree: every path through the shared question is a route of its own, none twice")
    func mergeCountsEveryPath() {
        let enumeration = Self.merging.enumerateRoutes()
        #expect(enumeration.problems.isEmpty)
        let described = enumeration.routes.map(\.steps.routeDescription)
        #expect(described == [
            "a=ja → c=1", "a=ja → c=2",
            "a=nee → b=x → c=1", "a=nee → b=x → c=2",
            "a=nee → b=y",
        ])
        #expect(Set(described).count == described.count)
        // The shared question is reached by two prefixes, and that is no error.
        let toC = enumeration.questionPrefixes.filter { $0.question == "c" }.map(\.steps.routeDescription)
        #expect(toC == ["a=ja", "a=nee → b=x"])
        #expect(Set(enumeration.routes.map(\.outcomeID)) == ["o1", "o2", "o3"])
    }

    @Test("Each enumerated route evaluates back to its own outcome")
    func routesEvaluate() throws {
        for route in Self.merging.enumerateRoutes().routes {
            let answers = Dictionary(uniqueKeysWithValues: route.steps.map { ($0.question, $0.option) })
            #expect(try Self.merging.evaluate(answers: answers).outcome.id == route.outcomeID)
        }
    }

    @Test("A merging tree passes the validator: no duplicate, unreachable or cycle errors")
    func mergeValidates() {
        let diagnostics = TreeValidator().validate(Self.merging)
        #expect(diagnostics.matching("twee keer").isEmpty, "\(diagnostics.listing)")
        #expect(diagnostics.matching("niet te bereiken").isEmpty, "\(diagnostics.listing)")
        #expect(diagnostics.matching("kringloop").isEmpty, "\(diagnostics.listing)")
    }

    @Test("A cycle is reported with the route that closes it, and the walk still ends")
    func cycleReported() throws {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options[1].to = "a"
        let enumeration = parts.tree.enumerateRoutes()
        #expect(enumeration.problems.count == 1)
        let problem = try #require(enumeration.problems.first)
        guard case let .cycle(backTo, after, _) = problem else {
            Issue.record("expected a cycle, got \(problem)")
            return
        }
        #expect(backTo == "a")
        #expect(after == steps(("a", "ja"), ("b", "nee")))
        // The other routes are still found.
        #expect(enumeration.routes.map(\.steps.routeDescription) == ["a=ja → b=ja", "a=nee"])
    }

    @Test("A dangling option is a problem on its own route; the rest of the tree is still walked")
    func danglingReported() throws {
        var parts = TinyTree()
        parts.questions[parts.q("a")].options[1].to = "nergens"
        let enumeration = parts.tree.enumerateRoutes()
        let problem = try #require(enumeration.problems.first)
        guard case let .dangling(to, after, _) = problem else {
            Issue.record("expected a dangling reference, got \(problem)")
            return
        }
        #expect(to == "nergens")
        #expect(after == steps(("a", "nee")))
        #expect(enumeration.routes.count == 2)
    }

    @Test("The route limit stops the walk and says so")
    func limit() {
        let enumeration = Self.merging.enumerateRoutes(limit: 2)
        #expect(enumeration.routes.count == 2)
        #expect(enumeration.problems.contains {
            if case .tooManyRoutes(let limit) = $0 { return limit == 2 }
            return false
        })
    }
}
