/// swift-argument-parser's usage errors (a mistyped option, a value it does not allow) in Dutch, as the
/// editor reads every other message of routeboek. Line by line: a line this does not know (a newer
/// parser's wording) stays as it was rather than being lost.
public enum UsageErrorText {
    public static func dutch(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line(String($0)) }.joined(separator: "\n")
    }

    /// One line in Dutch; nil for the option's English help, which the usage line and --help already give.
    private static func line(_ line: String) -> String? {
        if line.hasPrefix("Help:") { return nil }
        if let rest = line.dropPrefix("Usage: ") { return "Gebruik: " + rest }
        if let rest = line.dropPrefix("  See '"), let command = rest.dropSuffix("' for more information.") {
            return "  Meer uitleg: '\(command)'."
        }
        guard let error = line.dropPrefix("Error: ") else { return line }
        return "fout: " + (errorText(error) ?? error)
    }

    private static func errorText(_ error: String) -> String? {
        if let rest = error.dropPrefix("Unknown option "), let parts = rest.split(around: ". Did you mean "),
           let suggestion = parts.after.dropSuffix("?") {
            return "onbekende optie \(parts.before); bedoel je \(suggestion)?"
        }
        if let option = error.dropPrefix("Unknown option ") { return "onbekende optie \(option)" }
        if let argument = error.dropPrefix("Unexpected argument ") { return "\(argument) kent dit commando niet" }
        if let rest = error.split(around: " unexpected arguments: "), Int(rest.before) != nil {
            return "\(rest.after) kent dit commando niet"
        }
        if let option = error.dropPrefix("Missing value for ") { return "na \(option) hoort een waarde" }
        if let argument = error.dropPrefix("Missing expected argument ") { return "\(argument) ontbreekt" }
        if let rest = error.dropPrefix("The value "), let parts = rest.split(around: " is invalid for ") {
            guard let choice = parts.after.split(around: ". Please provide one of ") else {
                return "\(parts.before) kan niet bij \(parts.after.dropSuffix(".") ?? parts.after)"
            }
            let options = (choice.after.dropSuffix(".") ?? choice.after).replacingLast(" or ", with: " of ")
            return "\(parts.before) kan niet bij \(choice.before); kies \(options)"
        }
        return nil
    }
}

private extension String {
    func dropPrefix(_ prefix: String) -> String? { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil }
    func dropSuffix(_ suffix: String) -> String? { hasSuffix(suffix) ? String(dropLast(suffix.count)) : nil }

    /// The text before and after the first `separator`.
    func split(around separator: String) -> (before: String, after: String)? {
        guard let range = firstRange(of: separator) else { return nil }
        return (String(self[..<range.lowerBound]), String(self[range.upperBound...]))
    }

    func replacingLast(_ target: String, with replacement: String) -> String {
        guard let range = ranges(of: target).last else { return self }
        return String(self[..<range.lowerBound]) + replacement + String(self[range.upperBound...])
    }
}
