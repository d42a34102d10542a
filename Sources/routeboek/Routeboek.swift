import ArgumentParser

@main
struct Routeboek: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routeboek",
        abstract: "Builds the routeboek site from Content/ and Templates/ into Public/, and checks it.",
        subcommands: [BuildCommand.self, CheckCommand.self, BeslisCommand.self, DiffCommand.self, ServeCommand.self, MessagesCommand.self, TemplatesCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
