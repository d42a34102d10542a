import Foundation
import Testing

/// The binary's help screens as an editor asks for them: in Dutch, exit code 0, no line wider than a
/// terminal's 80 columns where it can be broken.
@Suite("The commands' help")
struct CommandHelpTests {
    static let requests: [[String]] = [
        ["--help"], ["-h"], ["help"], ["help", "build"], ["build", "--help"], ["check", "-h"], ["beslis", "--help"],
        ["diff", "--help"], ["serve", "--help"], ["help", "meldingen"], ["sjablonen", "--help"],
    ]

    @Test("Every help screen is Dutch and fits the terminal", arguments: requests)
    func dutch(_ arguments: [String]) throws {
        let run = try runRouteboek(arguments)
        #expect(run.status == 0, "\(run.output)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("OVERZICHT: ") == true, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("GEBRUIK: routeboek") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("OPTIES:") }, "\(lines)")
        #expect(lines.contains("  -h, --help              Toon deze uitleg."), "\(lines)")
        for english in ["OVERVIEW", "USAGE", "OPTIONS", "SUBCOMMANDS", "ARGUMENTS", "(default", "(values", "Show help", "See '"] {
            #expect(!run.output.contains(english), "\(english) in \(arguments): \(run.output)")
        }
        for line in lines where line.count > 80 {
            #expect(!line.dropFirst(line.prefix { $0 == " " }.count).contains(" "), "a line that could be broken: \(line)")
        }
    }

    @Test("The subcommand's own help, not the root's")
    func subcommand() throws {
        let run = try runRouteboek(["help", "beslis"])
        #expect(run.output.hasPrefix("OVERZICHT: Toont de uitkomst van de beslisboom"), "\(run.output)")
        #expect(run.output.contains("  --antwoord <vraag=optie>\n                          Een antwoord als VRAAG=OPTIE"), "\(run.output)")
    }
}
