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

    /// The most bytes a file name may hold (NAME_MAX on Linux: ext4 and most other file systems).
    static let fileNameLimit = 255

    /// A route whose step page's name (its option ids joined by `_`, and `.html`) is longer than a file
    /// name can be would fail the build when the page is written (RB407). Each is an error (RB286) at
    /// the longest id on the route, once per option, with the length that makes every route through it
    /// fit. A route's own page has the longest name of its steps' pages (they are its prefixes).
    static func tooLongFileNames(_ tree: DecisionTree, routes: [Route]) -> [Diagnostic] {
        struct Worst { var most: Int; var fileName: Int; var answers: Int; var first: Int }
        var worst: [Step: Worst] = [:]
        for (index, route) in routes.enumerated() {
            let name = key(route.steps).utf8.count + ".html".utf8.count
            guard name > fileNameLimit,
                  let blamed = route.steps.max(by: { $0.option.utf8.count < $1.option.utf8.count }) else { continue }
            let most = max(1, blamed.option.utf8.count - (name - fileNameLimit))
            if let seen = worst[blamed], seen.most <= most { continue }
            worst[blamed] = Worst(most: most, fileName: name, answers: route.steps.count, first: worst[blamed]?.first ?? index)
        }
        return worst.sorted { $0.value.first < $1.value.first }.map { step, found in
            let option = tree.questionsByID[step.question]?.options.first { $0.id == step.option }
            let shown = step.option.count > 40 ? String(step.option.prefix(30)) + "\u{2026}" : step.option
            let message = Message.treeStepFileNameTooLong("\(step.question)=\(shown)", length: step.option.utf8.count, answers: found.answers,
                                                          fileName: found.fileName, limit: fileNameLimit, most: found.most)
            let position = option?.idPosition ?? option?.position ?? tree.startPosition
            return Diagnostic(at: position ?? SourcePosition(file: folder, line: 1, column: 1), message)
        }
    }
}
