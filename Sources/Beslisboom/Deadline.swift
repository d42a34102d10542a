/// Units of a term. `werkdagen` skip weekends and the holidays in the tree's holiday list.
public enum TimeUnit: String, Sendable, CaseIterable {
    case days = "dagen"
    case workdays = "werkdagen"
    case weeks = "weken"
    case months = "maanden"

    /// The singular forms an editor may write ("1 week").
    public static let singulars: [String: TimeUnit] = ["dag": .days, "werkdag": .workdays, "week": .weeks, "maand": .months]

    public init?(word: String) {
        if let unit = TimeUnit(rawValue: word) { self = unit } else if let unit = TimeUnit.singulars[word] { self = unit } else { return nil }
    }
}

/// A length of time such as "2 weken" or "5 werkdagen".
public struct Span: Sendable, Hashable, CustomStringConvertible {
    public var amount: Int
    public var unit: TimeUnit

    public init(_ amount: Int, _ unit: TimeUnit) {
        self.amount = amount
        self.unit = unit
    }

    /// Parses "2 weken", "1 maand", "5 werkdagen".
    public init?(text: String) {
        let words = text.split(separator: " ").map(String.init)
        guard words.count == 2, let amount = Int(words[0]), amount >= 0, let unit = TimeUnit(word: words[1]) else { return nil }
        self.init(amount, unit)
    }

    /// The largest amount of each unit the model counts with: about 10 years. A longer term is a typo,
    /// and day arithmetic with amounts near Int.max would overflow.
    public static func mostAmount(of unit: TimeUnit) -> Int {
        switch unit {
        case .days: 3660
        case .workdays: 2610
        case .weeks: 522
        case .months: 120
        }
    }

    /// Calendar days, for comparing terms of different units when no date is known: a week of 5
    /// werkdagen is 7 days, a month counts as 30.
    public var approximateDays: Int {
        switch unit {
        case .days: amount
        case .workdays: (amount * 7 + 4) / 5
        case .weeks: amount * 7
        case .months: amount * 30
        }
    }

    /// The day this span after `day`, counting werkdagen with the holiday list.
    public func after(_ day: Day, holidays: HolidayCalendar) -> Day {
        switch unit {
        case .days: day.adding(days: amount)
        case .workdays: holidays.adding(workdays: amount, to: day)
        case .weeks: day.adding(days: amount * 7)
        case .months: day.adding(months: amount)
        }
    }

    /// The unit as a word that agrees with the amount: "maand" for 1, else "maanden".
    public var unitWord: String {
        amount == 1 ? (TimeUnit.singulars.first { $0.value == unit }?.key ?? unit.rawValue) : unit.rawValue
    }

    public var description: String { "\(amount) \(unitWord)" }
}

/// The events a term counts from. Each can be given as a date in the tool and on the command line.
public enum DeadlineAnchor: String, Sendable, CaseIterable {
    /// The first day the pupil was absent.
    case firstAbsence = "eerste-verzuimdag"
    /// The day the school first saw signs of zorgwekkend verzuim. With scattered hours or days that
    /// is not the first day absent, so a term "after the first signals" cannot count from that day.
    case firstSignals = "eerste-signalen"
    /// The day the pupil reached 16 hours of ongeoorloofd verzuim within 4 lesweken.
    case sixteenHours = "16-uur-bereikt"
    /// The last JES-overleg in which the pupil was discussed.
    case previousJES = "vorige-jes"
    /// The day the school deregistered the pupil (after a vrijstelling, say): DUO must hear of it
    /// within days.
    case deregistration = "uitschrijving"
}

/// Recurring moments that are not dates the tool knows.
public enum Occasion: String, Sendable, CaseIterable {
    case jes = "jes"
    case duoReport = "melding-duo"
    case endOfLeave = "einde-verlof"
    case application = "aanmelding"
    case intendedRemoval = "voornemen-verwijdering"
    /// Every time the pupil again reaches 16 hours of ongeoorloofd verzuim within 4 lesweken.
    case sixteenHoursAgain = "opnieuw-16-uur"
    /// When the pupil goes to all lessons again, or is deregistered: DUO wants an einddatum then.
    case returnOrDeregistration = "terug-of-uitschrijving"
}

/// When an action is due, as data: the tool turns it into a date when the user gives one.
public enum Deadline: Sendable, Hashable {
    /// At once (today).
    case immediately
    /// At the latest `span` after the anchor event.
    case within(Span, after: DeadlineAnchor)
    /// From `span` after the anchor event on: a step that starts then, with no term to be late for
    /// (S0's checklist applies "bij 4 weken of langer" and names no day by which each step is done).
    case from(Span, after: DeadlineAnchor)
    /// Again and again, every `span` (or every `span` to `upTo`, as in "elke 4 tot 6 weken").
    case every(Span, upTo: Span?)
    /// At every occurrence of a moment, such as every JES-overleg.
    case at(Occasion)
    /// All the time, as long as the situation lasts.
    case ongoing
    /// The sources set no term; the result says so instead of inventing one.
    case unspecified
}
