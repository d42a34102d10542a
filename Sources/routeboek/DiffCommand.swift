import ArgumentParser
import struct Beslisboom.OutcomeAttribute
import Foundation
import RouteboekCore

extension DiffReport.Format: ExpressibleByArgument {}

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Toont wat de werkkopie verandert tegenover een git-revisie: per route van de beslisboom en per pagina.",
        discussion: """
            REVISIE is elke git-revisie (main, HEAD~1, origin/main, een commit). De inhoud bij REVISIE wordt via \
            git in een tijdelijke map gelezen; de werkkopie blijft zoals ze is. Veranderde antwoorden (de \
            uitkomst, \(OutcomeAttribute.all.map(\.key).joined(separator: ", ")), de acties) staan apart van \
            teksten die alleen anders geformuleerd zijn. Afsluitcode 0, ook als er veranderingen zijn; 1 als de vergelijking niet te maken is.
            """
    )

    @Argument(help: ArgumentHelp("De git-revisie om mee te vergelijken, zoals main of HEAD~1.", valueName: "revisie"))
    var revision: String

    @Option(help: ArgumentHelp("De map met de inhoud van de werkkopie.", valueName: "map"))
    var content = "Content"

    @Option(help: ArgumentHelp("text, json, github (meldingen voor GitHub Actions), markdown (met een voorstel voor wijzigingen.yml) of wijzigingen (alleen dat voorstel).", valueName: "vorm"))
    var format: DiffReport.Format = .text

    @Option(help: ArgumentHelp("De datum die een voorgestelde wijziging krijgt (JJJJ-MM-DD); zonder deze optie: vandaag.", valueName: "datum"))
    var vandaag: String?

    /// Run by ArgumentParser while parsing: a date that is no date is a usage error.
    func validate() throws {
        if let vandaag, DayDate(iso: vandaag) == nil {
            throw ValidationError(DayDate.optionProblem("vandaag", written: vandaag))
        }
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let folder = URL(fileURLWithPath: content, relativeTo: cwd).standardizedFileURL
        let today = vandaag.flatMap(DayDate.init(iso:))
        do {
            let report = try ContentDiffer.run(content: folder, revision: revision, today: today)
            print(report.render(format))
        } catch {
            ReportPrinter.printError(error.description)
            throw ExitCode(1)
        }
    }
}
