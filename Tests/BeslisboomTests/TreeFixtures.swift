import Testing
@testable import Beslisboom

/// A tiny tree that validates without a single diagnostic, built from mutable parts so a test can
/// break exactly one thing and look for exactly one message.
///
/// ```
/// a (Ingeschreven?)  ja → b            nee → o-geen
/// b (Ongeoorloofd?)  ja → o-duo        nee → o-ot
/// ```
struct TinyTree {
    var start = "a"
    var questions: [Question] = [
        Question(id: "a", text: "Staat de leerling ingeschreven?", options: [
            Option(id: "ja", label: "Ja", facts: ["ingeschreven": "ja"], to: "b"),
            Option(id: "nee", label: "Nee", facts: ["ingeschreven": "nee"], to: "o-geen"),
        ]),
        Question(id: "b", text: "Is het verzuim ongeoorloofd?", options: [
            Option(id: "ja", label: "Ja", facts: ["verzuim": "ongeoorloofd"], to: "o-duo"),
            Option(id: "nee", label: "Nee", facts: ["verzuim": "geoorloofd"], to: "o-ot"),
        ]),
    ]
    var outcomes: [Outcome] = [
        Outcome(id: "o-geen", title: "Geen registratie", registrations: [], deviation: .notNeeded,
                isThuiszitter: false, regie: .leerplicht),
        Outcome(id: "o-duo", title: "Meld bij DUO", registrations: [.duo], duoReport: .langdurigRelatiefVerzuim,
                deviation: .notNeeded, isThuiszitter: true, actions: ["melden"]),
        Outcome(id: "o-ot", title: "Registreer in OT", registrations: [.otThuiszitter], deviation: .request,
                isThuiszitter: true, showFacts: ["verzuim"], actions: ["melden", "gesprek"]),
    ]
    var facts: [FactDefinition] = [
        FactDefinition(id: "ingeschreven", label: "Ingeschreven", values: [("ja", "ja"), ("nee", "nee")]),
        FactDefinition(id: "verzuim", label: "Soort verzuim",
                       values: [("geoorloofd", "geoorloofd"), ("ongeoorloofd", "ongeoorloofd")]),
    ]
    var actions: [Action] = [
        Action(id: "melden", what: "Meld het verzuim.", who: "administratie", when: "direct"),
        Action(id: "gesprek", what: "Voer een gesprek.", who: "mentor", when: "binnen 2 weken"),
    ]
    var invariants: [Invariant] = [
        Invariant(id: "duo-bij-ongeoorloofd", rule: "4", policy: "Ongeoorloofd verzuim staat in DUO.",
                  when: [Condition(subject: "verzuim", anyOf: ["ongeoorloofd"])],
                  then: [Condition(subject: "registratie", noneOf: ["ot-thuiszitter"], allOf: ["duo"])]),
    ]
    var scenarios: [Scenario] = [
        Scenario(name: "niet ingeschreven", answers: [.init(question: "a", option: "nee")],
                 expected: [Condition(subject: "uitkomst", anyOf: ["o-geen"])]),
        Scenario(name: "ongeoorloofd", answers: [.init(question: "a", option: "ja"), .init(question: "b", option: "ja")],
                 expected: [Condition(subject: "registratie", anyOf: ["duo"])]),
        Scenario(name: "geoorloofd", answers: [.init(question: "a", option: "ja"), .init(question: "b", option: "nee")],
                 expected: [Condition(subject: "uitkomst", anyOf: ["o-ot"])]),
    ]

    var tree: DecisionTree {
        DecisionTree(start: start, questions: questions, outcomes: outcomes, facts: facts, actions: actions,
                     invariants: invariants, scenarios: scenarios)
    }

    func validate(resolveLink: TreeValidator.LinkResolver? = nil, extraScenarios: [Scenario] = []) -> [TreeDiagnostic] {
        TreeValidator(resolveLink: resolveLink).validate(tree, extraScenarios: extraScenarios)
    }

    /// Index of a question by id (for mutating it in place).
    func q(_ id: String) -> Int { questions.firstIndex { $0.id == id }! }
    func o(_ id: String) -> Int { outcomes.firstIndex { $0.id == id }! }
}

extension Array where Element == TreeDiagnostic {
    var errors: [TreeDiagnostic] { filter { $0.severity == .error } }
    var warnings: [TreeDiagnostic] { filter { $0.severity == .warning } }

    /// The diagnostics whose message contains `text`.
    func matching(_ text: String) -> [TreeDiagnostic] { filter { $0.message.contains(text) } }

    /// For failure messages: every diagnostic on its own line.
    var listing: String { map(\.description).joined(separator: "\n") }
}

/// Shorthand for a route written as `a=ja → b=nee`.
func steps(_ pairs: (String, String)...) -> [Step] { pairs.map { Step(question: $0.0, option: $0.1) } }

extension Action {
    /// A verplicht action due at once, for trees where only the action's id and text matter.
    init(id: String, what: String, who: String, when: String) {
        self.init(id: id, title: what, what: what, who: who, whenText: when, deadline: .immediately, kind: .required,
                  sources: [SourceReference(file: "000_bron.txt", part: "test")])
    }
}
