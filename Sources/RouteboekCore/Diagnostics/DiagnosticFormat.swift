import Foundation

/// How `routeboek check` and `build` print their diagnostics: as lines for people (`text`, the
/// default), as GitHub Actions annotations (`github`), or as one JSON list for other tools (`json`).
/// The JSON fields are documented in docs/ci.md and stay stable.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case github
    case json

    /// Everything the format prints for these diagnostics (no trailing newline). `text` gives the
    /// familiar `file:line:column: fout RB104: bericht` lines.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text: diagnostics.map(\.description).joined(separator: "\n")
        case .github: diagnostics.map { Self.githubCommand($0).rendered }.joined(separator: "\n")
        case .json: Self.json(diagnostics)
        }
    }

    static func githubCommand(_ diagnostic: Diagnostic) -> GitHubCommand {
        let level: GitHubCommand.Level = switch diagnostic.severity {
        case .error: .error
        case .warning: .warning
        case .notice: .notice
        }
        return GitHubCommand(level, file: diagnostic.file, line: diagnostic.line, column: diagnostic.column,
                             title: diagnostic.code.map { "routeboek \($0)" } ?? "routeboek", message: diagnostic.message)
    }

    /// One entry of the JSON list. `code` is the message's code in the catalogue (docs/meldingen.md);
    /// `severity` stays the English word (error, warning, notice) so tools need not know Dutch.
    struct JSONEntry: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
        var code: String?
    }

    static func json(_ diagnostics: [Diagnostic]) -> String {
        // Foundation prints an empty list over several lines; "[]" reads better.
        guard !diagnostics.isEmpty else { return "[]" }
        let entries = diagnostics.map {
            JSONEntry(file: $0.file, line: $0.line, column: $0.column, severity: $0.severity.rawValue, message: $0.message, code: $0.code)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(entries) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
