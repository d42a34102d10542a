import ArgumentParser
import Foundation
import RouteboekCore

/// The folders every command reads, defaulting to the project's top-level folders.
struct SiteOptions: ParsableArguments {
    @Option(help: "The content folder (Markdown pages, site.yml, the beslisboom).")
    var content = "Content"

    @Option(help: "The templates folder (layouts, partials, assets).")
    var templates = "Templates"

    @Option(help: "The folder the site is written to.")
    var output = "Public"

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print every phase with its timing.")
    var verbose = false

    func buildOptions(write: Bool, scenarios: [String] = []) -> BuildOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
        return BuildOptions(content: url(content), templates: url(templates), output: url(output), write: write,
                            strict: strict, extraScenarioFiles: scenarios.map(url),
                            cacheFolder: BuildOptions.defaultCacheFolder(content: url(content)))
    }
}

/// Prints a build's diagnostics (stderr) and summary, and turns errors into exit code 1.
enum ReportPrinter {
    /// Text goes to stderr as before; the github and json formats go to stdout (where the Actions
    /// runner and other tools read them), and json prints nothing else there.
    static func finish(_ report: BuildReport, options: SiteOptions, verb: String, output: String?,
                       format: DiagnosticFormat = .text) throws {
        switch format {
        case .text:
            for diagnostic in report.diagnostics { printError(diagnostic.description) }
        case .github, .json:
            let rendered = format.render(report.diagnostics)
            if !rendered.isEmpty { print(rendered) }
        }
        if report.errorCount > 0 {
            printError("\(verb) failed: \(count(report.errorCount, "error")), \(count(report.warningCount, "warning"))."
                + (output.map { " \($0) was left as it was." } ?? ""))
            throw ExitCode(1)
        }
        guard !options.quiet else { return }
        let time = String(format: "%.2f s", report.totalSeconds)
        var summary = "\(verb): \(report.pageCount) pages"
        if report.routeCount > 0 { summary += ", beslisboom with \(report.routeCount) routes" }
        if report.generatedCount > 0 { summary += ", \(report.generatedCount) HTML files" }
        summary += ", \(count(report.warningCount, "warning"))"
        if report.noticeCount > 0 { summary += ", \(count(report.noticeCount, "notice"))" }
        summary += " in \(time)"
        if let pdf = report.pdf {
            summary += "; \(pdf.path): \(pdf.pageCount.map { "\($0) pages, " } ?? "")\(pdf.bytes) bytes, typeset in "
                + String(format: "%.1f s", pdf.seconds)
        }
        if let output, report.written { summary += ". Open \(output)/index.html in a browser." }
        if format == .json { printError(summary) } else { print(summary) }
    }

    /// Phases are printed with --verbose, and by default when one takes a second or more (a long
    /// build shows where it is); a short build prints only its summary line.
    static func progress(_ options: SiteOptions) -> @Sendable (BuildReport.Phase) -> Void {
        let verbose = options.verbose
        let quiet = options.quiet
        return { phase in
            if verbose || (!quiet && phase.seconds >= 1) { Self.phase(phase) }
        }
    }

    static func phase(_ phase: BuildReport.Phase) {
        printError(String(format: "[%@] %.3f s  %@", phase.name, phase.seconds, phase.detail))
    }

    static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
