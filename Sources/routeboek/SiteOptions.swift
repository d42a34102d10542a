import ArgumentParser
import Foundation
import RouteboekCore
import RouteboekServe

/// The folders every command reads, defaulting to the project's top-level folders.
struct SiteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("De map met de inhoud (de Markdown-pagina's, site.yml, de beslisboom).", valueName: "map"))
    var content = "Content"

    @Option(help: ArgumentHelp("De map met de sjablonen (layouts, deelsjablonen, bestanden van de site).", valueName: "map"))
    var templates = "Templates"

    @Option(help: ArgumentHelp("De map waarin de site komt (check schrijft niets en gebruikt haar niet).", valueName: "map"))
    var output = "Public"

    @Flag(help: "Behandel waarschuwingen als fouten.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Toon alleen fouten en waarschuwingen.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Toon elke stap van de bouw met zijn duur.")
    var verbose = false

    /// `--format` of build and check.
    static let formatHelp = "Hoe problemen getoond worden: text (bestand:regel:kolom: fout: ...), github (meldingen voor GitHub Actions) of json."

    func buildOptions(write: Bool, scenarios: [String] = []) -> BuildOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
        return BuildOptions(content: url(content), templates: url(templates), output: url(output), write: write,
                            strict: strict, extraScenarioFiles: scenarios.map(url),
                            cacheFolder: BuildOptions.defaultCacheFolder(content: url(content)))
    }
}
