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

    @Flag(help: "Print the outcome as JSON.")
    var json = false

    func run() throws {
        var parsed: [TreeQuery.Answer] = []
        for answer in answers {
            let parts = answer.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError("'\(answer)' is not VRAAG=OPTIE (for example ingeschreven=ja)")
            }
            parsed.append(.init(question: parts[0], option: parts[1]))
        }
        do {
            let (tree, result) = try TreeQuery.evaluate(content: URL(fileURLWithPath: content), answers: parsed)
            print(json ? TreeQuery.json(result, tree: tree) : TreeQuery.text(result, tree: tree))
        } catch {
            ReportPrinter.printError(error.description)
            throw ExitCode(1)
        }
    }
}
