import ArgumentParser
import Dispatch
import Foundation
import RouteboekCore
import RouteboekServe

/// What `serve` prints: one line per build (or its errors), flushed at once so a log file follows along.
struct ServePrinter: Sendable {
    let quiet: Bool
    let verbose: Bool
    let output: String

    func listening(port: Int, content: String, templates: String) {
        guard !quiet else { return }
        say("Het voorbeeld van \(output)/ staat op http://\(PreviewServer.host):\(port)/; wijzigingen in \(content)/ en \(templates)/ worden meteen gebouwd. Stoppen: Ctrl-C.")
    }

    func report(_ outcome: Rebuilder.Outcome) {
        let report = outcome.report
        let first = outcome.changes.isEmpty
        if verbose && !first {
            let shown = Array(Set(outcome.changes)).sorted().prefix(5).map(Self.display)
            ReportPrinter.printError("gewijzigd: " + shown.joined(separator: ", ") + (Set(outcome.changes).count > 5 ? ", …" : ""))
        }
        for diagnostic in report.diagnostics { ReportPrinter.printError(diagnostic.description) }
        let time = String(format: "%.2f s", outcome.seconds)
        if !outcome.status.ok {
            let kept = outcome.status.build > 0 || FileManager.default.fileExists(atPath: output)
            ReportPrinter.printError("\(first ? "bouwen" : "opnieuw bouwen") mislukt: \(ReportPrinter.count(report.errorCount, .error))"
                + (kept ? "; het voorbeeld toont nog de laatste goede versie uit \(output)/." : "."))
            return
        }
        guard !quiet else { return }
        if first {
            say("gebouwd: \(report.pageCount) pagina's, \(report.generatedCount) HTML-bestanden in \(time)")
        } else {
            say("opnieuw gebouwd in \(time)")
        }
    }

    func stopped() {
        guard !quiet else { return }
        say("Gestopt.")
    }

    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static func display(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}
