import Foundation
import Messages
import Testing
@testable import Flowchart

/// Results written by parallel workers, one slot each.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<String, FlowchartError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<String, FlowchartError>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var all: [Result<String, FlowchartError>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

@Suite("The figure for the Markdown renderer")
struct FigureTests {
    @Test("renderFlowchartFigure gives the figure with image and text", .enabled(if: graphvizInstalled))
    func figure() throws {
        let html = try renderFlowchartFigure(source: SVGTests.example, idPrefix: "flowchart-1")
        let start = "<figure class=\"flowchart\"><div class=\"flowchart-image\"><svg aria-hidden=\"true\" focusable=\"false\""
        #expect(html.hasPrefix(start))
        let textPart = "</svg></div><div class=\"flowchart-text\"><p class=\"flowchart-text-title\">Stroomschema in woorden</p>"
            + (try FlowchartGraph.parse(SVGTests.example).textAlternativeHTML()) + "</div></figure>"
        #expect(html.hasSuffix(textPart))
        #expect(html.contains("id=\"flowchart-1-node1\""))
        #expect(!html.contains("\n\n"))  // no blank line can end an HTML block in Markdown
    }

    @Test("Two figures on one page have no id in common", .enabled(if: graphvizInstalled))
    func uniqueIds() throws {
        func ids(_ html: String) -> Set<String> {
            Set(html.split(separator: " ").filter { $0.hasPrefix("id=\"") }.map(String.init))
        }
        let first = try renderFlowchartFigure(source: SVGTests.example, idPrefix: "fc1")
        let second = try renderFlowchartFigure(source: SVGTests.example, idPrefix: "fc2")
        #expect(!ids(first).isEmpty)
        #expect(ids(first).isDisjoint(with: ids(second)))
    }

    @Test("Renders in parallel workers (as the site build does) all succeed", .enabled(if: graphvizInstalled),
          .timeLimit(.minutes(1)))
    func parallelRenders() {
        let results = ResultBox(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            results.set(index, Result { () throws(FlowchartError) -> String in
                try renderFlowchartFigure(source: SVGTests.example, idPrefix: "fc\(index)")
            })
        }
        for (index, result) in results.all.enumerated() {
            #expect((try? result?.get())?.contains("id=\"fc\(index)-node1\"") == true)
        }
    }

    @Test("Syntax errors come out of renderFlowchartFigure before Graphviz runs")
    func syntaxErrorFirst() {
        #expect(throws: FlowchartError.syntax(line: 2, column: 7, message: .flowchartUnclosedText("]", node: "A"))) {
            try renderFlowchartFigure(source: "graph\nA[Open", idPrefix: "x", dotPath: "/nonexistent/dot")
        }
    }

    @Test("A graph built in code renders the same as its parsed twin", .enabled(if: graphvizInstalled))
    func programmaticGraph() throws {
        let graph = FlowchartGraph(direction: .topDown, nodes: [
            .init(id: "A", label: "Leerling 4 weken of langer afwezig"),
            .init(id: "B", label: "Geoorloofd?", shape: .decision),
            .init(id: "C", label: "Registreer in OT"),
            .init(id: "D", label: "Registreer in DUO", shape: .rounded),
        ], edges: [
            .init(from: "A", to: "B"),
            .init(from: "B", to: "C", label: "Ja"),
            .init(from: "B", to: "D", label: "Nee"),
        ])
        #expect(try FlowchartGraph.parse(SVGTests.example) == graph)
        #expect(try renderFlowchartFigure(graph: graph, idPrefix: "p")
            == renderFlowchartFigure(source: SVGTests.example, idPrefix: "p"))
    }

    @Test("Graphs built in code are validated", arguments: [
        (FlowchartGraph(), "het stroomschema heeft geen knopen"),
        (FlowchartGraph(nodes: [.init(id: "A"), .init(id: "A")]), "de id 'A' van een knoop staat er twee keer"),
        (FlowchartGraph(nodes: [.init(id: "")]), "een knoop heeft een lege id"),
        (FlowchartGraph(nodes: [.init(id: "A", label: "  ")]), "de tekst van knoop 'A' is leeg"),
        (FlowchartGraph(nodes: [.init(id: "A")], edges: [.init(from: "A", to: "B")]),
         "een pijl verwijst naar de onbekende knoop 'B'"),
    ])
    func validation(graph: FlowchartGraph, message: String) {
        #expect(throws: FlowchartError.invalidGraph(message)) { try graph.validate() }
        #expect(throws: FlowchartError.invalidGraph(message)) {
            try renderFlowchartFigure(graph: graph, idPrefix: "x", dotPath: "/nonexistent/dot")
        }
    }

    @Test("flowchartFigureHTML wraps any SVG and text")
    func figureMarkup() {
        let text = FlowchartTextAlternative(steps: [
            .init(number: 1, nodeID: "A", text: "Stap", shape: .box, exits: []),
        ])
        #expect(flowchartFigureHTML(svg: "<svg></svg>", textAlternative: text) == "<figure class=\"flowchart\">"
            + "<div class=\"flowchart-image\"><svg></svg></div><div class=\"flowchart-text\">"
            + "<p class=\"flowchart-text-title\">Stroomschema in woorden</p>"
            + "<ol><li>Stap<ul><li>Einde.</li></ul></li></ol></div></figure>")
    }
}
