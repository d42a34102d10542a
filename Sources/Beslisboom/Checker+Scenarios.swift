import Messages

/// Scenarios must reach the outcome they expect, and together take every option.
extension Checker {
    mutating func scenarios(_ scenarios: [Scenario]) {
        for scenario in scenarios {
            for answer in scenario.answers {
                guard let question = tree.questionsByID[answer.question] else {
                    report(.scenarioUnknownQuestion(scenario.name, question: answer.question, suggestion: suggestion(answer.question, among: tree.questions.map(\.id))),
                           at: answer.position ?? scenario.position)
                    continue
                }
                if question.option(answer.option) == nil {
                    report(.scenarioUnknownOption(scenario.name, question: answer.question, option: answer.option, options: question.options.map(\.id),
                                                  suggestion: suggestion(answer.option, among: question.options.map(\.id))), at: answer.position ?? scenario.position)
                }
            }
            for condition in scenario.expected { checkCondition(condition, context: "scenario '\(scenario.name)'") }
            let answers = Dictionary(scenario.answers.map { ($0.question, $0.option) }, uniquingKeysWith: { first, _ in first })
            let evaluation: Evaluation
            do {
                evaluation = try tree.evaluate(answers: answers)
            } catch {
                report(.scenarioCannotRun(scenario.name, reason: error.description), at: scenario.position)
                continue
            }
            for condition in scenario.expected
            where !tree.holds(condition, outcome: evaluation.outcome, facts: evaluation.facts) {
                let actual = tree.value(of: condition.subject, outcome: evaluation.outcome, facts: evaluation.facts)
                let valueAt = positionOfValue(condition.subject, outcome: evaluation.outcome, route: evaluation.route.steps)?.description
                report(.scenarioWrongValue(scenario.name, subject: condition.subject, expected: describe(condition), actual: "\(actual)",
                                           outcome: evaluation.outcome.id, writtenAt: valueAt), at: condition.position ?? scenario.position, route: evaluation.route.steps)
            }
        }
    }

    /// Every option, and every exception of an option, is taken by at least one scenario.
    mutating func coverage(_ scenarios: [Scenario]) {
        var taken: Set<Step> = []
        var takenDestinations: Set<String> = []
        for scenario in scenarios {
            let answers = Dictionary(scenario.answers.map { ($0.question, $0.option) }, uniquingKeysWith: { first, _ in first })
            guard let evaluation = try? tree.evaluate(answers: answers) else { continue }
            taken.formUnion(evaluation.route.steps)
            for (index, step) in evaluation.route.steps.enumerated() {
                guard let option = tree.optionsByStep[step] else { continue }
                takenDestinations.insert("\(step.question)=\(step.option)>\(tree.destination(of: option, along: evaluation.route.steps[...index]))")
            }
        }
        for question in tree.questions {
            for option in question.options {
                guard taken.contains(Step(question: question.id, option: option.id)) else {
                    report(.scenarioOptionNotCovered(question.id, option: option.id), at: option.position)
                    continue
                }
                for exception in option.exceptions where !takenDestinations.contains("\(question.id)=\(option.id)>\(exception.to)") {
                    report(.scenarioExceptionNotCovered("\(question.id)=\(option.id)", to: exception.to), at: exception.position)
                }
            }
        }
    }
}
