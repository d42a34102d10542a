import Foundation

/// Typesets the document's HTML file into a PDF with WeasyPrint (Debian's package `weasyprint`), a
/// typesetter for HTML and CSS with paged media: page counters, `target-counter` for the table of
/// contents' page numbers, running footers, repeated table headers, bookmarks from headings.
struct WeasyPrint {
    /// The Debian package that brings the `weasyprint` command.
    static let debianPackage = "weasyprint"
    /// Tagged PDF for accessibility: WeasyPrint 57 (Debian 12) writes a structure tree (headings,
    /// paragraphs, lists, tables, links), the language, the title and PDF/UA-1 identification. It calls
    /// this support experimental and says so in a warning on every run, which `expectedWarnings` lists.
    static let pdfVariant = "pdf/ua-1"
    static let expectedWarnings = ["PDF/UA support is experimental"]

    let executable: String

    /// `path` when given (an empty string means "not installed", for tests), else `weasyprint` on PATH.
    static func find(_ path: String?) -> WeasyPrint? {
        let manager = FileManager.default
        if let path { return manager.isExecutableFile(atPath: path) ? WeasyPrint(executable: path) : nil }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        return folders.map { "\($0)/weasyprint" }.first { manager.isExecutableFile(atPath: $0) }.map(WeasyPrint.init)
    }

    struct Result: Sendable {
        /// WeasyPrint's warnings (without the expected ones), as it wrote them.
        var warnings: [String]
        /// Problems it logged as errors and went on (an image it could not load, for example).
        var errors: [String]
        /// The number of pages, from WeasyPrint's progress lines (nil when it did not say).
        var pageCount: Int?
    }

    /// Reads `html` (a file, so relative links resolve as they do in a browser) and writes `pdf`.
    func typeset(html: URL, pdf: URL) throws(WeasyPrintError) -> Result {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("routeboek-weasyprint-\(UUID().uuidString).log")
        let logHandle: FileHandle
        do {
            try Data().write(to: log)
            logHandle = try FileHandle(forWritingTo: log)
        } catch {
            throw .couldNotRun("een tijdelijk logbestand kon niet geschreven worden: \(error.localizedDescription)")
        }
        defer {
            try? logHandle.close()
            try? FileManager.default.removeItem(at: log)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--pdf-variant", Self.pdfVariant, "--verbose", html.path, pdf.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = logHandle
        process.standardError = logHandle
        do {
            try process.run()
        } catch {
            throw .couldNotRun("\(executable) kon niet starten: \(error.localizedDescription)")
        }
        process.waitUntilExit()
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let errors = lines.filter { $0.hasPrefix("ERROR:") || $0.hasPrefix("CRITICAL:") }
            let shown = errors.isEmpty ? Array(lines.suffix(5)) : errors
            throw .failed(status: process.terminationStatus, message: shown.joined(separator: " / "))
        }
        return Self.read(lines)
    }

    /// Warnings and the page count from WeasyPrint's `--verbose` log.
    static func read(_ lines: [String]) -> Result {
        var warnings: [String] = []
        var errors: [String] = []
        var pages: Int?
        for line in lines {
            let message = line.drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("WARNING:") {
                if !expectedWarnings.contains(where: { message.hasPrefix($0) }) { warnings.append(message) }
            } else if line.hasPrefix("ERROR:") || line.hasPrefix("CRITICAL:") {
                errors.append(message)
            } else if line.hasPrefix("INFO:"), let range = line.range(of: "Creating layout - Page ") {
                // "Page 12" or, when a later pass lays it out again, "Page 12 (up-to-date)".
                if let page = Int(line[range.upperBound...].prefix(while: \.isNumber)) { pages = max(pages ?? 0, page) }
            }
        }
        return Result(warnings: warnings, errors: errors, pageCount: pages)
    }
}

enum WeasyPrintError: Error, CustomStringConvertible {
    case couldNotRun(String)
    case failed(status: Int32, message: String)

    var description: String {
        switch self {
        case let .couldNotRun(message): message
        case let .failed(status, message): "weasyprint stopte met status \(status): \(message)"
        }
    }
}
