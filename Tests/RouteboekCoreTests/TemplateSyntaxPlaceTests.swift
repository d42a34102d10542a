import Foundation
import Testing
@testable import RouteboekCore

/// Two of swift-mustache's parse errors are reported where the editor has to fix them: a section never
/// closed at its opening tag (not at the end of the file), a wrong set-delimiter tag at that tag, with
/// the right form.
@Suite("Template syntax errors at the tag to fix")
struct TemplateSyntaxPlaceTests {
    /// Checks site-basic with the real footer partial changed by `change`; the diagnostics, from the workspace.
    static func check(_ change: (String) -> String) throws -> [String] {
        let workspace = try Workspace(fixture: "site-basic")
        let templates = try workspace.useTemplateCopy()
        let footer = templates.appendingPathComponent("partials/footer.mustache")
        let text = try String(contentsOf: footer, encoding: .utf8)
        let changed = change(text)
        try #require(changed != text)
        try changed.write(to: footer, atomically: true, encoding: .utf8)
        return workspace.check().diagnostics.map { $0.description.replacingOccurrences(of: workspace.root.path + "/", with: "") }
    }

    @Test("A section never closed is reported at its opening tag, with the closing tag to add")
    func unclosedSection() throws {
        let printed = try Self.check { $0.replacingOccurrences(of: "{{/site.hasContact}}    <div>", with: "    <div>") }
        #expect(printed == ["Templates/partials/footer.mustache:12:38: fout RB307: fout in de templatetaal: de sectie {{^site.hasContact}} wordt nooit gesloten: zet {{/site.hasContact}} waar ze eindigt"],
                "\(printed.joined(separator: "\n"))")
    }

    @Test("A set-delimiter tag without its closing '=' is reported at the tag, with the right form")
    func setDelimiterWithoutEquals() throws {
        let printed = try Self.check { "<!-- x -->{{=<% %>}}\n" + $0 }
        #expect(printed == ["Templates/partials/footer.mustache:1:11: fout RB307: fout in de templatetaal: de wissel van scheidingstekens {{=<% %>}} mist de '=' aan het eind; schrijf {{=<% %>=}}"],
                "\(printed.joined(separator: "\n"))")
    }

    @Test("A set-delimiter tag with one delimiter is reported at the tag")
    func setDelimiterOnePart() throws {
        let printed = try Self.check { "{{=<%%>=}}\n" + $0 }
        #expect(printed == ["Templates/partials/footer.mustache:1:1: fout RB307: fout in de templatetaal: de wissel van scheidingstekens {{=<%%>=}} is verkeerd geschreven: zet de twee nieuwe tekens met een spatie ertussen tussen twee '=', zoals {{=<% %>=}}"],
                "\(printed.joined(separator: "\n"))")
    }

    @Test("Valid set-delimiter tags pass", arguments: ["{{=<% %>=}}<%={{ }}=%>", "{{= <% %> =}}<%= {{ }} =%>"])
    func validDelimiters(_ tags: String) throws {
        let printed = try Self.check { tags + $0 }
        #expect(printed.isEmpty, "\(printed.joined(separator: "\n"))")
    }
}
