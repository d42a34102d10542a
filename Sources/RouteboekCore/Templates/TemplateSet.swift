import Foundation
import Mustache

/// The layouts and partials of `Templates/`, parsed once per build.
struct TemplateSet: Sendable {
    static let layoutsFolder = "layouts"
    static let partialsFolder = "partials"
    static let assetsFolder = "assets"

    /// Layouts the generator renders; each must exist.
    static let requiredLayouts = ["pagina", "beslisboom", "beslisboom-stap", "alle-routes", "stroomschema", "zoeken", "register", "routeboek-compleet"]
    static let requiredPartials = ["uitkomst"]

    static let navigationPartial = "navigation"
    static let navigationSource = "navigation:source"

    private let library: MustacheLibrary
    let layoutNames: Set<String>
    let hasNavigation: Bool

    /// Loads and checks every template; nil when any is broken (the problems are in `diagnostics`).
    static func load(root: URL, displayRoot: String, diagnostics: DiagnosticLog) -> TemplateSet? {
        var library = MustacheLibrary()
        var layouts: Set<String> = []
        var partials: Set<String> = []
        var references: [(name: String, file: String, line: Int)] = []
        var failed = false
        for (folder, isLayout) in [(layoutsFolder, true), (partialsFolder, false)] {
            let directory = root.appendingPathComponent(folder)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in files.sorted() where name.hasSuffix(".mustache") {
                let display = "\(displayRoot)/\(folder)/\(name)"
                guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else {
                    diagnostics.error(display, "cannot read this template (is it UTF-8 text?)")
                    failed = true
                    continue
                }
                let base = String(name.dropLast(".mustache".count))
                do {
                    let template = try MustacheTemplate(string: text)
                    library.register(template, named: isLayout ? "layout:" + base : base)
                    if isLayout { layouts.insert(base) } else { partials.insert(base) }
                    references += partialReferences(in: text).map { ($0.name, display, $0.line) }
                } catch let error as MustacheTemplate.ParserError {
                    // It exists, so references to it are not "missing": its own error is the one to fix.
                    if isLayout { layouts.insert(base) } else { partials.insert(base) }
                    diagnostics.error(display, line: error.context.lineNumber, column: error.context.columnNumber,
                                      "template syntax error: \(TemplateErrorText.explain(error.error))"
                                      + (error.context.line.trimmingWhitespace.isEmpty ? "" : " in '\(error.context.line.trimmingWhitespace)'"))
                    failed = true
                } catch {
                    if isLayout { layouts.insert(base) } else { partials.insert(base) }
                    diagnostics.error(display, "template syntax error: \(error)")
                    failed = true
                }
            }
        }
        for reference in references where !partials.contains(reference.name) {
            diagnostics.error(reference.file, line: reference.line,
                              "partial '\(reference.name)' does not exist: add \(displayRoot)/\(partialsFolder)/\(reference.name).mustache or fix the name")
            failed = true
        }
        for name in requiredLayouts where !layouts.contains(name) {
            diagnostics.error("\(displayRoot)/\(layoutsFolder)/\(name).mustache", "this layout is missing; the generator needs it")
            failed = true
        }
        for name in requiredPartials where !partials.contains(name) {
            diagnostics.error("\(displayRoot)/\(partialsFolder)/\(name).mustache", "this partial is missing; the generator needs it")
            failed = true
        }
        if let navigation = library.getTemplate(named: navigationPartial), let stub = try? MustacheTemplate(string: "{{{navigationHTML}}}") {
            // The navigation is the same for every page of a section but for the current link, so it is
            // rendered once per section (see NavigationCache); pages get the finished HTML.
            library.register(navigation, named: navigationSource)
            library.register(stub, named: navigationPartial)
        }
        return failed ? nil : TemplateSet(library: library, layoutNames: layouts, hasNavigation: partials.contains(navigationPartial))
    }

    func render(layout: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: "layout:" + layout) ?? ""
    }

    func render(partial: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: partial) ?? ""
    }

    /// `{{> name}}` and `{{< name}}` references, with their line numbers.
    static func partialReferences(in text: String) -> [(name: String, line: Int)] {
        var result: [(String, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                let after = rest[open.upperBound...].drop(while: { $0 == " " })
                guard let marker = after.first, marker == ">" || marker == "<" else {
                    rest = rest[open.upperBound...]
                    continue
                }
                let nameStart = after.dropFirst().drop(while: { $0 == " " })
                guard let close = nameStart.range(of: "}}") else { break }
                result.append((String(nameStart[..<close.lowerBound]).trimmingWhitespace, index + 1))
                rest = nameStart[close.upperBound...]
            }
        }
        return result
    }
}
