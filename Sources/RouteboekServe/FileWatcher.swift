import Foundation
import Messages
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders (recursively) with Linux inotify, on a thread of its own, and calls `onChange` once a
/// burst of changes has settled: `quietPeriod` after the last event, or only `settle` after an event that
/// ends a write (a file closed after writing, or moved into place), which is how editors save. Every
/// event starts the wait again, so files saved together ("save all") still come as one batch: their
/// events follow each other within a millisecond or so.
/// Hidden names (`.swp` files, `.git`) are ignored, like the build ignores them.
public final class FileWatcher: @unchecked Sendable {
    public enum WatchError: Error, CustomStringConvertible {
        case unavailable(String)
        public var description: String {
            switch self {
            case .unavailable(let reason): Message.previewCannotWatch(reason).description
            }
        }
    }

    private let roots: [String]
    private let ignored: [String]
    private let quietPeriod: TimeInterval
    private let settle: TimeInterval
    private let onChange: @Sendable ([String]) -> Void
    private let inotify: Int32
    private let wakePipe: [Int32]
    private var watches: [Int32: String] = [:]
    private let finished = DispatchSemaphore(value: 0)
    private let stateLock = NSLock()
    private var started = false
    private var stopped = false

    /// Folders to watch, paths below `ignoring` left out (the output folder, should it lie inside one).
    public init(roots: [URL], ignoring: [URL] = [], quietPeriod: TimeInterval = 0.1, settle: TimeInterval = 0.005,
                onChange: @escaping @Sendable ([String]) -> Void) throws {
        self.roots = roots.map { $0.standardizedFileURL.path }
        self.ignored = ignoring.map { $0.standardizedFileURL.path }
        self.quietPeriod = quietPeriod
        self.settle = min(settle, quietPeriod)
        self.onChange = onChange
        let fd = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
        guard fd >= 0 else { throw WatchError.unavailable(String(cString: strerror(errno))) }
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else {
            close(fd)
            throw WatchError.unavailable(String(cString: strerror(errno)))
        }
        inotify = fd
        wakePipe = pipeEnds
        for root in self.roots { addWatches(below: root) }
    }

    deinit {
        close(inotify)
        close(wakePipe[0])
        close(wakePipe[1])
    }

    /// How many folders are watched (for tests and `--verbose`).
    public var watchedFolderCount: Int {
        stateLock.lock()
        defer { stateLock.unlock() }
        return watches.count
    }

    public func start() {
        stateLock.lock()
        defer { stateLock.unlock() }
        guard !started, !stopped else { return }
        started = true
        let thread = Thread { [self] in
            run()
            finished.signal()
        }
        thread.name = "routeboek-watcher"
        thread.start()
    }

    /// Stops watching and waits for a change callback that is running to finish.
    public func stop() {
        stateLock.lock()
        let wasRunning = started && !stopped
        stopped = true
        stateLock.unlock()
        guard wasRunning else { return }
        var byte: UInt8 = 1
        _ = write(wakePipe[1], &byte, 1)
        finished.wait()
    }

    private static let mask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE
                                     | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)

    private func run() {
        var changed: [String] = []
        var deadline: TimeInterval?
        while true {
            let now = ProcessInfo.processInfo.systemUptime
            var timeout: Int32 = -1
            if let deadline { timeout = Int32(max(0, (deadline - now) * 1000).rounded(.up)) }
            if rootsMissing() { timeout = timeout < 0 ? 500 : min(timeout, 500) }
            var fds = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakePipe[0], events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, nfds_t(fds.count), timeout)
            if ready < 0 && errno != EINTR { return }
            if fds[1].revents != 0 { return }
            if fds[0].revents != 0 {
                let (paths, writeEnded) = readEvents()
                if !paths.isEmpty {
                    changed += paths
                    let wait = writeEnded ? settle : quietPeriod
                    deadline = ProcessInfo.processInfo.systemUptime + wait
                }
            }
            if rootsMissing() { retryMissingRoots(&changed, &deadline) }
            if let due = deadline, ProcessInfo.processInfo.systemUptime >= due {
                deadline = nil
                let batch = changed
                changed = []
                onChange(batch)
            }
        }
    }

    /// Reads every queued event; returns the changed paths and whether the last one ended a write.
    private func readEvents() -> ([String], Bool) {
        var paths: [String] = []
        var writeEnded = false
        let size = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: size)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, size) }
            if count <= 0 { break }
            var offset = 0
            let headerSize = MemoryLayout<inotify_event>.size
            while offset + headerSize <= count {
                let (wd, eventMask, nameLength) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameStart = offset + headerSize
                let nameBytes = buffer[nameStart..<min(nameStart + nameLength, count)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset = nameStart + nameLength
                if let path = handle(wd: wd, mask: eventMask, name: name) {
                    paths.append(path)
                    writeEnded = eventMask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0
                }
            }
        }
        return (paths, writeEnded)
    }

    /// Keeps the watch list up to date; returns the changed path, or nil for an event to ignore.
    private func handle(wd: Int32, mask eventMask: UInt32, name: String) -> String? {
        if eventMask & UInt32(IN_Q_OVERFLOW) != 0 {
            for root in roots { addWatches(below: root) }
            return roots.first ?? ""
        }
        stateLock.lock()
        let folder = watches[wd]
        if eventMask & UInt32(IN_IGNORED) != 0 { watches[wd] = nil }
        stateLock.unlock()
        guard let folder else { return nil }
        if name.hasPrefix(".") { return nil }
        let path = name.isEmpty ? folder : folder + "/" + name
        if isIgnored(path) { return nil }
        if eventMask & UInt32(IN_ISDIR) != 0 && eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            addWatches(below: path)
        }
        if eventMask & UInt32(IN_IGNORED) != 0 && name.isEmpty { return nil }
        return path
    }

    /// Watches `folder` and every folder below it (skipping hidden ones).
    private func addWatches(below folder: String) {
        guard !isIgnored(folder) else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        let wd = inotify_add_watch(inotify, folder, Self.mask)
        guard wd >= 0 else { return }
        stateLock.lock()
        watches[wd] = folder
        stateLock.unlock()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") {
            addWatches(below: folder + "/" + name)
        }
    }

    private func isIgnored(_ path: String) -> Bool {
        ignored.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    private func rootsMissing() -> Bool {
        stateLock.lock()
        let watched = Set(watches.values)
        stateLock.unlock()
        return roots.contains { !watched.contains($0) }
    }

    /// A watched folder that was removed and made again (a `git checkout`, say) is watched again.
    private func retryMissingRoots(_ changed: inout [String], _ deadline: inout TimeInterval?) {
        stateLock.lock()
        let watched = Set(watches.values)
        stateLock.unlock()
        for root in roots where !watched.contains(root) && FileManager.default.fileExists(atPath: root) {
            addWatches(below: root)
            changed.append(root)
            deadline = ProcessInfo.processInfo.systemUptime + quietPeriod
        }
    }
}
