import Foundation

/// What a full build leaves for the preview's next rebuild (see IncrementalBuilder): the model it read and
/// checked, the messages of the steps a rebuild may skip, and every text file it wrote.
struct BuildMemory: Sendable {
    /// The day the build took as today (pages show dates counted from it).
    let today: DayDate
    var input: SiteInput
    let tree: CheckedTree?
    /// The tree's check is not repeated by a rebuild of pages whose headings stayed the same.
    let treeDiagnostics: [Diagnostic]
    /// The render step's messages; a rebuild needs them empty (it does not render the tree's pages again).
    var renderDiagnostics: [Diagnostic]
    /// Every text file written, by output path (HTML, the search index, the joined stylesheets).
    var texts: [String: String]
    /// The link audit of what the output holds: a rebuild copies it and writes only the changed files.
    var audit: LinkAudit
    /// The output folder as this build left it; anything else there means someone else wrote it.
    var outputIdentity: FolderIdentity
    let flowcharts: FlowchartCache
    /// The build's report (counts, and the messages a rebuild starts from).
    var report: BuildReport
    /// Pages whose new text a failed rebuild read: on disk they differ from `input`.
    var pending: Set<String> = []
}

/// Several logs read as one (the build keeps its steps' messages apart, and reports them together).
struct CombinedLog {
    let logs: [DiagnosticLog]
    init(_ logs: [DiagnosticLog]) { self.logs = logs }

    var all: [Diagnostic] {
        let merged = DiagnosticLog()
        for log in logs { merged.add(contentsOf: log.items) }
        return merged.all
    }
    var errorCount: Int { logs.reduce(0) { $0 + $1.errorCount } }
    var warningCount: Int { logs.reduce(0) { $0 + $1.warningCount } }
}

/// Passes everything on to `inner` and, when keeping, remembers the text of every file written.
final class RecordingSink: OutputSink, @unchecked Sendable {
    private let inner: OutputSink
    private let keeping: Bool
    private let lock = NSLockLike()
    private var textsByPath: [String: String] = [:]

    init(_ inner: OutputSink, keeping: Bool = true) {
        self.inner = inner
        self.keeping = keeping
    }

    var texts: [String: String] { lock.withLock { textsByPath } }

    func write(_ text: String, to path: String) throws {
        try inner.write(text, to: path)
        if keeping { lock.withLock { textsByPath[path] = text } }
    }

    func write(to path: String, parts produce: (_ emit: @escaping (String) throws -> Void) throws -> Void) throws {
        guard keeping else { return try inner.write(to: path, parts: produce) }
        var whole = ""
        try inner.write(to: path) { emit in
            try produce { part in
                whole += part
                try emit(part)
            }
        }
        lock.withLock { textsByPath[path] = whole }
    }

    func copy(from source: URL, to path: String) throws {
        try inner.copy(from: source, to: path)
    }

    func fileURL(_ path: String) -> URL? {
        inner.fileURL(path)
    }

    func countAsWritten(_ path: String) {
        inner.countAsWritten(path)
    }
}

/// A folder's device and inode: the output folder a build swapped in keeps them until another build
/// (or anything else) replaces it.
struct FolderIdentity: Sendable, Equatable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the folder `url` names, links followed; nil when there is none.
    init?(of url: URL) {
        guard let target = try? OutputPath.resolve(url) else { return nil }
        var info = stat()
        guard stat(target.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
