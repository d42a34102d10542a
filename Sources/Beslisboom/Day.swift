/// A calendar day without time or time zone. Deadlines are whole days, and the browser computes the
/// same dates from the same rules, so the model does its own arithmetic instead of using a calendar.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.length(ofMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`, the form the date fields, the URL fragment and the command line use.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1000...9999).contains(year) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil), for differences and weekdays.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// 1 is Monday, 7 is Sunday (ISO 8601). 1970-01-01 was a Thursday.
    public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 + 1 }
    public var isWeekend: Bool { weekday >= 6 }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// The same day number `count` months later; a day the month does not have becomes its last day
    /// (31 January + 1 month = 28 or 29 February).
    public func adding(months count: Int) -> Day {
        let index = year * 12 + (month - 1) + count
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        let newDay = min(day, Day.length(ofMonth: newMonth, year: newYear))
        return Day(year: newYear, month: newMonth, day: newDay) ?? self
    }

    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// The days that do not count as werkdagen besides weekends, with the years the list covers.
public struct HolidayCalendar: Sendable {
    public struct Holiday: Sendable {
        public var day: Day
        public var name: String
        public var position: SourcePosition?

        public init(day: Day, name: String, position: SourcePosition? = nil) {
            self.day = day
            self.name = name
            self.position = position
        }
    }

    public var holidays: [Holiday]
    /// Where the list comes from (a public URL or a source file), shown with the plan.
    public var source: String
    public var position: SourcePosition?
    private let days: Set<Day>

    public init(holidays: [Holiday], source: String = "", position: SourcePosition? = nil) {
        self.holidays = holidays
        self.source = source
        self.position = position
        days = Set(holidays.map(\.day))
    }

    public static let empty = HolidayCalendar(holidays: [])

    /// The calendar years the list holds days for.
    public var years: ClosedRange<Int>? {
        guard let first = holidays.map(\.day.year).min(), let last = holidays.map(\.day.year).max() else { return nil }
        return first...last
    }

    public func isHoliday(_ day: Day) -> Bool { days.contains(day) }
    public func isWorkday(_ day: Day) -> Bool { !day.isWeekend && !isHoliday(day) }

    /// Whether the list can say for every day in the range whether it is a holiday.
    public func covers(_ from: Day, _ to: Day) -> Bool {
        guard let years else { return false }
        return years.contains(min(from, to).year) && years.contains(max(from, to).year)
    }

    /// The werkdag `count` werkdagen after `day` (day itself not counted).
    public func adding(workdays count: Int, to day: Day) -> Day {
        var current = day
        var left = count
        while left > 0 {
            current = current.adding(days: 1)
            if isWorkday(current) { left -= 1 }
        }
        return current
    }
}
