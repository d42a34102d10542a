import Testing
@testable import Flowchart

typealias Node = FlowchartGraph.Node
typealias Edge = FlowchartGraph.Edge

@Suite("Parsing flowcharts")
struct ParserTests {
    @Test("The example from docs/content-format.md")
    func documentationExample() throws {
        let graph = try FlowchartGraph.parse("""
            flowchart TD
              A[Leerling 4 weken of langer afwezig] --> B{Geoorloofd?}
              B -- Ja --> C[Registreer in OT]
              B -->|Nee| D(Registreer in DUO)
            """)
        #expect(graph == FlowchartGraph(
            direction: .topDown,
            nodes: [
                Node(id: "A", label: "Leerling 4 weken of langer afwezig", shape: .box),
                Node(id: "B", label: "Geoorloofd?", shape: .decision),
                Node(id: "C", label: "Registreer in OT", shape: .box),
                Node(id: "D", label: "Registreer in DUO", shape: .rounded),
            ],
            edges: [
                Edge(from: "A", to: "B"),
                Edge(from: "B", to: "C", label: "Ja"),
                Edge(from: "B", to: "D", label: "Nee"),
            ]
        ))
    }

    @Test("Header keyword and direction", arguments: [
        ("flowchart TD", FlowchartGraph.Direction.topDown),
        ("flowchart TB", .topBottom),
        ("flowchart BT", .bottomTop),
        ("flowchart LR", .leftRight),
        ("flowchart RL", .rightLeft),
        ("graph TD", .topDown),
        ("graph LR;", .leftRight),
        ("  flowchart   rl  ", .rightLeft),
        ("flowchart", .topDown),
        ("graph", .topDown),
    ])
    func header(header: String, direction: FlowchartGraph.Direction) throws {
        let graph = try FlowchartGraph.parse(header + "\nA")
        #expect(graph.direction == direction)
        #expect(graph.nodes == [Node(id: "A")])
    }

    @Test("Each node shape", arguments: [
        ("A[Een doos]", FlowchartGraph.Shape.box, "Een doos"),
        ("A(Rond)", .rounded, "Rond"),
        ("A([Stadion])", .stadium, "Stadion"),
        ("A((Cirkel))", .circle, "Cirkel"),
        ("A{Vraag?}", .decision, "Vraag?"),
        ("A", .box, "A"),
        ("A[  ruimte rondom  ]", .box, "ruimte rondom"),
        ("A [met spatie ervoor]", .box, "met spatie ervoor"),
    ])
    func shapes(line: String, shape: FlowchartGraph.Shape, label: String) throws {
        let graph = try FlowchartGraph.parse("flowchart TD\n" + line)
        #expect(graph.nodes == [Node(id: "A", label: label, shape: shape)])
        #expect(graph.edges.isEmpty)
    }

    @Test("Each edge form, with and without text", arguments: [
        ("A --> B", Edge(from: "A", to: "B")),
        ("A-->B", Edge(from: "A", to: "B")),
        ("A ---> B", Edge(from: "A", to: "B")),
        ("A --- B", Edge(from: "A", to: "B", style: .line)),
        ("A---B", Edge(from: "A", to: "B", style: .line)),
        ("A -- Ja --> B", Edge(from: "A", to: "B", label: "Ja")),
        ("A--Ja-->B", Edge(from: "A", to: "B", label: "Ja")),
        ("A -- na 2 weken --- B", Edge(from: "A", to: "B", label: "na 2 weken", style: .line)),
        ("A -->|Nee| B", Edge(from: "A", to: "B", label: "Nee")),
        ("A-->|Nee|B", Edge(from: "A", to: "B", label: "Nee")),
        ("A --> |Nee| B", Edge(from: "A", to: "B", label: "Nee")),
        ("A ---|Nee| B", Edge(from: "A", to: "B", label: "Nee", style: .line)),
        ("A -->| met spaties |B", Edge(from: "A", to: "B", label: "met spaties")),
        ("A -->|\"tekst (met haakjes)\"| B", Edge(from: "A", to: "B", label: "tekst (met haakjes)")),
        ("A -- \"ja [zeker]\" --> B", Edge(from: "A", to: "B", label: "ja [zeker]")),
    ])
    func edges(line: String, edge: Edge) throws {
        let graph = try FlowchartGraph.parse("graph LR\n" + line)
        #expect(graph.nodes == [Node(id: "A"), Node(id: "B")])
        #expect(graph.edges == [edge])
    }

    @Test("Chained edges with shapes and texts")
    func chains() throws {
        let graph = try FlowchartGraph.parse("""
            flowchart TD
              A --> B --> C
              C[Derde] -- ja --> D{Vierde?} -->|nee| E([Vijfde]) --- F((Zesde))
            """)
        #expect(graph.nodes == [
            Node(id: "A"), Node(id: "B"), Node(id: "C", label: "Derde"),
            Node(id: "D", label: "Vierde?", shape: .decision),
            Node(id: "E", label: "Vijfde", shape: .stadium),
            Node(id: "F", label: "Zesde", shape: .circle),
        ])
        #expect(graph.edges == [
            Edge(from: "A", to: "B"), Edge(from: "B", to: "C"),
            Edge(from: "C", to: "D", label: "ja"), Edge(from: "D", to: "E", label: "nee"),
            Edge(from: "E", to: "F", style: .line),
        ])
    }

    @Test("Quoted text may hold brackets and pipes")
    func quotedText() throws {
        let graph = try FlowchartGraph.parse("""
            flowchart TD
              A["tekst (met haakjes)"] --> B{"vraag [1] {x}?"}
              C(" rond | [ ")
            """)
        #expect(graph.nodes == [
            Node(id: "A", label: "tekst (met haakjes)"),
            Node(id: "B", label: "vraag [1] {x}?", shape: .decision),
            Node(id: "C", label: "rond | [", shape: .rounded),
        ])
    }

    @Test("Comments, blank lines and semicolons are ignored")
    func commentsAndBlankLines() throws {
        let graph = try FlowchartGraph.parse("""
            %% Een opmerking voor de kop
            %%{init: {"theme": "dark"}}%%

            flowchart LR;
              %% Een opmerking
              A --> B;   %% opmerking achter een regel

              B --> C;;
            """)
        #expect(graph.direction == .leftRight)
        #expect(graph.nodes.map(\.id) == ["A", "B", "C"])
        #expect(graph.edges == [Edge(from: "A", to: "B"), Edge(from: "B", to: "C")])
    }

    @Test("Statements separated by semicolons on one line, also after the header")
    func semicolonStatements() throws {
        let graph = try FlowchartGraph.parse("graph TD;A-->B;B-->C[Einde]")
        #expect(graph.nodes == [Node(id: "A"), Node(id: "B"), Node(id: "C", label: "Einde")])
        #expect(graph.edges.count == 2)
    }

    @Test("A node's text is given once and the node is referred to by its id")
    func definitionAndReferences() throws {
        let graph = try FlowchartGraph.parse("""
            flowchart TD
              A --> B
              B{Klaar?} -->|ja| C[Stop]
              B -->|nee| A[Begin]
              C --> C[Stop]
            """)
        #expect(graph.nodes == [
            Node(id: "A", label: "Begin"),
            Node(id: "B", label: "Klaar?", shape: .decision),
            Node(id: "C", label: "Stop"),
        ])
        #expect(graph.edges.count == 4)
    }

    @Test("Dutch text with diacritics, Unicode ids and CRLF line ends")
    func unicode() throws {
        let graph = try FlowchartGraph.parse(
            "flowchart TD\r\n  één[Leerling is ‘ziek’ — één week] -->|Ja, écht| ß_2{Reïntegratie?}\r\n  stap-3 --> één\r\n")
        #expect(graph.nodes == [
            Node(id: "één", label: "Leerling is ‘ziek’ — één week"),
            Node(id: "ß_2", label: "Reïntegratie?", shape: .decision),
            Node(id: "stap-3"),
        ])
        #expect(graph.edges == [Edge(from: "één", to: "ß_2", label: "Ja, écht"), Edge(from: "stap-3", to: "één")])
    }

    @Test("Keywords of unsupported features may still be node ids")
    func keywordsAsIds() throws {
        let graph = try FlowchartGraph.parse("flowchart TD\n  style --> class[Klas]\n  click")
        #expect(graph.nodes.map(\.id) == ["style", "class", "click"])
    }

    @Test("The free function parseFlowchart is the same as FlowchartGraph.parse")
    func freeFunction() throws {
        let source = "flowchart LR\nA --> B"
        #expect(try parseFlowchart(source) == FlowchartGraph.parse(source))
    }
}
