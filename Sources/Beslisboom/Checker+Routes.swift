import Messages

/// Checks that need the routes: reachability, cycles, dead ends and the invariants.
extension Checker {
    /// Rules every outcome keeps on its own, whatever route reaches it.
    mutating func outcomeConsistency() {
        for outcome in tree.outcomes {
            let inDUO = outcome.registrations.contains(.duo)
            if inDUO && outcome.duoReport == .none {
                report(.treeDUOWithoutMelding(outcome.id, meldingen: DuoReport.allCases.dropFirst().map(\.rawValue)), at: outcome.position(of: "duo-melding"))
            }
            if !inDUO && outcome.duoReport != .none {
                report(.treeMeldingWithoutDUO(outcome.id, melding: outcome.duoReport.rawValue), at: outcome.position(of: "duo-melding"))
            }
            if outcome.deviation == .checkDecisionAid && (outcome.note ?? "").isEmpty {
                report(.treeKeuzehulpWithoutNote(outcome.id), at: outcome.position(of: "afwijking"))
            }
            if outcome.deviation == .undetermined && !outcome.isProvisional {
                report(.treeUndeterminedNotProvisional(outcome.id), at: outcome.position(of: "afwijking"))
            }
            if Set(outcome.registrations.map(\.rawValue)).count != outcome.registrations.count {
                report(.treeRegistrationTwice(outcome.id), at: outcome.position(of: "registratie"))
            }
        }
    }

    mutating func structure(_ enumeration: RouteEnumeration) {
        let before = diagnostics.count
        defer { for index in before..<diagnostics.count { diagnostics[index].isStructural = true } }
        for problem in enumeration.problems {
            switch problem {
            case .dangling:
                // Reported at the option (with its route) by references().
                continue
            case let .cycle(backTo, after, position):
                report(.treeCycle(backTo), at: position, route: after)
            case let .tooManyRoutes(limit):
                report(.treeTooManyRoutes(limit), at: tree.startPosition)
            }
        }
        let reachedQuestions = Set(enumeration.questionPrefixes.map(\.question))
        for question in tree.questions where !reachedQuestions.contains(question.id) {
            report(.treeUnreachableQuestion(question.id, start: tree.start), at: question.position)
        }
        let reachedOutcomes = Set(enumeration.routes.map(\.outcomeID))
        for outcome in tree.outcomes where !reachedOutcomes.contains(outcome.id) {
            report(.treeUnreachableOutcome(outcome.id), at: outcome.position)
        }
    }

    /// Every invariant on every route. A broken rule is reported at the value that breaks it (the
    /// outcome's attribute, or the answer that set the fact), with the rule as the reason and at
    /// most `routesListedPerInvariant` routes. Rules that one value breaks are one message: an
    /// edited `registratie` that breaks three rules, and the rules that follow from it, is one line
    /// to fix, not a message per rule at lines the editor never touched.
    mutating func invariants(_ routes: [Route], facts routeFacts: [[String: String]]) {
        struct Failure {
            let invariant: Invariant
            let condition: Condition
            let outcome: Outcome
            var subject: String
            var actual: SubjectValue
            var position: SourcePosition?
            var routes: [[Step]]
        }
        var failures: [Failure] = []
        var index: [String: Int] = [:]
        for invariant in tree.invariants {
            var applied = false
            for (route, facts) in zip(routes, routeFacts) {
                guard let outcome = tree.outcomesByID[route.outcomeID] else { continue }
                guard invariant.when.allSatisfy({ tree.holds($0, outcome: outcome, facts: facts) }) else { continue }
                applied = true
                for condition in invariant.then where !tree.holds(condition, outcome: outcome, facts: facts) {
                    let key = "\(invariant.id)\u{0}\(outcome.id)\u{0}\(condition.subject)"
                    if let at = index[key] {
                        failures[at].routes.append(route.steps)
                        continue
                    }
                    index[key] = failures.count
                    failures.append(Failure(
                        invariant: invariant, condition: condition, outcome: outcome, subject: condition.subject,
                        actual: tree.value(of: condition.subject, outcome: outcome, facts: facts),
                        position: blamedPosition(condition.subject, invariant: invariant, outcome: outcome, route: route.steps),
                        routes: [route.steps]))
                }
            }
            if !applied && !invariant.when.isEmpty {
                report(.treeInvariantNeverApplies(invariant.id), at: invariant.position)
            }
        }
        // An outcome attribute that itself breaks a rule is suspect; a rule that only applies because
        // of that attribute's value follows from the same mistake and is reported at it.
        let attributes = Set(OutcomeSubject.allCases.filter { $0 != .outcome }.map(\.rawValue))
        let suspects = Set(failures.filter { attributes.contains($0.subject) }.map { "\($0.outcome.id)/\($0.subject)" })
        for at in failures.indices {
            let failure = failures[at]
            guard let trigger = failure.invariant.when.first(where: {
                attributes.contains($0.subject) && $0.subject != failure.subject && suspects.contains("\(failure.outcome.id)/\($0.subject)")
            }) else { continue }
            failures[at].position = failure.outcome.position(of: trigger.subject)
        }
        var groups: [(key: String, members: [Failure])] = []
        var groupIndex: [String: Int] = [:]
        for failure in failures {
            let key = "\(failure.outcome.id)\u{0}\(failure.position?.description ?? "")"
            if let at = groupIndex[key] { groups[at].members.append(failure) } else {
                groupIndex[key] = groups.count
                groups.append((key, [failure]))
            }
        }
        for (_, members) in groups {
            guard let first = members.first else { continue }
            var routeSet: [[Step]] = []
            var seenRoutes: Set<String> = []
            for member in members {
                for route in member.routes where seenRoutes.insert(route.routeDescription).inserted { routeSet.append(route) }
            }
            let listed = routeSet.prefix(validator.routesListedPerInvariant).map(\.routeDescription).joined(separator: "; ")
            let more = routeSet.count > validator.routesListedPerInvariant ? " en \(routeSet.count - validator.routesListedPerInvariant) andere" : ""
            let onRoutes = "op \(routeSet.count) route(s): \(listed)\(more)"
            let position = first.position ?? first.condition.position ?? first.invariant.position
            if members.count == 1 {
                report(.treeInvariantBroken(subject: first.subject, outcome: first.outcome.id, actual: "\(first.actual)", rule: named(first.invariant),
                                            requires: describe(first.condition), routes: onRoutes, policy: first.invariant.policy), at: position)
                continue
            }
            // The value the group is about: an attribute at this position, else the first failure's.
            let lead = members.first { $0.outcome.position(of: $0.subject) == position && attributes.contains($0.subject) } ?? first
            let leadSubject = members.compactMap { member in
                member.invariant.when.first { attributes.contains($0.subject) && member.outcome.position(of: $0.subject) == position }?.subject
            }.first ?? lead.subject
            let leadValue = tree.value(of: leadSubject, outcome: lead.outcome, facts: [:])
            let shownValue = attributes.contains(leadSubject) ? "\(leadValue)" : "\(lead.actual)"
            // One entry per rule, the rules about the value itself first.
            var byRule: [(invariant: Invariant, failures: [Failure])] = []
            for member in members {
                if let at = byRule.firstIndex(where: { $0.invariant.id == member.invariant.id }) { byRule[at].failures.append(member) }
                else { byRule.append((member.invariant, [member])) }
            }
            byRule.sort { a, b in
                let directA = a.failures.contains { $0.subject == leadSubject }, directB = b.failures.contains { $0.subject == leadSubject }
                return directA && !directB
            }
            let rules = byRule.map { entry -> String in
                let demands = entry.failures.map { "dat '\($0.subject)' \(describe($0.condition)) is" }.joined(separator: ", ")
                return "\(named(entry.invariant)) eist \(demands)"
            }.joined(separator: "; ")
            let policies = byRule.map { "\($0.invariant.id): \($0.invariant.policy)" }.joined(separator: " | ")
            report(.treeInvariantsBroken(subject: leadSubject, outcome: lead.outcome.id, actual: shownValue, count: byRule.count, rules: rules,
                                         routes: onRoutes, policies: policies), at: position)
        }
    }

    /// Where to point for a broken rule: a fact that contradicts a rule triggered by the outcome's
    /// own attributes (a DUO registration on an illness route) is fixed at that attribute, not at
    /// the answer; otherwise at the value itself.
    func blamedPosition(_ subject: String, invariant: Invariant, outcome: Outcome, route: [Step]) -> SourcePosition? {
        if OutcomeSubject(rawValue: subject) == nil,
           let trigger = invariant.when.first(where: { OutcomeSubject(rawValue: $0.subject) != nil && $0.subject != OutcomeSubject.outcome.rawValue }) {
            return position(of: trigger.subject, in: outcome)
        }
        return positionOfValue(subject, outcome: outcome, route: route)
    }

    /// Where an outcome sets a subject; `eerst-doen` follows from the order and terms of its `acties`.
    func position(of subject: String, in outcome: Outcome) -> SourcePosition? {
        switch OutcomeSubject(rawValue: subject) {
        case .outcome: outcome.position
        case .firstActions: outcome.position(of: OutcomeSubject.actions.rawValue)
        default: outcome.position(of: subject)
        }
    }

    /// Where the value of a subject on a route was written: the outcome's attribute, or the last
    /// answer on the route that set the fact.
    func positionOfValue(_ subject: String, outcome: Outcome, route: [Step]) -> SourcePosition? {
        if OutcomeSubject(rawValue: subject) != nil { return position(of: subject, in: outcome) }
        for step in route.reversed() {
            if let option = tree.questionsByID[step.question]?.option(step.option), option.facts[subject] != nil {
                return option.position
            }
        }
        return outcome.position
    }

    /// An action with an `als` that no route to an outcome meets is dead text in that outcome; an
    /// exception no route meets is dead too. `routeFacts` holds each route's facts, in the routes' order.
    mutating func conditionalParts(_ routes: [Route], facts routeFacts: [[String: String]]) {
        var reportedPlaceholders: Set<String> = []
        var routesTo: [String: [[String: String]]] = [:]
        for (route, facts) in zip(routes, routeFacts) { routesTo[route.outcomeID, default: []].append(facts) }
        for outcome in tree.outcomes {
            let factSets = routesTo[outcome.id] ?? []
            for id in outcome.actions {
                guard let action = tree.actionsByID[id], !action.conditions.isEmpty, !factSets.isEmpty else { continue }
                let applies = factSets.contains { facts in action.conditions.allSatisfy { tree.holds($0, facts: facts) } }
                if !applies {
                    let tests = action.conditions.map { "\($0.subject) \(describe($0))" }.joined(separator: ", ")
                    report(.treeActionNeverApplies(id, outcome: outcome.id, tests: tests), at: outcome.position(of: "acties/\(id)"))
                }
            }
        }
        // A text that names a fact needs that fact on every route where the action is shown. Either
        // way the mistake is in the action's text: one message there, however many routes show it.
        struct Unset {
            let action: Action
            let name: String
            var outcomes: [String]
            var routeCount: Int
            let firstRoute: [Step]
        }
        var unset: [Unset] = []
        var unsetIndex: [String: Int] = [:]
        for (route, facts) in zip(routes, routeFacts) {
            guard let outcome = tree.outcomesByID[route.outcomeID] else { continue }
            for action in tree.actions(of: outcome, facts: facts) {
                for name in action.placeholders where facts[name] == nil {
                    let key = "\(action.id)/\(name)"
                    guard tree.factsByID[name] != nil else {
                        if reportedPlaceholders.insert(key).inserted {
                            report(.treePlaceholderUnknownFact(action.id, name: name, suggestion: suggestion(name, among: tree.facts.map(\.id))),
                                   at: action.placeholderPositions[name] ?? action.position)
                        }
                        continue
                    }
                    if let at = unsetIndex[key] {
                        unset[at].routeCount += 1
                        if !unset[at].outcomes.contains(outcome.id) { unset[at].outcomes.append(outcome.id) }
                    } else {
                        unsetIndex[key] = unset.count
                        unset.append(Unset(action: action, name: name, outcomes: [outcome.id], routeCount: 1, firstRoute: route.steps))
                    }
                }
            }
        }
        for found in unset {
            report(.treePlaceholderFactNotSet(found.action.id, name: found.name, outcomes: found.outcomes, routeCount: found.routeCount,
                                              listed: validator.routesListedPerInvariant),
                   at: found.action.placeholderPositions[found.name] ?? found.action.position, route: found.firstRoute)
        }
        var taken: Set<String> = []
        for route in routes {
            for (depth, step) in route.steps.enumerated() {
                guard let option = tree.optionsByStep[step], let index = tree.exceptionTaken(by: option, along: route.steps[...depth]) else { continue }
                taken.insert("\(step.question)=\(step.option)#\(index)")
            }
        }
        for question in tree.questions {
            for option in question.options {
                for (index, exception) in option.exceptions.enumerated() where !taken.contains("\(question.id)=\(option.id)#\(index)") {
                    report(.treeExceptionNeverApplies("\(question.id)=\(option.id)", to: exception.to), at: exception.position)
                }
            }
        }
    }

    /// What a condition demands, in the words of a message: `'duo'`, `een van [a, b]`, `alle van [a]`, `geen van [b]`.
    func describe(_ condition: Condition) -> String {
        var parts: [String] = []
        if let anyOf = condition.anyOf { parts.append(anyOf.count == 1 ? "'\(anyOf[0])'" : "een van [\(anyOf.joined(separator: ", "))]") }
        if let allOf = condition.allOf { parts.append("alle van [\(allOf.joined(separator: ", "))]") }
        if let noneOf = condition.noneOf { parts.append("geen van [\(noneOf.joined(separator: ", "))]") }
        return parts.joined(separator: " en ")
    }

    /// A rule as a message names it: `invariant 'id' (regel 4) op invarianten.yml:2:5`.
    func named(_ invariant: Invariant) -> String {
        let regel = invariant.rule.isEmpty ? "" : " (regel \(invariant.rule))"
        let at = invariant.position.map { " op \($0)" } ?? ""
        return "invariant '\(invariant.id)'\(regel)\(at)"
    }
}
