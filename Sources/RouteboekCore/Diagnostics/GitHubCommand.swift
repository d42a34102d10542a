/// GitHub Actions workflow commands (`::error file=...,line=...::message`), which the runner turns
/// into annotations on the pull request. Escaping as GitHub's own toolkit does it
/// (actions/toolkit, packages/core/src/command.ts): `%`, CR and LF in the message; those and `:`
/// and `,` in a property value.
public struct GitHubCommand: Sendable, Equatable {
    public enum Level: String, Sendable { case error, warning, notice }

    public var level: Level
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var title: String?
    public var message: String

    public init(_ level: Level, file: String? = nil, line: Int? = nil, column: Int? = nil, title: String? = nil, message: String) {
        self.level = level
        self.file = file
        self.line = line
        self.column = column
        self.title = title
        self.message = message
    }

    /// The command as one line of output.
    public var rendered: String {
        var properties: [String] = []
        if let file { properties.append("file=" + Self.escapeProperty(file)) }
        if let line { properties.append("line=\(line)") }
        if let column { properties.append("col=\(column)") }
        if let title { properties.append("title=" + Self.escapeProperty(title)) }
        let head = properties.isEmpty ? "::\(level.rawValue)" : "::\(level.rawValue) " + properties.joined(separator: ",")
        return head + "::" + Self.escapeData(message)
    }

    public static func escapeData(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    public static func escapeProperty(_ text: String) -> String {
        var result = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
