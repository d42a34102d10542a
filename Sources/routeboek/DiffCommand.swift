import ArgumentParser
import struct Beslisboom.OutcomeAttribute
import Foundation
import RouteboekCore

extension DiffReport.Format: ExpressibleByArgument {}

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what the working copy changes against a git revision: per route of the beslisboom, and per page.",
        discussion: """
            REV is any git revision (main, HEAD~1, origin/main, a commit). The content at REV is read through \
            git into a temporary folder; the working copy is not touched. Changes of answer (the outcome, \
            \(OutcomeAttribute.all.map(\.key).joined(separator: ", ")), actions) are listed apart from \
            rewordings. Exit code 0 also when there are changes; 1 when the comparison cannot be made.
            """
    )

    @Argument(help: "The git revision to compare with, such as main or HEAD~1.")
    var revision: String

    @Option(help: "The content folder of the working copy.")
    var content = "Content"

    @Option(help: "text, json, github (GitHub Actions annotations), markdown (with a draft for wijzigingen.yml) or wijzigingen (only that draft).")
    var format: DiffReport.Format = .text

    @Option(help: "The date a draft entry gets (YYYY-MM-DD); default: today.")
    var vandaag: String?

    /// Run by ArgumentParser while parsing: a date that is no date is a usage error.
    func validate() throws {
        if let vandaag, DayDate(iso: vandaag) == nil {
            throw ValidationError("--vandaag '\(vandaag)' is geen datum; schrijf hem als JJJJ-MM-DD")
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
