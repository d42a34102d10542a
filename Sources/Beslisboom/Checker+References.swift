/// Every id an option, outcome, invariant or scenario names must exist; every link must resolve.
extension Checker {
    mutating func references() {
        if tree.questionsByID[tree.start] == nil {
            let kind = tree.outcomesByID[tree.start] != nil ? "an outcome; start must be a question" : "not a question"
            error("start '\(tree.start)' is \(kind)\(suggestion(tree.start, among: tree.questions.map(\.id)))", at: tree.startPosition)
        }
        let nodeIDs = tree.questions.map(\.id) + tree.outcomes.map(\.id)
        for question in tree.questions {
            if question.options.count < 2 {
                error("question '\(question.id)' has \(question.options.count) option(s); a question needs at least two", at: question.position)
            }
            for option in question.options {
                if tree.questionsByID[option.to] == nil && tree.outcomesByID[option.to] == nil {
                    let route = firstRouteTo[question.id].map { $0 + [Step(question: question.id, option: option.id)] }
                    error("option '\(question.id)=\(option.id)' leads to '\(option.to)', which is neither a question nor an outcome, so this route never ends in an outcome\(suggestion(option.to, among: nodeIDs))", at: option.position, route: route)
                }
                for (fact, value) in option.facts.sorted(by: { $0.key < $1.key }) {
                    checkFactValue(fact, value, at: option.position, context: "option '\(question.id)=\(option.id)'")
                }
            }
            if let hint = question.hint { checkLinks(inMarkdown: hint, at: question.position) }
        }
        for outcome in tree.outcomes {
            for action in outcome.actions where tree.actionsByID[action] == nil {
                error("outcome '\(outcome.id)' names action '\(action)', which acties.yml does not define\(suggestion(action, among: tree.actions.map(\.id)))", at: outcome.position)
            }
            for fact in outcome.showFacts where tree.factsByID[fact] == nil {
                error("outcome '\(outcome.id)' shows fact '\(fact)', which feiten.yml does not define\(suggestion(fact, among: tree.facts.map(\.id)))", at: outcome.position)
            }
            for link in outcome.links { checkLink(link, at: outcome.position) }
            checkLinks(inMarkdown: outcome.summary, at: outcome.position)
            if let note = outcome.note { checkLinks(inMarkdown: note, at: outcome.position) }
        }
        for action in tree.actions {
            if let page = action.page { checkLink(page, at: action.position) }
        }
        for invariant in tree.invariants {
            for condition in invariant.when + invariant.then { checkCondition(condition, context: "invariant '\(invariant.id)'") }
            if invariant.then.isEmpty {
                error("invariant '\(invariant.id)' has no 'dan': say what must hold", at: invariant.position)
            }
        }
    }

    mutating func checkFactValue(_ fact: String, _ value: String, at position: SourcePosition?, context: String) {
        guard let definition = tree.factsByID[fact] else {
            error("\(context) sets fact '\(fact)', which feiten.yml does not define\(suggestion(fact, among: tree.facts.map(\.id)))", at: position)
            return
        }
        if definition.label(of: value) == nil {
            error("\(context) sets fact '\(fact)' to '\(value)', which is not one of its values (\(definition.values.map(\.id).joined(separator: ", ")))\(suggestion(value, among: definition.values.map(\.id)))", at: position)
        }
    }

    /// The subject must exist and every value it tests must be one the subject can have.
    mutating func checkCondition(_ condition: Condition, context: String) {
        let allowed: [String]
        let subject = condition.subject
        if let known = OutcomeSubject(rawValue: subject) {
            switch known {
            case .registration: allowed = Registration.allCases.map(\.rawValue) + [OutcomeSubject.noRegistration]
            case .duoReport: allowed = DuoReport.allCases.map(\.rawValue)
            case .deviation: allowed = Deviation.allCases.map(\.rawValue)
            case .thuiszitter: allowed = ["ja", "nee"]
            case .regie: allowed = Regie.allCases.map(\.rawValue)
            case .actions: allowed = tree.actions.map(\.id)
            case .outcome: allowed = tree.outcomes.map(\.id)
            }
            if condition.allOf != nil && !known.isList {
                error("\(context): 'alle' only applies to registratie and acties, not to '\(subject)'", at: condition.position)
            }
        } else if let fact = tree.factsByID[subject] {
            allowed = fact.values.map(\.id)
            if condition.allOf != nil {
                error("\(context): 'alle' only applies to registratie and acties, not to fact '\(subject)'", at: condition.position)
            }
        } else {
            let subjects = OutcomeSubject.allCases.map(\.rawValue) + tree.facts.map(\.id)
            error("\(context) tests '\(subject)', which is neither an outcome attribute (\(OutcomeSubject.allCases.map(\.rawValue).joined(separator: ", "))) nor a fact in feiten.yml\(suggestion(subject, among: subjects))", at: condition.position)
            return
        }
        for value in condition.mentionedValues where !allowed.contains(value) {
            error("\(context): '\(subject)' can never be '\(value)' (possible: \(allowed.joined(separator: ", ")))\(suggestion(value, among: allowed))", at: condition.position)
        }
    }

    mutating func checkLink(_ link: String, at position: SourcePosition?) {
        if let problem = validator.resolveLink?(link, position) { error(problem, at: position) }
    }

    /// Markdown text may hold links too: `[tekst](../pagina.md#anker)`.
    mutating func checkLinks(inMarkdown markdown: String, at position: SourcePosition?) {
        for link in MarkdownLinks.targets(in: markdown) where MarkdownLinks.isLocal(link) {
            checkLink(link, at: position)
        }
    }

    func suggestion(_ wrong: String, among candidates: [String]) -> String {
        guard let best = Spelling.closest(to: wrong, among: candidates) else { return "" }
        return "; did you mean '\(best)'?"
    }
}
