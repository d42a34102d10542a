import Testing
@testable import Flowchart

/// One syntax error case: the block, and where and what the error must be.
struct ErrorCase: CustomTestStringConvertible, Sendable {
    let source: String
    let line: Int
    let column: Int?
    let message: String

    init(_ source: String, _ line: Int, _ column: Int?, _ message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.message = message
    }

    var testDescription: String { source.replacingOccurrences(of: "\n", with: "⏎") }
}

private let header = "a flowchart starts with 'flowchart TD' (or LR, TB, RL, BT)"
private let supported = "use only nodes and arrows ('-->', '---', '-- tekst -->', '-->|tekst|')"
private let shapes = "use [tekst], (tekst), ([tekst]), ((tekst)) or {vraag?}"
private let unsupportedArrow = "is not supported: use '-->' (with an arrowhead) or '---' (without)"

@Suite("Syntax errors: position and message")
struct ParserErrorTests {
    @Test("Header errors", arguments: [
        ErrorCase("", 1, nil, header),
        ErrorCase("%% alleen een opmerking\n\n", 1, nil, header),
        ErrorCase("sequenceDiagram\n  A->>B: hoi", 1, nil, header + ", not 'sequenceDiagram'"),
        ErrorCase("%% opmerking\n\nA --> B", 3, nil, header + ", not 'A --> B'"),
        ErrorCase("flowcharts TD", 1, nil, header + ", not 'flowcharts TD'"),
        ErrorCase("flowchart XY\nA", 1, 11, "unknown direction 'XY': use TD, TB, LR, RL or BT"),
        ErrorCase("graph T-D", 1, 7, "unknown direction 'T-D': use TD, TB, LR, RL or BT"),
        ErrorCase("flowchart TD A --> B", 1, 14,
                  "unexpected 'A --> B' after 'flowchart TD': put the first node on the next line"),
        ErrorCase("flowchart TD\n%% leeg", 1, nil,
                  "the flowchart has no nodes: add at least one, like 'A[tekst] --> B[tekst]'"),
    ])
    func headerErrors(_ c: ErrorCase) {
        expectError(c)
    }

    @Test("Node text errors", arguments: [
        ErrorCase("flowchart TD\n  A --> B[Hallo", 2, 16, "expected ']' to close the text of node 'B'"),
        ErrorCase("flowchart TD\nA{Vraag", 2, 8, "expected '}' to close the text of node 'A'"),
        ErrorCase("flowchart TD\nA((Cirkel)", 2, 10, "the text of node 'A' contains ')': put text with brackets "
                  + "in double quotes, like A((\"tekst (met haakjes)\"))"),
        ErrorCase("flowchart TD\nA([Stadion)", 2, 11, "the text of node 'A' contains ')': put text with brackets "
                  + "in double quotes, like A([\"tekst (met haakjes)\"])"),
        ErrorCase("flowchart TD\nA[tekst (met haakjes)]", 2, 9, "the text of node 'A' contains '(': put text with "
                  + "brackets in double quotes, like A[\"tekst (met haakjes)\"]"),
        ErrorCase("flowchart TD\nA[\"open", 2, 3, "expected '\"' to close the quoted text of node 'A'"),
        ErrorCase("flowchart TD\nA[\"tekst\" extra]", 2, 11, "expected ']' after the quoted text of node 'A'"),
        ErrorCase("flowchart TD\nA[]", 2, 2, "the text of node 'A' is empty: write text between the brackets, "
                  + "or write just 'A'"),
        ErrorCase("flowchart TD\nB --> A(\"  \")", 2, 8, "the text of node 'A' is empty: write text between the "
                  + "brackets, or write just 'A'"),
        ErrorCase("flowchart TD\nées[Één", 2, 8, "expected ']' to close the text of node 'ées'"),
        ErrorCase("flowchart TD\nA[Begin] --> B\nA[Start]", 3, 1, "node 'A' already has the text 'Begin' (line 2): "
                  + "write just 'A' to refer to it, or use a new id"),
        ErrorCase("flowchart TD\nA[Begin]\nB --> A(Begin)", 3, 7, "node 'A' already has another shape (line 2): "
                  + "write just 'A' to refer to it"),
    ])
    func nodeErrors(_ c: ErrorCase) {
        expectError(c)
    }

    @Test("Edge errors", arguments: [
        ErrorCase("flowchart TD\n  A -->", 2, 5, "the arrow '-->' has no target: write a node after it, like 'A --> B'"),
        ErrorCase("flowchart TD\nA -->|ja|; B", 2, 3,
                  "the arrow '-->' has no target: write a node after it, like 'A --> B'"),
        ErrorCase("flowchart TD\nA -- ja ---  %% opmerking", 2, 3,
                  "the arrow '-- ja ---' has no target: write a node after it, like 'A -- ja --- B'"),
        ErrorCase("flowchart TD\nA -->|| B", 2, 6, "the text of the arrow is empty: write text between the '|' "
                  + "characters, or write just '-->'"),
        ErrorCase("flowchart TD\nA --  --> B", 2, 3, "the text of the arrow is empty: write text between '--' and "
                  + "'-->', or write just '-->'"),
        ErrorCase("flowchart TD\nA -->|ja B", 2, 6, "expected '|' to close the text of the arrow '-->|'"),
        ErrorCase("flowchart TD\nA -- ja B", 2, 3,
                  "expected '-->' or '---' to end the text of the arrow that starts with '--'"),
        ErrorCase("flowchart TD\n--> B", 2, 1, "the arrow '-->' has no start: write a node before it, like 'A --> B'"),
        ErrorCase("flowchart TD\nA --> [x]", 2, 7, "expected a node id after the arrow '-->', found '[x]'"),
        ErrorCase("flowchart TD\r\nA --> \r\n", 2, 3,
                  "the arrow '-->' has no target: write a node after it, like 'A --> B'"),
    ])
    func edgeErrors(_ c: ErrorCase) {
        expectError(c)
    }

    @Test("Unknown or unsupported syntax is quoted", arguments: [
        ErrorCase("flowchart TD\nA --> B C", 2, 9,
                  "unexpected 'C': expected an arrow ('-->' or '---'), ';' or the end of the line"),
        ErrorCase("flowchart TD\nA --> B[x]]", 2, 11,
                  "unexpected ']': expected an arrow ('-->' or '---'), ';' or the end of the line"),
        ErrorCase("flowchart TD\n  A: tekst", 2, 4,
                  "unexpected ': tekst': expected an arrow ('-->' or '---'), ';' or the end of the line"),
        ErrorCase("flowchart TD\n  * lijst", 2, 3,
                  "unexpected '* lijst': expected a node, like 'A', 'A[tekst]' or 'A{vraag?}'"),
        ErrorCase("flowchart TD\nA --> B\n  subgraph Groep", 3, 3,
                  "'subgraph' is not supported in Routeboek flowcharts: " + supported),
        ErrorCase("flowchart TD\nA\nstyle A fill:#f9f", 3, 1,
                  "'style' is not supported in Routeboek flowcharts: " + supported),
        ErrorCase("flowchart TD\nA\nclassDef groen fill:#0f0", 3, 1,
                  "'classDef' is not supported in Routeboek flowcharts: " + supported),
        ErrorCase("flowchart TD\nA\nend", 3, 1, "'end' is not supported in Routeboek flowcharts: " + supported),
        ErrorCase("flowchart TD\nA ==> B", 2, 3, "the arrow '==>' " + unsupportedArrow),
        ErrorCase("flowchart TD\nA -.-> B", 2, 3, "the arrow '-.->' " + unsupportedArrow),
        ErrorCase("flowchart TD\nA <--> B", 2, 3, "the arrow '<-->' " + unsupportedArrow),
        ErrorCase("flowchart TD\nA & B --> C", 2, 3,
                  "'&' between nodes is not supported: write one arrow per pair of nodes"),
        ErrorCase("flowchart TD\nA[[Sub]]", 2, 2, "the shape '[[' of node 'A' is not supported: " + shapes),
        ErrorCase("flowchart TD\nA[(Database)]", 2, 2, "the shape '[(' of node 'A' is not supported: " + shapes),
        ErrorCase("flowchart TD\nA{{Zeshoek}}", 2, 2, "the shape '{{' of node 'A' is not supported: " + shapes),
        ErrorCase("flowchart TD\nA>Vlag]", 2, 2, "the shape '>' of node 'A' is not supported: " + shapes),
        ErrorCase("flowchart TD\nA(((Dubbel)))", 2, 2, "the shape '(((' of node 'A' is not supported: " + shapes),
    ])
    func unsupportedSyntax(_ c: ErrorCase) {
        expectError(c)
    }

    @Test("The description puts line and column first")
    func description() {
        #expect(FlowchartError.syntax(line: 3, column: 9, message: "expected ']' to close the text of node 'B'")
            .description == "line 3, column 9: expected ']' to close the text of node 'B'")
        #expect(FlowchartError.syntax(line: 1, column: nil, message: header).description == "line 1: " + header)
        #expect(FlowchartError.graphvizNotFound.description
            == "Graphviz 'dot' not found: install the Debian package graphviz")
        #expect(FlowchartError.graphvizFailed(status: 1, message: "Error: syntax error\n").description
            == "Graphviz 'dot' failed (exit status 1): Error: syntax error")
    }

    @Test("Long input stays linear: a chain of 5,000 nodes parses")
    func longChain() throws {
        let chain = (0..<5_000).map { "N\($0)[Stap \($0)]" }.joined(separator: " --> ")
        let graph = try FlowchartGraph.parse("flowchart TD\n" + chain)
        #expect(graph.nodes.count == 5_000)
        #expect(graph.edges.count == 4_999)
    }

    private func expectError(_ c: ErrorCase, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let graph = try FlowchartGraph.parse(c.source)
            Issue.record("expected an error, got \(graph)", sourceLocation: sourceLocation)
        } catch {
            #expect(error == .syntax(line: c.line, column: c.column, message: c.message), sourceLocation: sourceLocation)
        }
    }
}
