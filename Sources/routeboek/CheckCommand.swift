import ArgumentParser
import RouteboekCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run every check a build runs (links, front matter, templates, the beslisboom) and write nothing."
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, parsing: .upToNextOption, help: "Extra scenario files for the beslisboom (same format as scenarios.yml).")
    var scenarios: [String] = []

    @Option(help: "How to print problems: text (file:line:col: error: ...), github (GitHub Actions annotations) or json.")
    var format: DiagnosticFormat = .text

    func run() throws {
        let report = SiteBuilder.run(site.buildOptions(write: false, scenarios: scenarios), progress: ReportPrinter.progress(site))
        try ReportPrinter.finish(report, options: site, verb: "check", output: nil, format: format)
    }
}
