import Foundation
import Testing
@testable import RouteboekCore

/// Issue 11, defect 2: swift-mustache recurses per nested section and per partial, so a partial that
/// includes itself or thousands of nested sections overflowed the stack (the build died, and took the
/// preview server with it). These are now errors, found before swift-mustache sees the template.
@Suite("Templates that would never finish rendering are refused")
struct TemplateSafetyTests {
    private func brokenTemplates(_ change: (URL) throws -> Void) throws -> BuildReport {
        let workspace = try Workspace(fixture: "site-basic")
        try #require(workspace.build().errorCount == 0)
        let before = snapshot(workspace.output)
        try change(try workspace.useTemplateCopy())
        let report = workspace.build()
        #expect(!report.written)
        #expect(snapshot(workspace.output) == before)
        return report
    }

    @Test("Defect 2 reproducer: {{> titel}} inside partials/titel.mustache")
    func partialIncludesItself() throws {
        let report = try brokenTemplates { templates in
            let file = templates.appendingPathComponent("partials/titel.mustache")
            try Data((try String(contentsOf: file, encoding: .utf8) + "{{> titel}}\n").utf8).write(to: file)
        }
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(report.matching("Templates/partials/titel.mustache:2:1: fout RB309: partial 'titel' neemt zichzelf op (titel → titel)").count == 1,
                "\(report.listing)")
    }

    @Test("Partials that include each other in a circle are found, once, at the reference that closes it")
    func partialCircle() throws {
        let report = try brokenTemplates { templates in
            try Data("<p>a {{> kring-b}}</p>\n".utf8).write(to: templates.appendingPathComponent("partials/kring-a.mustache"))
            try Data("<p>b {{> kring-a}}</p>\n".utf8).write(to: templates.appendingPathComponent("partials/kring-b.mustache"))
        }
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(report.errors.first?.message.contains("kring-a → kring-b → kring-a) buiten elke sectie") == true, "\(report.listing)")
    }

    @Test("Defect 2 reproducer: 3,000 nested sections stop at the first tag past the limit")
    func deepSections() throws {
        let report = try brokenTemplates { templates in
            let nested = String(repeating: "{{#page}}", count: 3000) + "x" + String(repeating: "{{/page}}", count: 3000)
            try Data(("<p>" + nested + "</p>\n").utf8).write(to: templates.appendingPathComponent("partials/lead.mustache"))
        }
        #expect(report.errors.count == 1, "\(report.listing)")
        let column = 4 + TemplateScanner.maxNesting * 9
        #expect(report.matching("Templates/partials/lead.mustache:1:\(column): fout RB304: secties zijn hier meer dan").count == 1, "\(report.listing)")
    }

    @Test("A partial chosen by a value cannot be checked, so it is refused")
    func dynamicPartial() throws {
        let report = try brokenTemplates { templates in
            try Data("<p>{{>*page.title}}</p>\n".utf8).write(to: templates.appendingPathComponent("partials/lead.mustache"))
        }
        #expect(report.matching("Templates/partials/lead.mustache:1:4: fout RB305: een partial die door een waarde gekozen wordt").count == 1, "\(report.listing)")
    }

    /// `lead` includes `diep-1`, which includes `diep-2`; each nests `depth` sections.
    private func chain(depth: Int, in templates: URL) throws {
        func nested(_ inner: String) -> String { String(repeating: "{{#page}}", count: depth) + inner + String(repeating: "{{/page}}", count: depth) }
        try Data(("<p>" + nested("{{> diep-1}}") + "</p>\n").utf8).write(to: templates.appendingPathComponent("partials/lead.mustache"))
        try Data(nested("{{> diep-2}}").utf8).write(to: templates.appendingPathComponent("partials/diep-1.mustache"))
        try Data(nested("bodem").utf8).write(to: templates.appendingPathComponent("partials/diep-2.mustache"))
    }

    @Test("A chain of partials each nested deep, within the render depth, renders")
    func deepButAllowed() throws {
        let workspace = try Workspace(fixture: "site-basic")
        try chain(depth: 35, in: try workspace.useTemplateCopy())
        let report = workspace.build()
        #expect(report.errorCount == 0, "\(report.listing)")
        #expect(try workspace.outputText("index.html").contains("<p>bodem</p>"))
    }

    @Test("A chain of partials nested past the render depth: one error, at the innermost include")
    func tooDeepAlongAChain() throws {
        let report = try brokenTemplates { try chain(depth: TemplateScanner.maxNesting - 1, in: $0) }
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(report.matching("Templates/partials/diep-1.mustache:1:\(1 + 9 * (TemplateScanner.maxNesting - 1)): fout RB310: secties en partials zijn hier te diep genest").count == 1,
                "\(report.listing)")
        #expect(report.errors.first?.message.contains("lead → diep-1 → diep-2") == true)
    }

    /// The real theme plus `partials/boom.mustache`, which includes itself inside a section.
    private func recursiveTemplates() throws -> (TemplateSet, DiagnosticLog) {
        let workspace = try Workspace(fixture: "site-basic")
        let templates = try workspace.useTemplateCopy()
        try Data("<li>{{titel}}{{#kinderen}}<ul>{{> boom}}</ul>{{/kinderen}}</li>\n".utf8)
            .write(to: templates.appendingPathComponent("partials/boom.mustache"))
        let log = DiagnosticLog()
        let set = try #require(TemplateSet.load(root: templates, displayRoot: "Templates", diagnostics: log), "\(log.all.listing)")
        return (set, log)
    }

    @Test("A partial that includes itself inside a section renders as deep as the data goes")
    func recursionOverData() throws {
        let (templates, log) = try recursiveTemplates()
        let tree = Boom("a", [Boom("b", [Boom("c", [])])])
        let html = templates.render(partialNamed: "boom", tree)
        #expect(html.replacingOccurrences(of: "\n", with: "") == "<li>a<ul><li>b<ul><li>c</li></ul></li></ul></li>")
        #expect(log.all.isEmpty, "\(log.all.listing)")
    }

    @Test("Recursion whose section finds its parent's list again is stopped and reported, not a crash")
    func endlessRecursionOverData() throws {
        let (templates, log) = try recursiveTemplates()
        // The leaf has no 'kinderen', so Mustache finds its parent's: the classic never-ending tree.
        let tree = Boom("a", [Boom("b", nil)])
        let html = templates.render(partialNamed: "boom", tree)
        #expect(html.hasPrefix("<li>a<ul><li>b"))
        let errors = log.all.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.listing)")
        #expect(errors.first?.description.contains("Templates/partials/boom.mustache:1:31: fout RB315: de pagina werd hier nooit af") == true,
                "\(errors.listing)")
    }

    @Test("The scanner follows set-delimiter tags and counts sections the way swift-mustache does")
    func scannerDelimiters() {
        let (tags, problem) = TemplateScanner.scan("{{#a}}\n{{=<% %>=}}\n<%> titel%> {{> niet}} <%/a%>{{{x}}}")
        #expect(problem == nil)
        #expect(tags.filter(\.includesPartial).map(\.name) == ["titel"])
        #expect(tags.first { $0.kind == .partial }.map { ($0.line, $0.column) } ?? (0, 0) == (3, 1))
        #expect(tags.contains { $0.kind == .close && $0.name == "a" })
    }

    @Test("Every template of the real theme passes the scanner and the HTML check")
    func realTheme() throws {
        for folder in ["layouts", "partials"] {
            let directory = realTemplates.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".mustache") {
                let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                let (tags, problem) = TemplateScanner.scan(text)
                #expect(problem == nil, "\(name): \(String(describing: problem))")
                #expect(TemplateHTMLCheck.problems(in: text, tags: tags) == nil, "\(name)")
            }
        }
    }
}

/// A tree for the partial `boom`: `kinderen` nil is a leaf without its own list.
private struct Boom: TemplateRecord {
    var titel: String
    var kinderen: [Boom]?

    init(_ titel: String, _ kinderen: [Boom]?) {
        self.titel = titel
        self.kinderen = kinderen
    }

    static let fields = TemplateFields<Boom>("Boom", about: "a node", [
        .text("titel", "its title") { $0.titel },
        .list("kinderen", "its children") { $0.kinderen },
    ])
}
