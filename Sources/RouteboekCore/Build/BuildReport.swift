import Foundation

/// What a build did: counts, timings per phase and every diagnostic.
public struct BuildReport: Sendable {
    public struct Phase: Sendable {
        public var name: String
        public var seconds: Double
        public var detail: String
        /// Ran beside another phase (the whole document beside the pages): its time is inside that one's.
        public var besideOthers = false
    }

    public var diagnostics: [Diagnostic] = []
    public var phases: [Phase] = []
    public var pageCount = 0
    public var generatedCount = 0
    public var routeCount = 0
    public var written = false
    /// Whether the build only rendered again what pages' text shows (the preview's rebuild after an edit
    /// to the text of Markdown pages, IncrementalBuilder): no stylesheet, script, image, template or
    /// setting changed since the build before.
    public var pagesOnly = false
    /// The PDF this build made, if it made one.
    public var pdf: PDFSummary?

    public struct PDFSummary: Sendable {
        public var path: String
        public var bytes: Int
        public var pageCount: Int?
        public var seconds: Double
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    public var noticeCount: Int { diagnostics.filter { $0.severity == .notice }.count }
    /// The build's time: phases that ran beside another are in that one's time already.
    public var totalSeconds: Double { phases.filter { !$0.besideOthers }.reduce(0) { $0 + $1.seconds } }
}
