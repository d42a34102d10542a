import Testing
@testable import Flowchart

@Suite("Text alternative")
struct TextAlternativeTests {
    private func notes(_ source: String) throws -> [[String]] {
        try FlowchartGraph.parse(source).textAlternative().steps.map(\.notes)
    }

    @Test("The documentation example: both branches named, ends marked")
    func documentationExample() throws {
        let text = try FlowchartGraph.parse(SVGTests.example).textAlternative()
        #expect(text.steps.map(\.text) == [
            "Leerling 4 weken of langer afwezig", "Geoorloofd?", "Registreer in OT", "Registreer in DUO",
        ])
        #expect(text.steps.map(\.number) == [1, 2, 3, 4])
        #expect(text.steps[1].shape == .decision)
        #expect(text.steps[1].exits == [
            .init(label: "Ja", targetStep: 3, targetNodeID: "C", targetText: "Registreer in OT", isNextStep: true),
            .init(label: "Nee", targetStep: 4, targetNodeID: "D", targetText: "Registreer in DUO", isNextStep: false),
        ])
        #expect(text.steps.map(\.notes) == [
            [],
            ["Als Ja: ga naar stap 3 (Registreer in OT)", "Als Nee: ga naar stap 4 (Registreer in DUO)"],
            ["Einde."],
            ["Einde."],
        ])
        #expect(text.html() == "<ol>"
            + "<li>Leerling 4 weken of langer afwezig</li>"
            + "<li>Geoorloofd?<ul><li>Als Ja: ga naar stap 3 (Registreer in OT)</li>"
            + "<li>Als Nee: ga naar stap 4 (Registreer in DUO)</li></ul></li>"
            + "<li>Registreer in OT<ul><li>Einde.</li></ul></li>"
            + "<li>Registreer in DUO<ul><li>Einde.</li></ul></li>"
            + "</ol>")
    }

    @Test("Branches stay together and the step where they meet comes after them")
    func branchesAndMerge() throws {
        let text = try FlowchartGraph.parse("""
            flowchart TD
              A{Geoorloofd?} -->|Ja| B1[Ja 1] --> B2[Ja 2] --> M[Samen verder]
              A -->|Nee| C1[Nee 1] --> M
              M --> Z([Klaar])
            """).textAlternative()
        #expect(text.steps.map(\.nodeID) == ["A", "B1", "B2", "C1", "M", "Z"])
        #expect(text.steps.map(\.notes) == [
            ["Als Ja: ga naar stap 2 (Ja 1)", "Als Nee: ga naar stap 4 (Nee 1)"],
            [],
            ["Daarna: stap 5 (Samen verder)"],
            [],
            [],
            ["Einde."],
        ])
    }

    @Test("Unlabeled branches next to labeled ones are 'Anders'; a label starting with 'als' is not doubled")
    func andersAndAls() throws {
        #expect(try notes("""
            flowchart TD
              A{Wie meldt?} -->|als ouders weigeren| B[Leerplicht]
              A --> C[School]
              A -- DUO --> D[Register]
            """)[0] == [
                "Als ouders weigeren: ga naar stap 2 (Leerplicht)",
                "Anders: ga naar stap 3 (School)",
                "Als DUO: ga naar stap 4 (Register)",
            ])
        #expect(try notes("flowchart TD\nA --> B\nA --> C")[0]
            == ["Daarna: ga naar stap 2 (B)", "Daarna: ga naar stap 3 (C)"])
        #expect(try notes("flowchart TD\nA -- na 2 weken --> B")[0] == ["Als na 2 weken: ga naar stap 2 (B)"])
    }

    @Test("A cycle does not hang, and a loop back is named", .timeLimit(.minutes(1)))
    func cycle() throws {
        let text = try FlowchartGraph.parse("""
            flowchart TD
              S[Start] --> V{Compleet?}
              V -->|Nee| H[Vul aan] --> V
              V -->|Ja| K[Klaar]
            """).textAlternative()
        #expect(text.steps.map(\.nodeID) == ["S", "V", "H", "K"])
        #expect(text.steps.map(\.notes) == [
            [],
            ["Als Nee: ga naar stap 3 (Vul aan)", "Als Ja: ga naar stap 4 (Klaar)"],
            ["Daarna: stap 2 (Compleet?)"],
            ["Einde."],
        ])
    }

    @Test("A graph that is one big cycle, self-loops and parts without a start", .timeLimit(.minutes(1)))
    func cyclesWithoutStart() throws {
        let text = try FlowchartGraph.parse("""
            flowchart LR
              A --> B --> C --> A
              D --> D
              E --> F --> E
            """).textAlternative()
        #expect(text.steps.map(\.nodeID) == ["D", "A", "B", "C", "E", "F"])
        #expect(text.steps.map(\.notes) == [
            ["Daarna: stap 1 (D)"], [], [], ["Daarna: stap 2 (A)"], [], ["Daarna: stap 5 (E)"],
        ])
    }

    @Test("Several start nodes in declaration order; a lone node is an end")
    func severalStarts() throws {
        let text = try FlowchartGraph.parse("""
            flowchart TD
              X[Los]
              A --> C
              B --> C
            """).textAlternative()
        #expect(text.steps.map(\.nodeID) == ["X", "A", "B", "C"])
        #expect(text.steps.map(\.notes) == [["Einde."], ["Daarna: stap 4 (C)"], [], ["Einde."]])
    }

    @Test("All text is HTML-escaped")
    func escaping() throws {
        let html = try FlowchartGraph.parse("""
            flowchart TD
              A["<script>x & y</script>"] -->|"'ja' & <b>"| B{"Vraag?"}
              A -->|nee| C
            """).textAlternativeHTML()
        #expect(html.contains("<li>&lt;script&gt;x &amp; y&lt;/script&gt;<ul>"))
        #expect(html.contains("<li>Als &#39;ja&#39; &amp; &lt;b&gt;: ga naar stap 2 (Vraag?)</li>"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
    }

    @Test("Long flows stay fast and iterative (no deep recursion)", .timeLimit(.minutes(1)))
    func longFlow() {
        let nodes = (0..<20_000).map { FlowchartGraph.Node(id: "N\($0)") }
        let edges = (1..<20_000).map { FlowchartGraph.Edge(from: "N\($0 - 1)", to: "N\($0)") }
            + [FlowchartGraph.Edge(from: "N19999", to: "N0")]
        let text = FlowchartGraph(nodes: nodes, edges: edges).textAlternative()
        #expect(text.steps.count == 20_000)
        #expect(text.steps.last?.notes == ["Daarna: stap 1 (N0)"])
    }
}
