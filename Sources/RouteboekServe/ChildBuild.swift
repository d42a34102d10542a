import Foundation
import RouteboekCore

/// Runs one build in a child process (`routeboek serve --child-build`, which prints the report as JSON
/// lines) so that no content, template or bug can take the preview server down: a child that crashes
/// or hangs is reported in the terminal and in the browser's overlay, and the last good site stays served.
public struct ChildBuild: Sendable {
    /// The program and the arguments before the build's own (`--content ...`).
    public var executable: URL
    public var arguments: [String]
    /// A build running longer than this is stopped.
    public var timeout: Duration

    public init(executable: URL, arguments: [String] = ["serve", "--child-build"], timeout: Duration = .seconds(300)) {
        self.executable = executable
        self.arguments = arguments
        self.timeout = timeout
    }

    /// This program itself, for running its own builds.
    public static var currentExecutable: URL {
        let link = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: link)
    }

    /// The arguments that give the child the same build as `options`.
    static func buildArguments(_ options: BuildOptions) -> [String] {
        var arguments = ["--content", options.content.path, "--templates", options.templates.path, "--output", options.output.path]
        if options.strict { arguments.append("--strict") }
        if options.pdf == .always { arguments.append("--pdf") }
        return arguments
    }

    /// Builds in a child and returns its report, or a report of one error saying why there is none.
    public func run(_ options: BuildOptions, progress: (@Sendable (BuildReport.Phase) -> Void)?) -> BuildReport {
        let shown = Self.display(options.content)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + Self.buildArguments(options)
        let output = Pipe()
        process.standardOutput = output
        // The child's own messages (a crash's backtrace) are not for the editor; the report says what happened.
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return ReportTransport.failure(shown, .previewCannotStartBuild("\(executable.path): \(error.localizedDescription)"))
        }
        let watchdog = Watchdog(process: process, timeout: timeout)
        var report: BuildReport?
        var pending = Data()
        let reader = output.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let newline = pending.firstIndex(of: 10) {
                let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...newline)
                switch ReportTransport.message(from: Substring(line)) {
                case .phase(let phase)?: progress?(phase)
                case .report(let final)?: report = final
                case nil: continue
                }
            }
        }
        process.waitUntilExit()
        let timedOut = watchdog.finish()
        if timedOut {
            return ReportTransport.failure(shown, .previewBuildTimedOut("\(timeout)"))
        }
        return report ?? Self.failure(of: process, shown: shown)
    }

    /// What to say about a build process that ended without a report: stopped, crashed, or silent.
    static func failure(of process: Process, shown: String) -> BuildReport {
        if process.terminationReason == .uncaughtSignal {
            let signal = process.terminationStatus
            if signal == SIGINT || signal == SIGTERM || signal == SIGHUP {
                return ReportTransport.failure(shown, .previewBuildInterrupted(signal: signal))
            }
            let name = String(cString: strsignal(signal))
            return ReportTransport.failure(shown, .previewBuildCrashed(signal: signal, name: name))
        }
        return ReportTransport.failure(shown, .previewBuildWithoutReport(status: process.terminationStatus))
    }

    static func display(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}

/// Kills a child that runs past its time.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    private var fired = false

    init(process: Process, timeout: Duration) {
        let pid = process.processIdentifier
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard !done else { return }
            fired = true
            kill(pid, SIGKILL)
        }
    }

    /// Stops the watch; whether it had to kill the child.
    func finish() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        done = true
        return fired
    }
}
