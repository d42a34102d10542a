import Beslisboom

/// The publicatiedata as the partial `publicatiedata` reads them, with their state on the build date:
/// the next date is worked out here, never written in prose.
struct ScheduleValue: TemplateRecord {
    var schedule: PublicationSchedule
    var today: DayDate
    /// The source as `site.yml` lists it.
    var source: SourceLine

    var next: DayDate? { schedule.next(onOrAfter: today) }

    static let fields = TemplateFields<ScheduleValue>("Publicatiedata", about: "the dates of `Content/publicatiedata.yml` on the build date", [
        .list("dates", "every date, oldest first") { (value: ScheduleValue) -> [ScheduleDate] in
            let next = value.next
            return value.schedule.dates.map { ScheduleDate(date: $0, today: value.today, isNext: $0 == next) }
        },
        .flag("nextUnknown", "true when the file says the next date is not known yet (`volgende: onbekend`)") { $0.schedule.nextUnknown },
        .text("today", "the build date in Dutch") { $0.today.dutch },
        .value("nextDate", "the first date on or after the build date; absent when none lies ahead") { $0.next.map(DateValue.init) },
        .value("lastDate", "the last date of the list") { $0.schedule.last.map(DateValue.init) },
        .value("source", "where the dates come from") { $0.source },
    ])
}

/// One of the publicatiedata.
struct ScheduleDate: TemplateRecord {
    var date: DayDate
    var today: DayDate
    var isNext: Bool

    static let fields = TemplateFields<ScheduleDate>("Publicatiedatum", about: "one date of the list", [
        .text("dutch", "the date in Dutch (`19 januari 2027`)") { $0.date.dutch },
        .text("iso", "the date as `2027-01-19`") { $0.date.iso },
        .text("state", "`geweest`, `volgende` or `gepland` on the build date") { $0.date < $0.today ? "geweest" : $0.isNext ? "volgende" : "gepland" },
        .flag("isNext", "true for the next date") { $0.isNext },
        .flag("isPast", "true for a date before the build date") { $0.date < $0.today },
    ])
}

/// A date in Dutch and as ISO.
struct DateValue: TemplateRecord {
    var date: DayDate

    static let fields = TemplateFields<DateValue>("Datum", about: "a date", [
        .text("dutch", "the date in Dutch (`19 januari 2027`)") { $0.date.dutch },
        .text("iso", "the date as `2027-01-19`") { $0.date.iso },
    ])
}

/// A source named by a data file: its code and title from `site.yml`, and the passage.
struct SourceLine: TemplateRecord {
    var code: String
    var title: String
    var part: String

    init(_ reference: SourceReference, site: SiteConfig) {
        let source = site.source(file: reference.file)
        code = source?.code ?? ""
        title = source?.title ?? reference.file
        part = reference.part
    }

    static let fields = TemplateFields<SourceLine>("Bronregel", about: "a source and the passage used", [
        .text("code", "the source's code (`S0`), empty when `site.yml` does not list the file") { $0.code },
        .text("title", "the source's title") { $0.title },
        .text("part", "the passage, may be empty") { $0.part },
    ])
}
