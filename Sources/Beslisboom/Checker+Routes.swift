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
        let before = diagnostics.count
        defer { for index in before..<diagnostics.count { diagnostics[index].isStructural = true } }
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

    /// Every invariant on every route. A broken rule is reported at the value that breaks it (the
    /// outcome's attribute, or the answer that set the fact), with the rule as the reason and at
    /// most `routesListedPerInvariant` routes. Rules that one value breaks are one message: an
    /// edited `registratie` that breaks three rules, and the rules that follow from it, is one line
    /// to fix, not a message per rule at lines the editor never touched.
    mutating func invariants(_ routes: [Route]) {
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
            for route in routes {
                guard let outcome = tree.outcomesByID[route.outcomeID] else { continue }
                let facts = tree.facts(along: route.steps)
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
                warning("invariant '\(invariant.id)' never applies: no route meets its 'als'; check the values it tests", at: invariant.position)
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
            let more = routeSet.count > validator.routesListedPerInvariant ? " and \(routeSet.count - validator.routesListedPerInvariant) more" : ""
            let onRoutes = "on \(routeSet.count) route(s): \(listed)\(more)"
            let position = first.position ?? first.condition.position ?? first.invariant.position
            if members.count == 1 {
                let regel = first.invariant.rule.isEmpty ? "" : " (regel \(first.invariant.rule))"
                let at = first.invariant.position.map { " at \($0)" } ?? ""
                error("'\(first.subject)' of outcome '\(first.outcome.id)' is \(first.actual), but invariant '\(first.invariant.id)'\(regel)\(at) requires \(describe(first.condition)) \(onRoutes). Policy: \(first.invariant.policy)", at: position)
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
                let regel = entry.invariant.rule.isEmpty ? "" : " (regel \(entry.invariant.rule))"
                let at = entry.invariant.position.map { " at \($0)" } ?? ""
                let demands = entry.failures.map { "'\($0.subject)' to be \(describe($0.condition))" }.joined(separator: ", ")
                return "invariant '\(entry.invariant.id)'\(regel)\(at) requires \(demands)"
            }.joined(separator: "; ")
            let policies = byRule.map { "\($0.invariant.id): \($0.invariant.policy)" }.joined(separator: " | ")
            error("'\(leadSubject)' of outcome '\(lead.outcome.id)' is \(shownValue), which breaks \(byRule.count) rules: \(rules); \(onRoutes). Policies: \(policies)", at: position)
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
