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
                let route = firstRouteTo[question.id].map { $0 + [Step(question: question.id, option: option.id)] }
                let targets = [(option.to, option.toPosition ?? option.position)]
                    + option.exceptions.map { ($0.to, $0.toPosition ?? $0.position) }
                for (target, position) in targets where tree.questionsByID[target] == nil && tree.outcomesByID[target] == nil {
                    error("option '\(question.id)=\(option.id)' leads to '\(target)', which is neither a question nor an outcome, so this route never ends in an outcome\(suggestion(target, among: nodeIDs))", at: position, route: route)
                }
                for (fact, value) in option.facts.sorted(by: { $0.key < $1.key }) {
                    checkFactValue(fact, value, at: option.position, context: "option '\(question.id)=\(option.id)'")
                }
                for exception in option.exceptions {
                    if exception.when.isEmpty {
                        error("an exception of option '\(question.id)=\(option.id)' has no 'als': say which routes go to '\(exception.to)'", at: exception.position)
                    }
                    for condition in exception.when {
                        checkCondition(condition, context: "an exception of option '\(question.id)=\(option.id)'", factsOnly: true)
                    }
                }
            }
            if let hint = question.hint { checkLinks(inMarkdown: hint, at: question.position) }
        }
        for outcome in tree.outcomes {
            for action in outcome.actions where tree.actionsByID[action] == nil {
                error("outcome '\(outcome.id)' names action '\(action)', which acties.yml does not define\(suggestion(action, among: tree.actions.map(\.id)))", at: outcome.position(of: "acties/\(action)"))
            }
            var listed: Set<String> = []
            for action in outcome.actions where !listed.insert(action).inserted {
                error("outcome '\(outcome.id)' names action '\(action)' twice; keep one", at: outcome.position(of: "acties/\(action)"))
            }
            if outcome.isProvisional && !outcome.registrations.isEmpty {
                error("outcome '\(outcome.id)' is voorlopig (the school must find out first) but registers in \(outcome.registrations.map(\.rawValue).joined(separator: ", ")); a voorlopig outcome has registratie: []", at: outcome.position(of: "registratie"))
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
            for condition in action.conditions {
                checkCondition(condition, context: "the 'als' of action '\(action.id)'", factsOnly: true)
            }
        }
        let used = Set(tree.outcomes.flatMap(\.actions))
        for action in tree.actions where !used.contains(action.id) {
            warning("action '\(action.id)' is not used by any outcome; add it to an outcome's acties or remove it", at: action.position)
        }
        for invariant in tree.invariants {
            for condition in invariant.when + invariant.then { checkCondition(condition, context: "invariant '\(invariant.id)'") }
            // A policy rule may only demand what is verplicht; advice from other regions is not a rule here.
            for condition in invariant.then where condition.subject == OutcomeSubject.actions.rawValue {
                for id in (condition.anyOf ?? []) + (condition.allOf ?? []) where tree.actionsByID[id]?.kind == .recommended {
                    error("invariant '\(invariant.id)' requires action '\(id)', which is aanbevolen; an invariant may only require verplicht actions (make the action verplicht with a source from S0 or the law, or drop it from the rule)", at: condition.position ?? invariant.position)
                }
            }
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
    /// `factsOnly`: the condition is tested before an outcome is known, so it may only test facts.
    mutating func checkCondition(_ condition: Condition, context: String, factsOnly: Bool = false) {
        let allowed: [String]
        let subject = condition.subject
        if let known = OutcomeSubject(rawValue: subject) {
            if factsOnly {
                error("\(context) tests '\(subject)', an outcome attribute; here only facts from feiten.yml can be tested", at: condition.position)
                return
            }
            allowed = known.allowedValues(in: tree)
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
