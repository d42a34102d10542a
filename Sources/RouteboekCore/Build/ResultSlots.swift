import Foundation

/// Results written by parallel workers, one slot each.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLockLike()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) { lock.withLock { slots[index] = value } }
    var values: [T] { lock.withLock { slots.compactMap { $0 } } }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLockLike()
    private var count = 0
    func increment() { add(1) }
    func add(_ amount: Int) { lock.withLock { count += amount } }
    var value: Int { lock.withLock { count } }
    /// The count before this call added one: each caller gets a number of its own (0, 1, 2, ...).
    func take() -> Int { lock.withLock { defer { count += 1 }; return count } }
}
