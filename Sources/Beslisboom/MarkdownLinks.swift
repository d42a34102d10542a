/// Finds inline link targets in short Markdown texts (hints, summaries), so the validator can check them
/// without a Markdown parser. Page bodies are checked by the generator's real parser instead.
enum MarkdownLinks {
    static func targets(in markdown: String) -> [String] {
        var result: [String] = []
        var rest = Substring(markdown)
        while let open = rest.firstRange(of: "](") {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(where: { $0 == ")" || $0 == " " }) else { break }
            result.append(String(after[..<close]))
            rest = after[close...]
        }
        return result
    }

    static func isLocal(_ link: String) -> Bool {
        !link.contains("://") && !link.hasPrefix("mailto:") && !link.hasPrefix("tel:") && !link.hasPrefix("#")
    }
}
