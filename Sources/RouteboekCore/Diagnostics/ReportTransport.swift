import Foundation

/// A build report as one line of JSON, so a build can run in a child process (the preview server does
/// that: a build that crashes or hangs then cannot take the server down) and tell its parent everything.
public enum ReportTransport {
    private struct WireDiagnostic: Codable {
        var severity: String
        var file: String
        var line: Int
        var column: Int
        var message: String
        var code: String?
    }

    private struct WirePhase: Codable {
        var name: String
        var seconds: Double
        var detail: String
        var besideOthers: Bool?
    }

    private struct WireReport: Codable {
        var diagnostics: [WireDiagnostic]
        var phases: [WirePhase]
        var pageCount: Int
        var generatedCount: Int
        var routeCount: Int
        var written: Bool
        var pagesOnly: Bool?
    }

    /// One line per message: `{"phase": ...}` while building, `{"report": ...}` at the end.
    private struct Line: Codable {
        var phase: WirePhase?
        var report: WireReport?
    }

    public static func line(for phase: BuildReport.Phase) -> String {
        encode(Line(phase: WirePhase(name: phase.name, seconds: phase.seconds, detail: phase.detail, besideOthers: phase.besideOthers)))
    }

    public static func line(for report: BuildReport) -> String {
        let wire = WireReport(
            diagnostics: report.diagnostics.map {
                WireDiagnostic(severity: $0.severity.rawValue, file: $0.file, line: $0.line, column: $0.column, message: $0.message, code: $0.code)
            },
            phases: report.phases.map { WirePhase(name: $0.name, seconds: $0.seconds, detail: $0.detail, besideOthers: $0.besideOthers) },
            pageCount: report.pageCount, generatedCount: report.generatedCount, routeCount: report.routeCount, written: report.written,
            pagesOnly: report.pagesOnly)
        return encode(Line(report: wire))
    }

    /// What one line says: a phase, a whole report, or nothing understandable (nil).
    public enum Message {
        case phase(BuildReport.Phase)
        case report(BuildReport)
    }

    public static func message(from line: Substring) -> Message? {
        guard let decoded = try? JSONDecoder().decode(Line.self, from: Data(line.utf8)) else { return nil }
        if let phase = decoded.phase { return .phase(BuildReport.Phase(name: phase.name, seconds: phase.seconds, detail: phase.detail, besideOthers: phase.besideOthers ?? false)) }
        guard let wire = decoded.report else { return nil }
        var report = BuildReport()
        report.diagnostics = wire.diagnostics.map {
            Diagnostic(Diagnostic.Severity(rawValue: $0.severity) ?? .error, file: $0.file, line: $0.line, column: $0.column, $0.message, code: $0.code)
        }
        report.phases = wire.phases.map { BuildReport.Phase(name: $0.name, seconds: $0.seconds, detail: $0.detail, besideOthers: $0.besideOthers ?? false) }
        report.pageCount = wire.pageCount
        report.generatedCount = wire.generatedCount
        report.routeCount = wire.routeCount
        report.written = wire.written
        report.pagesOnly = wire.pagesOnly ?? false
        return .report(report)
    }

    /// A report of one error, for a build that ended without reporting (it crashed or was stopped).
    public static func failure(_ file: String, _ message: Messages.Message) -> BuildReport {
        var report = BuildReport()
        report.diagnostics = [Diagnostic(file: file, message)]
        return report
    }

    private static func encode(_ line: Line) -> String {
        guard let data = try? JSONEncoder().encode(line) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
