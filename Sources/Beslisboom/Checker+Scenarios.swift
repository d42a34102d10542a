/// Scenarios must reach the outcome they expect, and together take every option.
extension Checker {
    mutating func scenarios(_ scenarios: [Scenario]) {
        for scenario in scenarios {
            for answer in scenario.answers {
                guard let question = tree.questionsByID[answer.question] else {
                    error("scenario '\(scenario.name)' answers question '\(answer.question)', which does not exist\(suggestion(answer.question, among: tree.questions.map(\.id)))", at: answer.position ?? scenario.position)
                    continue
                }
                if question.option(answer.option) == nil {
                    error("scenario '\(scenario.name)' answers '\(answer.question)' with '\(answer.option)', which is not one of its options (\(question.options.map(\.id).joined(separator: ", ")))\(suggestion(answer.option, among: question.options.map(\.id)))", at: answer.position ?? scenario.position)
                }
            }
            for condition in scenario.expected { checkCondition(condition, context: "scenario '\(scenario.name)'") }
            let answers = Dictionary(scenario.answers.map { ($0.question, $0.option) }, uniquingKeysWith: { first, _ in first })
            let evaluation: Evaluation
            do {
                evaluation = try tree.evaluate(answers: answers)
            } catch {
                self.error("scenario '\(scenario.name)': \(error)", at: scenario.position)
                continue
            }
            for condition in scenario.expected
            where !tree.holds(condition, outcome: evaluation.outcome, facts: evaluation.facts) {
                let actual = tree.value(of: condition.subject, outcome: evaluation.outcome, facts: evaluation.facts)
                error("scenario '\(scenario.name)' expects '\(condition.subject)' to be \(describe(condition)), but the route gives \(actual) (outcome '\(evaluation.outcome.id)')", at: condition.position ?? scenario.position, route: evaluation.route.steps)
            }
        }
    }

    mutating func coverage(_ scenarios: [Scenario]) {
        var taken: Set<Step> = []
        for scenario in scenarios {
            let answers = Dictionary(scenario.answers.map { ($0.question, $0.option) }, uniquingKeysWith: { first, _ in first })
            guard let evaluation = try? tree.evaluate(answers: answers) else { continue }
            taken.formUnion(evaluation.route.steps)
        }
        for question in tree.questions {
            for option in question.options where !taken.contains(Step(question: question.id, option: option.id)) {
                error("option '\(question.id)=\(option.id)' is not taken by any scenario; add a scenario whose route answers \(question.id): \(option.id)", at: option.position)
            }
        }
    }
}
