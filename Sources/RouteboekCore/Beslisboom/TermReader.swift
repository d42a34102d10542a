import Beslisboom
import Yams

/// Reads the structured terms of the beslisboom (`termijn` of an action, `verstreken` of a fact).
enum TermReader {
    static let deadlineHelp = "direct, doorlopend, geen (the sources set no term), { binnen: 2 weken, na: eerste-verzuimdag }, { elke: 1 maand } (or { elke: 4 weken, tot: 6 weken }) or { bij: jes }"

    static func deadline(_ node: Node, _ reader: YAMLReader, what: String) -> Deadline? {
        if case .scalar(let scalar) = node {
            switch scalar.string {
            case "direct": return .immediately
            case "doorlopend": return .ongoing
            case "geen": return .unspecified
            default:
                reader.error(node, "'termijn' of \(what) is '\(scalar.string)'; write \(deadlineHelp)")
                return nil
            }
        }
        guard let map = YAMLMap(node, reader, what: "'termijn' of \(what)", allowed: ["binnen", "na", "elke", "tot", "bij"]) else { return nil }
        if map.has("binnen") {
            guard let span = map.valueNode("binnen").flatMap({ Self.span($0, reader) }) else { return nil }
            guard let anchorNode = map.valueNode("na") else {
                reader.error(node, "'termijn' of \(what) says binnen \(span) but not after what: add na: \(DeadlineAnchor.allCases.map(\.rawValue).joined(separator: " | "))")
                return nil
            }
            guard let anchor = Self.anchor(anchorNode, reader) else { return nil }
            return .within(span, after: anchor)
        }
        if map.has("elke") {
            guard let span = map.valueNode("elke").flatMap({ Self.span($0, reader) }) else { return nil }
            let upTo = map.valueNode("tot").flatMap { Self.span($0, reader) }
            if let upTo, upTo.approximateDays < span.approximateDays {
                reader.error(map.valueNode("tot"), "'tot: \(upTo)' is shorter than 'elke: \(span)'")
            }
            return .every(span, upTo: upTo)
        }
        if let occasionNode = map.valueNode("bij") {
            let text = occasionNode.string ?? ""
            guard let occasion = Occasion(rawValue: text) else {
                let allowed = Occasion.allCases.map(\.rawValue)
                let hint = Spelling.closest(to: text, among: allowed).map { "; did you mean '\($0)'?" } ?? ""
                reader.error(occasionNode, "unknown moment '\(text)' in 'bij'; it must be one of \(allowed.joined(separator: ", "))\(hint)")
                return nil
            }
            return .at(occasion)
        }
        reader.error(node, "'termijn' of \(what) says nothing about when; write \(deadlineHelp)")
        return nil
    }

    static func anchor(_ node: Node, _ reader: YAMLReader) -> DeadlineAnchor? {
        let text = node.string ?? ""
        if let anchor = DeadlineAnchor(rawValue: text) { return anchor }
        let allowed = DeadlineAnchor.allCases.map(\.rawValue)
        let hint = Spelling.closest(to: text, among: allowed).map { "; did you mean '\($0)'?" } ?? ""
        reader.error(node, "unknown starting point '\(text)'; it must be one of \(allowed.joined(separator: ", "))\(hint)")
        return nil
    }

    static func span(_ node: Node, _ reader: YAMLReader) -> Span? {
        let text = node.string ?? ""
        if let span = Span(text: text) { return span }
        let words = text.split(separator: " ")
        if words.count == 2, Int(words[0]) != nil {
            let units = TimeUnit.allCases.map(\.rawValue)
            let hint = Spelling.closest(to: String(words[1]), among: units + Array(TimeUnit.singulars.keys)).map { "; did you mean '\($0)'?" } ?? ""
            reader.error(node, "unknown unit '\(words[1])' in '\(text)'; use \(units.joined(separator: ", "))\(hint)")
        } else {
            reader.error(node, "'\(text)' is not a term; write a number and a unit, such as 2 weken or 5 werkdagen")
        }
        return nil
    }
}
