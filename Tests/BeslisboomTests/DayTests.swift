import Testing
@testable import Beslisboom

@Suite("Day and the holiday list")
struct DayTests {
    func day(_ text: String) throws -> Day { try #require(Day(iso: text), "\(text) is not a day") }

    @Test("Written as YYYY-MM-DD; impossible dates and other forms are refused", arguments: [
        "2026-13-01", "2026-02-29", "2026-04-31", "26-11-30", "2026-1-30", "2026-11-3O", "", "2026-11-30T00:00",
    ])
    func refused(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("Leap days exist only in leap years")
    func leapDays() {
        #expect(Day(iso: "2028-02-29") != nil)
        #expect(Day(iso: "2100-02-29") == nil)
        #expect(Day(iso: "2000-02-29") != nil)
    }

    @Test("Round trip through the day number, and the weekday")
    func ordinal() throws {
        let monday = try day("2026-11-30")
        #expect(Day(ordinal: monday.ordinal) == monday)
        #expect(monday.weekday == 1)
        #expect(try day("2026-12-05").isWeekend)
        #expect(try day("1970-01-01").ordinal == 0)
        #expect(try day("1970-01-01").weekday == 4)
        #expect(monday.description == "2026-11-30")
        #expect(try day("2026-12-31").adding(days: 1) == (try day("2027-01-01")))
    }

    @Test("A month later keeps the day number, or the month's last day")
    func months() throws {
        #expect(try day("2026-01-31").adding(months: 1) == (try day("2026-02-28")))
        #expect(try day("2028-01-31").adding(months: 1) == (try day("2028-02-29")))
        #expect(try day("2026-11-30").adding(months: 1) == (try day("2026-12-30")))
        #expect(try day("2026-12-15").adding(months: 1) == (try day("2027-01-15")))
        #expect(try day("2026-03-31").adding(months: -1) == (try day("2026-02-28")))
    }

    @Test("Werkdagen skip weekends and the listed holidays")
    func workdays() throws {
        let holidays = HolidayCalendar(holidays: [
            .init(day: try day("2027-04-27"), name: "Koningsdag"),
            .init(day: try day("2026-12-25"), name: "Eerste kerstdag"),
            .init(day: try day("2026-12-26"), name: "Tweede kerstdag"),
        ])
        // Friday + 5 werkdagen is the next Friday.
        #expect(holidays.adding(workdays: 5, to: try day("2026-11-27")) == (try day("2026-12-04")))
        // Across Christmas (Friday 25th a holiday, 26th a Saturday).
        #expect(holidays.adding(workdays: 5, to: try day("2026-12-21")) == (try day("2026-12-29")))
        // Across Koningsdag on a Tuesday.
        #expect(holidays.adding(workdays: 5, to: try day("2027-04-23")) == (try day("2027-05-03")))
        #expect(holidays.years == 2026...2027)
        #expect(holidays.covers(try day("2026-12-21"), try day("2027-01-04")))
        #expect(!holidays.covers(try day("2027-12-21"), try day("2028-01-04")))
    }

    @Test("Spans: written forms, singular units, and days for comparison")
    func spans() {
        #expect(Span(text: "2 weken") == Span(2, .weeks))
        #expect(Span(text: "1 maand") == Span(1, .months))
        #expect(Span(text: "5 werkdagen")?.approximateDays == 7)
        #expect(Span(text: "3 werkdagen")?.approximateDays == 5)
        #expect(Span(text: "twee weken") == nil)
        #expect(Span(text: "2 wekken") == nil)
        #expect(Span(1, .months).description == "1 maand")
        #expect(Span(4, .weeks).description == "4 weken")
    }
}
