/// The dates a user may give for a result; every one is optional except today.
public struct PlanDates: Sendable, Equatable {
    public var today: Day
    public var anchors: [DeadlineAnchor: Day]

    public init(today: Day, anchors: [DeadlineAnchor: Day] = [:]) {
        self.today = today
        self.anchors = anchors
    }

    /// With no anchor date the plan speaks in relative terms only.
    public var isDated: Bool { !anchors.isEmpty }
}

/// Where an action lands in the plan, first things first.
public enum PlanGroup: String, Sendable, CaseIterable {
    case now = "nu"
    case thisWeek = "deze-week"
    case twoWeeks = "binnen-2-weken"
    case later = "later"
    case atJES = "bij-elk-jes"
    case onOccasion = "bij-gebeurtenis"
    case recurring = "regelmatig"
    case ongoing = "doorlopend"
    case noTerm = "zonder-termijn"
}

/// One action of a route's plan, with its place in time.
public struct PlannedAction: Sendable {
    public var action: Action
    public var group: PlanGroup
    /// The date it is due (or, for a recurring action, next due), when the user gave the anchor date.
    public var due: Day?
    /// Days past `due` (positive) when it is late on `today`.
    public var daysLate: Int?
    /// Without a date: the route's answers show the term has already passed ("had al moeten").
    public var alreadyDue: Bool
    /// The due date lies past the years of the holiday list, so werkdagen skip weekends only.
    public var beyondHolidayList: Bool
}

/// A route's actions as a plan: what to do first (the outcome's first action when it is due now, then
/// the verplicht actions due soonest), then the rest of the verplicht actions by when, then the
/// aanbevolen ones by when.
public struct Plan: Sendable {
    public var first: [PlannedAction]
    public var required: [(group: PlanGroup, actions: [PlannedAction])]
    public var recommended: [(group: PlanGroup, actions: [PlannedAction])]
    public var dates: PlanDates?
    /// The given dates that contradict today or the answers (the plan counts with them all the same).
    public var dateConflicts: [DateConflict] = []

    /// Every action of the plan in the order shown.
    public var all: [PlannedAction] { first + required.flatMap(\.actions) + recommended.flatMap(\.actions) }
}

extension DecisionTree {
    /// The time that has at least passed since each anchor on a route, from the facts' `verstreken`.
    /// An anchor the route's answers do not establish is absent (its term cannot be placed in time).
    public func elapsed(facts: [String: String]) -> [DeadlineAnchor: Span] {
        var result: [DeadlineAnchor: Span] = [.firstAbsence: Span(0, .days), .firstSignals: Span(0, .days)]
        for (factID, value) in facts {
            guard let spans = factsByID[factID]?.elapsed[value] else { continue }
            for (anchor, span) in spans where span.approximateDays >= (result[anchor]?.approximateDays ?? -1) {
                result[anchor] = span
            }
        }
        return result
    }

    /// The plan for a route. `dates` nil: relative terms only, as on the pages without JavaScript.
    public func plan(_ evaluation: Evaluation, dates: PlanDates? = nil) -> Plan {
        plan(outcome: evaluation.outcome, facts: evaluation.facts, dates: dates)
    }

    /// The plan for an outcome reached with these facts (conditions on `eerst-doen` use it).
    public func plan(outcome: Outcome, facts: [String: String], dates: PlanDates? = nil) -> Plan {
        let elapsed = elapsed(facts: facts)
        let planned = actions(of: outcome, facts: facts).map { place($0, elapsed: elapsed, dates: dates) }
        // The editor puts what matters most first: the outcome's first action, when due now, leads
        // "Eerst doen" even when it is aanbevolen (asking the SOT-consulent when the rules disagree,
        // telling leerplicht about absoluut verzuim); it still shows as aanbevolen.
        let lead = Self.leadingStep(planned)
        let others = planned.filter { $0.action.id != lead?.action.id }
        let required = others.filter { $0.action.kind == .required }
        let recommended = others.filter { $0.action.kind == .recommended }
        // "Eerst doen": the verplicht actions of the earliest of now, this week, within two weeks (now,
        // when the leading step is there: what is due later waits).
        let firstGroup = lead != nil ? .now : [PlanGroup.now, .thisWeek, .twoWeeks].first { group in required.contains { $0.group == group } }
        // In the outcome's order: the editor puts what matters most first (the registration).
        let first = (lead.map { [$0] } ?? []) + required.filter { $0.group == firstGroup }
        let rest = required.filter { $0.group != firstGroup }
        let conflicts = dates.map { dateConflicts(facts: facts, dates: $0) } ?? []
        return Plan(first: first, required: grouped(rest), recommended: grouped(recommended), dates: dates,
                    dateConflicts: conflicts)
    }

    /// The outcome's first action on the route, if that is due now.
    static func leadingStep(_ planned: [PlannedAction]) -> PlannedAction? {
        guard let step = planned.first, step.group == .now else { return nil }
        return step
    }

    private func grouped(_ actions: [PlannedAction]) -> [(group: PlanGroup, actions: [PlannedAction])] {
        PlanGroup.allCases.compactMap { group in
            let members = actions.filter { $0.group == group }
            return members.isEmpty ? nil : (group, members)
        }
    }

    private func place(_ action: Action, elapsed: [DeadlineAnchor: Span], dates: PlanDates?) -> PlannedAction {
        var planned = PlannedAction(action: action, group: .ongoing, due: nil, daysLate: nil, alreadyDue: false,
                                    beyondHolidayList: false)
        let today = dates.flatMap { $0.isDated ? $0.today : nil }
        switch action.deadline {
        case .immediately:
            planned.group = .now
            planned.due = today
        case let .within(span, anchor), let .from(span, anchor):
            // "binnen" is late after its day; "vanaf" starts on its day and is never late.
            let canBeLate = if case .within = action.deadline { true } else { false }
            if let dates, let start = dates.anchors[anchor] {
                let due = span.after(start, holidays: holidays)
                planned.due = due
                planned.beyondHolidayList = span.unit == .workdays && !holidays.covers(start, due)
                let late = due.days(until: dates.today)
                if late > 0, canBeLate { planned.daysLate = late }
                planned.group = Self.group(daysLeft: -late)
            } else if let passed = elapsed[anchor] {
                let daysLeft = span.approximateDays - passed.approximateDays
                planned.alreadyDue = canBeLate && daysLeft <= 0 && passed.approximateDays > 0
                planned.group = Self.group(daysLeft: daysLeft)
            } else {
                planned.group = .later
            }
        case let .every(span, upTo):
            planned.group = .recurring
            // "Elke 4 tot 6 weken": the next time is due by the far end of the range, not its near end.
            if let today { planned.due = (upTo ?? span).after(today, holidays: holidays) }
        case let .at(occasion):
            planned.group = occasion == .jes ? .atJES : .onOccasion
        case .ongoing:
            planned.group = .ongoing
        case .unspecified:
            planned.group = .noTerm
        }
        return planned
    }

    /// The group of a term by the days left until it is due (0 or less: due now).
    static func group(daysLeft: Int) -> PlanGroup {
        switch daysLeft {
        case ...0: .now
        case ...7: .thisWeek
        case ...14: .twoWeeks
        default: .later
        }
    }
}
