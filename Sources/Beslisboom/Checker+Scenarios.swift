import Messages

/// Scenarios must reach the outcome they expect, and together take every option.
extension Checker {
    /// The ids a scenario names: its answers' questions and options, and what it expects. These need no
    /// route, so they are checked with the tree's own ids: an option removed from boom.yml is reported
    /// at the scenarios that still answer with it in the same run as what else the removal breaks.
    mutating func scenarioReferences(_ scenarios: [Scenario]) {
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
        }
    }

    /// Runs each scenario whose ids `scenarioReferences` found in the tree.
    mutating func scenarios(_ scenarios: [Scenario]) {
        for scenario in scenarios {
            // An answer that is no option was reported at its line; running the scenario would only say it again.
            guard unknownAnswers(of: scenario).isEmpty else { continue }
            let answers = Dictionary(scenario.answers.map { ($0.question, $0.option) }, uniquingKeysWith: { first, _ in first })
            let evaluation: Evaluation
            do {
                evaluation = try tree.evaluate(answers: answers)
            } catch {
                report(.scenarioCannotRun(scenario.name, reason: error.description), at: scenario.position)
                continue
            }
            for condition in scenario.expected
            where problems(of: condition, context: "").isEmpty && !tree.holds(condition, outcome: evaluation.outcome, facts: evaluation.facts) {
                let actual = tree.value(of: condition.subject, outcome: evaluation.outcome, facts: evaluation.facts)
                let valueAt = positionOfValue(condition.subject, outcome: evaluation.outcome, route: evaluation.route.steps)?.description
                // A list is tested for what it contains; `registratie: geen` says what it is (empty).
                let noneWord = OutcomeAttribute.named(condition.subject)?.noneWord
                let isList = OutcomeSubject(rawValue: condition.subject)?.isList == true && condition.anyOf != noneWord.map { [$0] }
                report(.scenarioWrongValue(scenario.name, subject: condition.subject, expected: describe(condition), actual: "\(actual)",
                                           outcome: evaluation.outcome.id, writtenAt: valueAt, isList: isList), at: condition.position ?? scenario.position, route: evaluation.route.steps)
            }
        }
    }

    /// Every option, and every exception of an option, is taken by at least one scenario.
    mutating func coverage(_ scenarios: [Scenario]) {
        // A scenario with an answer that is no option (an option renamed in boom.yml and not in
        // scenarios.yml) was reported at that answer; which options it meant to take is unknown, so the
        // questions it answers are not reported as untaken on top of it.
        let uncertain = Set(scenarios.flatMap(unknownAnswers(of:)))
        guard !uncertain.contains(where: { tree.questionsByID[$0] == nil }) else { return }
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
        for question in tree.questions where !uncertain.contains(question.id) {
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

    /// The questions a scenario answers with an option the tree does not have (or that the tree does not have).
    func unknownAnswers(of scenario: Scenario) -> [String] {
        scenario.answers.filter { answer in tree.questionsByID[answer.question]?.option(answer.option) == nil }.map(\.question)
    }
}
