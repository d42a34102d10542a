import ArgumentParser
import Foundation
import RouteboekCore

struct BeslisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beslis",
        abstract: "Toont de uitkomst van de beslisboom bij een reeks antwoorden.",
        discussion: "Voorbeeld: routeboek beslis --antwoord ingeschreven=ja --antwoord plichtig=ja ..."
    )

    @Option(help: ArgumentHelp("De map met de inhoud.", valueName: "map"))
    var content = "Content"

    @Option(name: .customLong("antwoord"), help: ArgumentHelp("Een antwoord als VRAAG=OPTIE; herhaal dit voor elke vraag van de route.", valueName: "vraag=optie"))
    var answers: [String] = []

    @Option(name: .customLong("eerste-verzuimdag"), help: ArgumentHelp("De eerste verzuimdag (JJJJ-MM-DD): elke termijn die vanaf die dag telt, wordt een datum.", valueName: "datum"))
    var firstAbsence: String?

    @Option(name: .customLong("eerste-signalen"), help: ArgumentHelp("De dag van de eerste signalen van zorgwekkend verzuim (JJJJ-MM-DD), als die later is dan de eerste verzuimdag, zoals bij losse uren of dagen.", valueName: "datum"))
    var firstSignals: String?

    @Option(name: .customLong("datum-16-uur"), help: ArgumentHelp("De dag waarop de leerling 16 uur ongeoorloofd verzuim bereikte (JJJJ-MM-DD).", valueName: "datum"))
    var sixteenHours: String?

    @Option(name: .customLong("datum-vorige-jes"), help: ArgumentHelp("De dag van het laatste JES-overleg over de leerling (JJJJ-MM-DD).", valueName: "datum"))
    var previousJES: String?

    @Option(name: .customLong("datum-uitschrijving"), help: ArgumentHelp("De dag waarop de school de leerling uitschreef (JJJJ-MM-DD).", valueName: "datum"))
    var deregistration: String?

    @Option(help: ArgumentHelp("De datum die als vandaag telt (JJJJ-MM-DD); zonder deze optie: vandaag op deze computer.", valueName: "datum"))
    var vandaag: String?

    @Flag(help: "Toon de uitkomst als JSON.")
    var json = false

    /// Run by ArgumentParser while parsing, so a malformed answer is a usage error with this command's usage.
    func validate() throws {
        for answer in answers where Self.answer(answer) == nil {
            throw ValidationError("'\(answer)' is geen VRAAG=OPTIE (bijvoorbeeld ingeschreven=ja)")
        }
    }

    private static func answer(_ written: String) -> TreeQuery.Answer? {
        let parts = written.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return TreeQuery.Answer(question: parts[0], option: parts[1])
    }

    func run() throws {
        let parsed = answers.compactMap(Self.answer)
        do {
            let dates = TreeQuery.Dates(today: vandaag, firstAbsence: firstAbsence, firstSignals: firstSignals, sixteenHours: sixteenHours,
                                        previousJES: previousJES, deregistration: deregistration)
            let result = try TreeQuery.evaluate(content: URL(fileURLWithPath: content), answers: parsed, dates: dates)
            print(json ? TreeQuery.json(result) : TreeQuery.text(result))
        } catch {
            ReportPrinter.printError(error.description)
            throw ExitCode(1)
        }
    }
}
