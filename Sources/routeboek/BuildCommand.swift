import ArgumentParser
import RouteboekCore

extension DiagnosticFormat: ExpressibleByArgument {}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render Content/ through Templates/ into Public/. A failed build leaves Public/ as it was."
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "How to print problems: text (file:line:col: error: ...), github (GitHub Actions annotations) or json.")
    var format: DiagnosticFormat = .text

    @Flag(inversion: .prefixedNo, help: "Also make routeboek.pdf, the whole routeboek as one PDF (needs Debian's weasyprint); default: as pdf in site.yml says.")
    var pdf: Bool?

    func run() throws {
        var options = site.buildOptions(write: true)
        options.pdf = switch pdf {
        case .none: .whenSettingsAsk
        case .some(true): .always
        case .some(false): .never
        }
        let report = SiteBuilder.run(options, progress: ReportPrinter.progress(site))
        try ReportPrinter.finish(report, options: site, verb: "build", output: site.output, format: format)
    }
}
