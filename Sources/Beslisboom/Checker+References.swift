import Messages

/// Every id an option, outcome, invariant or scenario names must exist; every link field must resolve.
extension Checker {
    mutating func references() {
        if tree.questionsByID[tree.start] == nil {
            report(.treeStartNotQuestion(tree.start, isOutcome: tree.outcomesByID[tree.start] != nil,
                                         suggestion: suggestion(tree.start, among: tree.questions.map(\.id))), at: tree.startPosition)
        }
        let nodeIDs = tree.questions.map(\.id) + tree.outcomes.map(\.id)
        for question in tree.questions {
            if question.options.count < 2 {
                report(.treeTooFewOptions(question.id, count: question.options.count), at: question.position)
            }
            for option in question.options {
                let route = firstRouteTo[question.id].map { $0 + [Step(question: question.id, option: option.id)] }
                let targets = [(option.to, option.toPosition ?? option.position)]
                    + option.exceptions.map { ($0.to, $0.toPosition ?? $0.position) }
                for (target, position) in targets where tree.questionsByID[target] == nil && tree.outcomesByID[target] == nil {
                    report(.treeOptionLeadsNowhere("\(question.id)=\(option.id)", to: target, suggestion: suggestion(target, among: nodeIDs)), at: position, route: route)
                }
                for (fact, value) in option.facts.sorted(by: { $0.key < $1.key }) {
                    checkFactValue(fact, value, at: option.position, context: "optie '\(question.id)=\(option.id)'")
                }
                for exception in option.exceptions {
                    if exception.when.isEmpty {
                        report(.treeExceptionWithoutWhen("\(question.id)=\(option.id)", to: exception.to), at: exception.position)
                    }
                    for condition in exception.when {
                        checkCondition(condition, context: "een uitzondering van optie '\(question.id)=\(option.id)'", factsOnly: true)
                    }
                }
            }
        }
        // An action a misspelt reference was meant for is not reported unused on top of the typo.
        var meant: Set<String> = []
        for outcome in tree.outcomes {
            for action in outcome.actions where tree.actionsByID[action] == nil {
                let closest = suggestion(action, among: tree.actions.map(\.id))
                if let closest { meant.insert(closest) }
                report(.treeUnknownAction(outcome.id, action: action, suggestion: closest), at: outcome.position(of: "acties/\(action)"))
            }
            var listed: Set<String> = []
            for action in outcome.actions where !listed.insert(action).inserted {
                report(.treeActionTwice(outcome.id, action: action), at: outcome.position(of: "acties/\(action)"))
            }
            if outcome.isProvisional && !outcome.registrations.isEmpty {
                report(.treeProvisionalRegisters(outcome.id, registrations: outcome.registrations.map(\.rawValue)), at: outcome.position(of: "registratie"))
            }
            for fact in outcome.showFacts where tree.factsByID[fact] == nil {
                report(.treeUnknownShownFact(outcome.id, fact: fact, suggestion: suggestion(fact, among: tree.facts.map(\.id))), at: outcome.position(of: "toon-feiten"))
            }
            for link in outcome.links { checkLink(link, at: outcome.position(of: "links/\(link)")) }
        }
        for action in tree.actions {
            if let page = action.page { checkLink(page, at: action.pagePosition ?? action.position) }
            for condition in action.conditions {
                checkCondition(condition, context: "het 'als' van actie '\(action.id)'", factsOnly: true)
            }
        }
        let used = Set(tree.outcomes.flatMap(\.actions))
        for action in tree.actions where !used.contains(action.id) && !meant.contains(action.id) {
            report(.treeActionUnused(action.id), at: action.position)
        }
        for invariant in tree.invariants {
            for condition in invariant.when + invariant.then { checkCondition(condition, context: "invariant '\(invariant.id)'") }
            // A policy rule may only demand what is verplicht; advice from other regions is not a rule here.
            for condition in invariant.then
            where [OutcomeSubject.actions.rawValue, OutcomeSubject.firstActions.rawValue].contains(condition.subject) {
                for id in (condition.anyOf ?? []) + (condition.allOf ?? []) where tree.actionsByID[id]?.kind == .recommended {
                    report(.treeInvariantRequiresRecommended(invariant.id, action: id), at: condition.position ?? invariant.position)
                }
            }
            if invariant.then.isEmpty {
                report(.treeInvariantWithoutThen(invariant.id), at: invariant.position)
            }
        }
    }

    mutating func checkFactValue(_ fact: String, _ value: String, at position: SourcePosition?, context: String) {
        guard let definition = tree.factsByID[fact] else {
            report(.treeUnknownFact(context, fact: fact, suggestion: suggestion(fact, among: tree.facts.map(\.id))), at: position)
            return
        }
        if definition.label(of: value) == nil {
            report(.treeUnknownFactValue(context, fact: fact, value: value, values: definition.values.map(\.id),
                                         suggestion: suggestion(value, among: definition.values.map(\.id))), at: position)
        }
    }

    /// The subject must exist and every value it tests must be one the subject can have.
    /// `factsOnly`: the condition is tested before an outcome is known, so it may only test facts.
    mutating func checkCondition(_ condition: Condition, context: String, factsOnly: Bool = false) {
        for problem in problems(of: condition, context: context, factsOnly: factsOnly) { report(problem, at: condition.position) }
    }

    /// What `checkCondition` reports; a scenario runs only the conditions without problems, so a typo
    /// in what it expects is one error, not that error and a failed expectation.
    func problems(of condition: Condition, context: String, factsOnly: Bool = false) -> [Message] {
        let allowed: [String]
        let subject = condition.subject
        var problems: [Message] = []
        if let known = OutcomeSubject(rawValue: subject) {
            if factsOnly { return [.treeAttributeTestedEarly(context, subject: subject)] }
            allowed = known.allowedValues(in: tree)
            if condition.allOf != nil && !known.isList {
                problems.append(.treeAllOnlyOnLists(context, subject: "'\(subject)'"))
            }
        } else if let fact = tree.factsByID[subject] {
            allowed = fact.values.map(\.id)
            if condition.allOf != nil {
                problems.append(.treeAllOnlyOnLists(context, subject: "feit '\(subject)'"))
            }
        } else {
            let subjects = OutcomeSubject.allCases.map(\.rawValue) + tree.facts.map(\.id)
            return [.treeUnknownSubject(context, subject: subject, attributes: OutcomeSubject.allCases.map(\.rawValue),
                                        suggestion: suggestion(subject, among: subjects))]
        }
        for value in condition.mentionedValues where !allowed.contains(value) {
            problems.append(.treeImpossibleValue(context, subject: subject, value: value, possible: allowed,
                                                 suggestion: suggestion(value, among: allowed)))
        }
        return problems
    }

    mutating func checkLink(_ link: String, at position: SourcePosition?) {
        if let problem = validator.resolveLink?(link, position) { report(problem, at: position) }
    }

    /// The candidate closest to a misspelt id, for "bedoel je ...?".
    func suggestion(_ wrong: String, among candidates: [String]) -> String? {
        Spelling.closest(to: wrong, among: candidates)
    }
}
