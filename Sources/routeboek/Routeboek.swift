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

    /// ArgumentParser's own main, with its usage errors (a mistyped option) printed in Dutch.
    static func main() async {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(dutch: error, message: fullMessage(for: error))
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            // A command's own ValidationError: its Dutch line, without the root's usage that does not apply.
            exit(dutch: error, message: "Error: " + message(for: error))
        }
    }

    private static func exit(dutch error: Error, message: String) -> Never {
        let code = exitCode(for: error)
        guard code == .validationFailure else { exit(withError: error) }
        FileHandle.standardError.write(Data((UsageErrorText.dutch(message) + "\n").utf8))
        Foundation.exit(code.rawValue)
    }
}
