import Beslisboom
import Yams

/// Reads the structured terms of the beslisboom (`termijn` of an action, `verstreken` of a fact).
enum TermReader {
    static func deadline(_ node: Node, _ reader: YAMLReader, what: String) -> Deadline? {
        if case .scalar(let scalar) = node {
            switch scalar.string {
            case "direct": return .immediately
            case "doorlopend": return .ongoing
            case "geen": return .unspecified
            default:
                reader.report(node, .termInvalid(what, written: scalar.string))
                return nil
            }
        }
        guard let map = YAMLMap(node, reader, what: "'termijn' van \(what)", allowed: ["binnen", "vanaf", "na", "elke", "tot", "bij"]) else { return nil }
        // One kind of term: with two, the plan would read one and drop the other without a word.
        let kinds = ["binnen", "vanaf", "elke", "bij"].filter { map.has($0) }
        if kinds.count > 1 {
            reader.report(node, .termTwoKinds(what, kinds: kinds))
            return nil
        }
        for key in ["binnen", "vanaf"] where map.has(key) {
            guard let span = map.valueNode(key).flatMap({ Self.span($0, reader, least: 1, otherwise: "moet het meteen, schrijf dan termijn: direct") }) else { return nil }
            guard let anchorNode = map.valueNode("na") else {
                reader.report(node, .termWithoutStart(what, span: "\(key) \(span)", starts: DeadlineAnchor.allCases.map(\.rawValue)))
                return nil
            }
            guard let anchor = Self.anchor(anchorNode, reader) else { return nil }
            return key == "binnen" ? .within(span, after: anchor) : .from(span, after: anchor)
        }
        if map.has("elke") {
            guard let span = map.valueNode("elke").flatMap({ Self.span($0, reader, least: 1, otherwise: "schrijf hoe vaak, zoals elke: 1 week") }) else { return nil }
            let upTo = map.valueNode("tot").flatMap { Self.span($0, reader, least: 1, otherwise: "schrijf hoe lang, zoals tot: 6 weken") }
            if let upTo, upTo.approximateDays < span.approximateDays {
                reader.report(map.valueNode("tot"), .termUpToShorter(upTo: "\(upTo)", every: "\(span)"))
            }
            return .every(span, upTo: upTo)
        }
        if let occasionNode = map.valueNode("bij") {
            let text = occasionNode.string ?? ""
            guard let occasion = Occasion(rawValue: text) else {
                let allowed = Occasion.allCases.map(\.rawValue)
                reader.report(occasionNode, .termUnknownMoment(text, allowed: allowed, suggestion: Spelling.closest(to: text, among: allowed)))
                return nil
            }
            return .at(occasion)
        }
        reader.report(node, .termSaysNothing(what))
        return nil
    }

    static func anchor(_ node: Node, _ reader: YAMLReader) -> DeadlineAnchor? {
        let text = node.string ?? ""
        if let anchor = DeadlineAnchor(rawValue: text) { return anchor }
        let allowed = DeadlineAnchor.allCases.map(\.rawValue)
        reader.report(node, .termUnknownStart(text, allowed: allowed, suggestion: Spelling.closest(to: text, among: allowed)))
        return nil
    }

    /// A span such as "2 weken". `least` is the smallest amount that makes sense where it is written
    /// (a deadline of 0 weeks is `direct`, a repeat every 0 weeks is none); `otherwise` says what to write instead.
    static func span(_ node: Node, _ reader: YAMLReader, least: Int = 0, otherwise: String = "") -> Span? {
        let text = node.string ?? ""
        let words = text.split(separator: " ")
        if words.count == 2, let amount = Int(words[0]), amount < least, TimeUnit(word: String(words[1])) != nil || amount < 0 {
            reader.report(node, .termAmountTooSmall(text, least: least, otherwise: amount < 0 ? "schrijf het getal zonder min, zoals \(-amount) \(words[1])" : otherwise))
            return nil
        }
        if let span = Span(text: text) {
            let most = Span.mostAmount(of: span.unit)
            guard span.amount <= most else {
                reader.report(node, .termAmountTooLarge(text, most: "\(Span(most, span.unit))"))
                return nil
            }
            return span
        }
        if words.count == 2, Int(words[0]) != nil {
            let units = TimeUnit.allCases.map(\.rawValue)
            reader.report(node, .termUnknownUnit(String(words[1]), in: text, units: units,
                                                 suggestion: Spelling.closest(to: String(words[1]), among: units + Array(TimeUnit.singulars.keys))))
        } else {
            reader.report(node, .termNotASpan(text))
        }
        return nil
    }
}
