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
            diagnostics.append(Diagnostic(.error, file: "\(displayFolder)/\(name)", "this file of the beslisboom is missing"))
        }
        func document(_ name: String, allowed: [String]) -> (YAMLMap, YAMLReader)? {
            guard let text = texts[name] else { return nil }
            let reader = YAMLReader(file: "\(displayFolder)/\(name)")
            let root = reader.compose(text)
            // An empty file would silently drop the whole tool (boom.yml) or every policy check (invarianten.yml).
            if reader.isEmptyDocument(root) {
                reader.error(nil, "this file of the beslisboom is empty (or only comments); it needs \(allowed.map { "'\($0):'" }.joined(separator: " and "))")
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
        guard let node = reader.compose(text), let map = YAMLMap(node, reader, what: "a scenario file", allowed: ["scenarios"]) else {
            return []
        }
        return scenarioList(map, reader)
    }

    private static func scenarioList(_ map: YAMLMap, _ reader: YAMLReader) -> [Scenario] {
        map.sequence("scenarios", required: true, what: "a scenario file").compactMap { scenario($0, reader) }
    }

    private static func question(_ node: Node, _ reader: YAMLReader) -> Question? {
        guard let map = YAMLMap(node, reader, what: "a question", allowed: ["id", "vraag", "uitleg", "opties"]),
              let id = map.string("id", required: true, what: "a question"),
              let text = map.string("vraag", required: true, what: "question '\(map.string("id", what: "") ?? "?")'") else { return nil }
        let options = map.sequence("opties", required: true, what: "question '\(id)'").compactMap { option($0, reader, question: id) }
        return Question(id: id, text: text, hint: map.string("uitleg", what: "a question"), options: options, position: reader.position(node))
    }

    private static func option(_ node: Node, _ reader: YAMLReader, question: String) -> Option? {
        let what = "an option of question '\(question)'"
        guard let map = YAMLMap(node, reader, what: what, allowed: ["id", "label", "feiten", "naar", "uitzonderingen"]),
              let id = map.string("id", required: true, what: what),
              let label = map.string("label", required: true, what: what),
              let to = map.string("naar", required: true, what: "option '\(question)=\(id)'") else { return nil }
        var facts: [String: String] = [:]
        if let factsNode = map.valueNode("feiten") {
            if case .mapping(let mapping) = factsNode {
                for (key, value) in mapping { facts[key.string ?? ""] = value.string ?? "" }
            } else {
                reader.error(factsNode, "'feiten' must be a mapping such as { verzuim: ongeoorloofd }")
            }
        }
        let exceptions = map.sequence("uitzonderingen", what: what).compactMap { item -> Exception? in
            let context = "an exception of option '\(question)=\(id)'"
            guard let entry = YAMLMap(item, reader, what: context, allowed: ["als", "naar"]),
                  let target = entry.string("naar", required: true, what: context) else { return nil }
            return Exception(when: conditions(entry.valueNode("als"), reader, what: "'als' of \(context)"), to: target,
                             position: reader.position(item), toPosition: entry.valueNode("naar").map(reader.position))
        }
        return Option(id: id, label: label, facts: facts, to: to, exceptions: exceptions, position: reader.position(node),
                      toPosition: map.valueNode("naar").map(reader.position))
    }

    private static func fact(_ node: Node, _ reader: YAMLReader) -> FactDefinition? {
        guard let map = YAMLMap(node, reader, what: "a fact", allowed: ["id", "label", "waarden", "verstreken"]),
              let id = map.string("id", required: true, what: "a fact"),
              let label = map.string("label", required: true, what: "fact '\(id)'") else { return nil }
        var values: [(id: String, label: String)] = []
        if let valuesNode = map.valueNode("waarden"), case .mapping(let mapping) = valuesNode {
            for (key, value) in mapping {
                if value.string == nil { reader.error(value, "the label of value '\(key.string ?? "")' of fact '\(id)' must be text, not a list or a mapping") }
                values.append((key.string ?? "", value.string ?? ""))
            }
        } else {
            reader.error(map.valueNode("waarden") ?? node, "fact '\(id)' needs 'waarden': a mapping of value id to label")
        }
        var elapsed: [String: [DeadlineAnchor: Span]] = [:]
        if let elapsedNode = map.valueNode("verstreken") {
            guard case .mapping(let byValue) = elapsedNode else {
                reader.error(elapsedNode, "'verstreken' of fact '\(id)' must map a value to { anchor: term }, such as 4-weken-of-langer: { eerste-verzuimdag: 4 weken }")
                return FactDefinition(id: id, label: label, values: values, position: reader.position(node))
            }
            for (valueKey, anchorsNode) in byValue {
                let value = valueKey.string ?? ""
                if !values.contains(where: { $0.id == value }) {
                    reader.error(valueKey, "'verstreken' of fact '\(id)' names value '\(value)', which is not one of its waarden (\(values.map(\.id).joined(separator: ", ")))")
                }
                guard case .mapping(let anchors) = anchorsNode else {
                    reader.error(anchorsNode, "'verstreken' for '\(value)' must be a mapping such as { eerste-verzuimdag: 4 weken }")
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
        guard let map = YAMLMap(node, reader, what: "an action", allowed: keys),
              let id = map.string("id", required: true, what: "an action") else { return nil }
        let what = "action '\(id)'"
        let kind: ActionKind?
        if let text = map.string("soort", required: true, what: what) {
            kind = ActionKind(rawValue: text)
            if kind == nil {
                reader.error(map.valueNode("soort"), "'soort' of \(what) is '\(text)'; it must be verplicht (S0 or the law) or aanbevolen (practice from another source)")
            }
        } else {
            kind = nil
        }
        let deadline = map.valueNode("termijn").flatMap { TermReader.deadline($0, reader, what: what) }
        if !map.has("termijn") { reader.error(node, "\(what) needs 'termijn': direct, doorlopend, { binnen: 2 weken, na: eerste-verzuimdag }, { elke: 1 maand } or { bij: jes }") }
        var sources: [SourceReference] = []
        switch map.valueNode("bron") {
        case .sequence(let items)?: sources = items.compactMap { SourceListReader.source($0, reader) }
        case let item?: sources = SourceListReader.source(item, reader).map { [$0] } ?? []
        case nil: reader.error(node, "\(what) needs 'bron': { bestand: ..., onderdeel: ... } or { url: https://..., titel: ..., onderdeel: ... }, or a list of them")
        }
        guard let title = map.string("kort", required: true, what: what),
              let text = map.string("wat", required: true, what: what), let who = map.string("wie", required: true, what: what),
              let when = map.string("wanneer", required: true, what: what),
              let kind, let deadline, !sources.isEmpty else { return nil }
        return Action(id: id, title: title, what: text, who: who, whenText: when, deadline: deadline, kind: kind, sources: sources,
                      conditions: conditions(map.valueNode("als"), reader, what: "'als' of \(what)"),
                      page: map.string("pagina", what: what), position: reader.position(node))
    }

    private static func outcome(_ node: Node, _ reader: YAMLReader) -> Outcome? {
        let keys = ["id", "titel", "registratie", "duo-melding", "afwijking", "thuiszitter", "voorlopig", "regie", "toon-feiten",
                    "samenvatting", "acties", "links", "bronnen", "opmerking"]
        guard let map = YAMLMap(node, reader, what: "an outcome", allowed: keys),
              let id = map.string("id", required: true, what: "an outcome") else { return nil }
        let what = "outcome '\(id)'"
        func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, required: Bool) -> T? where T.RawValue == String {
            guard let text = map.string(key, required: required, what: what) else { return nil }
            if let value = T(rawValue: text) { return value }
            let allowed = T.allCases.map(\.rawValue)
            let hint = Spelling.closest(to: text, among: allowed).map { "; did you mean '\($0)'?" } ?? ""
            reader.error(map.valueNode(key), "'\(key)' of \(what) is '\(text)'; it must be one of \(allowed.joined(separator: ", "))\(hint)")
            return nil
        }
        var registrations: [Registration] = []
        for text in map.strings("registratie", what: what) {
            if let registration = Registration(rawValue: text) { registrations.append(registration) }
            else if text != OutcomeSubject.noRegistration {
                reader.error(map.valueNode("registratie"), "registratie '\(text)' of \(what) must be one of \(Registration.allCases.map(\.rawValue).joined(separator: ", ")), or [] for none")
            }
        }
        if !map.has("registratie") { reader.error(node, "\(what) needs 'registratie' (a list; [] for no registration)") }
        var isThuiszitter = false
        if let text = map.string("thuiszitter", required: true, what: what) {
            if text == "ja" || text == "true" { isThuiszitter = true }
            else if text != "nee" && text != "false" { reader.error(map.valueNode("thuiszitter"), "'thuiszitter' of \(what) must be ja or nee") }
        }
        guard let title = map.string("titel", required: true, what: what),
              let deviation = choice("afwijking", Deviation.self, required: true) else { return nil }
        var positions: [String: SourcePosition] = [:]
        for key in keys { if let value = map.valueNode(key) { positions[key] = reader.position(value) } }
        if case .sequence(let items)? = map.valueNode("acties") {
            for item in items { if let id = item.string { positions["acties/\(id)"] = reader.position(item) } }
        }
        return Outcome(
            id: id, title: title, registrations: registrations,
            duoReport: choice("duo-melding", DuoReport.self, required: false) ?? .none,
            deviation: deviation, isThuiszitter: isThuiszitter, isProvisional: map.bool("voorlopig") ?? false,
            regie: choice("regie", Regie.self, required: false) ?? .school,
            showFacts: map.strings("toon-feiten", what: what),
            summary: map.string("samenvatting", required: true, what: what) ?? "",
            actions: map.strings("acties", what: what),
            links: map.strings("links", what: what),
            sources: SourceListReader.read(map, key: "bronnen", reader: reader),
            note: map.string("opmerking", what: what),
            position: reader.position(node),
            positions: positions
        )
    }

    /// `feestdagen.yml`: the days that are not werkdagen, with their source.
    private static func holidayCalendar(_ map: YAMLMap, _ reader: YAMLReader) -> HolidayCalendar {
        let what = "feestdagen.yml"
        let source = map.string("bron", required: true, what: what) ?? ""
        var seen: Set<Day> = []
        let holidays = map.sequence("dagen", required: true, what: what).compactMap { item -> HolidayCalendar.Holiday? in
            guard let entry = YAMLMap(item, reader, what: "a day in feestdagen.yml", allowed: ["datum", "naam"]),
                  let text = entry.string("datum", required: true, what: "a day"),
                  let name = entry.string("naam", required: true, what: "a day") else { return nil }
            guard let day = Day(iso: text) else {
                reader.error(entry.valueNode("datum"), "'\(text)' is not a date; write it as JJJJ-MM-DD, such as 2026-12-25")
                return nil
            }
            if !seen.insert(day).inserted { reader.error(entry.valueNode("datum"), "\(text) is listed twice; keep one") }
            return HolidayCalendar.Holiday(day: day, name: name, position: reader.position(item))
        }
        if map.has("dagen") && holidays.isEmpty && reader.diagnostics.isEmpty {
            reader.error(map.valueNode("dagen"), "feestdagen.yml lists no days; werkdagen would skip weekends only")
        }
        return HolidayCalendar(holidays: holidays, source: source, position: reader.position(map.node))
    }

    private static func invariant(_ node: Node, _ reader: YAMLReader) -> Invariant? {
        guard let map = YAMLMap(node, reader, what: "an invariant", allowed: ["id", "regel", "beleid", "als", "dan"]),
              let id = map.string("id", required: true, what: "an invariant"),
              let policy = map.string("beleid", required: true, what: "invariant '\(id)'") else { return nil }
        return Invariant(id: id, rule: map.string("regel", what: "") ?? "", policy: policy,
                         when: conditions(map.valueNode("als"), reader, what: "'als' of invariant '\(id)'"),
                         then: conditions(map.valueNode("dan"), reader, what: "'dan' of invariant '\(id)'"),
                         position: reader.position(node))
    }

    private static func scenario(_ node: Node, _ reader: YAMLReader) -> Scenario? {
        guard let map = YAMLMap(node, reader, what: "a scenario", allowed: ["naam", "antwoorden", "verwacht"]),
              let name = map.string("naam", required: true, what: "a scenario") else { return nil }
        var answers: [Scenario.Answer] = []
        if let answersNode = map.valueNode("antwoorden"), case .mapping(let mapping) = answersNode {
            for (key, value) in mapping {
                answers.append(Scenario.Answer(question: key.string ?? "", option: value.string ?? "", position: reader.position(key)))
            }
        } else {
            reader.error(map.valueNode("antwoorden") ?? node, "scenario '\(name)' needs 'antwoorden': a mapping of question id to option id")
        }
        let expected = conditions(map.valueNode("verwacht"), reader, what: "'verwacht' of scenario '\(name)'")
        if expected.isEmpty { reader.error(node, "scenario '\(name)' needs 'verwacht' with at least one expectation") }
        return Scenario(name: name, answers: answers, expected: expected, position: reader.position(node))
    }

    /// `subject: x`, `subject: [x, y]`, `subject: { niet: ..., alle: [...] }`.
    private static func conditions(_ node: Node?, _ reader: YAMLReader, what: String) -> [Condition] {
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            reader.error(node, "\(what) must be a mapping of subject to value")
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
                        reader.error(testKey, "unknown test '\(testKey.string ?? "")' for '\(subject)'; use 'niet' or 'alle'")
                    }
                }
                result.append(condition)
            } else if let list = values(value) {
                result.append(Condition(subject: subject, anyOf: list, position: position))
            } else {
                reader.error(value, "the test for '\(subject)' must be a value, a list of values, or { niet: ..., alle: [...] }")
            }
        }
        return result
    }
}
