import ArgumentParser
import Foundation
import RouteboekCore
import RouteboekServe

/// The folders every command reads, defaulting to the project's top-level folders.
struct SiteOptions: ParsableArguments {
    @Option(help: "The content folder (Markdown pages, site.yml, the beslisboom).")
    var content = "Content"

    @Option(help: "The templates folder (layouts, partials, assets).")
    var templates = "Templates"

    @Option(help: "The folder the site is written to.")
    var output = "Public"

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print every phase with its timing.")
    var verbose = false

    func buildOptions(write: Bool, scenarios: [String] = []) -> BuildOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
        return BuildOptions(content: url(content), templates: url(templates), output: url(output), write: write,
                            strict: strict, extraScenarioFiles: scenarios.map(url),
                            cacheFolder: BuildOptions.defaultCacheFolder(content: url(content)))
    }
}
