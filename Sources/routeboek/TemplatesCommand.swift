import ArgumentParser
import RouteboekCore

/// Prints docs/template-context.md, what every layout and partial may name, from the context types.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sjablonen",
        abstract: "Toont welke velden elke layout en elk deelsjabloon kan gebruiken (docs/template-context.md)."
    )

    func run() throws {
        print(TemplateReference.markdown, terminator: "")
    }
}
