import Beslisboom

extension TemplateSet {
    /// A layout the generator does not know, or a partial nothing includes, is never rendered: a warning
    /// (the theme still works), so a misnamed copy does not look like a change that had no effect.
    static func warnAboutUnused(layouts: Set<String>, partials: Set<String>, graph: PartialGraph, displayRoot: String,
                                diagnostics: DiagnosticLog) {
        let known = Layout.allCases.map(\.rawValue)
        for name in layouts.sorted() where !known.contains(name) {
            diagnostics.add("\(displayRoot)/\(layoutsFolder)/\(name).mustache",
                            .templateLayoutUnknown(name, known: known, suggestion: Spelling.closest(to: name, among: known)))
        }
        var included = Set(PartialRoot.allCases.map(\.rawValue))
        for references in graph.references.values {
            included.formUnion(references.map(\.to))
        }
        for name in partials.sorted() where !included.contains(name) {
            diagnostics.add("\(displayRoot)/\(partialsFolder)/\(name).mustache", .templatePartialUnused(name))
        }
    }
}
