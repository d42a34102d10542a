import Foundation
import Hummingbird

/// The HTTP side of `routeboek serve`: serves the output folder on 127.0.0.1 with the preview's
/// additions, until the task running `run` is cancelled.
public struct PreviewServer: Sendable {
    /// Loopback only: the preview is for the person at this machine.
    public static let host = "127.0.0.1"

    public let output: URL
    public let hub: BuildStatusHub
    public let port: Int
    /// How often open event streams get a heartbeat (a closed tab's stream ends at the next one).
    public var heartbeat: Duration = .seconds(15)

    public init(output: URL, hub: BuildStatusHub, port: Int) {
        self.output = output
        self.hub = hub
        self.port = port
    }

    /// The Hummingbird application (tests drive it with HummingbirdTesting).
    public func application(onListening: @escaping @Sendable (Int) -> Void = { _ in }) -> Application<PreviewResponder> {
        let port = self.port
        var app = Application(
            responder: PreviewResponder(output: output, hub: hub),
            configuration: ApplicationConfiguration(address: .hostname(Self.host, port: port)),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? port) }
        )
        // Stopping the server cancels its task, which Hummingbird logs as an error ("Waiting on child
        // channel: CancellationError()"); a bind failure is thrown and reported by `run`, so nothing
        // below critical is worth printing in a preview.
        app.logger.logLevel = .critical
        return app
    }

    /// Throws `ServeError.portInUse` when the port is taken, so the command can say so before building.
    public func checkPort() throws {
        try PortCheck.ensureFree(host: Self.host, port: port)
    }

    /// Serves until cancelled. A port that is taken throws `ServeError.portInUse`.
    public func run(onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        try checkPort()
        try await serve(onListening: onListening)
    }

    /// Serves without the early port check (the server's own bind error is translated the same way).
    func serve(onListening: @escaping @Sendable (Int) -> Void) async throws {
        let app = application(onListening: onListening)
        let hub = self.hub
        let heartbeat = self.heartbeat
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await app.run() }
                group.addTask {
                    while !Task.isCancelled {
                        try await Task.sleep(for: heartbeat)
                        hub.heartbeat()
                    }
                }
                defer { group.cancelAll() }
                try await group.next()
            }
        } catch {
            if Task.isCancelled || error is CancellationError { return }
            if PortCheck.isAddressInUse(error) { throw ServeError.portInUse(port) }
            throw ServeError.cannotListen(host: Self.host, port: port, reason: String(describing: error))
        }
    }
}
