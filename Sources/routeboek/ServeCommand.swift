import ArgumentParser
import Dispatch
import Foundation
import RouteboekCore
import RouteboekServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Bouwt de site, toont haar op 127.0.0.1, en bouwt opnieuw en ververst de browser zodra Content/ of Templates/ verandert.",
        discussion: """
            Een mislukte bouw toont zijn fouten hier en boven de pagina in de browser; de laatste goede site \
            blijft te zien tot de fouten verholpen zijn. Stoppen: Ctrl-C.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("De poort (alleen op 127.0.0.1; 0 kiest een vrije).", valueName: "poort"))
    var port = 8080

    @Flag(help: "Maak bij elke bouw ook routeboek.pdf (dat kost seconden); zonder deze optie slaat de preview de pdf over.")
    var pdf = false

    /// Each rebuild runs in a child process started as `routeboek serve --child-build ...`: it builds once,
    /// prints its phases and report as JSON lines, and exits (see ChildBuild).
    @Flag(help: .hidden)
    var childBuild = false

    /// The preview's builds run in one long-lived child process started as `routeboek serve --build-worker
    /// ...`: it keeps the last model, builds once per request line on its input, and prints each build's
    /// phases and report as JSON lines (see BuildWorker).
    @Flag(help: .hidden)
    var buildWorker = false

    @Option(help: .hidden)
    var buildTimeout = 300

    func run() async throws {
        var options = site.buildOptions(write: true)
        options.pdf = pdf ? .always : .never
        if childBuild {
            let report = SiteBuilder.run(options) { phase in Self.emit(ReportTransport.line(for: phase)) }
            Self.emit(ReportTransport.line(for: report))
            return
        }
        if buildWorker {
            let builder = IncrementalBuilder(options: options)
            while let line = readLine() {
                guard let changes = BuildWorker.changes(fromRequest: line) else { continue }
                let report = builder.build(changes: changes) { phase in Self.emit(ReportTransport.line(for: phase)) }
                Self.emit(ReportTransport.line(for: report))
                builder.tidy()
            }
            return
        }
        let printer = ServePrinter(quiet: site.quiet, verbose: site.verbose, output: site.output)
        var onPhase: (@Sendable (BuildReport.Phase) -> Void)?
        if site.verbose {
            onPhase = { @Sendable phase in ReportPrinter.phase(phase) }
        }
        let session: PreviewSession
        do {
            let worker = BuildWorker(executable: ChildBuild.currentExecutable, timeout: .seconds(max(buildTimeout, 1)))
            session = try PreviewSession(options: options, runner: .worker(worker), onPhase: onPhase,
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
        let content = site.content, templates = site.templates
        let serving = Task {
            try await server.run { port in printer.listening(port: port, content: content, templates: templates) }
        }
        // Ctrl-C (or SIGTERM) stops the server and the watcher; a second one ends the process at once.
        let stopSignals = [SIGINT, SIGTERM].map { (number: Int32) -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if state.markStopping() { Foundation.exit(130) }
                serving.cancel()
            }
            source.resume()
            return source
        }
        let result = await serving.result
        stopSignals.forEach { $0.cancel() }
        session.stop()
        if case .failure(let error) = result {
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

/// Whether a stop was asked for already, shared with the signal handlers.
private final class ServeState: @unchecked Sendable {
    private let lock = NSLock()
    private var stopping = false
    /// Records a stop request; true when one had already come.
    func markStopping() -> Bool {
        lock.withLock {
            defer { stopping = true }
            return stopping
        }
    }
}
