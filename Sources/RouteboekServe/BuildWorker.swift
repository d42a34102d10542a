import Foundation
import RouteboekCore

/// Builds in one long-lived child process (`routeboek serve --build-worker`) that keeps the last model in
/// memory (IncrementalBuilder), so an edit to a page's text rebuilds only what it touches. The promise of
/// ChildBuild holds: a worker that crashes or hangs is reported in the terminal and the overlay, the last
/// good site stays served, and the next build starts a new worker (which then builds everything).
///
/// The worker reads one request per line on its standard input (`{"changes": [...]}`) and answers with
/// the phase lines and the report line of ReportTransport; it ends when its input closes.
public final class BuildWorker: @unchecked Sendable {
    public let executable: URL
    public let arguments: [String]
    /// One build running longer than this stops the worker.
    public let timeout: Duration

    private let lock = NSLock()
    private var process: Process?
    private var requests: FileHandle?
    private var replies: FileHandle?
    private var pending = Data()

    public init(executable: URL, arguments: [String] = ["serve", "--build-worker"], timeout: Duration = .seconds(300)) {
        self.executable = executable
        self.arguments = arguments
        self.timeout = timeout
    }

    private struct Request: Codable {
        var changes: [String]
    }

    /// The request line for `changes` (one line of JSON).
    public static func requestLine(_ changes: [String]) -> String {
        guard let data = try? JSONEncoder().encode(Request(changes: changes)) else { return #"{"changes":[]}"# }
        return String(decoding: data, as: UTF8.self)
    }

    /// The changes a request line asks to build; nil for a line that is not a request.
    public static func changes(fromRequest line: String) -> [String]? {
        (try? JSONDecoder().decode(Request.self, from: Data(line.utf8)))?.changes
    }

    /// Builds after `changes` in the worker (started first when there is none) and returns its report,
    /// or a report of one error saying why there is none.
    public func run(_ options: BuildOptions, changes: [String], progress: (@Sendable (BuildReport.Phase) -> Void)?) -> BuildReport {
        lock.lock()
        defer { lock.unlock() }
        let shown = ChildBuild.display(options.content)
        if process?.isRunning != true {
            if let failure = start(options, shown: shown) { return failure }
        }
        guard let process, let requests, let replies else {
            return ReportTransport.failure(shown, .previewBuildWithoutReport(status: -1))
        }
        let watchdog = Watchdog(process: process, timeout: timeout)
        var report: BuildReport?
        do {
            try requests.write(contentsOf: Data((Self.requestLine(changes) + "\n").utf8))
        } catch {
            // The worker is gone; what it died of is read below.
        }
        reading: while report == nil {
            while let newline = pending.firstIndex(of: 10) {
                let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...newline)
                switch ReportTransport.message(from: Substring(line)) {
                case .phase(let phase)?: progress?(phase)
                case .report(let final)?:
                    report = final
                    break reading
                case nil: continue
                }
            }
            let chunk = replies.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
        }
        let timedOut = watchdog.finish()
        if let report, !timedOut { return report }
        // No report: the worker died (or was stopped for taking too long). The next build starts a new one.
        stopProcess()
        if timedOut { return ReportTransport.failure(shown, .previewBuildTimedOut("\(timeout)")) }
        return ChildBuild.failure(of: process, shown: shown)
    }

    /// The running worker's process id (nil when none runs).
    public var processIdentifier: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return process?.isRunning == true ? process?.processIdentifier : nil
    }

    /// Ends the worker (its input closes, so it exits); waits for it.
    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        stopProcess()
    }

    private func start(_ options: BuildOptions, shown: String) -> BuildReport? {
        // A worker that died leaves a pipe without a reader: writing to it must fail, not end the server.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + ChildBuild.buildArguments(options)
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        // The worker's own messages (a crash's backtrace) are not for the editor; the report says what happened.
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return ReportTransport.failure(shown, .previewCannotStartBuild("\(executable.path): \(error.localizedDescription)"))
        }
        self.process = process
        requests = input.fileHandleForWriting
        replies = output.fileHandleForReading
        pending = Data()
        return nil
    }

    private func stopProcess() {
        guard let process else { return }
        try? requests?.close()
        if process.isRunning {
            // A worker that does not stop within a second of its input closing is ended.
            let deadline = Date().addingTimeInterval(1)
            while process.isRunning && Date() < deadline { usleep(5_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        try? replies?.close()
        self.process = nil
        requests = nil
        replies = nil
        pending = Data()
    }
}
