import Yams

/// Every text value in a YAML file with the line it starts on: what a reader sees of the file
/// (keys and comments left out). Used by tests that compare written text with the sources.
public enum YAMLStrings {
    public struct Value: Sendable, Equatable {
        public var text: String
        public var line: Int
    }

    /// Nil when the text is not valid YAML.
    public static func values(in text: String) -> [Value]? {
        guard let root = try? Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot() else { return nil }
        var result: [Value] = []
        func walk(_ node: Node) {
            switch node {
            case .scalar(let scalar):
                result.append(Value(text: scalar.string, line: node.mark?.line ?? 1))
            case .mapping(let mapping):
                for (_, value) in mapping { walk(value) }
            case .sequence(let sequence):
                for item in sequence { walk(item) }
            case .alias:
                break
            }
        }
        walk(root)
        return result
    }
}
