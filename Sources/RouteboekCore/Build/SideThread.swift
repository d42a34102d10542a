import Foundation

/// Work started on a thread of its own, for the build to wait for later. Not on Dispatch's global queue:
/// the build itself runs on one of that queue's threads, and where the process may use one core (a
/// container, `taskset`) the queue starts more work only when its starvation timer fires, half a second
/// to a second later, while the build waits for it.
final class SideThread<Result: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result?

    init(_ body: @escaping @Sendable () -> Result) {
        let thread = Thread { [self] in
            result = body()
            done.signal()
        }
        // What a Dispatch worker gets: renders recurse, and RenderGuard keeps a megabyte of it in reserve.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// What the work returned, once it has.
    func wait() -> Result? {
        done.wait()
        return result
    }
}
