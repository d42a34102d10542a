import Foundation
import Mustache

/// The layouts and partials of `Templates/`, parsed once per build.
struct TemplateSet: Sendable {
    static let layoutsFolder = "layouts"
    static let partialsFolder = "partials"
    static let assetsFolder = "assets"

    static let requiredPartials = ["uitkomst"]

    static let navigationPartial = "navigation"
    static let navigationSource = "navigation:source"

    private let library: MustacheLibrary
    /// The same templates as Routeboek's renderer reads them; nil when the set uses what only swift-mustache
    /// renders (inheritance, a pragma) or when swift-mustache is asked for (TemplateEngine.swiftMustache).
    private var tokens: [String: [TemplateToken]]?
    /// The layouts that exist (a broken one included).
    private let layoutNames: Set<String>
    let hasNavigation: Bool
    /// Where problems found while rendering go (a layout that renders a page cut short).
    private var diagnostics: DiagnosticLog?
    /// Each layout's file as shown in messages, and its last line, for problems found in what it rendered.
    private let layoutEnds: [String: LayoutFile]
    /// By template: the partials that include themselves inside a section and that its render reaches;
    /// named when a render had to be stopped.
    private let recursiveReferences: [String: [PartialGraph.Reference]]

    /// Where a layout is, for problems found in the pages it renders.
    struct LayoutFile: Sendable {
        var file: String
        /// The last line (a page cut short is cut there) and the line of `<head` (where the CSP belongs).
        var line: Int
        var headLine: Int
    }

    /// Loads and checks every template; nil when any is broken (the problems are in `diagnostics`).
    static func load(root: URL, displayRoot: String, diagnostics: DiagnosticLog, engine: TemplateEngine = .routeboek) -> TemplateSet? {
        // One line for the folder, not one "missing" per layout and partial the generator needs.
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            diagnostics.add(displayRoot, .templatesFolderMissing())
            return nil
        }
        var library = MustacheLibrary()
        var tokens: [String: [TemplateToken]]? = engine == .routeboek ? [:] : nil
        var layouts: Set<String> = []
        var partials: Set<String> = []
        var graph = PartialGraph()
        var layoutEnds: [String: LayoutFile] = [:]
        var scanned: [String: TemplateNameCheck.Template] = [:]
        var failed = false
        for (folder, isLayout) in [(layoutsFolder, true), (partialsFolder, false)] {
            let directory = root.appendingPathComponent(folder)
            let files: [String]
            switch FolderListing.names(in: directory) {
            case .success(let names): files = names
            case .failure(.missing): files = []
            case .failure(let failure):
                diagnostics.add("\(displayRoot)/\(folder)", .templateFolderUnreadable(failure.reason))
                failed = true
                files = []
            }
            for name in files.sorted() where name.hasSuffix(".mustache") {
                let display = "\(displayRoot)/\(folder)/\(name)"
                let base = String(name.dropLast(".mustache".count))
                // It exists, so references to it are never "missing", even when it is broken.
                if isLayout { layouts.insert(base) } else { partials.insert(base) }
                let graphName = isLayout ? "layout:" + base : base
                let text: String
                switch TextFile.read(directory.appendingPathComponent(name)) {
                case .success(let read): text = read
                case .failure(let failure):
                    diagnostics.add(failure.diagnostic(display))
                    failed = true
                    continue
                }
                if text.trimmingWhitespace.isEmpty {
                    diagnostics.add(display, .templateEmpty(isLayout: isLayout))
                    failed = true
                    continue
                }
                // swift-mustache counts a lone carriage return as a line in its positions but not in its
                // columns; no template needs a control character, so one is an error at its place.
                if let control = ControlCharacters.first(in: text) {
                    diagnostics.add(display, line: control.line, column: control.column,
                                    .templateControlCharacter("U+" + String(format: "%04X", control.scalar.value)))
                    failed = true
                    continue
                }
                let (tags, problem) = TemplateScanner.scan(text)
                if let problem {
                    diagnostics.add(display, line: problem.line, column: problem.column, problem.message)
                    failed = true
                    continue
                }
                graph.nesting[graphName] = nestingDepth(tags)
                scanned[graphName] = TemplateNameCheck.Template(file: display, tags: tags)
                graph.references[graphName] = tags.filter(\.includesPartial).map {
                    PartialGraph.Reference(from: graphName, to: $0.name, file: display, line: $0.line, column: $0.column,
                                           insideSection: $0.sectionDepth > 0)
                }
                if isLayout {
                    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                    let head = lines.firstIndex { $0.contains("<head") }.map { $0 + 1 } ?? 1
                    layoutEnds[base] = LayoutFile(file: display, line: lines.count, headLine: head)
                }
                do {
                    let template = try MustacheTemplate(string: text)
                    library.register(template, named: graphName)
                    if tokens != nil { tokens?[graphName] = TemplateTokenParser.parse(text) }
                    if tokens?[graphName] == nil { tokens = nil }
                    // Checked once the Mustache is known to be right: a cut file is then one error, not two.
                    if let problem = TemplateHTMLCheck.problems(in: text, tags: tags) {
                        diagnostics.add(display, line: problem.line, column: problem.column, problem.message)
                        failed = true
                    }
                } catch let error as MustacheTemplate.ParserError {
                    if let located = TemplateScanner.located("\(error.error)", tags: tags, text: text) {
                        diagnostics.add(display, line: located.line, column: located.column, located.message)
                        failed = true
                        continue
                    }
                    let snippet = error.context.line.trimmingWhitespace
                    diagnostics.add(display, line: error.context.lineNumber, column: error.context.columnNumber,
                                    .templateSyntax(TemplateErrorText.explain(error.error) + (snippet.isEmpty ? "" : " in '\(snippet.prefix(80))'")))
                    failed = true
                } catch {
                    diagnostics.add(display, .templateSyntax(TemplateErrorText.explain(error)))
                    failed = true
                }
            }
        }
        for references in graph.references.values {
            for reference in references where !partials.contains(reference.to) {
                diagnostics.add(reference.file, line: reference.line, column: reference.column,
                                .templatePartialMissing(reference.to, file: "\(displayRoot)/\(partialsFolder)/\(reference.to).mustache"))
                failed = true
            }
        }
        // A partial that includes itself outside any section never ends. Inside a section it repeats as deep
        // as the data goes (a tree of parts): allowed, and guarded while rendering (RenderGuard).
        var recursive: [PartialGraph.Reference] = []
        var endless = false
        for (reference, path) in graph.cycles() {
            let steps = zip(path, path.dropFirst()).flatMap { graph.references(from: $0, to: $1) }
            if let overData = steps.first(where: \.insideSection) {
                recursive.append(overData)
                continue
            }
            diagnostics.add(reference.file, line: reference.line, column: reference.column,
                            .templatePartialEndless(reference.to, path: path.joined(separator: " → ")))
            endless = true
        }
        failed = failed || endless
        if !endless {
            for layout in layouts.sorted() {
                let depth = graph.renderDepth(from: "layout:" + layout)
                guard depth > PartialGraph.maxRenderDepth else { continue }
                // Said once, at the innermost include of the deepest chain (the same for every layout using it).
                let chain = graph.deepestChain(from: "layout:" + layout)
                if let last = chain.last {
                    diagnostics.add(last.file, line: last.line, column: last.column, .templateChainTooDeep(chain.map(\.to).joined(separator: " → ")))
                } else if let end = layoutEnds[layout] {
                    diagnostics.add(end.file, .templateLayoutTooDeep(depth, limit: PartialGraph.maxRenderDepth))
                }
                failed = true
            }
        }
        for layout in Layout.required where !layouts.contains(layout.rawValue) {
            diagnostics.add("\(displayRoot)/\(layout.file)", .templateRequiredMissing(isLayout: true))
            failed = true
        }
        // Only over a whole graph: a template that failed to parse includes nothing, as far as it is known.
        if !failed {
            warnAboutUnused(layouts: layouts, partials: partials, graph: graph, displayRoot: displayRoot, diagnostics: diagnostics)
        }
        for name in requiredPartials where !partials.contains(name) {
            diagnostics.add("\(displayRoot)/\(partialsFolder)/\(name).mustache", .templateRequiredMissing(isLayout: false))
            failed = true
        }
        if !checkAssets(root.appendingPathComponent(assetsFolder), display: "\(displayRoot)/\(assetsFolder)", diagnostics: diagnostics) {
            failed = true
        }
        // The stylesheets kept in parts (Templates/styles/NAME/*.css): each part checked at its own lines.
        if !StylesheetParts.check(templatesRoot: root, displayRoot: displayRoot, diagnostics: diagnostics) {
            failed = true
        }
        if !failed {
            failed = !checkNames(scanned, diagnostics: diagnostics)
        }
        if let navigation = library.getTemplate(named: navigationPartial), let stub = try? MustacheTemplate(string: "{{{navigationHTML}}}") {
            // The navigation is the same for every page of a section but for the current link, so it is
            // rendered once per section (see NavigationCache); pages get the finished HTML.
            library.register(navigation, named: navigationSource)
            library.register(stub, named: navigationPartial)
            let source = tokens?[navigationPartial]
            tokens?[navigationSource] = source
            tokens?[navigationPartial] = TemplateTokenParser.parse("{{{navigationHTML}}}")
        }
        // For each template, the recursive includes its render can reach: the ones to name if it must be stopped.
        var reachableRecursion: [String: [PartialGraph.Reference]] = [:]
        for name in graph.references.keys {
            let reachable = graph.reachable(from: name)
            reachableRecursion[name] = recursive.filter { reachable.contains($0.from) }
        }
        return failed ? nil : TemplateSet(library: library, tokens: tokens, layoutNames: layouts, hasNavigation: partials.contains(navigationPartial),
                                          diagnostics: diagnostics, layoutEnds: layoutEnds, recursiveReferences: reachableRecursion)
    }

    /// Every name each layout, and each partial rendered on its own, uses exists in its context type.
    private static func checkNames(_ scanned: [String: TemplateNameCheck.Template], diagnostics: DiagnosticLog) -> Bool {
        var check = TemplateNameCheck(templates: scanned, prerendered: [navigationPartial])
        for layout in Layout.allCases {
            check.check("layout:" + layout.rawValue, with: layout.schema, origin: "de layout '\(layout.rawValue)'")
        }
        for partial in PartialRoot.allCases {
            check.check(partial.rawValue, with: partial.context.schema, origin: "de partial '\(partial.rawValue)'")
        }
        for problem in check.problems {
            diagnostics.add(problem.file, line: problem.line, column: problem.column, problem.message)
        }
        return check.problems.isEmpty
    }

    /// The deepest section nesting in one template's tags.
    private static func nestingDepth(_ tags: [TemplateTag]) -> Int {
        var depth = 0
        var deepest = 0
        for tag in tags {
            if tag.opensSection { depth += 1; deepest = max(deepest, depth) }
            else if tag.kind == .close { depth = max(depth - 1, 0) }
        }
        return deepest
    }

    /// The theme's files: each must be readable, and not empty or cut short.
    private static func checkAssets(_ folder: URL, display: String, diagnostics: DiagnosticLog) -> Bool {
        var ok = true
        for file in FolderListing.files(below: folder, display: display, diagnostics: diagnostics, ok: &ok) {
            let shown = "\(display)/\(file)"
            switch FileBytes.read(folder.appendingPathComponent(file)) {
            case .failure(let failure):
                diagnostics.add(shown, .themeFileUnreadable(failure.reason))
                ok = false
            case .success(let bytes):
                if let problem = ThemeAssetCheck.problem(in: bytes, name: file) {
                    diagnostics.add(shown, line: problem.line, column: problem.column, .themeFileProblem(problem.message))
                    ok = false
                }
            }
        }
        return ok
    }

    /// Renders through a RenderGuard: a recursion that never ends is stopped and reported, not a crash.
    /// Only templates whose render reaches a partial that includes itself inside a section are guarded:
    /// every other render is bounded by the depth checked at load time, and guarding costs each lookup.
    private func guardedRender(_ context: any TemplateValue, template: String, capacity: Int = 0) -> String {
        let suspects = recursiveReferences[template] ?? []
        let guardian = suspects.isEmpty ? nil : RenderGuard()
        let html: String
        if let tokens {
            var renderer = TemplateRenderer(templates: tokens, stackGuard: guardian)
            html = renderer.render(template, context, capacity: capacity) ?? ""
        } else if let guardian {
            html = library.render(guardian.wrap(context) as Any, withTemplate: template) ?? ""
        } else {
            return library.render(context, withTemplate: template) ?? ""
        }
        reportIfStopped(guardian, suspects)
        return html
    }

    /// The same, handed to `emit` in parts of about `partSize` bytes as they are made (swift-mustache,
    /// when it renders, gives the page whole: one part).
    private func guardedRender(_ context: any TemplateValue, template: String, partSize: Int, emit: @escaping (String) throws -> Void) throws {
        guard let tokens else { return try emit(guardedRender(context, template: template)) }
        let suspects = recursiveReferences[template] ?? []
        let guardian = suspects.isEmpty ? nil : RenderGuard()
        var renderer = TemplateRenderer(templates: tokens, stackGuard: guardian)
        _ = try renderer.render(template, context, partSize: partSize, emit: emit)
        reportIfStopped(guardian, suspects)
    }

    private func reportIfStopped(_ guardian: RenderGuard?, _ suspects: [PartialGraph.Reference]) {
        guard let guardian, guardian.exhausted else { return }
        for reference in suspects {
            diagnostics?.add(reference.file, line: reference.line, column: reference.column, .templateRenderEndless(reference.to))
        }
    }

    /// The same templates, with what rendering finds going to `log` (a build keeps the messages of its
    /// render step apart from those of loading; the preview renders with templates it loaded earlier).
    func reporting(to log: DiagnosticLog) -> TemplateSet {
        var copy = self
        copy.diagnostics = log
        return copy
    }

    /// The same set with tokens of its own, for one thread's run of renders (see TemplateToken.privateCopy).
    func privateCopy() -> TemplateSet {
        var copy = self
        copy.tokens = tokens.map { $0.reduce(into: [:]) { copies, entry in copies[entry.key.privateCopy] = entry.value.map(\.privateCopy) } }
        return copy
    }

    func has(_ layout: Layout) -> Bool { layoutNames.contains(layout.rawValue) }

    func render<Extra>(_ layout: Layout, _ context: LayoutContext<Extra>) -> String {
        // The load-time check read the layout's names against `layout.extras`: the context must be that type.
        assert(ObjectIdentifier(Extra.self) == ObjectIdentifier(layout.extras), "\(layout) renders \(Extra.self)")
        // A page is its own HTML and, around it, the layout and the navigation (16 KB covers them on a
        // site of a hundred chapters; a larger page grows its storage a time or two).
        let html = guardedRender(context, template: "layout:" + layout.rawValue, capacity: (context.base.page.html?.utf8.count ?? 0) + 16_384)
        var shape = PageShapeCheck()
        shape.feed(html)
        report(shape, of: layout)
        return html
    }

    /// A layout rendered in parts of about `partSize` bytes, each handed to `emit` as it is made: a page of
    /// tens of megabytes (the whole document) is never held whole. The first error of `emit` is thrown.
    func render<Extra>(_ layout: Layout, _ context: LayoutContext<Extra>, partSize: Int, emit: @escaping (String) throws -> Void) throws {
        assert(ObjectIdentifier(Extra.self) == ObjectIdentifier(layout.extras), "\(layout) renders \(Extra.self)")
        var shape = PageShapeCheck()
        try guardedRender(context, template: "layout:" + layout.rawValue, partSize: partSize) { part in
            shape.feed(part)
            try emit(part)
        }
        report(shape, of: layout)
    }

    private func report(_ shape: PageShapeCheck, of layout: Layout) {
        guard let end = layoutEnds[layout.rawValue] else { return }
        // A layout cut short renders pages cut short; the end of the file is where to look.
        if !shape.isWholePage {
            diagnostics?.add(end.file, line: end.line, .templateLayoutCutShort())
        } else if !shape.hasCSP {
            // Every page carries the site's CSP (no inline script, nothing from elsewhere): a layout that lost
            // `{{> head}}` would publish pages without it.
            diagnostics?.add(end.file, line: end.headLine, .templateLayoutWithoutCSP())
        }
    }

    func render<Value: TemplateValue>(_ partial: PartialRoot, _ context: Value) -> String {
        assert(ObjectIdentifier(Value.self) == ObjectIdentifier(partial.context), "\(partial) renders \(Value.self)")
        return render(partialNamed: partial.templateName, context)
    }

    /// Any partial by its name, with any context: for the renders above, and for tests of the guard.
    func render(partialNamed name: String, _ context: some TemplateValue) -> String {
        guardedRender(context, template: name)
    }
}
