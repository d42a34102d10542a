import Testing
@testable import RouteboekCore

/// cmark places every inline node after a line end inside code, inline HTML or a link title one line too
/// high; the messages about links and HTML must still name the line and column the editor typed.
@Suite("Links and inline HTML after code over two lines are named where they were typed")
struct InlinePositionTests {
    /// Each local link's `line:column`, in the order written (no front matter: the body is the file).
    static func places(_ markdown: String) -> [String] {
        MarkdownRenderer(flowchart: nil).render(markdown, page: "a/b.md", file: "Content/a/b.md", lineOffset: 0)
            .links.map { "\($0.written) \($0.line):\($0.column)" }
    }

    static func messages(_ markdown: String) -> [String] {
        MarkdownRenderer(flowchart: nil).render(markdown, page: "a/b.md", file: "Content/a/b.md", lineOffset: 0).diagnostics.map(\.description)
    }

    @Test("In a plain paragraph, after one or two code spans, and after a soft break")
    func plainParagraph() {
        #expect(Self.places("Een `code over\ntwee regels` en [een link](a.md) en\n![plaatje](b.png) en [anker](#c).\n")
            == ["a.md 2:17", "b.png 3:1", "#c 3:22"])
        #expect(Self.places("Twee `code\nover` en `nog\neens` dan [d](d.md)\nen [e](e.md).\n") == ["d.md 3:11", "e.md 4:4"])
        // The continuation line's indentation is no part of the text cmark reads, but it is typed.
        #expect(Self.places("Gewoon `code\n    ingesprongen` en [x](x.md)\n") == ["x.md 2:22"])
    }

    @Test("In a quote and in a list item, where each line has its own markers")
    func containers() {
        #expect(Self.places("> Geciteerd `code over\n> twee regels` en [een link](a.md) en\n> meer [nog](b.md).\n") == ["a.md 2:19", "b.md 3:8"])
        #expect(Self.places("- Een punt met `code over\n  twee regels` en [een link](a.md).\n") == ["a.md 2:19"])
    }

    @Test("After a link title over two lines, inline HTML over two lines, and a reference definition")
    func otherHiddenLineEnds() {
        #expect(Self.places("Een [link](a.md \"titel over\ntwee regels\") en [c](c.md).\n") == ["a.md 1:5", "c.md 2:18"])
        #expect(Self.messages("Tekst en <span\nclass=\"x\">html</span> hier.\n").map { String($0.prefix(34)) } == [
            "Content/a/b.md:1:10: waarschuwing ", "Content/a/b.md:2:15: waarschuwing ",
        ])
        #expect(Self.places("[ref]: elders.md\nTekst met `code\nover` en [ref] en [b](b.md).\n") == ["elders.md 3:10", "b.md 3:19"])
    }

    @Test("A later line indented otherwise than the first: a few spaces at the top level, a lazy line in a list or a quote")
    func indentedLines() {
        #expect(Self.places("Eerst tekst\n   en [a](a.md) hier\n") == ["a.md 2:7"])
        #expect(Self.places("- punt\nverder [b](b.md)\n") == ["b.md 2:8"])
        #expect(Self.places("> a\nlui [c](c.md)\n") == ["c.md 2:5"])
        #expect(Self.places("- punt\n     verder [d](d.md)\n") == ["d.md 2:13"])
    }

    @Test("Without a hidden line end cmark's own place is kept")
    func ordinary() {
        #expect(Self.places("Eerst [a](a.md)\nen dan *nadruk over\ntwee regels* en [b](b.md).\n") == ["a.md 1:7", "b.md 3:17"])
    }
}
