import ArgumentParser
import RouteboekCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Doet elke controle van de bouw (links, de gegevens bovenaan de pagina's, de sjablonen, de beslisboom) en schrijft niets."
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Extra scenariobestanden voor de beslisboom (in dezelfde vorm als scenarios.yml).", valueName: "bestand"))
    var scenarios: [String] = []

    @Option(help: ArgumentHelp(SiteOptions.formatHelp, valueName: "vorm"))
    var format: DiagnosticFormat = .text

    func run() throws {
        let report = SiteBuilder.run(site.buildOptions(write: false, scenarios: scenarios), progress: ReportPrinter.progress(site))
        try ReportPrinter.finish(report, options: site, verb: "check", output: nil, format: format)
    }
}
