import Beslisboom
import Flowchart
import Foundation

/// A build as a list of phases: read → check → render → write. Every problem of every phase is
/// collected; nothing is written unless the whole build succeeds.
public enum SiteBuilder {
    public static func run(_ options: BuildOptions, progress: (@Sendable (BuildReport.Phase) -> Void)? = nil) -> BuildReport {
        let log = DiagnosticLog()
        var report = BuildReport()
        let displayContent = BuildOptions.display(options.content)
        let displayTemplates = BuildOptions.display(options.templates)
        let flowcharts = FlowchartCache(folder: options.cacheFolder)
        if options.write { StagedOutputFolder.tidy(output: options.output) }

        func phase<T>(_ name: String, _ body: () -> (T, String)) -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let (value, detail) = body()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let entry = BuildReport.Phase(name: name, seconds: seconds, detail: detail)
            report.phases.append(entry)
            progress?(entry)
            return value
        }

        // Read: settings, files, templates, every page rendered to HTML.
        let input = phase("read") { () -> (SiteInput?, String) in
            let input = SiteReader(contentRoot: options.content, displayContent: displayContent,
                                   templatesRoot: options.templates, displayTemplates: displayTemplates, log: log,
                                   flowcharts: flowcharts).read()
            return (input, input.map { "\($0.pages.count) pages, \($0.inventory.assets.count) files" } ?? "stopped")
        }
        guard let input else { return finish(report, log, options) }
        report.pageCount = input.published.count

        // Check: links and anchors, sources, the decision tree and its scenarios.
        let tree = phase("check") { () -> (CheckedTree?, String) in
            let checker = SiteChecker(input: input, log: log)
            checker.checkPages()
            DateChecks(input: input, today: options.today ?? .today, log: log).run()
            let tree = checker.checkTree(extraScenarioFiles: options.extraScenarioFiles)
            ChangeLogChecks(input: input, tree: tree?.tree, today: options.today ?? .today, log: log).run()
            return (tree, tree.map { "\($0.enumeration.routes.count) routes" } ?? "no beslisboom")
        }
        report.routeCount = tree?.enumeration.routes.count ?? 0
        guard log.errorCount == 0, !(options.strict && log.warningCount > 0), let templates = input.templates else {
            return finish(report, log, options)
        }

        // Render and write into a staging folder (or nowhere, for `check`).
        let staged: StagedOutputFolder?
        do {
            staged = options.write ? try StagedOutputFolder(final: options.output, protecting: [options.content, options.templates]) : nil
        } catch {
            log.add(OutputError.diagnostic(for: error, output: BuildOptions.display(options.output)))
            return finish(report, log, options)
        }
        // Every link the pages hold is audited before the site is put in place (see LinkAudit).
        let sink = LinkAudit(staged ?? DiscardingOutput())
        let writer = SiteWriter(input: input, tree: tree, templates: templates, sink: sink, log: log,
                                templatesRoot: options.templates, flowcharts: flowcharts, today: options.today ?? .today,
                                displayOutput: BuildOptions.display(options.output),
                                treeSteps: options.write ? .every : .oneOfEachKind)
        let wantsPDF = options.write && (options.pdf == .always || (options.pdf == .whenSettingsAsk && input.site.makesPDF))
        let document = phase(wantsPDF ? "document and PDF" : "document") { () -> ((links: DocumentLinks, pdf: DocumentWriter.PDFResult?), String) in
            let document = writer.writeDocument(pdf: wantsPDF, weasyprintPath: options.weasyprintPath)
            let detail = document.pdf.map { "\(DocumentLinks.pdfPath): \($0.pageCount.map { "\($0) pages, " } ?? "")\(DocumentLinks.dutchSize($0.bytes))" }
            return (document, detail ?? DocumentLinks.htmlPath)
        }
        if let pdf = document.pdf {
            report.pdf = BuildReport.PDFSummary(path: DocumentLinks.pdfPath, bytes: pdf.bytes, pageCount: pdf.pageCount,
                                                seconds: report.phases.last?.seconds ?? 0)
        }
        report.generatedCount = phase("render") { () -> (Int, String) in
            let count = writer.writeAll(document: document.links)
            log.add(contentsOf: sink.problems(templatesRoot: options.templates, displayTemplates: displayTemplates))
            return (count, "\(count) pages")
        }
        // Rendering can warn too (WeasyPrint does); with --strict that fails the build before anything is put in place.
        guard log.errorCount == 0, !(options.strict && log.warningCount > 0) else {
            staged?.discard()
            return finish(report, log, options)
        }
        if let staged {
            phase("write") { () -> (Void, String) in
                do {
                    try staged.commit()
                    report.written = true
                } catch {
                    staged.discard()
                    log.add(OutputError.diagnostic(for: error, output: BuildOptions.display(options.output)))
                }
                return ((), BuildOptions.display(options.output))
            }
        }
        return finish(report, log, options)
    }

    private static func finish(_ report: BuildReport, _ log: DiagnosticLog, _ options: BuildOptions) -> BuildReport {
        var report = report
        report.diagnostics = log.all
        if options.strict {
            // Warnings become errors; a notice stays a notice (it never fails a build).
            report.diagnostics = report.diagnostics.map { diagnostic in
                var strict = diagnostic
                if strict.severity == .warning { strict.severity = .error }
                return strict
            }
        }
        return report
    }
}
