import Foundation

/// What a build reads and where it writes.
public struct BuildOptions: Sendable {
    public var content: URL
    public var templates: URL
    public var output: URL
    /// Write the site (`build`) or only run every check (`check`).
    public var write: Bool
    /// Treat warnings as errors.
    public var strict: Bool
    /// Extra scenario files for the decision tree (`check --scenarios`).
    public var extraScenarioFiles: [URL]
    /// Where drawn flowcharts are kept between builds; nil draws every one anew.
    public var cacheFolder: URL?
    /// Whether the build typesets the whole routeboek as `routeboek.pdf` (WeasyPrint).
    public var pdf: PDFChoice = .never
    /// The `weasyprint` program; nil looks for it on PATH (tests point it elsewhere).
    public var weasyprintPath: String?

    public enum PDFChoice: Sendable {
        /// No PDF (the preview server, `check`, library callers unless they ask).
        case never
        /// A PDF when `Content/site.yml` says `pdf: ja` (`routeboek build`).
        case whenSettingsAsk
        /// A PDF whatever the settings say (`routeboek build --pdf`, `make`).
        case always
    }
    /// The day the build takes as today (the next publicatiedatum, page ages, the build date);
    /// nil is the real clock in Amsterdam. Tests set it.
    public var today: DayDate?

    public init(content: URL, templates: URL, output: URL, write: Bool = true, strict: Bool = false, extraScenarioFiles: [URL] = [],
                cacheFolder: URL? = nil, today: DayDate? = nil) {
        self.cacheFolder = cacheFolder
        self.today = today
        self.content = content
        self.templates = templates
        self.output = output
        self.write = write
        self.strict = strict
        self.extraScenarioFiles = extraScenarioFiles
    }

    /// Paths in messages are shown relative to the working directory when they lie below it.
    static func display(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }
}

extension BuildOptions {
    /// `.routeboek-cache` beside the content folder (not committed).
    public static func defaultCacheFolder(content: URL) -> URL {
        content.deletingLastPathComponent().appendingPathComponent(".routeboek-cache")
    }
}

/// What a build did: counts, timings per phase and every diagnostic.
public struct BuildReport: Sendable {
    public struct Phase: Sendable {
        public var name: String
        public var seconds: Double
        public var detail: String
    }

    public var diagnostics: [Diagnostic] = []
    public var phases: [Phase] = []
    public var pageCount = 0
    public var generatedCount = 0
    public var routeCount = 0
    public var written = false
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
    public var totalSeconds: Double { phases.reduce(0) { $0 + $1.seconds } }
}

enum ContentSecurityPolicy {
    /// No inline script or style, nothing from another origin; works from file:// as well.
    static let value = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'"
}
