/// A date the user gave that cannot be right with the route's answers or with today. The plan still
/// counts with it, so a typo would move actions that are late to "later": the result says so.
public struct DateConflict: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The date lies after today; every anchor is something that already happened.
        case afterToday
        /// The answers say at least this much time has passed since the date; the date says less.
        case tooRecent(answers: Span)
        /// The 16 hours were reached before the first day of absence.
        case beforeFirstAbsence(Day)
        /// A day that must be a lesdag (the first day of absence, the day the 16 hours were reached)
        /// falls on a weekend or on a day of the holiday list: most likely a typo.
        case notALesdag(NotALesdag)
    }

    public enum NotALesdag: Sendable, Equatable {
        case saturday, sunday, holiday
    }

    public var anchor: DeadlineAnchor
    public var day: Day
    public var kind: Kind

    public init(anchor: DeadlineAnchor, day: Day, kind: Kind) {
        self.anchor = anchor
        self.day = day
        self.kind = kind
    }
}

extension DecisionTree {
    /// The dates that contradict today or the route's answers, in the order of `DeadlineAnchor`.
    public func dateConflicts(facts: [String: String], dates: PlanDates) -> [DateConflict] {
        let elapsed = elapsed(facts: facts)
        var conflicts: [DateConflict] = []
        for anchor in DeadlineAnchor.allCases {
            guard let day = dates.anchors[anchor] else { continue }
            let daysAgo = day.days(until: dates.today)
            if daysAgo < 0 {
                conflicts.append(DateConflict(anchor: anchor, day: day, kind: .afterToday))
            } else if let span = elapsed[anchor], daysAgo < span.approximateDays {
                conflicts.append(DateConflict(anchor: anchor, day: day, kind: .tooRecent(answers: span)))
            }
            if anchor == .sixteenHours, let first = dates.anchors[.firstAbsence], day < first {
                conflicts.append(DateConflict(anchor: anchor, day: day, kind: .beforeFirstAbsence(first)))
            }
            if anchor.isLesdag, let reason = notALesdag(day) {
                conflicts.append(DateConflict(anchor: anchor, day: day, kind: .notALesdag(reason)))
            }
        }
        return conflicts
    }

    private func notALesdag(_ day: Day) -> DateConflict.NotALesdag? {
        switch day.weekday {
        case 6: .saturday
        case 7: .sunday
        default: holidays.isHoliday(day) ? .holiday : nil
        }
    }
}

extension DeadlineAnchor {
    /// Whether the day is one on which the pupil had lessons: absence and verzuim happen on lesdagen.
    /// A JES-overleg or a deregistration can be on any working day, so those are not checked.
    var isLesdag: Bool { self == .firstAbsence || self == .sixteenHours }
}
