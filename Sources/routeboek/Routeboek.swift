import ArgumentParser
import Foundation
import Messages

@main
struct Routeboek: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routeboek",
        abstract: "Bouwt de routeboek-site uit Content/ en Templates/ in Public/ en controleert haar.",
        subcommands: [BuildCommand.self, CheckCommand.self, BeslisCommand.self, DiffCommand.self, ServeCommand.self, MessagesCommand.self, TemplatesCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// ArgumentParser's own main, after its usage errors (a mistyped option) are printed in Dutch. The
    /// arguments are parsed once more there: running the command exactly as ArgumentParser does keeps
    /// the build on the threads it was measured on (run from here, the 10,000-page build peaked 20 MB higher).
    static func main() async {
        do {
            let command = try parseAsRoot()
            if !isOwnCommand(command) { try printHelpInDutch(command) }
        } catch where exitCode(for: error) == .validationFailure {
            FileHandle.standardError.write(Data((UsageErrorText.dutch(fullMessage(for: error)) + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        } catch {
            // Anything else (a completion script, say): ArgumentParser prints it below.
        }
        await main(nil)
    }

    /// `--help`, `-h` and `routeboek help build` parse as ArgumentParser's own help command, whose run
    /// throws the help screen: printed here in Dutch (HelpText), with exit code 0.
    private static func printHelpInDutch(_ command: ParsableCommand) throws {
        var command = command
        do {
            try command.run()
        } catch where exitCode(for: error) == .success {
            // Rendered without wrapping: HelpText translates whole phrases, then wraps.
            print(HelpText.dutch(fullMessage(for: error, columns: Int(Int32.max))))
            Foundation.exit(ExitCode.success.rawValue)
        }
    }

    private static func isOwnCommand(_ command: ParsableCommand) -> Bool {
        let own: [ParsableCommand.Type] = [Routeboek.self] + configuration.subcommands
        return own.contains { $0 == type(of: command) }
    }
}
