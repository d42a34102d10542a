import Messages
import Testing
@testable import Flowchart

/// One syntax error case: the block, and where and what the error must be (its catalogue code and
/// the Dutch text an editor reads).
struct ErrorCase: CustomTestStringConvertible, Sendable {
    let source: String
    let line: Int
    let column: Int?
    let code: String
    let message: String

    init(_ source: String, _ line: Int, _ column: Int?, _ code: String, _ message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.code = code
        self.message = message
    }

    var testDescription: String { source.replacingOccurrences(of: "\n", with: "⏎") }
}

private let header = "een stroomschema begint met 'flowchart TD' (of LR, TB, RL, BT)"
private let supported = "gebruik alleen knopen en pijlen ('-->', '---', '-- tekst -->', '-->|tekst|')"
private let shapes = "gebruik [tekst], (tekst), ([tekst]), ((tekst)) of {vraag?}"
private let unsupportedArrow = "kan niet: gebruik '-->' (met punt) of '---' (zonder)"
private let noTarget = "wijst nergens heen: zet er een knoop achter, zoals"
private let expectedArrow = "hier hoort een pijl ('-->' of '---'), ';' of het einde van de regel"
private let brackets = "zet tekst met haakjes tussen dubbele aanhalingstekens, zoals"

@Suite("Syntax errors: position and message")
struct ParserErrorTests {
    @Test("Header errors", arguments: [
        ErrorCase("", 1, nil, "RB601", header),
        ErrorCase("%% alleen een opmerking\n\n", 1, nil, "RB601", header),
        ErrorCase("sequenceDiagram\n  A->>B: hoi", 1, nil, "RB601", header + ", niet met 'sequenceDiagram'"),
        ErrorCase("%% opmerking\n\nA --> B", 3, nil, "RB601", header + ", niet met 'A --> B'"),
        ErrorCase("flowcharts TD", 1, nil, "RB601", header + ", niet met 'flowcharts TD'"),
        ErrorCase("flowchart XY\nA", 1, 11, "RB603", "onbekende richting 'XY': gebruik TD, TB, LR, RL of BT"),
        ErrorCase("graph T-D", 1, 7, "RB603", "onbekende richting 'T-D': gebruik TD, TB, LR, RL of BT"),
        ErrorCase("flowchart TD A --> B", 1, 14, "RB604",
                  "onverwacht 'A --> B' na 'flowchart TD': zet de eerste knoop op de volgende regel"),
        ErrorCase("flowchart TD\n%% leeg", 1, nil, "RB602",
                  "het stroomschema heeft geen knopen: zet er minstens één in, zoals 'A[tekst] --> B[tekst]'"),
    ])
    func headerErrors(_ c: ErrorCase) {
        expectError(c)
    }

    @Test("Node text errors", arguments: [
        ErrorCase("flowchart TD\n  A --> B[Hallo", 2, 16, "RB617", "de tekst van knoop 'B' wordt niet gesloten met ']'"),
        ErrorCase("flowchart TD\nA{Vraag", 2, 8, "RB617", "de tekst van knoop 'A' wordt niet gesloten met '}'"),
        ErrorCase("flowchart TD\nA((Cirkel)", 2, 10, "RB616", "de tekst van knoop 'A' bevat ')': \(brackets) A((\"tekst (met haakjes)\"))"),
        ErrorCase("flowchart TD\nA([Stadion)", 2, 11, "RB616", "de tekst van knoop 'A' bevat ')': \(brackets) A([\"tekst (met haakjes)\"])"),
        ErrorCase("flowchart TD\nA[tekst (met haakjes)]", 2, 9, "RB616", "de tekst van knoop 'A' bevat '(': \(brackets) A[\"tekst (met haakjes)\"]"),
        ErrorCase("flowchart TD\nA[\"open", 2, 3, "RB614", "de tekst tussen aanhalingstekens van knoop 'A' wordt niet gesloten met '\"'"),
        ErrorCase("flowchart TD\nA[\"tekst\" extra]", 2, 11, "RB615", "na de tekst tussen aanhalingstekens van knoop 'A' hoort ']'"),
        ErrorCase("flowchart TD\nA[]", 2, 2, "RB618", "de tekst van knoop 'A' is leeg: zet tekst tussen de haakjes, of schrijf alleen 'A'"),
        ErrorCase("flowchart TD\nB --> A(\"  \")", 2, 8, "RB618", "de tekst van knoop 'A' is leeg: zet tekst tussen de haakjes, of schrijf alleen 'A'"),
        ErrorCase("flowchart TD\nées[Één", 2, 8, "RB617", "de tekst van knoop 'ées' wordt niet gesloten met ']'"),
        ErrorCase("flowchart TD\nA[Begin] --> B\nA[Start]", 3, 1, "RB619", "knoop 'A' heeft al de tekst 'Begin' (regel 2): "
                  + "schrijf alleen 'A' om ernaar te verwijzen, of gebruik een nieuwe id"),
        ErrorCase("flowchart TD\nA[Begin]\nB --> A(Begin)", 3, 7, "RB620", "knoop 'A' heeft al een andere vorm (regel 2): "
                  + "schrijf alleen 'A' om ernaar te verwijzen"),
    ])
    func nodeErrors(_ c: ErrorCase) {
        expectError(c)
    }

    @Test("Edge errors", arguments: [
        ErrorCase("flowchart TD\n  A -->", 2, 5, "RB606", "de pijl '-->' \(noTarget) 'A --> B'"),
        ErrorCase("flowchart TD\nA -->|ja|; B", 2, 3, "RB606", "de pijl '-->' \(noTarget) 'A --> B'"),
        ErrorCase("flowchart TD\nA -- ja ---  %% opmerking", 2, 3, "RB606", "de pijl '-- ja ---' \(noTarget) 'A -- ja --- B'"),
        ErrorCase("flowchart TD\nA -->|| B", 2, 6, "RB623", "de tekst van de pijl is leeg: zet tekst tussen de tekens '|', of schrijf alleen '-->'"),
        ErrorCase("flowchart TD\nA --  --> B", 2, 3, "RB623", "de tekst van de pijl is leeg: zet tekst tussen '--' en '-->', of schrijf alleen '-->'"),
        ErrorCase("flowchart TD\nA -->|ja B", 2, 6, "RB624", "de tekst van de pijl '-->|' wordt niet gesloten met '|'"),
        ErrorCase("flowchart TD\nA -- ja B", 2, 3, "RB622", "de tekst van de pijl die met '--' begint, moet eindigen met '-->' of '---'"),
        ErrorCase("flowchart TD\n--> B", 2, 1, "RB609", "de pijl '-->' heeft geen begin: zet er een knoop voor, zoals 'A --> B'"),
        ErrorCase("flowchart TD\nA --> [x]", 2, 7, "RB608", "na de pijl '-->' hoort de id van een knoop, maar er staat '[x]'"),
        ErrorCase("flowchart TD\r\nA --> \r\n", 2, 3, "RB606", "de pijl '-->' \(noTarget) 'A --> B'"),
    ])
    func edgeErrors(_ c: ErrorCase) {
        expectError(c)
    }

    @Test("Unknown or unsupported syntax is quoted", arguments: [
        ErrorCase("flowchart TD\nA --> B C", 2, 9, "RB605", "onverwacht 'C': " + expectedArrow),
        ErrorCase("flowchart TD\nA --> B[x]]", 2, 11, "RB605", "onverwacht ']': " + expectedArrow),
        ErrorCase("flowchart TD\n  A: tekst", 2, 4, "RB605", "onverwacht ': tekst': " + expectedArrow),
        ErrorCase("flowchart TD\n  * lijst", 2, 3, "RB610", "onverwacht '* lijst': hier hoort een knoop, zoals 'A', 'A[tekst]' of 'A{vraag?}'"),
        ErrorCase("flowchart TD\nA --> B\n  subgraph Groep", 3, 3, "RB607", "'subgraph' kan niet in stroomschema's van Routeboek: " + supported),
        ErrorCase("flowchart TD\nA\nstyle A fill:#f9f", 3, 1, "RB607", "'style' kan niet in stroomschema's van Routeboek: " + supported),
        ErrorCase("flowchart TD\nA\nclassDef groen fill:#0f0", 3, 1, "RB607", "'classDef' kan niet in stroomschema's van Routeboek: " + supported),
        ErrorCase("flowchart TD\nA\nend", 3, 1, "RB607", "'end' kan niet in stroomschema's van Routeboek: " + supported),
        ErrorCase("flowchart TD\nA ==> B", 2, 3, "RB621", "de pijl '==>' " + unsupportedArrow),
        ErrorCase("flowchart TD\nA -.-> B", 2, 3, "RB621", "de pijl '-.->' " + unsupportedArrow),
        ErrorCase("flowchart TD\nA <--> B", 2, 3, "RB621", "de pijl '<-->' " + unsupportedArrow),
        ErrorCase("flowchart TD\nA & B --> C", 2, 3, "RB611", "'&' tussen knopen kan niet: schrijf één pijl per paar knopen"),
        ErrorCase("flowchart TD\nA[[Sub]]", 2, 2, "RB612", "de vorm '[[' van knoop 'A' kan niet: " + shapes),
        ErrorCase("flowchart TD\nA[(Database)]", 2, 2, "RB612", "de vorm '[(' van knoop 'A' kan niet: " + shapes),
        ErrorCase("flowchart TD\nA{{Zeshoek}}", 2, 2, "RB612", "de vorm '{{' van knoop 'A' kan niet: " + shapes),
        ErrorCase("flowchart TD\nA>Vlag]", 2, 2, "RB612", "de vorm '>' van knoop 'A' kan niet: " + shapes),
        ErrorCase("flowchart TD\nA(((Dubbel)))", 2, 2, "RB612", "de vorm '(((' van knoop 'A' kan niet: " + shapes),
    ])
    func unsupportedSyntax(_ c: ErrorCase) {
        expectError(c)
    }

    @Test("The description puts line and column first")
    func description() {
        #expect(FlowchartError.syntax(line: 3, column: 9, message: .flowchartUnclosedText("]", node: "B"))
            .description == "regel 3, kolom 9: de tekst van knoop 'B' wordt niet gesloten met ']'")
        #expect(FlowchartError.syntax(line: 1, column: nil, message: .flowchartHeaderMissing(found: nil)).description == "regel 1: " + header)
        #expect(FlowchartError.graphvizNotFound.description
            == "het programma 'dot' van Graphviz ontbreekt: installeer het Debian-pakket graphviz")
        #expect(FlowchartError.graphvizNotFound.message.code == "RB631")
        #expect(FlowchartError.graphvizFailed(status: 1, message: "Error: syntax error\n").description
            == "Graphviz ('dot') kon het stroomschema niet tekenen: afgesloten met status 1: Error: syntax error")
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
            guard case let .syntax(line, column, message) = error else {
                Issue.record("expected a syntax error, got \(error)", sourceLocation: sourceLocation)
                return
            }
            #expect(line == c.line && column == c.column, sourceLocation: sourceLocation)
            #expect(message.code == c.code && message.text == c.message, "\(message)", sourceLocation: sourceLocation)
        }
    }
}
