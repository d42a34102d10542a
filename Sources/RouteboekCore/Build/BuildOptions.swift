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
    /// What renders the templates; swift-mustache is the reference the tests compare Routeboek's own with.
    public var templateEngine: TemplateEngine = .routeboek

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
