import ArgumentParser
import Messages

/// Prints docs/meldingen.md, the catalogue of every message with its code and what to do.
struct MessagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meldingen",
        abstract: "Print the catalogue of messages (docs/meldingen.md): every code, its Dutch text and what to do."
    )

    func run() throws {
        print(MessageCatalogue.markdown)
    }
}
