import Foundation
import Mustache
#if canImport(Glibc)
import Glibc
#endif

/// swift-mustache recurses once per section and per partial. A partial that includes itself inside a
/// section (`{{#children}}{{> item}}{{/children}}`) stops where the data stops, unless the section's
/// name is found again further up the context: a leaf without its own `children` finds its parent's,
/// and the render never ends until the stack overflows and the build dies (issue 11, defect 2).
///
/// So every value a render sees is looked at through a `GuardedNode`: once the rendering thread's
/// stack is nearly used up, every name resolves to nothing, every section renders empty, the recursion
/// unwinds, and the template is reported instead of the process crashing.
final class RenderGuard: @unchecked Sendable {
    /// Stack kept free below the point where lookups stop: what unwinding and the rest of the render need.
    static let reserve: UInt = 1 << 20
    private let floor: UInt
    private(set) var exhausted = false

    /// For a render on the current thread.
    init() {
        floor = (StackBounds.lowestAddress() ?? 0) + Self.reserve
    }

    /// False once the stack is nearly used up (from then on, for the rest of this render).
    func allowsLookup() -> Bool {
        if exhausted { return false }
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        if here < floor { exhausted = true }
        return !exhausted
    }

    /// The context as the render sees it: every group of fields guarded, in lists too.
    func wrap(_ value: Any?) -> Any? {
        switch value {
        case let parent as MustacheParent: GuardedNode(parent: parent, guard: self)
        // Wrapped as the section walks it, not copied: a list is looked up once per item of its parent.
        case let array as [Any]: GuardedList(items: array, guard: self)
        default: value
        }
    }
}

/// A context value whose lookups stop when the stack runs low (see RenderGuard).
struct GuardedNode: MustacheParent {
    let parent: MustacheParent
    let `guard`: RenderGuard

    func child(named name: String) -> Any? {
        guard self.guard.allowsLookup() else { return nil }
        return self.guard.wrap(parent.child(named: name))
    }
}

/// A list whose items are guarded as a section walks them (see RenderGuard).
struct GuardedList: MustacheSequence, MustacheTransformable {
    let items: [Any]
    let `guard`: RenderGuard

    func makeIterator() -> AnyIterator<Any> {
        var inner = items.makeIterator()
        let guardian = self.guard
        return AnyIterator { inner.next().map { guardian.wrap($0) ?? $0 } }
    }

    /// The array's own functions (`first`, `last`, `count`, `empty`, `reversed`), on guarded items.
    func transform(_ name: String) -> Any? {
        self.guard.wrap(items.transform(name))
    }
}

/// The lowest address of the current thread's stack.
enum StackBounds {
    private typealias GetAttr = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
    /// Not declared by Swift's Glibc module; looked up once.
    private static let getattr: GetAttr? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "pthread_getattr_np") else { return nil }
        return unsafeBitCast(symbol, to: GetAttr.self)
    }()

    static func lowestAddress() -> UInt? {
        guard let getattr else { return nil }
        var attributes = pthread_attr_t()
        guard getattr(pthread_self(), &attributes) == 0 else { return nil }
        defer { pthread_attr_destroy(&attributes) }
        var address: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address else { return nil }
        return UInt(bitPattern: address)
    }
}
