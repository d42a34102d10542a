/// An action's text can name facts of the route: `{hoofdoorzaak}` becomes the label of the route's
/// hoofdoorzaak, so the text says what the user answered instead of asking it again.
extension Action {
    /// The fact ids the text names, in order of appearance.
    public var placeholders: [String] {
        var names: [String] = []
        var rest = Substring(what)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = String(after[..<close])
            if !name.isEmpty, !names.contains(name) { names.append(name) }
            rest = after[after.index(after: close)...]
        }
        return names
    }
}

extension DecisionTree {
    /// The action's text with every `{fact}` replaced by the label of the fact's value on the route.
    /// A fact the route did not set stays as written (the validator reports it).
    public func text(of action: Action, facts: [String: String]) -> String {
        var text = action.what
        for name in action.placeholders {
            guard let value = facts[name], let label = factsByID[name]?.label(of: value) else { continue }
            text = text.replacingAll("{\(name)}", with: label)
        }
        return text
    }
}

extension String {
    /// The model imports nothing, so it carries its own plain substring replacement.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension Substring {
    func range(of target: String) -> Range<Index>? {
        guard let first = target.first else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index] == first, self[index...].hasPrefix(target) {
                return index..<self.index(index, offsetBy: target.count)
            }
            index = self.index(after: index)
        }
        return nil
    }
}
