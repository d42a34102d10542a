/// The result of following a set of answers to an outcome.
public struct Evaluation: Sendable {
    public var route: Route
    public var outcome: Outcome
    /// Fact id → value id established by the route's answers.
    public var facts: [String: String]

    public init(route: Route, outcome: Outcome, facts: [String: String]) {
        self.route = route
        self.outcome = outcome
        self.facts = facts
    }
}

public enum EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingAnswer(question: String, after: [Step])
    case unknownOption(question: String, option: String, after: [Step])
    case unusedAnswers(questions: [String], route: [Step])
    case danglingReference(to: String, after: [Step])
    case cycle(after: [Step])

    public var description: String {
        switch self {
        case let .missingAnswer(question, after):
            "de route komt bij vraag '\(question)', maar daar is geen antwoord op (route: \(after.routeDescription))"
        case let .unknownOption(question, option, after):
            "vraag '\(question)' heeft geen optie '\(option)' (route: \(after.routeDescription))"
        case let .unusedAnswers(questions, route):
            "antwoorden op vragen die niet op de route liggen: \(questions.joined(separator: ", ")) (route: \(route.routeDescription))"
        case let .danglingReference(to, after):
            "'\(to)' is geen vraag en geen uitkomst (route: \(after.routeDescription))"
        case let .cycle(after):
            "de route komt terug bij een vraag die al gesteld is (route: \(after.routeDescription))"
        }
    }
}

extension DecisionTree {
    /// Follows `answers` (question id → option id) from the start to an outcome.
    /// Every question on the route needs an answer, and every answer must be used.
    public func evaluate(answers: [String: String]) throws(EvaluationError) -> Evaluation {
        var steps: [Step] = []
        var seen: Set<String> = []
        var current = start
        while true {
            if let outcome = outcomesByID[current] {
                let unused = answers.keys.filter { key in !steps.contains { $0.question == key } }.sorted()
                if !unused.isEmpty { throw .unusedAnswers(questions: unused, route: steps) }
                let route = Route(steps: steps, outcomeID: outcome.id)
                return Evaluation(route: route, outcome: outcome, facts: facts(along: steps))
            }
            guard let question = questionsByID[current] else { throw .danglingReference(to: current, after: steps) }
            guard seen.insert(question.id).inserted else { throw .cycle(after: steps) }
            guard let answer = answers[question.id] else { throw .missingAnswer(question: question.id, after: steps) }
            guard let option = question.option(answer) else {
                throw .unknownOption(question: question.id, option: answer, after: steps)
            }
            steps.append(Step(question: question.id, option: option.id))
            current = destination(of: option, along: steps)
        }
    }

    /// Where an option leads at the end of these steps (the last step answers with the option).
    public func destination(of option: Option, along steps: some Collection<Step>) -> String {
        exceptionTaken(by: option, along: steps).map { option.exceptions[$0].to } ?? option.to
    }

    /// Which of an option's exceptions (the first that fits) the route through these steps takes, if any.
    /// Only an option with exceptions needs the facts so far: gathering them at every step of every route
    /// made the route walk grow with routes times depth.
    func exceptionTaken(by option: Option, along steps: some Collection<Step>) -> Int? {
        guard !option.exceptions.isEmpty else { return nil }
        let facts = facts(along: steps)
        return option.exceptions.firstIndex { exception in exception.when.allSatisfy { holds($0, facts: facts) } }
    }

    /// The actions of an outcome that belong to a route with these facts, in the outcome's order.
    public func actions(of outcome: Outcome, facts: [String: String]) -> [Action] {
        outcome.actions.compactMap { actionsByID[$0] }.filter { action in
            action.conditions.allSatisfy { holds($0, facts: facts) }
        }
    }

    /// The facts established along a sequence of answers (a later answer overrides an earlier one).
    public func facts(along steps: some Sequence<Step>) -> [String: String] {
        var result: [String: String] = [:]
        for step in steps {
            guard let facts = optionsByStep[step]?.facts else { continue }
            if result.isEmpty { result = facts } else { result.merge(facts) { _, new in new } }
        }
        return result
    }

    /// The value a condition's subject has on a route.
    public func value(of subject: String, outcome: Outcome, facts: [String: String]) -> SubjectValue {
        guard let known = OutcomeSubject(rawValue: subject) else { return .single(facts[subject]) }
        switch known {
        case .actions: return known.value(of: outcome, actions: actions(of: outcome, facts: facts))
        case .firstActions: return known.value(of: outcome, actions: plan(outcome: outcome, facts: facts).first.map(\.action))
        default: return known.value(of: outcome, actions: [])
        }
    }

    /// Whether a condition holds for an outcome reached with the given facts.
    public func holds(_ condition: Condition, outcome: Outcome, facts: [String: String]) -> Bool {
        holds(condition, value: value(of: condition.subject, outcome: outcome, facts: facts))
    }

    /// Whether a condition on facts holds (before any outcome is reached: exceptions, action conditions).
    public func holds(_ condition: Condition, facts: [String: String]) -> Bool {
        holds(condition, value: .single(facts[condition.subject]))
    }

    private func holds(_ condition: Condition, value: SubjectValue) -> Bool {
        // A list attribute may have a word for "empty" (`registratie: geen`).
        let noneWord = OutcomeAttribute.named(condition.subject)?.noneWord
        switch value {
        case .single(let single):
            if let anyOf = condition.anyOf, !(single.map(anyOf.contains) ?? false) { return false }
            if let noneOf = condition.noneOf, let single, noneOf.contains(single) { return false }
            if let allOf = condition.allOf, !allOf.allSatisfy({ $0 == single }) { return false }
            return true
        case .list(let list):
            func contains(_ wanted: String) -> Bool {
                wanted == noneWord ? list.isEmpty : list.contains(wanted)
            }
            if let anyOf = condition.anyOf, !anyOf.contains(where: contains) { return false }
            if let noneOf = condition.noneOf, noneOf.contains(where: contains) { return false }
            if let allOf = condition.allOf, !allOf.allSatisfy(contains) { return false }
            return true
        }
    }
}
