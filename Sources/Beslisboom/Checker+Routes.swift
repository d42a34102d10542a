/// Checks that need the routes: reachability, cycles, dead ends and the invariants.
extension Checker {
    /// Rules every outcome keeps on its own, whatever route reaches it.
    mutating func outcomeConsistency() {
        for outcome in tree.outcomes {
            let inDUO = outcome.registrations.contains(.duo)
            if inDUO && outcome.duoReport == .none {
                error("outcome '\(outcome.id)' registers in DUO but says duo-melding: geen; name the melding (\(DuoReport.allCases.dropFirst().map(\.rawValue).joined(separator: ", ")))", at: outcome.position(of: "duo-melding"))
            }
            if !inDUO && outcome.duoReport != .none {
                error("outcome '\(outcome.id)' has duo-melding '\(outcome.duoReport.rawValue)' but does not register in DUO; add duo to registratie or set duo-melding: geen", at: outcome.position(of: "duo-melding"))
            }
            if outcome.deviation == .checkDecisionAid && (outcome.note ?? "").isEmpty {
                error("outcome '\(outcome.id)' says afwijking: keuzehulp; add an opmerking that names the sources that differ", at: outcome.position(of: "afwijking"))
            }
            if outcome.deviation == .undetermined && !outcome.isProvisional {
                error("outcome '\(outcome.id)' says afwijking: nog-onbekend but is not voorlopig; only an outcome where the school must first find something out leaves the afwijking open", at: outcome.position(of: "afwijking"))
            }
            if Set(outcome.registrations.map(\.rawValue)).count != outcome.registrations.count {
                error("outcome '\(outcome.id)' names the same registratie twice", at: outcome.position(of: "registratie"))
            }
        }
    }

    mutating func structure(_ enumeration: RouteEnumeration) {
        for problem in enumeration.problems {
            switch problem {
            case .dangling:
                // Reported at the option (with its route) by references().
                continue
            case let .cycle(backTo, after, position):
                error("cycle: this route comes back to question '\(backTo)', which it already asked", at: position, route: after)
            case let .tooManyRoutes(limit):
                error("the tree has more than \(limit) routes; split it or merge branches", at: tree.startPosition)
            }
        }
        let reachedQuestions = Set(enumeration.questionPrefixes.map(\.question))
        for question in tree.questions where !reachedQuestions.contains(question.id) {
            error("question '\(question.id)' cannot be reached from start '\(tree.start)': no option leads to it", at: question.position)
        }
        let reachedOutcomes = Set(enumeration.routes.map(\.outcomeID))
        for outcome in tree.outcomes where !reachedOutcomes.contains(outcome.id) {
            error("outcome '\(outcome.id)' cannot be reached: no route ends in it", at: outcome.position)
        }
    }

    /// Every invariant on every route. A failure is reported once per rule, outcome and tested
    /// subject, at the value that breaks it (the outcome's attribute, or the answer that set the
    /// fact), with the rule as the reason and at most `routesListedPerInvariant` routes.
    mutating func invariants(_ routes: [Route]) {
        struct FailureKey: Hashable { let outcome: String; let subject: String; let position: SourcePosition? }
        for invariant in tree.invariants {
            var applied = false
            var failures: [FailureKey: (condition: Condition, actual: SubjectValue, routes: [[Step]])] = [:]
            var order: [FailureKey] = []
            for route in routes {
                guard let outcome = tree.outcomesByID[route.outcomeID] else { continue }
                let facts = tree.facts(along: route.steps)
                guard invariant.when.allSatisfy({ tree.holds($0, outcome: outcome, facts: facts) }) else { continue }
                applied = true
                for condition in invariant.then where !tree.holds(condition, outcome: outcome, facts: facts) {
                    let key = FailureKey(outcome: outcome.id, subject: condition.subject,
                                         position: blamedPosition(condition.subject, invariant: invariant, outcome: outcome, route: route.steps))
                    if failures[key] == nil {
                        order.append(key)
                        failures[key] = (condition, tree.value(of: condition.subject, outcome: outcome, facts: facts), [])
                    }
                    failures[key]?.routes.append(route.steps)
                }
            }
            for key in order {
                guard let failure = failures[key] else { continue }
                let rule = invariant.rule.isEmpty ? "" : " (regel \(invariant.rule))"
                let at = invariant.position.map { " at \($0)" } ?? ""
                let routes = failure.routes
                let listed = routes.prefix(validator.routesListedPerInvariant).map(\.routeDescription).joined(separator: "; ")
                let more = routes.count > validator.routesListedPerInvariant ? " and \(routes.count - validator.routesListedPerInvariant) more" : ""
                error("'\(key.subject)' of outcome '\(key.outcome)' is \(failure.actual), but invariant '\(invariant.id)'\(rule)\(at) requires \(describe(failure.condition)) on \(routes.count) route(s): \(listed)\(more). Policy: \(invariant.policy)", at: key.position ?? failure.condition.position ?? invariant.position)
            }
            if !applied && !invariant.when.isEmpty {
                warning("invariant '\(invariant.id)' never applies: no route meets its 'als'; check the values it tests", at: invariant.position)
            }
        }
    }

    /// Where to point for a broken rule: a fact that contradicts a rule triggered by the outcome's
    /// own attributes (a DUO registration on an illness route) is fixed at that attribute, not at
    /// the answer; otherwise at the value itself.
    func blamedPosition(_ subject: String, invariant: Invariant, outcome: Outcome, route: [Step]) -> SourcePosition? {
        if OutcomeSubject(rawValue: subject) == nil,
           let trigger = invariant.when.first(where: { OutcomeSubject(rawValue: $0.subject) != nil && $0.subject != OutcomeSubject.outcome.rawValue }) {
            return outcome.position(of: trigger.subject)
        }
        return positionOfValue(subject, outcome: outcome, route: route)
    }

    /// Where the value of a subject on a route was written: the outcome's attribute, or the last
    /// answer on the route that set the fact.
    func positionOfValue(_ subject: String, outcome: Outcome, route: [Step]) -> SourcePosition? {
        if OutcomeSubject(rawValue: subject) != nil {
            return subject == OutcomeSubject.outcome.rawValue ? outcome.position : outcome.position(of: subject)
        }
        for step in route.reversed() {
            if let option = tree.questionsByID[step.question]?.option(step.option), option.facts[subject] != nil {
                return option.position
            }
        }
        return outcome.position
    }

    /// An action with an `als` that no route to an outcome meets is dead text in that outcome; an
    /// exception no route meets is dead too.
    mutating func conditionalParts(_ routes: [Route]) {
        var reportedPlaceholders: Set<String> = []
        var routesTo: [String: [[String: String]]] = [:]
        for route in routes { routesTo[route.outcomeID, default: []].append(tree.facts(along: route.steps)) }
        for outcome in tree.outcomes {
            let factSets = routesTo[outcome.id] ?? []
            for id in outcome.actions {
                guard let action = tree.actionsByID[id], !action.conditions.isEmpty, !factSets.isEmpty else { continue }
                let applies = factSets.contains { facts in action.conditions.allSatisfy { tree.holds($0, facts: facts) } }
                if !applies {
                    let tests = action.conditions.map { "\($0.subject) \(describe($0))" }.joined(separator: ", ")
                    error("action '\(id)' in outcome '\(outcome.id)' never applies: its 'als' (\(tests)) contradicts every route to this outcome; remove it from this outcome or change its 'als'", at: outcome.position(of: "acties/\(id)"))
                }
            }
        }
        // A text that names a fact needs that fact on every route where the action is shown.
        for route in routes {
            guard let outcome = tree.outcomesByID[route.outcomeID] else { continue }
            let facts = tree.facts(along: route.steps)
            for action in tree.actions(of: outcome, facts: facts) {
                for name in action.placeholders where facts[name] == nil {
                    // An unknown fact is one mistake in the action; an unset one is one per outcome.
                    let key = tree.factsByID[name] == nil ? "\(action.id)/\(name)" : "\(action.id)/\(outcome.id)/\(name)"
                    guard reportedPlaceholders.insert(key).inserted else { continue }
                    if tree.factsByID[name] == nil {
                        error("action '\(action.id)' names {\(name)} in its text, but feiten.yml has no fact '\(name)'\(suggestion(name, among: tree.facts.map(\.id)))", at: action.position)
                    } else {
                        error("action '\(action.id)' names {\(name)} in its text, but the route to outcome '\(outcome.id)' does not set '\(name)'; give the action an 'als' on that fact or remove it from this outcome", at: outcome.position(of: "acties/\(action.id)"), route: route.steps)
                    }
                }
            }
        }
        var taken: Set<String> = []
        for route in routes {
            var facts: [String: String] = [:]
            for step in route.steps {
                guard let option = tree.questionsByID[step.question]?.option(step.option) else { continue }
                facts.merge(option.facts) { _, new in new }
                if let index = option.exceptions.firstIndex(where: { $0.when.allSatisfy { tree.holds($0, facts: facts) } }) {
                    taken.insert("\(step.question)=\(step.option)#\(index)")
                }
            }
        }
        for question in tree.questions {
            for option in question.options {
                for (index, exception) in option.exceptions.enumerated() where !taken.contains("\(question.id)=\(option.id)#\(index)") {
                    warning("the exception of option '\(question.id)=\(option.id)' to '\(exception.to)' never applies: no route to this option meets its 'als'", at: exception.position)
                }
            }
        }
    }

    func describe(_ condition: Condition) -> String {
        var parts: [String] = []
        if let anyOf = condition.anyOf { parts.append(anyOf.count == 1 ? "'\(anyOf[0])'" : "one of [\(anyOf.joined(separator: ", "))]") }
        if let allOf = condition.allOf { parts.append("all of [\(allOf.joined(separator: ", "))]") }
        if let noneOf = condition.noneOf { parts.append("none of [\(noneOf.joined(separator: ", "))]") }
        return parts.joined(separator: " and ")
    }
}
