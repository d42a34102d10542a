import Beslisboom

/// Matches the routes of two trees and says which differ, and how.
///
/// A route is its answers. Routes with the same answers are compared directly. A route whose answers
/// no longer occur is matched on the answers to the questions both trees have: when one old route
/// meets one or more new ones that way (a question was added to it), or several old routes meet one
/// new one (a question was taken out), they are reported as "other questions". What is left is a
/// new or a removed route.
struct RouteComparison {
    let before: DecisionTree?
    let after: DecisionTree?

    struct Result {
        var changes: [RouteChange] = []
        var unchanged = 0
        var countBefore = 0
        var countAfter = 0
        /// Every route of the working copy with its answer.
        var statesAfter: [RouteState] = []
    }

    func compare() -> Result {
        let old = before.map(Self.states) ?? []
        let new = after.map(Self.states) ?? []
        var result = Result(countBefore: old.count, countAfter: new.count, statesAfter: new)
        let newBySteps = Dictionary(new.map { ($0.steps, $0) }, uniquingKeysWith: { first, _ in first })
        let oldSteps = Set(old.map(\.steps))
        let oldPrefixes = Self.prefixes(old)
        let newPrefixes = Self.prefixes(new)

        var leftOld: [RouteState] = []
        for state in old {
            guard let match = newBySteps[state.steps] else {
                leftOld.append(state)
                continue
            }
            let change = compared(state, match, kind: .changed)
            if change.answerChanged {
                var located = change
                located.position = position(changed: change)
                result.changes.append(located)
            } else {
                result.unchanged += 1
            }
        }
        let leftNew = new.filter { !oldSteps.contains($0.steps) }

        // Match what is left on the questions both trees ask.
        let shared = Set(before?.questions.map(\.id) ?? []).intersection(after?.questions.map(\.id) ?? [])
        func key(_ steps: [Step]) -> [Step] {
            steps.filter { shared.contains($0.question) }.sorted { ($0.question, $0.option) < ($1.question, $1.option) }
        }
        let oldByKey = Dictionary(grouping: leftOld, by: { key($0.steps) })
        let newByKey = Dictionary(grouping: leftNew, by: { key($0.steps) })
        for (matchKey, olds) in oldByKey {
            let news = newByKey[matchKey] ?? []
            if olds.count == 1 || news.count == 1, !news.isEmpty {
                for oldState in olds {
                    for newState in news {
                        var change = compared(oldState, newState, kind: .rerouted)
                        change.position = divergence(of: newState.steps, from: oldPrefixes, old: before, in: after)
                        result.changes.append(change)
                    }
                }
            } else {
                for oldState in olds {
                    result.changes.append(RouteChange(kind: .removed, before: oldState, after: nil, fields: [], actionsAdded: [],
                                                      actionsRemoved: [], position: removedPosition(oldState.steps, newPrefixes)))
                }
                for newState in news {
                    result.changes.append(RouteChange(kind: .added, before: nil, after: newState, fields: [], actionsAdded: [],
                                                      actionsRemoved: [], position: divergence(of: newState.steps, from: oldPrefixes, old: before, in: after)))
                }
            }
        }
        for (matchKey, news) in newByKey where oldByKey[matchKey] == nil {
            for newState in news {
                result.changes.append(RouteChange(kind: .added, before: nil, after: newState, fields: [], actionsAdded: [],
                                                  actionsRemoved: [], position: divergence(of: newState.steps, from: oldPrefixes, old: before, in: after)))
            }
        }
        result.changes.sort { lhs, rhs in
            let a = lhs.steps.routeDescription, b = rhs.steps.routeDescription
            return a != b ? a < b : (lhs.before?.steps.routeDescription ?? "") < (rhs.before?.steps.routeDescription ?? "")
        }
        return result
    }

    /// Every route of a tree with its answer (actions as they apply on that route).
    static func states(_ tree: DecisionTree) -> [RouteState] {
        tree.enumerateRoutes().routes.compactMap { route in
            guard let outcome = tree.outcomesByID[route.outcomeID] else { return nil }
            let facts = tree.facts(along: route.steps)
            let answer = RouteAnswer(outcomeModel: outcome, actionModels: tree.actions(of: outcome, facts: facts),
                                     firstActions: tree.plan(outcome: outcome, facts: facts).first.map(\.action.id))
            return RouteState(steps: route.steps, answer: answer)
        }
    }

    private func compared(_ old: RouteState, _ new: RouteState, kind: RouteChange.Kind) -> RouteChange {
        let oldActions = Set(old.answer.actions), newActions = Set(new.answer.actions)
        let fields = RouteAnswer.comparedSubjects.filter { subject in
            // Eerst doen is compared on a route that keeps its actions (one moved, or given another term
            // or kind); an action that came or went is reported as such, and moves the rest with it.
            guard subject == .firstActions else { return old.answer.value(subject) != new.answer.value(subject) }
            return oldActions == newActions && old.answer.firstActions != new.answer.firstActions
        }
        return RouteChange(kind: kind, before: old, after: new, fields: fields,
                           actionsAdded: new.answer.actions.filter { !oldActions.contains($0) },
                           actionsRemoved: old.answer.actions.filter { !newActions.contains($0) }, position: nil)
    }

    static func prefixes(_ states: [RouteState]) -> Set<[Step]> {
        var result: Set<[Step]> = []
        for state in states {
            for end in 0...state.steps.count { result.insert(Array(state.steps[0..<end])) }
        }
        return result
    }

    // MARK: Where to look

    /// A changed route: the `naar` that leads to another outcome, else the outcome's value that changed.
    private func position(changed change: RouteChange) -> SourcePosition? {
        guard let after, let state = change.after else { return nil }
        if change.fields.contains(.outcome) { return Self.leadPosition(state.steps, in: after) }
        guard let outcome = after.outcomesByID[state.answer.outcome] else { return nil }
        // What the plan puts first follows from the outcome's `acties`.
        if let field = change.fields.first, field != .firstActions { return outcome.position(of: field.rawValue) }
        return outcome.position(of: OutcomeSubject.actions.rawValue)
    }

    /// Where a route of the working copy stops following the earlier tree: an option that is new, or
    /// the `naar` (or start) that now leads elsewhere.
    private func divergence(of steps: [Step], from oldPrefixes: Set<[Step]>, old: DecisionTree?, in tree: DecisionTree?) -> SourcePosition? {
        guard let tree else { return nil }
        for index in steps.indices where !oldPrefixes.contains(Array(steps[0...index])) {
            let step = steps[index]
            if old?.questionsByID[step.question] != nil, old?.questionsByID[step.question]?.option(step.option) == nil {
                return tree.questionsByID[step.question]?.option(step.option)?.position
            }
            return Self.leadPosition(Array(steps[0..<index]), in: tree)
        }
        return Self.leadPosition(steps, in: tree)
    }

    /// A removed route, in the working copy: the question that lost the option, or the `naar` that
    /// leads elsewhere now.
    private func removedPosition(_ steps: [Step], _ newPrefixes: Set<[Step]>) -> SourcePosition? {
        guard let after else { return nil }
        for index in steps.indices where !newPrefixes.contains(Array(steps[0...index])) {
            let step = steps[index]
            if let question = after.questionsByID[step.question], question.option(step.option) == nil {
                return question.position
            }
            return Self.leadPosition(Array(steps[0..<index]), in: after)
        }
        return Self.leadPosition(steps, in: after)
    }

    /// The `naar` the last answer of `steps` follows (an exception's when one applies); the start for no answers.
    static func leadPosition(_ steps: [Step], in tree: DecisionTree) -> SourcePosition? {
        guard let last = steps.last else { return tree.startPosition }
        guard let option = tree.questionsByID[last.question]?.option(last.option) else { return nil }
        let facts = tree.facts(along: steps)
        if let exception = option.exceptions.first(where: { $0.when.allSatisfy { tree.holds($0, facts: facts) } }) {
            return exception.toPosition ?? exception.position
        }
        return option.toPosition ?? option.position
    }
}
