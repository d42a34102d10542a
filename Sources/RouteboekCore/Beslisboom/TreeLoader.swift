import Beslisboom
import Foundation
import Yams

/// Reads the decision tree's YAML files (docs/beslisboom-format.md) into the model, keeping positions.
struct TreeLoader {
    static let files = ["boom.yml", "feiten.yml", "acties.yml", "uitkomsten.yml", "invarianten.yml", "scenarios.yml",
                        "feestdagen.yml"]

    /// `texts` maps a file name above to its text; `displayFolder` prefixes paths in messages.
    static func load(texts: [String: String], displayFolder: String, diagnostics: inout [Diagnostic]) -> DecisionTree? {
        for name in files where texts[name] == nil {
            diagnostics.append(Diagnostic(file: "\(displayFolder)/\(name)", .treeFileMissing()))
        }
        func document(_ name: String, allowed: [String]) -> (YAMLMap, YAMLReader)? {
            guard let text = texts[name] else { return nil }
            let reader = YAMLReader(file: "\(displayFolder)/\(name)")
            let root = reader.compose(text)
            // An empty file would silently drop the whole tool (boom.yml) or every policy check (invarianten.yml).
            if reader.isEmptyDocument(root) {
                reader.report(nil, .treeFileEmpty(keys: allowed))
            }
            guard let node = root,
                  let map = YAMLMap(node, reader, what: name, allowed: allowed) else {
                diagnostics.append(contentsOf: reader.diagnostics)
                return nil
            }
            return (map, reader)
        }
        let tree = document("boom.yml", allowed: ["start", "vragen"])
        let facts = document("feiten.yml", allowed: ["feiten"])
        let actions = document("acties.yml", allowed: ["acties"])
        let outcomes = document("uitkomsten.yml", allowed: ["uitkomsten"])
        let invariants = document("invarianten.yml", allowed: ["invarianten"])
        let scenarios = document("scenarios.yml", allowed: ["scenarios"])
        let holidays = document("feestdagen.yml", allowed: ["bron", "dagen"])
        guard let (treeMap, treeReader) = tree else { return nil }

        let model = DecisionTree(
            start: treeMap.string("start", required: true, what: "boom.yml") ?? "",
            startPosition: treeReader.position(treeMap.valueNode("start") ?? treeMap.node),
            questions: treeMap.sequence("vragen", required: true, what: "boom.yml").compactMap { question($0, treeReader) },
            outcomes: outcomes.map { map, reader in map.sequence("uitkomsten", what: "uitkomsten.yml").compactMap { outcome($0, reader) } } ?? [],
            facts: facts.map { map, reader in map.sequence("feiten", what: "feiten.yml").compactMap { fact($0, reader) } } ?? [],
            actions: actions.map { map, reader in map.sequence("acties", what: "acties.yml").compactMap { action($0, reader) } } ?? [],
            invariants: invariants.map { map, reader in map.sequence("invarianten", what: "invarianten.yml").compactMap { invariant($0, reader) } } ?? [],
            scenarios: scenarios.map { map, reader in scenarioList(map, reader) } ?? [],
            holidays: holidays.map { map, reader in holidayCalendar(map, reader) } ?? .empty
        )
        for (_, reader) in [tree, facts, actions, outcomes, invariants, scenarios, holidays].compactMap({ $0 }) {
            diagnostics.append(contentsOf: reader.diagnostics)
        }
        return model
    }

    /// Extra scenario files for `routeboek check --scenarios`.
    static func scenarios(text: String, file: String, diagnostics: inout [Diagnostic]) -> [Scenario] {
        let reader = YAMLReader(file: file)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let node = reader.compose(text), let map = YAMLMap(node, reader, what: "een scenariobestand", allowed: ["scenarios"]) else {
            return []
        }
        return scenarioList(map, reader)
    }

    private static func scenarioList(_ map: YAMLMap, _ reader: YAMLReader) -> [Scenario] {
        map.sequence("scenarios", required: true, what: "een scenariobestand").compactMap { scenario($0, reader) }
    }

    private static func question(_ node: Node, _ reader: YAMLReader) -> Question? {
        guard let map = YAMLMap(node, reader, what: "een vraag", allowed: ["id", "vraag", "uitleg", "opties"]),
              let id = map.string("id", required: true, what: "een vraag"),
              let text = map.plainText("vraag", required: true, what: "vraag '\(map.string("id", what: "") ?? "?")'",
                                     shownIn: "in de beslisboom") else { return nil }
        let options = map.sequence("opties", required: true, what: "vraag '\(id)'").compactMap { option($0, reader, question: id) }
        return Question(id: id, text: text, hint: map.string("uitleg", what: "een vraag"), options: options, position: reader.position(node))
    }

    private static func option(_ node: Node, _ reader: YAMLReader, question: String) -> Option? {
        let what = "een optie van vraag '\(question)'"
        guard let map = YAMLMap(node, reader, what: what, allowed: ["id", "label", "feiten", "naar", "uitzonderingen"]),
              let id = map.string("id", required: true, what: what),
              let label = map.plainText("label", required: true, what: what, shownIn: "op de knop in de beslisboom"),
              let to = map.string("naar", required: true, what: "optie '\(question)=\(id)'") else { return nil }
        var facts: [String: String] = [:]
        if let factsNode = map.valueNode("feiten") {
            if case .mapping(let mapping) = factsNode {
                for (key, value) in mapping { facts[key.string ?? ""] = value.string ?? "" }
            } else {
                reader.report(factsNode, .treeOptionFactsNotMapping())
            }
        }
        let exceptions = map.sequence("uitzonderingen", what: what).compactMap { item -> Exception? in
            let context = "een uitzondering van optie '\(question)=\(id)'"
            guard let entry = YAMLMap(item, reader, what: context, allowed: ["als", "naar"]),
                  let target = entry.string("naar", required: true, what: context) else { return nil }
            return Exception(when: conditions(entry.valueNode("als"), reader, what: "'als' van \(context)"), to: target,
                             position: reader.position(item), toPosition: entry.valueNode("naar").map(reader.position))
        }
        return Option(id: id, label: label, facts: facts, to: to, exceptions: exceptions, position: reader.position(node),
                      toPosition: map.valueNode("naar").map(reader.position), idPosition: map.valueNode("id").map(reader.position))
    }

    private static func fact(_ node: Node, _ reader: YAMLReader) -> FactDefinition? {
        guard let map = YAMLMap(node, reader, what: "een feit", allowed: ["id", "label", "waarden", "verstreken"]),
              let id = map.string("id", required: true, what: "een feit"),
              let label = map.plainText("label", required: true, what: "feit '\(id)'", shownIn: "bij de antwoorden in het advies") else { return nil }
        var values: [(id: String, label: String)] = []
        if let valuesNode = map.valueNode("waarden"), case .mapping(let mapping) = valuesNode {
            for (key, value) in mapping {
                if let text = value.string {
                    reader.reportMarkdown(in: text, key: key.string ?? "", at: value, shownIn: "bij de antwoorden in het advies")
                } else {
                    reader.report(value, .treeFactLabelNotText(value: key.string ?? "", fact: id))
                }
                values.append((key.string ?? "", value.string ?? ""))
            }
        } else {
            reader.report(map.valueNode("waarden") ?? node, .treeFactNeedsValues(id))
        }
        var elapsed: [String: [DeadlineAnchor: Span]] = [:]
        if let elapsedNode = map.valueNode("verstreken") {
            guard case .mapping(let byValue) = elapsedNode else {
                reader.report(elapsedNode, .treeElapsedNotMapping(id))
                return FactDefinition(id: id, label: label, values: values, position: reader.position(node))
            }
            for (valueKey, anchorsNode) in byValue {
                let value = valueKey.string ?? ""
                if !values.contains(where: { $0.id == value }) {
                    reader.report(valueKey, .treeElapsedUnknownValue(id, value: value, values: values.map(\.id)))
                }
                guard case .mapping(let anchors) = anchorsNode else {
                    reader.report(anchorsNode, .treeElapsedValueNotMapping(value))
                    continue
                }
                for (anchorKey, spanNode) in anchors {
                    guard let anchor = TermReader.anchor(anchorKey, reader), let span = TermReader.span(spanNode, reader) else { continue }
                    elapsed[value, default: [:]][anchor] = span
                }
            }
        }
        return FactDefinition(id: id, label: label, values: values, elapsed: elapsed, position: reader.position(node))
    }

    private static func action(_ node: Node, _ reader: YAMLReader) -> Action? {
        let keys = ["id", "kort", "wat", "wie", "wanneer", "termijn", "soort", "bron", "als", "pagina"]
        guard let map = YAMLMap(node, reader, what: "een actie", allowed: keys),
              let id = map.string("id", required: true, what: "een actie") else { return nil }
        let what = "actie '\(id)'"
        let kind: ActionKind?
        if let text = map.string("soort", required: true, what: what) {
            kind = ActionKind(rawValue: text)
            if kind == nil {
                reader.report(map.valueNode("soort"), .treeActionKindInvalid(what, kind: text,
                                                                             suggestion: Spelling.closest(to: text, among: ActionKind.allCases.map(\.rawValue))))
            }
        } else {
            kind = nil
        }
        let deadline = map.valueNode("termijn").flatMap { TermReader.deadline($0, reader, what: what) }
        if !map.has("termijn") { reader.report(node, .treeActionNeedsTerm(what)) }
        var sources: [SourceReference] = []
        switch map.valueNode("bron") {
        case .sequence(let items)?: sources = items.compactMap { SourceListReader.source($0, reader) }
        case let item?: sources = SourceListReader.source(item, reader).map { [$0] } ?? []
        case nil: reader.report(node, .treeActionNeedsSource(what))
        }
        let shownIn = "in het plan van het advies"
        guard let title = map.plainText("kort", required: true, what: what, shownIn: shownIn),
              let text = map.plainText("wat", required: true, what: what, shownIn: shownIn),
              let who = map.plainText("wie", required: true, what: what, shownIn: shownIn),
              let when = map.plainText("wanneer", required: true, what: what, shownIn: shownIn),
              let kind, let deadline, !sources.isEmpty else { return nil }
        var action = Action(id: id, title: title, what: text, who: who, whenText: when, deadline: deadline, kind: kind, sources: sources,
                            conditions: conditions(map.valueNode("als"), reader, what: "'als' van \(what)"),
                            page: map.string("pagina", what: what), position: reader.position(node),
                            pagePosition: map.valueNode("pagina").map(reader.position))
        // Most texts name no fact: one look at their bytes.
        if text.utf8.contains(UInt8(ascii: "{")), let value = map.valueNode("wat") {
            for name in action.placeholders {
                action.placeholderPositions[name] = reader.position(of: "{\(name)}", inValueAt: value)
            }
        }
        return action
    }

    private static func outcome(_ node: Node, _ reader: YAMLReader) -> Outcome? {
        let keys = ["id", "titel"] + OutcomeAttribute.all.map(\.key)
            + ["toon-feiten", "samenvatting", "acties", "links", "bronnen", "opmerking"]
        guard let map = YAMLMap(node, reader, what: "een uitkomst", allowed: keys),
              let id = map.string("id", required: true, what: "een uitkomst") else { return nil }
        let what = "uitkomst '\(id)'"
        // Each attribute starts at its default and is then read as its definition says.
        var outcome = Outcome(id: id, title: "", registrations: [], deviation: .notNeeded, isThuiszitter: false)
        var complete = true
        for attribute in OutcomeAttribute.all {
            if !read(attribute, of: map, node: node, reader, what: what, into: &outcome) { complete = false }
        }
        guard let title = map.plainText("titel", required: true, what: what, shownIn: "in de kop van het advies"), complete else { return nil }
        var positions: [String: SourcePosition] = [:]
        for key in keys { if let value = map.valueNode(key) { positions[key] = reader.position(value) } }
        if case .sequence(let items)? = map.valueNode("acties") {
            for item in items { if let id = item.string { positions["acties/\(id)"] = reader.position(item) } }
        }
        if case .sequence(let items)? = map.valueNode("links") {
            for item in items { if let link = item.string { positions["links/\(link)"] = reader.position(item) } }
        }
        outcome.title = title
        outcome.showFacts = map.strings("toon-feiten", what: what)
        outcome.summary = map.string("samenvatting", required: true, what: what) ?? ""
        outcome.actions = map.strings("acties", what: what)
        outcome.links = map.strings("links", what: what)
        outcome.sources = SourceListReader.read(map, key: "bronnen", reader: reader)
        outcome.note = map.string("opmerking", what: what)
        outcome.position = reader.position(node)
        outcome.positions = positions
        return outcome
    }

    /// Reads one attribute of an outcome; false when the outcome cannot be kept (an essential
    /// attribute missing or not one of its words).
    private static func read(_ attribute: OutcomeAttribute, of map: YAMLMap, node: Node, _ reader: YAMLReader,
                             what: String, into outcome: inout Outcome) -> Bool {
        let key = attribute.key
        var isRequired = false
        var ownMissingMessage: Message?
        switch attribute.presence {
        case .optional: break
        case .essential: isRequired = true
        case .required(let message):
            isRequired = true
            ownMissingMessage = message?(what)
        }
        if let ownMissingMessage, !map.has(key) {
            reader.report(node, ownMissingMessage)
            return true
        }
        let written: [String]
        switch attribute.form {
        case .list:
            written = map.strings(key, what: what)
        case .word, .yesNo:
            guard let text = map.string(key, required: isRequired && ownMissingMessage == nil, what: what) else {
                if case .essential = attribute.presence { return false }
                return true
            }
            written = [text]
        }
        let problems = attribute.read(written, into: &outcome, what: what)
        for problem in problems { reader.report(map.valueNode(key), problem) }
        if case .essential = attribute.presence, !problems.isEmpty { return false }
        return true
    }

    /// `feestdagen.yml`: the days that are not werkdagen, with their source.
    private static func holidayCalendar(_ map: YAMLMap, _ reader: YAMLReader) -> HolidayCalendar {
        let what = "feestdagen.yml"
        let source = map.string("bron", required: true, what: what) ?? ""
        var seen: Set<Day> = []
        let holidays = map.sequence("dagen", required: true, what: what).compactMap { item -> HolidayCalendar.Holiday? in
            guard let entry = YAMLMap(item, reader, what: "een dag in feestdagen.yml", allowed: ["datum", "naam"]),
                  let text = entry.string("datum", required: true, what: "een dag"),
                  let name = entry.string("naam", required: true, what: "een dag") else { return nil }
            guard let day = Day(iso: text) else {
                reader.report(entry.valueNode("datum"), Message.nonexistentDate(text, key: "datum") ?? .holidayNotDate(text, meant: DayDate.meant(by: text)?.iso))
                return nil
            }
            if !seen.insert(day).inserted { reader.report(entry.valueNode("datum"), .holidayTwice(text)) }
            return HolidayCalendar.Holiday(day: day, name: name, position: reader.position(item))
        }
        if map.has("dagen") && holidays.isEmpty && reader.diagnostics.isEmpty {
            reader.report(map.valueNode("dagen"), .holidaysEmpty())
        }
        return HolidayCalendar(holidays: holidays, source: source, position: reader.position(map.node))
    }

    private static func invariant(_ node: Node, _ reader: YAMLReader) -> Invariant? {
        guard let map = YAMLMap(node, reader, what: "een invariant", allowed: ["id", "regel", "beleid", "als", "dan"]),
              let id = map.string("id", required: true, what: "een invariant"),
              let policy = map.string("beleid", required: true, what: "invariant '\(id)'") else { return nil }
        return Invariant(id: id, rule: map.string("regel", what: "") ?? "", policy: policy,
                         when: conditions(map.valueNode("als"), reader, what: "'als' van invariant '\(id)'"),
                         then: conditions(map.valueNode("dan"), reader, what: "'dan' van invariant '\(id)'"),
                         position: reader.position(node))
    }

    private static func scenario(_ node: Node, _ reader: YAMLReader) -> Scenario? {
        guard let map = YAMLMap(node, reader, what: "een scenario", allowed: ["naam", "antwoorden", "verwacht"]),
              let name = map.string("naam", required: true, what: "een scenario") else { return nil }
        var answers: [Scenario.Answer] = []
        if let answersNode = map.valueNode("antwoorden"), case .mapping(let mapping) = answersNode {
            for (key, value) in mapping {
                answers.append(Scenario.Answer(question: key.string ?? "", option: value.string ?? "", position: reader.position(key)))
            }
        } else {
            reader.report(map.valueNode("antwoorden") ?? node, .scenarioNeedsAnswers(name))
        }
        let expected = conditions(map.valueNode("verwacht"), reader, what: "'verwacht' van scenario '\(name)'")
        if expected.isEmpty { reader.report(node, .scenarioNeedsExpectation(name)) }
        return Scenario(name: name, answers: answers, expected: expected, position: reader.position(node))
    }

    /// `subject: x`, `subject: [x, y]`, `subject: { niet: ..., alle: [...] }`.
    private static func conditions(_ node: Node?, _ reader: YAMLReader, what: String) -> [Condition] {
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            reader.report(node, .conditionsNotMapping(what))
            return []
        }
        func values(_ node: Node) -> [String]? {
            switch node {
            case .scalar(let scalar): return [scalar.string]
            case .sequence(let sequence):
                let items = sequence.compactMap(\.string)
                return items.count == sequence.count ? items : nil
            default: return nil
            }
        }
        var result: [Condition] = []
        for (key, value) in mapping {
            let subject = key.string ?? ""
            let position = reader.position(key)
            if case .mapping(let tests) = value {
                var condition = Condition(subject: subject, position: position)
                for (testKey, testValue) in tests {
                    switch testKey.string {
                    case "niet": condition.noneOf = values(testValue)
                    case "alle": condition.allOf = values(testValue)
                    default:
                        reader.report(testKey, .conditionUnknownTest(testKey.string ?? "", subject: subject))
                    }
                }
                result.append(condition)
            } else if let list = values(value) {
                result.append(Condition(subject: subject, anyOf: list, position: position))
            } else {
                reader.report(value, .conditionValueInvalid(subject))
            }
        }
        return result
    }
}
