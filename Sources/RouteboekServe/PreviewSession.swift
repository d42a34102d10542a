import Foundation
import RouteboekCore

/// The build side of `routeboek serve`: a first build, then a rebuild whenever Content/ or Templates/
/// change, each outcome recorded in `hub` for the pages to follow.
public final class PreviewSession: @unchecked Sendable {
    public let hub: BuildStatusHub
    public let rebuilder: Rebuilder
    private let watcher: FileWatcher

    /// - Parameters:
    ///   - quietPeriod: how long a burst of changes must be quiet before a rebuild (editors write in steps).
    ///   - onBuild: called after every build, on the builder's thread.
    ///   - runner: where builds run (`routeboek serve` runs each in a child process).
    public init(options: BuildOptions, quietPeriod: TimeInterval = 0.1, runner: Rebuilder.Runner = .inProcess,
                onPhase: (@Sendable (BuildReport.Phase) -> Void)? = nil,
                onBuild: @escaping @Sendable (Rebuilder.Outcome) -> Void = { _ in }) throws {
        let hub = BuildStatusHub()
        let rebuilder = Rebuilder(options: options, hub: hub, runner: runner, onPhase: onPhase, onBuild: onBuild)
        self.hub = hub
        self.rebuilder = rebuilder
        watcher = try FileWatcher(roots: [options.content, options.templates], ignoring: [options.output],
                                  quietPeriod: quietPeriod) { changes in
            rebuilder.build(changes: changes)
        }
    }

    /// Starts watching, then builds once (a change made during that build causes another).
    @discardableResult
    public func start() -> Rebuilder.Outcome {
        watcher.start()
        return rebuilder.build()
    }

    /// Stops watching (waiting for a running build) and ends the pages' event streams.
    public func stop() {
        watcher.stop()
        rebuilder.stop()
        hub.close()
    }
}
