import Messages

/// A calendar day as editors write it (2026-11-20), shown in Dutch (20 november 2026).
public struct DayDate: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              DayDate.years.contains(year),
              (1...12).contains(month), (1...DayDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The years a date may have: four digits without leading zeros (0026 is a typo, and would be
    /// written as 26 in the page's HTML, which is no valid date there).
    static let years = 1000...9999

    /// Year and month of a text in the JJJJ-MM-DD form that is no day of the calendar (2026-02-30),
    /// with the month's number of days (nil when the month does not exist, 2026-13-01). Nil for a day
    /// that exists or a text in another form.
    static func nonexistent(_ written: String) -> (year: Int, month: Int, daysInMonth: Int?)? {
        let parts = written.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        guard (1...12).contains(month) else { return (year, month, nil) }
        let days = daysIn(month: month, year: year)
        return (1...days).contains(day) ? nil : (year, month, days)
    }

    /// The day an editor meant with a date in another form: Dutch order (1-11-2026, 01/11/2026,
    /// 1.11.2026), no leading zeros (2026-11-1) or the month's name (1 november 2026). Nil when the text
    /// is no day at all.
    static func meant(by written: String) -> DayDate? {
        let parts = written.lowercased().split { $0 == "-" || $0 == "/" || $0 == "." || $0 == " " }
        guard parts.count == 3 else { return nil }
        let month = Int(parts[1]) ?? monthNames.firstIndex(of: String(parts[1])).map { $0 + 1 }
        guard let month, let first = Int(parts[0]), let last = Int(parts[2]) else { return nil }
        let (year, day) = parts[0].count == 4 ? (first, last) : parts[2].count == 4 ? (last, first) : (0, 0)
        guard years.contains(year), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        return DayDate(year: year, month: month, day: day)
    }

    /// A date option on the command line that is no date, with the day meant when the form tells it:
    /// "--vandaag '3-12-2026' is geen datum; schrijf hem als JJJJ-MM-DD, zoals 2026-11-30; bedoel je '2026-12-03'?".
    public static func optionProblem(_ option: String, written: String) -> String {
        "--\(option) '\(written)' is geen datum; schrijf hem als JJJJ-MM-DD, zoals 2026-11-30" + Message.didYouMean(meant(by: written)?.iso)
    }

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let monthNames = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                                     "augustus", "september", "oktober", "november", "december"]

    public var dutch: String { "\(day) \(Self.monthNames[month - 1]) \(year)" }
    public var iso: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    public static func < (a: Self, b: Self) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}

extension Message {
    /// RB736 when `written` has the date form but is no day of the calendar; nil for any other text.
    static func nonexistentDate(_ written: String, key: String, inList: Bool = false) -> Message? {
        guard let date = DayDate.nonexistent(written) else { return nil }
        return .dateDoesNotExist(written, key: key, inList: inList, year: date.year, month: date.month,
                                 daysInMonth: date.daysInMonth)
    }
}
