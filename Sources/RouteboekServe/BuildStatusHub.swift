import Foundation

/// Holds the current build status and hands every change to the open event streams (one per browser tab).
public final class BuildStatusHub: @unchecked Sendable {
    /// What an event stream receives: a new status, or a heartbeat that keeps the connection checked.
    public enum Message: Sendable, Equatable {
        case status(BuildStatus)
        case heartbeat
    }

    private let lock = NSLock()
    private var status: BuildStatus
    private var subscribers: [UUID: AsyncStream<Message>.Continuation] = [:]
    private var closed = false

    public init(_ status: BuildStatus = BuildStatus()) {
        self.status = status
    }

    public var current: BuildStatus {
        lock.lock()
        defer { lock.unlock() }
        return status
    }

    public var subscriberCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return subscribers.count
    }

    /// Sets the status and sends it to every stream.
    public func publish(_ newStatus: BuildStatus) {
        update { _ in newStatus }
    }

    /// Changes the status with `change` under the lock (so two builds never lose a count), then sends it.
    @discardableResult
    public func update(_ change: (BuildStatus) -> BuildStatus) -> BuildStatus {
        lock.lock()
        status = change(status)
        let newStatus = status
        let targets = Array(subscribers.values)
        lock.unlock()
        for continuation in targets { continuation.yield(.status(newStatus)) }
        return newStatus
    }

    /// A stream that starts with the current status and then gets every change. It ends when the hub
    /// closes or the consumer stops iterating.
    public func subscribe() -> AsyncStream<Message> {
        let (stream, continuation) = AsyncStream.makeStream(of: Message.self, bufferingPolicy: .bufferingNewest(16))
        let id = UUID()
        lock.lock()
        continuation.yield(.status(status))
        if closed {
            lock.unlock()
            continuation.finish()
            return stream
        }
        subscribers[id] = continuation
        lock.unlock()
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        return stream
    }

    /// Sends a heartbeat to every stream.
    public func heartbeat() {
        lock.lock()
        let targets = Array(subscribers.values)
        lock.unlock()
        for continuation in targets { continuation.yield(.heartbeat) }
    }

    /// Ends every stream, now and for later subscribers (used when the server stops).
    public func close() {
        lock.lock()
        closed = true
        let targets = Array(subscribers.values)
        subscribers = [:]
        lock.unlock()
        for continuation in targets { continuation.finish() }
    }

    private func remove(_ id: UUID) {
        lock.lock()
        subscribers[id] = nil
        lock.unlock()
    }
}
