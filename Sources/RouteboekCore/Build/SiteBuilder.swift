import Beslisboom
import Flowchart
import Foundation

/// A build as a list of phases: read → check → render → write. Every problem of every phase is
/// collected; nothing is written unless the whole build succeeds.
public enum SiteBuilder {
    public static func run(_ options: BuildOptions, progress: (@Sendable (BuildReport.Phase) -> Void)? = nil) -> BuildReport {
        run(options, progress: progress, keep: false).report
    }

    /// A full build; with `keep`, also what the preview keeps in memory to rebuild only what the next edit
    /// touches (nil when this build cannot be the start of one: nothing written, or a PDF made).
    /// The messages are collected per step (read, check, the tree's check, render) so that a rebuild
    /// that repeats some steps can reuse the others' messages.
    static func run(_ options: BuildOptions, progress: (@Sendable (BuildReport.Phase) -> Void)?, keep: Bool)
        -> (report: BuildReport, memory: BuildMemory?) {
        let readLog = DiagnosticLog(), checkLog = DiagnosticLog(), treeLog = DiagnosticLog(), renderLog = DiagnosticLog()
        let log = CombinedLog([readLog, checkLog, treeLog, renderLog])
        let today = options.today ?? .today
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
                                   templatesRoot: options.templates, displayTemplates: displayTemplates, log: readLog,
                                   flowcharts: flowcharts, templateEngine: options.templateEngine).read(keepingTexts: keep)
            return (input, input.map { "\($0.pages.count) pages, \($0.inventory.assets.count) files" } ?? "stopped")
        }
        guard let input else { return (finish(report, log, options), nil) }
        report.pageCount = input.published.count

        // Check: links and anchors, sources, the decision tree and its scenarios.
        let tree = phase("check") { () -> (CheckedTree?, String) in
            SiteChecker(input: input, log: checkLog).checkPages()
            DateChecks(input: input, today: today, log: checkLog).run()
            let tree = SiteChecker(input: input, log: treeLog).checkTree(extraScenarioFiles: options.extraScenarioFiles)
            ChangeLogChecks(input: input, tree: tree?.tree, today: today, log: checkLog).run()
            return (tree, tree.map { "\($0.enumeration.routes.count) routes" } ?? "no beslisboom")
        }
        report.routeCount = tree?.enumeration.routes.count ?? 0
        // What rendering finds in the templates is the render step's (they were loaded with the read step's log).
        guard log.errorCount == 0, !(options.strict && log.warningCount > 0), let templates = input.templates?.reporting(to: renderLog) else {
            return (finish(report, log, options), nil)
        }

        // Render and write into a staging folder (or nowhere, for `check`).
        let staged: StagedOutputFolder?
        do {
            staged = options.write ? try StagedOutputFolder(final: options.output, protecting: [options.content, options.templates]) : nil
        } catch {
            renderLog.add(OutputError.diagnostic(for: error, output: BuildOptions.display(options.output)))
            return (finish(report, log, options), nil)
        }
        // Every link the pages hold is audited before the site is put in place (see LinkAudit).
        let audit = LinkAudit(staged ?? DiscardingOutput())
        let sink = RecordingSink(audit, keeping: keep)
        let writer = SiteWriter(input: input, tree: tree, templates: templates, sink: sink, log: renderLog,
                                templatesRoot: options.templates, flowcharts: flowcharts, today: today,
                                displayOutput: BuildOptions.display(options.output),
                                treeSteps: options.write ? .every : .oneOfEachKind)
        let wantsPDF = options.write && (options.pdf == .always || (options.pdf == .whenSettingsAsk && input.site.makesPDF))
        if wantsPDF {
            let document = phase("document and PDF") { () -> ((links: DocumentLinks, pdf: DocumentWriter.PDFResult?), String) in
                let document = writer.writeDocument(pdf: true, weasyprintPath: options.weasyprintPath)
                let detail = document.pdf.map { "\(DocumentLinks.pdfPath): \($0.pageCount.map { "\($0) pages, " } ?? "")\(DocumentLinks.dutchSize($0.bytes))" }
                return (document, detail ?? DocumentLinks.htmlPath)
            }
            if let pdf = document.pdf {
                report.pdf = BuildReport.PDFSummary(path: DocumentLinks.pdfPath, bytes: pdf.bytes, pageCount: pdf.pageCount,
                                                    seconds: report.phases.last?.seconds ?? 0)
            }
            report.generatedCount = phase("render") { () -> (Int, String) in
                let count = writer.writeAll(document: document.links)
                renderLog.add(contentsOf: audit.problems(templatesRoot: options.templates, displayTemplates: displayTemplates))
                return (count, "\(count) pages")
            }
        } else {
            // Without a PDF the pages' links to the whole document are known before it is written (see
            // SiteWriter.writeDocument), so the document, one long render on one core, is one of the
            // pages' jobs and runs beside them.
            let seconds = ResultSlots<Double>(count: 2)
            let count = Counter()
            let links = DocumentLinks(pdfBytes: nil)
            let pagesStart = DispatchTime.now().uptimeNanoseconds
            count.add(writer.writeAll(document: links) {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = writer.writeDocument(pdf: false, weasyprintPath: nil)
                seconds.set(0, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            })
            seconds.set(1, Double(DispatchTime.now().uptimeNanoseconds - pagesStart) / 1e9)
            let start = DispatchTime.now().uptimeNanoseconds
            renderLog.add(contentsOf: audit.problems(templatesRoot: options.templates, displayTemplates: displayTemplates))
            let auditSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            report.generatedCount = count.value
            let times = seconds.values
            for entry in [BuildReport.Phase(name: "document", seconds: times.first ?? 0, detail: DocumentLinks.htmlPath, besideOthers: true),
                          BuildReport.Phase(name: "render", seconds: (times.last ?? 0) + auditSeconds,
                                            detail: "\(count.value) pages, beside the document")] {
                report.phases.append(entry)
                progress?(entry)
            }
        }
        // Rendering can warn too (WeasyPrint does); with --strict that fails the build before anything is put in place.
        guard log.errorCount == 0, !(options.strict && log.warningCount > 0) else {
            staged?.discard()
            return (finish(report, log, options), nil)
        }
        if let staged {
            phase("write") { () -> (Void, String) in
                do {
                    try staged.commit()
                    report.written = true
                } catch {
                    staged.discard()
                    renderLog.add(OutputError.diagnostic(for: error, output: BuildOptions.display(options.output)))
                }
                return ((), BuildOptions.display(options.output))
            }
        }
        let finished = finish(report, log, options)
        guard keep, report.written, report.pdf == nil, let identity = FolderIdentity(of: options.output) else {
            BackgroundRelease.release((consume input, consume writer, consume sink, consume audit))
            return (finished, nil)
        }
        let memory = BuildMemory(today: today, input: input, tree: tree, treeDiagnostics: treeLog.all,
                                 renderDiagnostics: renderLog.all, texts: sink.texts,
                                 audit: audit.copy(writingTo: DiscardingOutput()), outputIdentity: identity, flowcharts: flowcharts, report: finished)
        return (finished, memory)
    }

    static func finish(_ report: BuildReport, _ log: CombinedLog, _ options: BuildOptions) -> BuildReport {
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
