import ArgumentParser
import RouteboekCore

extension DiagnosticFormat: ExpressibleByArgument {}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Zet de pagina's in Content/ met de sjablonen in Templates/ om in de site in Public/. Een mislukte bouw laat Public/ zoals het was."
    )

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp(SiteOptions.formatHelp, valueName: "vorm"))
    var format: DiagnosticFormat = .text

    @Flag(inversion: .prefixedNo, help: "Maak ook routeboek.pdf, het hele routeboek als één pdf (daarvoor is Debians weasyprint nodig), of niet; zonder deze optie: zoals 'pdf' in site.yml zegt.")
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
