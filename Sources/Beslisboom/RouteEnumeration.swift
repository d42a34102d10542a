/// Every route through the tree, found by walking every option from the start.
public struct RouteEnumeration: Sendable {
    public enum Problem: Sendable {
        case dangling(to: String, after: [Step], position: SourcePosition?)
        case cycle(backTo: String, after: [Step], position: SourcePosition?)
        case tooManyRoutes(limit: Int)
    }

    public var routes: [Route] = []
    /// Every reachable set of answers that stops at a question (the empty prefix is the start).
    public var questionPrefixes: [(steps: [Step], question: String)] = []
    public var problems: [Problem] = []
}

extension DecisionTree {
    /// Walks every option depth-first. Stops a branch at a dangling reference or a cycle and reports it.
    public func enumerateRoutes(limit: Int = 100_000) -> RouteEnumeration {
        var result = RouteEnumeration()
        var path: [Step] = []
        var onPath: Set<String> = []

        func walk(_ id: String, reachedBy position: SourcePosition?) {
            if result.routes.count >= limit { return }
            if outcomesByID[id] != nil {
                result.routes.append(Route(steps: path, outcomeID: id))
                return
            }
            guard let question = questionsByID[id] else {
                result.problems.append(.dangling(to: id, after: path, position: position))
                return
            }
            guard !onPath.contains(id) else {
                result.problems.append(.cycle(backTo: id, after: path, position: position))
                return
            }
            onPath.insert(id)
            result.questionPrefixes.append((path, id))
            for option in question.options {
                path.append(Step(question: id, option: option.id))
                walk(destination(of: option, along: path), reachedBy: option.toPosition ?? option.position)
                path.removeLast()
            }
            onPath.remove(id)
        }

        walk(start, reachedBy: startPosition)
        if result.routes.count >= limit { result.problems.append(.tooManyRoutes(limit: limit)) }
        return result
    }
}
