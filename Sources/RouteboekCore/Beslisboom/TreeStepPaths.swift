import Beslisboom

/// Where each step of the version without JavaScript lives: one page per reachable set of answers.
enum TreeStepPaths {
    static let folder = ContentScanner.treeFolder + "/stap"
    static let toolPath = ContentScanner.treeFolder + "/index.html"
    static let routesPath = ContentScanner.treeFolder + "/alle-routes.html"
    static let flowchartPath = ContentScanner.treeFolder + "/stroomschema.html"

    /// The option ids joined by `_` (ids hold only a-z, 0-9 and '-'); the empty route is `start`.
    static func key(_ steps: [Step]) -> String { steps.map(\.option).joined(separator: "_") }

    static func path(_ steps: [Step]) -> String {
        "\(folder)/\(steps.isEmpty ? "start" : key(steps)).html"
    }
}
