import ArgumentParser
import Messages

/// Prints docs/meldingen.md, the catalogue of every message with its code and what to do.
struct MessagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meldingen",
        abstract: "Toont alle meldingen (docs/meldingen.md): elke code, de tekst en wat je moet doen."
    )

    func run() throws {
        print(MessageCatalogue.markdown)
    }
}
