import Foundation
import RouteboekCore

/// Runs a full build and records its outcome in the hub. A failed build leaves the output folder as it
/// was (the build is staged and only swapped in on success), so the last good site stays served.
public final class Rebuilder: @unchecked Sendable {
    /// One build as the terminal reports it.
    public struct Outcome: Sendable {
        public var report: BuildReport
        public var status: BuildStatus
        /// Wall-clock time of the whole build.
        public var seconds: Double
        /// The changed paths that started it (empty for the first build).
        public var changes: [String]
    }

    /// Where builds run: in this process (tests); each in a child process of its own; or in one
    /// long-lived worker process that keeps the last model and rebuilds only what an edit touches
    /// (`routeboek serve`). A build that crashes or hangs in a child or the worker cannot take the server down.
    public enum Runner: Sendable {
        case inProcess
        case childProcess(ChildBuild)
        case worker(BuildWorker)
    }

    public let options: BuildOptions
    public let hub: BuildStatusHub
    public let runner: Runner
    private let onBuild: @Sendable (Outcome) -> Void
    private let onPhase: (@Sendable (BuildReport.Phase) -> Void)?
    private let lock = NSLock()

    public init(options: BuildOptions, hub: BuildStatusHub, runner: Runner = .inProcess,
                onPhase: (@Sendable (BuildReport.Phase) -> Void)? = nil,
                onBuild: @escaping @Sendable (Outcome) -> Void = { _ in }) {
        self.options = options
        self.runner = runner
        self.hub = hub
        self.onPhase = onPhase
        self.onBuild = onBuild
    }

    /// Builds now (one build at a time) and tells the hub, and so every open page.
    @discardableResult
    public func build(changes: [String] = []) -> Outcome {
        lock.lock()
        defer { lock.unlock() }
        let start = ProcessInfo.processInfo.systemUptime
        let report: BuildReport
        switch runner {
        case .inProcess: report = SiteBuilder.run(options, progress: onPhase)
        case .childProcess(let child): report = child.run(options, progress: onPhase)
        case .worker(let worker): report = worker.run(options, changes: changes, progress: onPhase)
        }
        let seconds = ProcessInfo.processInfo.systemUptime - start
        let status = hub.update { $0.after(report) }
        let outcome = Outcome(report: report, status: status, seconds: seconds, changes: changes)
        onBuild(outcome)
        return outcome
    }

    /// Ends the worker process, if builds run in one.
    public func stop() {
        if case .worker(let worker) = runner { worker.stop() }
    }
}
