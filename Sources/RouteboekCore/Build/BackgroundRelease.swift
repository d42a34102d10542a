import Foundation

/// Lets go of a build's pages, navigation and outputs on another thread: freeing them takes a large
/// build tens of milliseconds that the summary line, and the end of the command, need not wait for.
/// The caller hands its last references over with `consume`: one it kept would be let go last, on its
/// own thread, and the freeing would happen there after all.
enum BackgroundRelease {
    private final class Box<T>: @unchecked Sendable {
        var value: T?
        init(_ value: T) { self.value = value }
    }

    static func release<T>(_ value: consuming T) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }
}
