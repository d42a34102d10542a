/// Checks that need the routes: reachability, cycles, dead ends and the invariants.
extension Checker {
    /// Rules every outcome keeps on its own, whatever route reaches it.
    mutating func outcomeConsistency() {
        for outcome in tree.outcomes {
            let inDUO = outcome.registrations.contains(.duo)
            if inDUO && outcome.duoReport == .none {
                error("outcome '\(outcome.id)' registers in DUO but says duo-melding: geen; name the melding (\(DuoReport.allCases.dropFirst().map(\.rawValue).joined(separator: ", ")))", at: outcome.position)
            }
            if !inDUO && outcome.duoReport != .none {
                error("outcome '\(outcome.id)' has duo-melding '\(outcome.duoReport.rawValue)' but does not register in DUO; add duo to registratie or set duo-melding: geen", at: outcome.position)
            }
            if outcome.deviation == .checkDecisionAid && (outcome.note ?? "").isEmpty {
                error("outcome '\(outcome.id)' says afwijking: keuzehulp; add an opmerking that names the sources that differ", at: outcome.position)
            }
            if Set(outcome.registrations.map(\.rawValue)).count != outcome.registrations.count {
                error("outcome '\(outcome.id)' names the same registratie twice", at: outcome.position)
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

    mutating func invariants(_ routes: [Route]) {
        for invariant in tree.invariants {
            var failures = 0
            var applied = false
            for route in routes {
                guard let outcome = tree.outcomesByID[route.outcomeID] else { continue }
                let facts = tree.facts(along: route.steps)
                guard invariant.when.allSatisfy({ tree.holds($0, outcome: outcome, facts: facts) }) else { continue }
                applied = true
                for condition in invariant.then where !tree.holds(condition, outcome: outcome, facts: facts) {
                    failures += 1
                    guard failures <= validator.routesListedPerInvariant else { continue }
                    let actual = tree.value(of: condition.subject, outcome: outcome, facts: facts)
                    let rule = invariant.rule.isEmpty ? "" : " (regel \(invariant.rule))"
                    error("invariant '\(invariant.id)'\(rule) fails: '\(condition.subject)' must be \(describe(condition)), but outcome '\(outcome.id)' gives \(actual). Policy: \(invariant.policy)", at: condition.position ?? invariant.position, route: route.steps)
                }
            }
            if failures > validator.routesListedPerInvariant {
                error("invariant '\(invariant.id)' fails on \(failures - validator.routesListedPerInvariant) more route(s) than listed above", at: invariant.position)
            }
            if !applied && !invariant.when.isEmpty {
                warning("invariant '\(invariant.id)' never applies: no route meets its 'als'; check the values it tests", at: invariant.position)
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
