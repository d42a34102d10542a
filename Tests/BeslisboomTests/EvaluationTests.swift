import Testing
@testable import Beslisboom

@Suite("Evaluation: answers to an outcome")
struct EvaluationTests {
    let tree = TinyTree().tree

    @Test("Every complete set of answers reaches its outcome", arguments: [
        (["a": "nee"], "o-geen"),
        (["a": "ja", "b": "ja"], "o-duo"),
        (["a": "ja", "b": "nee"], "o-ot"),
    ])
    func reachesOutcome(answers: [String: String], outcome: String) throws {
        let evaluation = try tree.evaluate(answers: answers)
        #expect(evaluation.outcome.id == outcome)
        #expect(evaluation.route.outcomeID == outcome)
        // The route holds the answers in the order the questions are asked, starting at the start.
        #expect(evaluation.route.steps.first?.question == "a")
        #expect(evaluation.route.steps.count == answers.count)
        for step in evaluation.route.steps { #expect(answers[step.question] == step.option) }
    }

    @Test("The route is described in question order as editors read it")
    func routeDescription() throws {
        let evaluation = try tree.evaluate(answers: ["b": "nee", "a": "ja"])
        #expect(evaluation.route.steps.routeDescription == "a=ja → b=nee")
        #expect([Step]().routeDescription == "(start)")
    }

    @Test("Facts are collected along the route, and only along the route")
    func factsAlongRoute() throws {
        let ot = try tree.evaluate(answers: ["a": "ja", "b": "nee"])
        #expect(ot.facts == ["ingeschreven": "ja", "verzuim": "geoorloofd"])
        let none = try tree.evaluate(answers: ["a": "nee"])
        #expect(none.facts == ["ingeschreven": "nee"])
        #expect(none.facts["verzuim"] == nil)
    }

    @Test("A later answer overrides a fact an earlier answer set")
    func laterFactWins() throws {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options[0] = Option(id: "ja", label: "Ja",
            facts: ["verzuim": "ongeoorloofd", "ingeschreven": "nee"], to: "o-duo")
        let facts = parts.tree.facts(along: steps(("a", "ja"), ("b", "ja")))
        #expect(facts["ingeschreven"] == "nee")
        #expect(facts["verzuim"] == "ongeoorloofd")
    }

    @Test("A question on the route without an answer is an error that names the question and the route so far")
    func missingAnswer() {
        #expect(throws: EvaluationError.missingAnswer(question: "b", after: steps(("a", "ja")))) {
            try tree.evaluate(answers: ["a": "ja"])
        }
        let error = EvaluationError.missingAnswer(question: "b", after: steps(("a", "ja")))
        #expect(error.description == "de route komt bij vraag 'b', maar daar is geen antwoord op (route: a=ja)")
    }

    @Test("No answers at all: the start question is missing")
    func noAnswers() {
        #expect(throws: EvaluationError.missingAnswer(question: "a", after: [])) {
            try tree.evaluate(answers: [:])
        }
    }

    @Test("An option the question does not have is an error")
    func unknownOption() {
        #expect(throws: EvaluationError.unknownOption(question: "b", option: "misschien", after: steps(("a", "ja")))) {
            try tree.evaluate(answers: ["a": "ja", "b": "misschien"])
        }
        let error = EvaluationError.unknownOption(question: "b", option: "misschien", after: steps(("a", "ja")))
        #expect(error.description.contains("vraag 'b' heeft geen optie 'misschien'"))
        #expect(error.description.contains("(route: a=ja)"))
    }

    @Test("An answer to a question not on the route is an error, also for unknown question ids")
    func unusedAnswer() {
        // b is a real question, but a=nee never reaches it.
        #expect(throws: EvaluationError.unusedAnswers(questions: ["b"], route: steps(("a", "nee")))) {
            try tree.evaluate(answers: ["a": "nee", "b": "ja"])
        }
        #expect(throws: EvaluationError.unusedAnswers(questions: ["bestaat-niet", "c"], route: steps(("a", "nee")))) {
            try tree.evaluate(answers: ["a": "nee", "c": "x", "bestaat-niet": "y"])
        }
        let error = EvaluationError.unusedAnswers(questions: ["b"], route: steps(("a", "nee")))
        #expect(error.description == "antwoorden op vragen die niet op de route liggen: b (route: a=nee)")
    }

    @Test("An option that leads nowhere is a dangling reference")
    func danglingReference() {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options[1].to = "o-onbekend"
        #expect(throws: EvaluationError.danglingReference(to: "o-onbekend", after: steps(("a", "ja"), ("b", "nee")))) {
            try parts.tree.evaluate(answers: ["a": "ja", "b": "nee"])
        }
        // The other branch still works.
        #expect((try? parts.tree.evaluate(answers: ["a": "ja", "b": "ja"]))?.outcome.id == "o-duo")
    }

    @Test("A start that is neither question nor outcome is a dangling reference at the start")
    func danglingStart() {
        var parts = TinyTree()
        parts.start = "begin"
        #expect(throws: EvaluationError.danglingReference(to: "begin", after: [])) {
            try parts.tree.evaluate(answers: ["a": "ja"])
        }
    }

    @Test("Following answers round a loop is reported as a cycle, not an endless walk")
    func cycle() {
        var parts = TinyTree()
        parts.questions[parts.q("b")].options[1].to = "a"
        #expect(throws: EvaluationError.cycle(after: steps(("a", "ja"), ("b", "nee")))) {
            try parts.tree.evaluate(answers: ["a": "ja", "b": "nee"])
        }
    }
}
