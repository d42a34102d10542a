import ArgumentParser
import RouteboekCore

/// Prints docs/template-context.md, what every layout and partial may name, from the context types.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sjablonen",
        abstract: "Print the template context reference (docs/template-context.md): every field each layout and partial may use."
    )

    func run() throws {
        print(TemplateReference.markdown, terminator: "")
    }
}
