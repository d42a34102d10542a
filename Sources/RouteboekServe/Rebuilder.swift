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

    public let options: BuildOptions
    public let hub: BuildStatusHub
    private let onBuild: @Sendable (Outcome) -> Void
    private let onPhase: (@Sendable (BuildReport.Phase) -> Void)?
    private let lock = NSLock()

    public init(options: BuildOptions, hub: BuildStatusHub,
                onPhase: (@Sendable (BuildReport.Phase) -> Void)? = nil,
                onBuild: @escaping @Sendable (Outcome) -> Void = { _ in }) {
        self.options = options
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
        let report = SiteBuilder.run(options, progress: onPhase)
        let seconds = ProcessInfo.processInfo.systemUptime - start
        let status = hub.update { $0.after(report) }
        let outcome = Outcome(report: report, status: status, seconds: seconds, changes: changes)
        onBuild(outcome)
        return outcome
    }
}
