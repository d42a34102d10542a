import Foundation
import Testing
@testable import RouteboekCore

/// Issue 16, point 1: a name a template uses that its context type does not have is an error at its
/// file, line and column when the templates load, not an empty place on every page.
@Suite("Every name in a template exists in its context type")
struct TemplateNameTests {
    /// The real theme with one file changed; the build must fail and leave the site as it was.
    private func broken(_ file: String, _ change: (String) -> String) throws -> BuildReport {
        let workspace = try Workspace(fixture: "site-basic")
        try #require(workspace.build().errorCount == 0)
        let before = snapshot(workspace.output)
        let templates = try workspace.useTemplateCopy()
        let url = templates.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        try #require(changed != text, "the change did not apply to \(file)")
        try Data(changed.utf8).write(to: url)
        let report = workspace.build()
        #expect(!report.written)
        #expect(snapshot(workspace.output) == before)
        return report
    }

    /// Line and column (1-based) of the first occurrence of `needle`.
    private func position(of needle: String, in file: String) throws -> (line: Int, column: Int) {
        let text = try String(contentsOf: realTemplates.appendingPathComponent(file), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        for (index, line) in lines.enumerated() {
            if let range = line.range(of: needle) { return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
        }
        Issue.record("'\(needle)' is not in \(file)")
        return (0, 0)
    }

    @Test("The real theme uses only names its context types have")
    func realTheme() throws {
        let log = DiagnosticLog()
        _ = TemplateSet.load(root: realTemplates, displayRoot: "Templates", diagnostics: log)
        #expect(log.all.isEmpty, "\(log.all.listing)")
    }

    @Test("A typo in a field of a layout: RB326 at the tag, with the fields that exist")
    func fieldTypo() throws {
        let at = try position(of: "{{page.title}}", in: "layouts/pagina.mustache")
        let report = try broken("layouts/pagina.mustache") { $0.replacingOccurrences(of: "{{page.title}}", with: "{{page.titel}}") }
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(report.matching("Templates/layouts/pagina.mustache:\(at.line):\(at.column): fout RB326: 'page' heeft geen veld 'titel'").count == 1, "\(report.listing)")
        #expect(report.errors.first?.message.contains("de velden zijn: title, summary, path, isHome") == true, "\(report.listing)")
    }

    @Test("A typo in a partial every layout includes is one error, at the partial's own line")
    func nameTypoInSharedPartial() throws {
        let at = try position(of: "{{buildDate}}", in: "partials/footer.mustache")
        let report = try broken("partials/footer.mustache") { $0.replacingOccurrences(of: "{{buildDate}}", with: "{{buildDat}}") }
        #expect(report.errors.count == 1, "\(report.listing)")
        let error = report.matching("Templates/partials/footer.mustache:\(at.line):\(at.column): fout RB325: 'buildDat' bestaat niet in wat de layout")
        #expect(error.count == 1, "\(report.listing)")
        #expect(error.first?.message.contains("bedoel je 'buildDate'?") == true, "\(report.listing)")
    }

    @Test("A name of one layout used in a partial other layouts include too is an error")
    func nameOfAnotherLayout() throws {
        let report = try broken("partials/lead.mustache") { "<p>{{tree.startHref}}</p>\n" + $0 }
        #expect(report.matching("Templates/partials/lead.mustache:1:4: fout RB325: 'tree' bestaat niet in wat de layout").count == 1, "\(report.listing)")
    }

    @Test("A list shown as text: RB327")
    func listAsText() throws {
        let report = try broken("partials/uitkomst.mustache") { "<p>{{facts}}</p>\n" + $0 }
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(report.matching("Templates/partials/uitkomst.mustache:1:4: fout RB327: 'facts' is een lijst van Feit, geen tekst").count == 1, "\(report.listing)")
    }

    @Test("A function that does not exist for the value: RB328 with the ones that do")
    func unknownFunction() throws {
        let report = try broken("partials/lead.mustache") { $0.replacingOccurrences(of: "empty(.)", with: "emtpy(.)") }
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(report.errors.first?.code == "RB328", "\(report.listing)")
        #expect(report.errors.first?.message.contains("hier kan: empty, capitalized") == true, "\(report.listing)")
    }

    @Test("first() outside a list, or in a partial inside one: RB329")
    func positionOutsideList() throws {
        let outside = try broken("partials/lead.mustache") { "{{#first()}}<p>eerste</p>{{/first()}}\n" + $0 }
        #expect(outside.matching("Templates/partials/lead.mustache:1:1: fout RB329").count == 1, "\(outside.listing)")
        // swift-mustache forgets the list position when it enters a partial.
        let inPartial = try broken("partials/plan-actie.mustache") { "{{#last()}}<hr>{{/last()}}\n" + $0 }
        #expect(inPartial.matching("Templates/partials/plan-actie.mustache:1:1: fout RB329").count == 1, "\(inPartial.listing)")
    }

    @Test("Inside a published page only its own fields and the outer ones exist")
    func publishedPageFields() throws {
        let report = try broken("partials/startpunten.mustache") {
            $0.replacingOccurrences(of: "{{path}}", with: "{{pth}}")
        }
        #expect(report.errors.count == 1, "\(report.listing)")
        #expect(report.errors.first?.code == "RB325", "\(report.listing)")
        #expect(report.errors.first?.message.contains("bedoel je 'path'?") == true, "\(report.listing)")
    }

    @Test("Each type's lookups answer exactly the fields its schema declares")
    func lookupsMatchSchema() throws {
        let heading = PageHeading(level: 2, title: "Kop", anchor: "kop")
        let toc = TocEntry(heading: heading, children: [heading])
        for field in TocEntry.schema.fields { #expect(toc.child(named: field.name) != nil, "\(field.name)") }
        #expect(toc.child(named: "titel") == nil)
        let link = LinkValue(title: "a", href: "b.html")
        #expect(link.child(named: "title") as? String == "a")
        #expect(link.child(named: "href") as? String == "b.html")
        #expect(LinkValue.schema.fields.map(\.name) == ["title", "href"])
    }

    @Test("Schema names are unique: the check and the docs tell types apart by name")
    func uniqueSchemaNames() {
        var seen: [String: Int] = [:]
        var queue = Layout.allCases.map(\.schema) + PartialRoot.allCases.map { $0.context.schema }
        var visited: Set<String> = []
        while let schema = queue.popLast() {
            for field in schema.fields {
                switch field.kind {
                case .value(let inner), .list(let inner):
                    let inner = inner()
                    if visited.insert(inner.name + "|" + inner.fields.map(\.name).joined(separator: ",")).inserted {
                        seen[inner.name, default: 0] += 1
                        queue.append(inner)
                    }
                default: break
                }
            }
        }
        #expect(seen.filter { $0.value > 1 }.isEmpty, "\(seen.filter { $0.value > 1 })")
    }

    @Test("docs/template-context.md is the reference the types write (regenerate: routeboek sjablonen > docs/template-context.md)")
    func referenceIsCurrent() throws {
        let documented = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/template-context.md"), encoding: .utf8)
        #expect(documented == TemplateReference.markdown, "docs/template-context.md differs from the context types")
        for layout in Layout.allCases { #expect(documented.contains("`layouts/\(layout.rawValue).mustache`")) }
    }
}
