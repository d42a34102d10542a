import RouteboekCore

/// What the browser needs to know about the latest build: which successful build the site on disk is,
/// and, when the latest build failed, its errors. Sent as JSON on `/__routeboek/events`.
public struct BuildStatus: Sendable, Equatable, Codable {
    public struct Problem: Sendable, Equatable, Codable {
        public var file: String
        public var line: Int
        public var column: Int
        public var message: String
        /// The message's code in the catalogue (docs/meldingen.md), shown in the overlay.
        public var code: String?

        public init(file: String, line: Int, column: Int, message: String, code: String? = nil) {
            self.file = file
            self.line = line
            self.column = column
            self.message = message
            self.code = code
        }
    }

    /// How many builds succeeded since the server started; the page compares it with the number it was
    /// served with and reloads when they differ.
    public var build: Int
    /// Whether the latest build succeeded.
    public var ok: Bool
    /// The latest build's errors (empty when it succeeded).
    public var errors: [Problem]
    /// Whether only pages' text changed since the previous successful build (BuildReport.pagesOnly): the
    /// stylesheets, scripts and images a page loads are the ones the browser has, so an open page may take
    /// its new body in place (PreviewAssets.reloadScript) instead of reloading. False after the first build.
    public var pagesOnly: Bool
    /// Whether a build that failed since the last successful one was about more than pages' text: the
    /// next successful build then may have changes the browser must load again.
    public var otherChangesPending: Bool

    public init(build: Int = 0, ok: Bool = true, errors: [Problem] = [], pagesOnly: Bool = false, otherChangesPending: Bool = false) {
        self.build = build
        self.ok = ok
        self.errors = errors
        self.pagesOnly = pagesOnly
        self.otherChangesPending = otherChangesPending
    }

    /// The status after `report`: a written build counts as a new build; a failed one keeps the previous
    /// build number (the previous site stays on disk) and carries the errors.
    public func after(_ report: BuildReport) -> BuildStatus {
        if report.errorCount == 0 && report.written {
            return BuildStatus(build: build + 1, ok: true, errors: [], pagesOnly: report.pagesOnly && !otherChangesPending)
        }
        var problems = report.diagnostics.filter { $0.severity == .error }.map {
            Problem(file: $0.file, line: $0.line, column: $0.column, message: $0.message, code: $0.code)
        }
        if problems.isEmpty {
            let nothing = Message.previewWroteNothing()
            problems = [Problem(file: "", line: 1, column: 1, message: nothing.text, code: nothing.code)]
        }
        return BuildStatus(build: build, ok: false, errors: problems, otherChangesPending: otherChangesPending || !report.pagesOnly)
    }
}
