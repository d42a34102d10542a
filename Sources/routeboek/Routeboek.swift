import ArgumentParser
import Foundation
import Messages

@main
struct Routeboek: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routeboek",
        abstract: "Builds the routeboek site from Content/ and Templates/ into Public/, and checks it.",
        subcommands: [BuildCommand.self, CheckCommand.self, BeslisCommand.self, DiffCommand.self, ServeCommand.self, MessagesCommand.self, TemplatesCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// ArgumentParser's own main, after its usage errors (a mistyped option) are printed in Dutch. The
    /// arguments are parsed once more there: running the command exactly as ArgumentParser does keeps
    /// the build on the threads it was measured on (run from here, the 10,000-page build peaked 20 MB higher).
    static func main() async {
        do {
            _ = try parseAsRoot()
        } catch where exitCode(for: error) == .validationFailure {
            FileHandle.standardError.write(Data((UsageErrorText.dutch(fullMessage(for: error)) + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        } catch {
            // --help, --version and the like: ArgumentParser prints them below.
        }
        await main(nil)
    }
}
