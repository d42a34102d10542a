import Testing
@testable import Flowchart

@Suite("DOT source")
struct DOTTests {
    @Test("Shapes, rankdir, edge texts and lines without arrowheads")
    func structure() throws {
        let graph = try FlowchartGraph.parse("""
            flowchart LR
              A[Doos] --> B(Rond) --> C([Stadion]) --> D((Cirkel)) --> E{Vraag?}
              E -- Ja --> F
              E ---|Nee| A
            """)
        let dot = graph.dotSource()
        #expect(dot.hasPrefix("digraph flowchart {\n"))
        #expect(dot.hasSuffix("}\n"))
        #expect(dot.contains("rankdir=LR"))
        #expect(dot.contains("n0 [label=\"Doos\", shape=box];"))
        #expect(dot.contains("n1 [label=\"Rond\", shape=box, style=rounded];"))
        #expect(dot.contains("n2 [label=\"Stadion\", shape=oval];"))
        #expect(dot.contains("n3 [label=\"Cirkel\", shape=circle];"))
        #expect(dot.contains("n4 [label=\"Vraag?\", shape=diamond];"))
        #expect(dot.contains("n5 [label=\"F\", shape=box];"))
        #expect(dot.contains("n0 -> n1;"))
        #expect(dot.contains("n4 -> n5 [label=\"Ja\"];"))
        #expect(dot.contains("n4 -> n0 [label=\"Nee\", arrowhead=none];"))
        #expect(dot.contains("fontname=\"DejaVu Sans\""))
        #expect(dot.contains("charset=\"UTF-8\""))
    }

    @Test("Every direction maps to a rankdir", arguments: [
        (FlowchartGraph.Direction.topDown, "TB"), (.topBottom, "TB"), (.bottomTop, "BT"),
        (.leftRight, "LR"), (.rightLeft, "RL"),
    ])
    func rankdir(direction: FlowchartGraph.Direction, rankdir: String) {
        let dot = FlowchartGraph(direction: direction, nodes: [.init(id: "A")]).dotSource()
        #expect(dot.contains("rankdir=\(rankdir),"))
    }

    @Test("Quotes, backslashes and ampersands are escaped; user ids never reach DOT")
    func escaping() {
        let graph = FlowchartGraph(nodes: [
            .init(id: "a\"; evil -> x [label=\"", label: #"Zeg "hoi" \n C:\map & &lt;b&gt;"#),
        ])
        let dot = graph.dotSource()
        #expect(dot.contains(#"n0 [label="Zeg \"hoi\" \\n C:\\map &amp;\n&amp;lt;b&amp;gt;", shape=box];"#))
        #expect(!dot.contains("evil"))
    }

    @Test("Long texts wrap at spaces at about 24 characters; edge texts at 20")
    func wrapping() {
        #expect(wrapText("Leerling 4 weken of langer afwezig zonder geldige reden", width: 24)
            == ["Leerling 4 weken of", "langer afwezig zonder", "geldige reden"])
        #expect(wrapText("Eénwoordzonderspatiesdatlangerisdan24", width: 24) == ["Eénwoordzonderspatiesdatlangerisdan24"])
        #expect(wrapText("kort", width: 24) == ["kort"])
        #expect(wrapText("regel een\nregel twee", width: 24) == ["regel een", "regel twee"])
        let graph = FlowchartGraph(
            nodes: [.init(id: "A", label: "Leerling 4 weken of langer afwezig"), .init(id: "B")],
            edges: [.init(from: "A", to: "B", label: "na overleg met de leerplichtambtenaar")])
        let dot = graph.dotSource()
        #expect(dot.contains(#"label="Leerling 4 weken of\nlanger afwezig""#))
        #expect(dot.contains(#"label="na overleg met de\nleerplichtambtenaar""#))
    }

    @Test("Edges to nodes that a graph built in code never declared get a plain box")
    func undeclaredNodes() {
        let graph = FlowchartGraph(nodes: [.init(id: "A")], edges: [.init(from: "A", to: "Z")])
        let dot = graph.dotSource()
        #expect(dot.contains("n1 [label=\"Z\", shape=box];"))
        #expect(dot.contains("n0 -> n1;"))
    }
}

/// Issue 11, defect 13: Graphviz refuses a quoted string longer than 16384 bytes, so a very long label
/// (a question pasted twice over, say) made the flowchart fail with no position.
@Suite("DOT source: long labels")
struct LongLabelTests {
    static let longLabel = String(repeating: "Lange vraag met \"quotes\", \\ en & tekens ", count: 800)

    @Test("A label over 16384 bytes is written as strings joined with +, each well under the limit")
    func splitIntoPieces() {
        let quoted = dotQuoted([Self.longLabel])
        let pieces = quoted.components(separatedBy: "\" + \"")
        #expect(pieces.count > 2)
        #expect(pieces.allSatisfy { $0.utf8.count < 16384 })
        // Joined again, the pieces are exactly the one escaped string: nothing split inside an escape.
        #expect(pieces.joined() == dotQuoted([Self.longLabel]).replacingOccurrences(of: "\" + \"", with: ""))
    }

    @Test("Graphviz draws a flowchart whose label is longer than its quoted-string limit", .enabled(if: graphvizInstalled))
    func graphvizAcceptsIt() throws {
        let graph = FlowchartGraph(direction: .topDown, nodes: [.init(id: "a", label: Self.longLabel), .init(id: "b", label: "Eind")],
                                   edges: [.init(from: "a", to: "b", label: Self.longLabel)])
        let svg = try layoutFlowchartSVG(dot: graph.dotSource(), idPrefix: "lang")
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Lange vraag"))
    }
}
