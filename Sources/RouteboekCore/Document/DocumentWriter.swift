import Foundation

/// Writes the whole document: `routeboek-compleet.html` always, and `routeboek.pdf` from that very file
/// when the build asks for it. The site's theme files are in the output folder by then, so WeasyPrint
/// reads the page exactly as a browser opening it from disk would.
struct DocumentWriter {
    let document: RouteboekDocument
    let site: SiteConfig
    let templates: TemplateSet
    let context: PageContext
    let sink: OutputSink
    let log: DiagnosticLog
    let displayOutput: String
    /// The content file (as messages show it) that became the output file at a path, when one did:
    /// WeasyPrint's messages about an image then name the file an editor can fix.
    let contentFile: @Sendable (String) -> String?

    /// What the PDF step did, for the build's summary.
    struct PDFResult: Sendable {
        var bytes: Int
        var pageCount: Int?
    }

    /// Renders the page into the sink, part by part; `links` are the site-wide links the page itself
    /// shows (on screen only).
    func writeHTML(links: DocumentLinks) {
        var page = context.base(path: DocumentLinks.htmlPath, section: "", title: "\(site.title): het hele routeboek",
                                summary: site.description)
        page.wholeDocument = links.value(root: "")
        let value = LayoutContext(base: page, extra: DocumentPage(document: DocumentValue(document: document, site: site, version: context.buildDate)))
        do {
            try sink.write(to: DocumentLinks.htmlPath) { emit in
                try templates.render(.routeboekCompleet, value, partSize: OutputSinkParts.size, emit: emit)
            }
        } catch {
            log.add(OutputError.diagnostic(for: error, output: "\(displayOutput)/\(DocumentLinks.htmlPath)"))
        }
    }

    /// Typesets the written HTML file into the PDF; nil (with the reason in the log) when it failed.
    func writePDF(weasyprintPath: String?) -> PDFResult? {
        let shownPDF = "\(displayOutput)/\(DocumentLinks.pdfPath)"
        guard let html = sink.fileURL(DocumentLinks.htmlPath), let pdf = sink.fileURL(DocumentLinks.pdfPath) else { return nil }
        guard let weasyPrint = WeasyPrint.find(weasyprintPath) else {
            log.add(shownPDF, .pdfToolMissing(WeasyPrint.debianPackage))
            return nil
        }
        let result: WeasyPrint.Result
        do {
            result = try weasyPrint.typeset(html: html, pdf: pdf)
        } catch {
            log.add(shownPDF, .pdfFailed(DocumentLinks.htmlPath, reason: "\(error)"))
            return nil
        }
        let shownHTML = "\(displayOutput)/\(DocumentLinks.htmlPath)"
        for warning in result.warnings { log.add(shownHTML, .pdfToolWarning(warning)) }
        let outputRoot = html.deletingLastPathComponent()
        for error in result.errors {
            if let image = WeasyPrintImageFailure.imagePath(in: error, outputRoot: outputRoot) {
                log.add(contentFile(image) ?? "\(displayOutput)/\(image)", .pdfImageUnreadable(image))
            } else {
                log.add(shownHTML, .pdfToolError(error))
            }
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: pdf.path))?[.size] as? Int
        guard let bytes, bytes > 0 else {
            log.add(shownPDF, .pdfEmpty())
            return nil
        }
        return PDFResult(bytes: bytes, pageCount: result.pageCount)
    }
}
