import Beslisboom
import Foundation
import Yams

/// Reads the decision tree's YAML files (docs/beslisboom-format.md) into the model, keeping positions.
struct TreeLoader {
    static let files = ["boom.yml", "feiten.yml", "acties.yml", "uitkomsten.yml", "invarianten.yml", "scenarios.yml"]

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
        guard let (treeMap, treeReader) = tree else { return nil }

        let model = DecisionTree(
            start: treeMap.string("start", required: true, what: "boom.yml") ?? "",
            startPosition: treeReader.position(treeMap.valueNode("start") ?? treeMap.node),
            questions: treeMap.sequence("vragen", required: true, what: "boom.yml").compactMap { question($0, treeReader) },
            outcomes: outcomes.map { map, reader in map.sequence("uitkomsten", what: "uitkomsten.yml").compactMap { outcome($0, reader) } } ?? [],
            facts: facts.map { map, reader in map.sequence("feiten", what: "feiten.yml").compactMap { fact($0, reader) } } ?? [],
            actions: actions.map { map, reader in map.sequence("acties", what: "acties.yml").compactMap { action($0, reader) } } ?? [],
            invariants: invariants.map { map, reader in map.sequence("invarianten", what: "invarianten.yml").compactMap { invariant($0, reader) } } ?? [],
            scenarios: scenarios.map { map, reader in scenarioList(map, reader) } ?? []
        )
        for (_, reader) in [tree, facts, actions, outcomes, invariants, scenarios].compactMap({ $0 }) {
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
        guard let map = YAMLMap(node, reader, what: what, allowed: ["id", "label", "feiten", "naar"]),
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
        return Option(id: id, label: label, facts: facts, to: to, position: reader.position(node))
    }

    private static func fact(_ node: Node, _ reader: YAMLReader) -> FactDefinition? {
        guard let map = YAMLMap(node, reader, what: "a fact", allowed: ["id", "label", "waarden"]),
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
        return FactDefinition(id: id, label: label, values: values, position: reader.position(node))
    }

    private static func action(_ node: Node, _ reader: YAMLReader) -> Action? {
        guard let map = YAMLMap(node, reader, what: "an action", allowed: ["id", "wat", "wie", "wanneer", "pagina"]),
              let id = map.string("id", required: true, what: "an action") else { return nil }
        let what = "action '\(id)'"
        guard let text = map.string("wat", required: true, what: what), let who = map.string("wie", required: true, what: what),
              let when = map.string("wanneer", required: true, what: what) else { return nil }
        return Action(id: id, what: text, who: who, when: when, page: map.string("pagina", what: what), position: reader.position(node))
    }

    private static func outcome(_ node: Node, _ reader: YAMLReader) -> Outcome? {
        let keys = ["id", "titel", "registratie", "duo-melding", "afwijking", "thuiszitter", "regie", "toon-feiten",
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
        return Outcome(
            id: id, title: title, registrations: registrations,
            duoReport: choice("duo-melding", DuoReport.self, required: false) ?? .none,
            deviation: deviation, isThuiszitter: isThuiszitter,
            regie: choice("regie", Regie.self, required: false) ?? .school,
            showFacts: map.strings("toon-feiten", what: what),
            summary: map.string("samenvatting", required: true, what: what) ?? "",
            actions: map.strings("acties", what: what),
            links: map.strings("links", what: what),
            sources: SourceListReader.read(map, key: "bronnen", reader: reader),
            note: map.string("opmerking", what: what),
            position: reader.position(node)
        )
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
