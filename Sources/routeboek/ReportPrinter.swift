import ArgumentParser
import Foundation
import RouteboekCore
import RouteboekServe

/// Prints a build's diagnostics (stderr) and summary, and turns errors into exit code 1.
enum ReportPrinter {
    /// Text goes to stderr as before; the github and json formats go to stdout (where the Actions
    /// runner and other tools read them), and json prints nothing else there.
    static func finish(_ report: BuildReport, options: SiteOptions, verb: String, output: String?,
                       format: DiagnosticFormat = .text) throws {
        switch format {
        case .text:
            // Written in batches of about 64 KB: a large build's thousands of lines were a system call
            // each, and all of them as one text held megabytes more at the end of the build.
            var batch = ""
            for diagnostic in report.diagnostics {
                if !batch.isEmpty { batch += "\n" }
                batch += diagnostic.description
                if batch.utf8.count >= 64 * 1024 {
                    printError(batch)
                    batch = ""
                }
            }
            if !batch.isEmpty { printError(batch) }
        case .github, .json:
            let rendered = format.render(report.diagnostics)
            if !rendered.isEmpty { print(rendered) }
        }
        if report.errorCount > 0 {
            printError("\(verb) mislukt: \(count(report.errorCount, .error)), \(count(report.warningCount, .warning))."
                + (output.map { " \($0) is niet veranderd." } ?? ""))
            throw ExitCode(1)
        }
        guard !options.quiet else { return }
        let time = String(format: "%.2f s", report.totalSeconds)
        var summary = "\(verb): \(report.pageCount) pagina's"
        if report.routeCount > 0 { summary += ", beslisboom met \(report.routeCount) routes" }
        if report.generatedCount > 0 { summary += ", \(report.generatedCount) HTML-bestanden" }
        summary += ", \(count(report.warningCount, .warning))"
        if report.noticeCount > 0 { summary += ", \(count(report.noticeCount, .notice))" }
        summary += " in \(time)"
        if let pdf = report.pdf {
            summary += "; \(pdf.path): \(pdf.pageCount.map { "\($0) pagina's, " } ?? "")\(pdf.bytes) bytes, opgemaakt in "
                + String(format: "%.1f s", pdf.seconds)
        }
        if let output, report.written { summary += ". Open \(output)/index.html in een browser." }
        if format == .json { printError(summary) } else { print(summary) }
    }

    /// Phases are printed with --verbose, and by default when one takes a second or more (a long
    /// build shows where it is); a short build prints only its summary line.
    static func progress(_ options: SiteOptions) -> @Sendable (BuildReport.Phase) -> Void {
        let verbose = options.verbose
        let quiet = options.quiet
        return { phase in
            if verbose {
                Self.phase(phase)
            } else if !quiet && phase.seconds >= 1 {
                printError("\(dutchName(phase.name)) klaar in " + String(format: "%.1f s", phase.seconds).replacingOccurrences(of: ".", with: ","))
            }
        }
    }

    /// A phase as an editor reads it ("document and PDF" → "het hele document en de PDF"); --verbose
    /// keeps the internal names and details, which scripts/bench-preview.py reads.
    static func dutchName(_ name: String) -> String {
        switch name {
        case "read": "inlezen"
        case "check": "controleren"
        case "document": "het hele document"
        case "document and PDF": "het hele document en de PDF"
        case "render": "pagina's maken"
        case "check and render": "controleren en pagina's maken"
        case "write": "wegschrijven"
        default: name
        }
    }

    static func phase(_ phase: BuildReport.Phase) {
        printError(String(format: "[%@] %.3f s  %@", phase.name, phase.seconds, phase.detail))
    }

    /// "1 fout", "2 fouten", "0 waarschuwingen", "3 meldingen".
    static func count(_ n: Int, _ severity: Diagnostic.Severity) -> String {
        let plural = switch severity {
        case .error: "fouten"
        case .warning: "waarschuwingen"
        case .notice: "meldingen"
        }
        return "\(n) \(n == 1 ? severity.dutch : plural)"
    }

    /// An error that stops a command, as one line: a catalogue message with its code when it has one.
    static func describe(_ error: Error) -> String {
        if let serve = error as? ServeError { return serve.description }
        return "fout: \(error)"
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
