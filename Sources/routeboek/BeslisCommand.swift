import ArgumentParser
import Foundation
import RouteboekCore

struct BeslisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beslis",
        abstract: "Print the beslisboom's outcome for a set of answers.",
        discussion: "Example: routeboek beslis --antwoord ingeschreven=ja --antwoord plichtig=ja ..."
    )

    @Option(help: "The content folder.")
    var content = "Content"

    @Option(name: .customLong("antwoord"), help: "An answer as VRAAG=OPTIE; repeat for every question on the route.")
    var answers: [String] = []

    @Option(name: .customLong("eerste-verzuimdag"), help: "The first day of absence (YYYY-MM-DD): every deadline counted from it becomes a date.")
    var firstAbsence: String?

    @Option(name: .customLong("datum-16-uur"), help: "The day the pupil reached 16 hours of ongeoorloofd verzuim (YYYY-MM-DD).")
    var sixteenHours: String?

    @Option(name: .customLong("datum-vorige-jes"), help: "The day of the last JES-overleg about the pupil (YYYY-MM-DD).")
    var previousJES: String?

    @Option(help: "The date to count from as today (YYYY-MM-DD); default: today on this machine.")
    var vandaag: String?

    @Flag(help: "Print the outcome as JSON.")
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
            let dates = TreeQuery.Dates(today: vandaag, firstAbsence: firstAbsence, sixteenHours: sixteenHours, previousJES: previousJES)
            let result = try TreeQuery.evaluate(content: URL(fileURLWithPath: content), answers: parsed, dates: dates)
            print(json ? TreeQuery.json(result) : TreeQuery.text(result))
        } catch {
            ReportPrinter.printError(error.description)
            throw ExitCode(1)
        }
    }
}
