import ArgumentParser
import Dispatch
import Foundation
import RouteboekCore
import RouteboekServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site on 127.0.0.1, and rebuild and reload the browser when Content/ or Templates/ change.",
        discussion: """
            A failed rebuild prints its errors here and shows them over the page in the browser; the last \
            good site stays served until the errors are fixed. Stop with Ctrl-C.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "The port to listen on (on 127.0.0.1 only; 0 picks a free one).")
    var port = 8080

    @Flag(help: "Also make routeboek.pdf on every rebuild (takes seconds); without it the preview skips the PDF.")
    var pdf = false

    /// Each rebuild runs in a child process started as `routeboek serve --child-build ...`: it builds once,
    /// prints its phases and report as JSON lines, and exits (see ChildBuild).
    @Flag(help: .hidden)
    var childBuild = false

    @Option(help: .hidden)
    var buildTimeout = 300

    func run() throws {
        var options = site.buildOptions(write: true)
        options.pdf = pdf ? .always : .never
        if childBuild {
            let report = SiteBuilder.run(options) { phase in Self.emit(ReportTransport.line(for: phase)) }
            Self.emit(ReportTransport.line(for: report))
            return
        }
        let printer = ServePrinter(quiet: site.quiet, verbose: site.verbose, output: site.output)
        var onPhase: (@Sendable (BuildReport.Phase) -> Void)?
        if site.verbose {
            onPhase = { @Sendable phase in ReportPrinter.phase(phase) }
        }
        let session: PreviewSession
        do {
            let child = ChildBuild(executable: ChildBuild.currentExecutable, timeout: .seconds(max(buildTimeout, 1)))
            session = try PreviewSession(options: options, runner: .childProcess(child), onPhase: onPhase,
                                         onBuild: { printer.report($0) })
        } catch {
            ReportPrinter.printError(ReportPrinter.describe(error))
            throw ExitCode(1)
        }
        let server = PreviewServer(output: options.output, hub: session.hub, port: port)
        do {
            try server.checkPort()
        } catch {
            ReportPrinter.printError(ReportPrinter.describe(error))
            throw ExitCode(1)
        }
        session.start()
        let state = ServeState()
        let done = DispatchSemaphore(value: 0)
        let task = Task {
            do {
                try await server.run { port in printer.listening(port: port, content: site.content, templates: site.templates) }
            } catch {
                state.set(error)
            }
            done.signal()
        }
        // Ctrl-C (or SIGTERM) stops the server and the watcher; a second one ends the process at once.
        let stopSignals = [SIGINT, SIGTERM].map { (number: Int32) -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if state.markStopping() { Foundation.exit(130) }
                task.cancel()
            }
            source.resume()
            return source
        }
        done.wait()
        stopSignals.forEach { $0.cancel() }
        session.stop()
        if let error = state.error {
            ReportPrinter.printError(ReportPrinter.describe(error))
            throw ExitCode(1)
        }
        printer.stopped()
    }
}

extension ServeCommand {
    /// One line to the parent, flushed at once.
    fileprivate static func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

/// State shared between the server task, the signal handlers and the waiting command.
private final class ServeState: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    private var stopping = false
    /// The error that ended the server task.
    var error: (any Error)? { lock.withLock { stored } }
    func set(_ error: any Error) { lock.withLock { stored = error } }
    /// Records a stop request; true when one had already come.
    func markStopping() -> Bool {
        lock.withLock {
            defer { stopping = true }
            return stopping
        }
    }
}

/// What `serve` prints: one line per build (or its errors), flushed at once so a log file follows along.
private struct ServePrinter: Sendable {
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
