import Foundation
import Testing
@testable import RouteboekCore

/// Issue 11, defect 1: the renderer replaced and freed cmark nodes kind by kind, so a heading or a
/// callout inside a task item was touched after the checklist had freed it (exit 139).
@Suite("Markdown: blocks nested in any order render without touching freed nodes")
struct MarkdownNestingTests {
    @Test("Defect 1 reproducer: a callout indented under a task item")
    func calloutInTaskItem() {
        let result = render("""
        - [x] Taak
          > [!NOTE]
          > Let op
        """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.listing)")
        #expect(result.html.contains("<label for=\"taak-1\">Taak</label>"))
        #expect(result.html.contains("<div class=\"callout callout-note\" role=\"note\">"))
        #expect(result.html.contains("Let op"))
        #expect(!result.html.contains("[!NOTE]"))
    }

    @Test("Defect 1 reproducer: a heading indented under a task item keeps its id")
    func headingInTaskItem() {
        let result = render("""
        - [ ] Taak

          ## Kop onder taak
        """)
        #expect(result.html.contains("<h2 id=\"kop-onder-taak\">Kop onder taak</h2>"))
        #expect(result.headings.map(\.anchor) == ["kop-onder-taak"])
    }

    /// Every block the renderer replaces, written so that it can hold another block at `indent`.
    static let wrappers: [(name: String, wrap: @Sendable (String) -> String)] = [
        ("task item", { "- [ ] Taak\n\n" + indent($0, "  ") }),
        ("list item", { "- Punt\n\n" + indent($0, "  ") }),
        ("ordered task item", { "1. [x] Taak\n\n" + indent($0, "   ") }),
        ("callout", { "> [!WARNING]\n>\n" + indent($0, "> ") }),
        ("plain quote", { "> Citaat\n>\n" + indent($0, "> ") }),
    ]

    static let leaves = [
        "## Kop",
        "> [!TIP]\n> Tip binnenin",
        "- [ ] Binnen",
        "Tabel: Bijschrift\n\n| a | b |\n|---|---|\n| 1 | 2 |",
        "```mermaid\nflowchart TD\n  A[Start] --> B[Eind]\n```",
        "[link](../begrippen.md#kop)",
    ]

    static func indent(_ text: String, _ prefix: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? prefix.trimmingCharacters(in: .whitespaces) : prefix + $0 }
            .joined(separator: "\n")
    }

    @Test("Every block inside every other, three levels deep, renders and keeps its content")
    func everyNesting() {
        var cases = 0
        for leaf in Self.leaves {
            for outer in Self.wrappers {
                for inner in Self.wrappers {
                    let body = "Voor.\n\n" + outer.wrap(inner.wrap(leaf)) + "\n\nNa.\n"
                    let result = render(body)
                    cases += 1
                    #expect(result.html.contains("<p>Voor.</p>") && result.html.contains("<p>Na.</p>"),
                            "\(outer.name) > \(inner.name) > \(leaf.prefix(12)): text around it lost")
                    if leaf.hasPrefix("## ") {
                        #expect(result.html.contains("<h2 id=\"kop\">Kop</h2>"), "\(outer.name) > \(inner.name): heading lost")
                    }
                    if leaf.hasPrefix("Tabel:") {
                        #expect(result.html.contains("<caption id=\"tabel-"), "\(outer.name) > \(inner.name): caption lost")
                    }
                    if leaf.contains("mermaid"), graphvizAvailable {
                        #expect(result.html.contains("<figure class=\"flowchart\""), "\(outer.name) > \(inner.name): flowchart lost")
                    }
                }
            }
        }
        #expect(cases == Self.leaves.count * Self.wrappers.count * Self.wrappers.count)
    }

    @Test("Ids stay in their historic order: flowcharts, tables, then task items, each in document order")
    func idOrder() {
        let html = render("""
        - [ ] Eerste taak

          Tabel: Binnen

          | a | b |
          |---|---|
          | 1 | 2 |

        Tabel: Buiten

        | c | d |
        |---|---|
        | 3 | 4 |

        - [ ] Tweede taak
        """).html
        #expect(html.contains("<caption id=\"tabel-1\">Binnen</caption>"))
        #expect(html.contains("<caption id=\"tabel-2\">Buiten</caption>"))
        #expect(html.contains("<label for=\"taak-3\">Eerste taak</label>"))
        #expect(html.contains("<label for=\"taak-4\">Tweede taak</label>"))
    }

    @Test("Nesting thousands of levels deep renders without running out of stack")
    func deepNesting() {
        let quotes = String(repeating: "> ", count: 5000) + "diep"
        let lists = String(repeating: "- ", count: 3000) + "diep"
        let emphasis = String(repeating: "*a ", count: 5000) + String(repeating: "a*", count: 5000)
        for body in [quotes, lists, emphasis] {
            let result = render(body)
            #expect(result.html.contains("diep") || result.html.contains("a"))
        }
    }
}
