import Testing
@testable import Beslisboom

/// The condition table of docs/beslisboom-format.md, case by case.
@Suite("Condition semantics")
struct ConditionTests {
    let tree = TinyTree().tree

    func outcome(_ id: String) -> Outcome { tree.outcomesByID[id]! }

    /// Whether `condition` holds for the outcome with `facts`.
    func holds(_ condition: Condition, _ outcomeID: String, facts: [String: String] = [:]) -> Bool {
        tree.holds(condition, outcome: outcome(outcomeID), facts: facts)
    }

    // MARK: single values

    @Test("`x` on a single value: equals x")
    func singleEquals() {
        #expect(holds(Condition(subject: "afwijking", anyOf: ["aanvragen"]), "o-ot"))
        #expect(!holds(Condition(subject: "afwijking", anyOf: ["aanvragen"]), "o-duo"))
        #expect(holds(Condition(subject: "uitkomst", anyOf: ["o-duo"]), "o-duo"))
        #expect(holds(Condition(subject: "thuiszitter", anyOf: ["ja"]), "o-ot"))
        #expect(holds(Condition(subject: "thuiszitter", anyOf: ["nee"]), "o-geen"))
        #expect(holds(Condition(subject: "regie", anyOf: ["leerplicht"]), "o-geen"))
        #expect(holds(Condition(subject: "duo-melding", anyOf: ["geen"]), "o-ot"))
    }

    @Test("`[x, y]` on a single value: equals one of them")
    func singleOneOf() {
        let condition = Condition(subject: "uitkomst", anyOf: ["o-ot", "o-duo"])
        #expect(holds(condition, "o-ot"))
        #expect(holds(condition, "o-duo"))
        #expect(!holds(condition, "o-geen"))
    }

    @Test("`niet` on a single value: equals none of them")
    func singleNoneOf() {
        let condition = Condition(subject: "uitkomst", noneOf: ["o-ot", "o-duo"])
        #expect(!holds(condition, "o-ot"))
        #expect(!holds(condition, "o-duo"))
        #expect(holds(condition, "o-geen"))
        #expect(holds(Condition(subject: "afwijking", noneOf: ["keuzehulp"]), "o-ot"))
    }

    // MARK: lists

    @Test("`x` on registratie: contains x")
    func listContains() {
        #expect(holds(Condition(subject: "registratie", anyOf: ["duo"]), "o-duo"))
        #expect(!holds(Condition(subject: "registratie", anyOf: ["duo"]), "o-ot"))
        #expect(holds(Condition(subject: "acties", anyOf: ["gesprek"]), "o-ot"))
        #expect(!holds(Condition(subject: "acties", anyOf: ["gesprek"]), "o-duo"))
    }

    @Test("`[x, y]` on a list: contains at least one of them")
    func listAnyOf() {
        let condition = Condition(subject: "registratie", anyOf: ["duo", "ot-thuiszitter"])
        #expect(holds(condition, "o-duo"))
        #expect(holds(condition, "o-ot"))
        #expect(!holds(condition, "o-geen"))
    }

    @Test("`niet` on a list: contains none of them")
    func listNoneOf() {
        let condition = Condition(subject: "registratie", noneOf: ["ot-thuiszitter", "ot-risicoleerling"])
        #expect(holds(condition, "o-duo"))
        #expect(holds(condition, "o-geen"))
        #expect(!holds(condition, "o-ot"))
        #expect(!holds(Condition(subject: "acties", noneOf: ["melden"]), "o-duo"))
    }

    @Test("`alle` on a list: contains all of them")
    func listAllOf() {
        #expect(holds(Condition(subject: "acties", allOf: ["melden", "gesprek"]), "o-ot"))
        #expect(!holds(Condition(subject: "acties", allOf: ["melden", "gesprek"]), "o-duo"))
        #expect(holds(Condition(subject: "acties", allOf: ["melden"]), "o-duo"))
    }

    @Test("`alle` with `niet`: both must hold")
    func listAllAndNone() {
        let condition = Condition(subject: "registratie", noneOf: ["ot-thuiszitter"], allOf: ["duo"])
        #expect(holds(condition, "o-duo"))
        #expect(!holds(condition, "o-ot"))
        #expect(!holds(condition, "o-geen"))
        var parts = TinyTree()
        parts.outcomes[parts.o("o-duo")].registrations = [.duo, .otThuiszitter]
        #expect(!parts.tree.holds(condition, outcome: parts.tree.outcomesByID["o-duo"]!, facts: [:]))
    }

    // MARK: geen for registratie

    @Test("`geen` for registratie means the list is empty")
    func registrationNone() {
        #expect(holds(Condition(subject: "registratie", anyOf: ["geen"]), "o-geen"))
        #expect(!holds(Condition(subject: "registratie", anyOf: ["geen"]), "o-duo"))
        #expect(!holds(Condition(subject: "registratie", anyOf: ["geen"]), "o-ot"))
    }

    @Test("`niet: geen` for registratie means at least one registration")
    func registrationNotNone() {
        #expect(!holds(Condition(subject: "registratie", noneOf: ["geen"]), "o-geen"))
        #expect(holds(Condition(subject: "registratie", noneOf: ["geen"]), "o-duo"))
    }

    @Test("`[geen, duo]` for registratie: empty, or holds duo")
    func registrationNoneOrDuo() {
        let condition = Condition(subject: "registratie", anyOf: ["geen", "duo"])
        #expect(holds(condition, "o-geen"))
        #expect(holds(condition, "o-duo"))
        #expect(!holds(condition, "o-ot"))
    }

    @Test("`geen` is only special for registratie: an action list without 'geen' does not contain it")
    func noneOnlyForRegistration() {
        var parts = TinyTree()
        parts.outcomes[parts.o("o-geen")].actions = []
        let tree = parts.tree
        #expect(!tree.holds(Condition(subject: "acties", anyOf: ["geen"]), outcome: tree.outcomesByID["o-geen"]!, facts: [:]))
    }

    // MARK: facts

    @Test("A fact set on the route is tested like a single value")
    func factSet() {
        let facts = ["verzuim": "ongeoorloofd"]
        #expect(holds(Condition(subject: "verzuim", anyOf: ["ongeoorloofd"]), "o-duo", facts: facts))
        #expect(holds(Condition(subject: "verzuim", anyOf: ["geoorloofd", "ongeoorloofd"]), "o-duo", facts: facts))
        #expect(!holds(Condition(subject: "verzuim", anyOf: ["geoorloofd"]), "o-duo", facts: facts))
        #expect(!holds(Condition(subject: "verzuim", noneOf: ["ongeoorloofd"]), "o-duo", facts: facts))
    }

    @Test("A fact the route never set: `x` and `[x, y]` fail, `niet` holds")
    func factUnset() {
        #expect(!holds(Condition(subject: "verzuim", anyOf: ["ongeoorloofd"]), "o-geen"))
        #expect(!holds(Condition(subject: "verzuim", anyOf: ["geoorloofd", "ongeoorloofd"]), "o-geen"))
        #expect(holds(Condition(subject: "verzuim", noneOf: ["geoorloofd"]), "o-geen"))
        #expect(holds(Condition(subject: "verzuim", noneOf: ["geoorloofd", "ongeoorloofd"]), "o-geen"))
        #expect(tree.value(of: "verzuim", outcome: outcome("o-geen"), facts: [:]) == .single(nil))
        #expect(tree.value(of: "verzuim", outcome: outcome("o-geen"), facts: [:]).description == "(niet gezet)")
    }

    @Test("The value of each outcome subject as conditions see it")
    func subjectValues() {
        let ot = outcome("o-ot")
        #expect(tree.value(of: "registratie", outcome: ot, facts: [:]) == .list(["ot-thuiszitter"]))
        #expect(tree.value(of: "registratie", outcome: outcome("o-geen"), facts: [:]).description == "[]")
        #expect(tree.value(of: "acties", outcome: ot, facts: [:]) == .list(["melden", "gesprek"]))
        #expect(tree.value(of: "thuiszitter", outcome: ot, facts: [:]) == .single("ja"))
        #expect(tree.value(of: "duo-melding", outcome: outcome("o-duo"), facts: [:]) == .single("langdurig-relatief-verzuim"))
        #expect(tree.value(of: "afwijking", outcome: ot, facts: [:]) == .single("aanvragen"))
        #expect(tree.value(of: "regie", outcome: ot, facts: [:]) == .single("school"))
        #expect(tree.value(of: "uitkomst", outcome: ot, facts: [:]) == .single("o-ot"))
    }
}
