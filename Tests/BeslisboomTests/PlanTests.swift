import Testing
@testable import Beslisboom

/// The plan of a route: what to do first, then the rest by when, with dates when the user gives them.
@Suite("Plan")
struct PlanTests {
    static let source = [SourceReference(file: "000_bron.txt", part: "test")]

    /// One question with two answers: absent "kort" (no time passed) or "lang" (4 weeks passed).
    func tree(actions: [Action], facts extra: [FactDefinition] = [], holidays: HolidayCalendar = .empty,
              provisional: Bool = false) -> DecisionTree {
        let duur = FactDefinition(id: "duur", label: "Duur", values: [("kort", "kort"), ("lang", "4 weken of langer")],
                                  elapsed: ["lang": [.firstAbsence: Span(4, .weeks), .sixteenHours: Span(3, .weeks)]])
        let soort = FactDefinition(id: "soort", label: "Soort", values: [("vo", "voortgezet onderwijs"), ("po", "primair onderwijs")])
        return DecisionTree(
            start: "d",
            questions: [
                Question(id: "d", text: "Hoe lang?", options: [
                    Option(id: "kort", label: "Kort", facts: ["duur": "kort", "soort": "vo"], to: "o"),
                    Option(id: "lang", label: "Lang", facts: ["duur": "lang", "soort": "vo"], to: "o"),
                    Option(id: "po", label: "Lang, PO", facts: ["duur": "lang", "soort": "po"], to: "o"),
                ]),
            ],
            outcomes: [Outcome(id: "o", title: "O", registrations: [], deviation: .notNeeded, isThuiszitter: false,
                               isProvisional: provisional, actions: actions.map(\.id))],
            facts: [duur, soort] + extra, actions: actions, holidays: holidays)
    }

    func action(_ id: String, _ deadline: Deadline, kind: ActionKind = .required, conditions: [Condition] = [],
                what: String = "Doe iets.") -> Action {
        Action(id: id, title: id, what: what, who: "mentor", whenText: "zie bron", deadline: deadline, kind: kind,
               sources: Self.source, conditions: conditions)
    }

    func evaluation(_ tree: DecisionTree, _ answer: String) throws -> Evaluation {
        try tree.evaluate(answers: ["d": answer])
    }

    func day(_ text: String) throws -> Day { try #require(Day(iso: text)) }

    @Test("Without a date: a term already passed by the answers is due now, the rest by days left")
    func relative() throws {
        let tree = tree(actions: [
            action("gesprek", .within(Span(2, .weeks), after: .firstAbsence)),
            action("melden", .within(Span(4, .weeks), after: .firstAbsence)),
            action("later", .within(Span(8, .weeks), after: .firstAbsence)),
            action("jes", .at(.jes)),
            action("contact", .every(Span(1, .months), upTo: nil)),
            action("registreren", .ongoing),
            action("plan", .unspecified),
            action("vorige-jes", .within(Span(8, .weeks), after: .previousJES)),
        ])
        let short = tree.plan(try evaluation(tree, "kort"))
        // Nothing has passed yet: the earliest verplicht group is "within 2 weeks".
        #expect(short.first.map(\.action.id) == ["gesprek"])
        #expect(short.first.allSatisfy { !$0.alreadyDue && $0.due == nil })
        #expect(short.required.map(\.group) == [.later, .atJES, .recurring, .ongoing, .noTerm])
        #expect(short.required.first?.actions.map(\.action.id) == ["melden", "later", "vorige-jes"])

        let long = tree.plan(try evaluation(tree, "lang"))
        // 4 weeks have passed: both the 2-week and the 4-week term are due, and late.
        #expect(long.first.map(\.action.id) == ["gesprek", "melden"])
        #expect(long.first.allSatisfy { $0.alreadyDue })
        let later = long.required.first { $0.group == .later }?.actions.map(\.action.id)
        #expect(later == ["later", "vorige-jes"])
    }

    @Test("With a date: due dates, days late and groups counted from today")
    func dated() throws {
        let tree = tree(actions: [
            action("gesprek", .within(Span(2, .weeks), after: .firstAbsence)),
            action("melden", .within(Span(5, .workdays), after: .sixteenHours)),
            action("nu", .immediately),
            action("contact", .every(Span(1, .months), upTo: nil)),
            action("advies", .within(Span(4, .weeks), after: .firstAbsence), kind: .recommended),
        ])
        let dates = PlanDates(today: try day("2026-11-30"), anchors: [.firstAbsence: try day("2026-11-02")])
        let plan = tree.plan(try evaluation(tree, "lang"), dates: dates)
        let gesprek = try #require(plan.all.first { $0.action.id == "gesprek" })
        #expect(gesprek.due == (try day("2026-11-16")))
        #expect(gesprek.daysLate == 14)
        #expect(gesprek.group == .now)
        // No date for the 16 hours: the answers say they were reached 3 weeks ago, so the term passed.
        let melden = try #require(plan.all.first { $0.action.id == "melden" })
        #expect(melden.due == nil)
        #expect(melden.alreadyDue)
        let nu = try #require(plan.all.first { $0.action.id == "nu" })
        #expect(nu.due == (try day("2026-11-30")))
        let contact = try #require(plan.all.first { $0.action.id == "contact" })
        #expect(contact.due == (try day("2026-12-30")))
        #expect(contact.group == .recurring)
        // "Eerst doen" holds the verplicht actions due now, in the outcome's order; advice stays apart.
        #expect(plan.first.map(\.action.id) == ["gesprek", "melden", "nu"])
        #expect(plan.recommended.flatMap(\.actions).map(\.action.id) == ["advies"])
        #expect(plan.recommended.first?.group == .now)
    }

    @Test("A term after the first signals counts from that day, not from the first day absent (S0 r. 98: the talk)")
    func firstSignals() throws {
        let tree = tree(actions: [
            action("gesprek", .within(Span(2, .weeks), after: .firstSignals)),
            action("melden", .within(Span(4, .weeks), after: .firstAbsence)),
        ])
        // Loose hours since September; the school saw them as worrying on 23 November.
        let both = PlanDates(today: try day("2026-11-30"), anchors: [.firstAbsence: try day("2026-09-01"),
                                                                      .firstSignals: try day("2026-11-23")])
        let plan = tree.plan(try evaluation(tree, "kort"), dates: both)
        let gesprek = try #require(plan.all.first { $0.action.id == "gesprek" })
        #expect(gesprek.due == (try day("2026-12-07")))
        #expect(gesprek.daysLate == nil)
        #expect(gesprek.group == .thisWeek)
        let melden = try #require(plan.all.first { $0.action.id == "melden" })
        #expect(melden.due == (try day("2026-09-29")))
        #expect(melden.daysLate == 62)

        // Only the first day absent: the talk gets no date from it (it would be 'te laat' by months).
        let onlyFirst = PlanDates(today: try day("2026-11-30"), anchors: [.firstAbsence: try day("2026-09-01")])
        let undated = try #require(tree.plan(try evaluation(tree, "kort"), dates: onlyFirst).all.first { $0.action.id == "gesprek" })
        #expect(undated.due == nil)
        #expect(undated.daysLate == nil)
        #expect(undated.group == .twoWeeks)
        // A day of first signals after today is flagged like any other.
        let future = PlanDates(today: try day("2026-11-30"), anchors: [.firstSignals: try day("2026-12-02")])
        #expect(tree.dateConflicts(facts: ["duur": "kort"], dates: future).map(\.kind) == [.afterToday])
    }

    @Test("A step 'vanaf' 4 weeks is due from that day on and never late: now once the day has come, later before")
    func fromADay() throws {
        let tree = tree(actions: [
            action("mdo", .from(Span(4, .weeks), after: .firstAbsence)),
            action("melden", .within(Span(4, .weeks), after: .firstAbsence)),
        ])
        // Without a date, 4 weeks passed by the answers: both are due now, only the 'binnen' one is late.
        let long = tree.plan(try evaluation(tree, "lang"))
        let mdo = try #require(long.all.first { $0.action.id == "mdo" })
        #expect(mdo.group == .now && !mdo.alreadyDue && mdo.daysLate == nil)
        #expect(long.all.first { $0.action.id == "melden" }?.alreadyDue == true)
        #expect(tree.plan(try evaluation(tree, "kort")).all.first { $0.action.id == "mdo" }?.group == .later)

        // With a date 6 weeks back: due from 4 weeks after it, in the past, and still not late.
        let past = PlanDates(today: try day("2026-12-14"), anchors: [.firstAbsence: try day("2026-11-02")])
        let dated = try #require(tree.plan(try evaluation(tree, "kort"), dates: past).all.first { $0.action.id == "mdo" })
        #expect(dated.due == (try day("2026-11-30")))
        #expect(dated.daysLate == nil && dated.group == .now)
        // A week before the day: this week, not now.
        let before = PlanDates(today: try day("2026-11-24"), anchors: [.firstAbsence: try day("2026-11-02")])
        #expect(tree.plan(try evaluation(tree, "kort"), dates: before).all.first { $0.action.id == "mdo" }?.group == .thisWeek)
    }

    @Test("A range such as 'elke 4 tot 6 weken' is next due at its far end: 6 weeks, not 4")
    func recurringRange() throws {
        let tree = tree(actions: [action("evaluatie", .every(Span(4, .weeks), upTo: Span(6, .weeks)))])
        // A plan is dated once any date is given.
        let dates = PlanDates(today: try day("2026-12-03"), anchors: [.firstAbsence: try day("2026-11-02")])
        let evaluatie = try #require(tree.plan(try evaluation(tree, "kort"), dates: dates).all.first)
        #expect(evaluatie.due == (try day("2027-01-14")))
        #expect(evaluatie.group == .recurring)
    }

    @Test("Dates that cannot be right with today or the answers are named, and the plan still counts with them")
    func dateConflicts() throws {
        let tree = tree(actions: [action("melden", .within(Span(4, .weeks), after: .firstAbsence))])
        let today = try day("2026-12-03")
        // "4 weken of langer", but the first day of absence was 3 days ago; the 16 hours before it.
        let recent = PlanDates(today: today, anchors: [.firstAbsence: try day("2026-11-30"), .sixteenHours: try day("2026-11-27")])
        let plan = tree.plan(try evaluation(tree, "lang"), dates: recent)
        #expect(plan.dateConflicts == [
            DateConflict(anchor: .firstAbsence, day: try day("2026-11-30"), kind: .tooRecent(answers: Span(4, .weeks))),
            DateConflict(anchor: .sixteenHours, day: try day("2026-11-27"), kind: .tooRecent(answers: Span(3, .weeks))),
            DateConflict(anchor: .sixteenHours, day: try day("2026-11-27"), kind: .beforeFirstAbsence(try day("2026-11-30"))),
        ])
        #expect(plan.all.first?.due == (try day("2026-12-28")))
        // The short answer establishes no time, so only a date after today is wrong.
        let future = PlanDates(today: today, anchors: [.firstAbsence: try day("2026-12-10"), .previousJES: try day("2026-11-01")])
        #expect(tree.plan(try evaluation(tree, "kort"), dates: future).dateConflicts == [
            DateConflict(anchor: .firstAbsence, day: try day("2026-12-10"), kind: .afterToday),
        ])
        let fine = PlanDates(today: today, anchors: [.firstAbsence: try day("2026-11-02")])
        #expect(tree.plan(try evaluation(tree, "lang"), dates: fine).dateConflicts.isEmpty)
    }

    @Test("A first day of absence or a 16-uur day on a weekend or a holiday is no lesdag; a JES-overleg is not checked")
    func notALesdag() throws {
        let holidays = HolidayCalendar(holidays: [.init(day: try day("2026-12-25"), name: "Eerste Kerstdag")])
        let tree = tree(actions: [action("melden", .within(Span(4, .weeks), after: .firstAbsence))], holidays: holidays)
        let today = try day("2027-01-04")
        let saturday = PlanDates(today: today, anchors: [.firstAbsence: try day("2026-11-28"), .sixteenHours: try day("2026-12-25"),
                                                         .previousJES: try day("2026-11-29")])
        #expect(tree.plan(try evaluation(tree, "kort"), dates: saturday).dateConflicts == [
            DateConflict(anchor: .firstAbsence, day: try day("2026-11-28"), kind: .notALesdag(.saturday)),
            DateConflict(anchor: .sixteenHours, day: try day("2026-12-25"), kind: .notALesdag(.holiday)),
        ])
        let sunday = PlanDates(today: today, anchors: [.firstAbsence: try day("2026-11-29")])
        #expect(tree.plan(try evaluation(tree, "kort"), dates: sunday).dateConflicts.map(\.kind) == [.notALesdag(.sunday)])
    }

    @Test("A date in the future: this week, within two weeks, later")
    func future() throws {
        let tree = tree(actions: [
            action("a", .within(Span(1, .weeks), after: .firstAbsence)),
            action("b", .within(Span(2, .weeks), after: .firstAbsence)),
            action("c", .within(Span(3, .weeks), after: .firstAbsence)),
        ])
        let dates = PlanDates(today: try day("2026-11-30"), anchors: [.firstAbsence: try day("2026-11-30")])
        let plan = tree.plan(try evaluation(tree, "kort"), dates: dates)
        #expect(plan.all.map(\.group) == [.thisWeek, .twoWeeks, .later])
        #expect(plan.first.map(\.action.id) == ["a"])
        #expect(plan.all.allSatisfy { $0.daysLate == nil })
    }

    @Test("Werkdagen past the holiday list are flagged")
    func beyondHolidays() throws {
        let holidays = HolidayCalendar(holidays: [.init(day: try day("2026-12-25"), name: "Kerst")])
        let tree = tree(actions: [action("melden", .within(Span(5, .workdays), after: .sixteenHours))], holidays: holidays)
        let inside = tree.plan(try evaluation(tree, "kort"),
                               dates: PlanDates(today: try day("2026-12-21"), anchors: [.sixteenHours: try day("2026-12-21")]))
        #expect(inside.all.first?.due == (try day("2026-12-29")))
        #expect(inside.all.first?.beyondHolidayList == false)
        let outside = tree.plan(try evaluation(tree, "kort"),
                                dates: PlanDates(today: try day("2027-03-01"), anchors: [.sixteenHours: try day("2027-03-01")]))
        #expect(outside.all.first?.beyondHolidayList == true)
    }

    @Test("An action's 'als' keeps it off routes whose facts do not meet it")
    func conditions() throws {
        let tree = tree(actions: [
            action("vo", .immediately, conditions: [Condition(subject: "soort", anyOf: ["vo"])]),
            action("po", .immediately, conditions: [Condition(subject: "soort", anyOf: ["po"])]),
            action("altijd", .immediately),
        ])
        #expect(tree.plan(try evaluation(tree, "lang")).all.map(\.action.id) == ["vo", "altijd"])
        #expect(tree.plan(try evaluation(tree, "po")).all.map(\.action.id) == ["po", "altijd"])
        // Conditions also count for the `acties` subject of invariants and scenarios.
        let po = try evaluation(tree, "po")
        #expect(tree.value(of: "acties", outcome: po.outcome, facts: po.facts) == .list(["po", "altijd"]))
    }

    @Test("{fact} in an action's text becomes the label of the route's value")
    func placeholders() throws {
        let tree = tree(actions: [action("a", .immediately, what: "Kies {duur}; {onbekend} blijft staan; {soort}.")])
        let lang = try evaluation(tree, "lang")
        let action = try #require(tree.actionsByID["a"])
        #expect(action.placeholders == ["duur", "onbekend", "soort"])
        #expect(tree.text(of: action, facts: lang.facts) == "Kies 4 weken of langer; {onbekend} blijft staan; voortgezet onderwijs.")
    }

    @Test("The outcome's first action, due now, heads Eerst doen even when it is aanbevolen; a later aanbevolen one does not")
    func leadingStep() throws {
        let actions = [
            action("sot-vragen", .immediately, kind: .recommended),
            action("aanvragen", .immediately),
            action("advies", .immediately, kind: .recommended),
            action("gesprek", .within(Span(2, .weeks), after: .firstAbsence)),
        ]
        for provisional in [true, false] {
            let tree = tree(actions: actions, provisional: provisional)
            let plan = tree.plan(try evaluation(tree, "kort"))
            #expect(plan.first.map(\.action.id) == ["sot-vragen", "aanvragen"])
            #expect(plan.recommended.flatMap(\.actions).map(\.action.id) == ["advies"])
            #expect(plan.all.map(\.action.id).sorted() == actions.map(\.id).sorted(), "every action shown once")
        }

        // An aanbevolen action that is not first stays with the aanbevolen ones.
        let second = tree(actions: [actions[1], actions[0], actions[3]])
        let secondPlan = second.plan(try evaluation(second, "kort"))
        #expect(secondPlan.first.map(\.action.id) == ["aanvragen"])
        #expect(secondPlan.recommended.flatMap(\.actions).map(\.action.id) == ["sot-vragen"])

        // A first action not due now keeps the usual Eerst doen: the verplicht actions due soonest.
        let later = tree(actions: [action("registreren", .ongoing, kind: .recommended), action("aanvragen", .immediately)])
        #expect(later.plan(try evaluation(later, "kort")).first.map(\.action.id) == ["aanvragen"])
        let alone = tree(actions: [action("melden", .within(Span(4, .weeks), after: .firstAbsence), kind: .recommended)])
        #expect(alone.plan(try evaluation(alone, "kort")).first.isEmpty)
        #expect(alone.plan(try evaluation(alone, "lang")).first.map(\.action.id) == ["melden"], "4 weeks have passed: due now")
    }
}
