import Beslisboom
import Foundation

/// Checks that keep dated facts current: a publicatiedatum must lie ahead (or the editor must have
/// recorded that the next ones are not yet known), and no page may go unchecked for longer than the
/// limit in site.yml. `today` is injected so tests can stand on any day.
struct DateChecks {
    let input: SiteInput
    let today: DayDate
    let log: DiagnosticLog

    func run() {
        if let schedule = input.schedule { check(schedule) }
        checkPageAges()
    }

    // MARK: Publicatiedata

    private func check(_ schedule: PublicationSchedule) {
        let file = "\(input.displayContent)/\(PublicationSchedule.fileName)"
        if let page = input.pagesBySource[schedule.page] {
            if page.frontMatter.isDraft {
                log.add(Diagnostic(at: schedule.pagePosition, .schedulePageDraft(schedule.page)))
            }
        } else if !input.unreadablePages.contains(schedule.page) {
            log.add(Diagnostic(at: schedule.pagePosition, .schedulePageMissing(schedule.page, folder: input.displayContent,
                                                                               suggestion: Spelling.closest(to: schedule.page, among: Array(input.pagesBySource.keys)))))
        }
        // An unusable site.yml is reported once, at site.yml: its sources are not known.
        if input.siteIsUsable && input.site.source(file: schedule.source.file) == nil {
            log.add(Diagnostic(at: schedule.source.position ?? SourcePosition(file: file, line: 1, column: 1),
                               .sourceNotListed(schedule.source.file, settings: "\(input.displayContent)/\(SiteConfig.fileName)",
                                                suggestion: Spelling.closest(to: schedule.source.file, among: input.site.sources.map(\.file)))))
        }
        checkDatesInProse(schedule)
        guard schedule.next(onOrAfter: today) == nil, let last = schedule.entries.last else { return }
        let year = Self.yearToAdd(last: last.date, today: today)
        if let position = schedule.nextUnknownPosition {
            log.add(Diagnostic(at: position, .scheduleNoneAheadRecorded(last: last.date.iso, today: today.iso, year: String(year))))
        } else {
            log.add(Diagnostic(at: last.position, .scheduleNoneAhead(last: last.date.iso, today: today.iso, year: String(year))))
        }
    }

    /// A publicatiedatum typed into a page goes stale unseen: the data file and its page are the one
    /// place for it.
    private func checkDatesInProse(_ schedule: PublicationSchedule) {
        for page in input.published {
            let texts = [page.frontMatter.summary ?? ""] + page.sections.map(\.text)
            for date in schedule.dates {
                // On bytes: Foundation's `contains` walks every page as UTF-16, for every date and form
                // (a fifth of the preview's rebuild of one page).
                let written = [date.dutch, date.iso].first { form in texts.contains { ByteReplace.contains(form, in: $0) } }
                guard let written else { continue }
                log.add(Diagnostic(at: position(of: written, in: page),
                                   .scheduleDateInText(written, file: "\(input.displayContent)/\(PublicationSchedule.fileName)", page: schedule.page)))
            }
        }
    }

    /// The year whose dates are missing: the one after the last listed date, or this year when the
    /// list is more than a year behind.
    static func yearToAdd(last: DayDate, today: DayDate) -> Int { max(last.year + 1, today.year) }

    // MARK: Page ages

    private func checkPageAges() {
        guard let months = input.site.pageAgeLimitMonths else { return }
        let limitText = "'\(SiteConfig.pageAgeLimitKey): \(months)' in \(input.displayContent)/\(SiteConfig.fileName)"
        for page in input.published {
            guard let updated = page.frontMatter.updated else {
                // A `bijgewerkt:` that is not a date is already an error (RB718) at its line: not missing too.
                if page.frontMatter.updatedPosition == nil {
                    log.add(page.file, .pageWithoutUpdated(months: months, setting: limitText))
                }
                continue
            }
            let message: Message
            if updated > today {
                message = .pageUpdatedInFuture(updated.iso, today: today.iso)
            } else if updated.adding(months: months) < today {
                message = .pageTooOld(updated.iso, months: months, today: today.iso, setting: limitText)
            } else {
                continue
            }
            log.add(Diagnostic(at: page.frontMatter.updatedPosition ?? SourcePosition(file: page.file, line: 1, column: 1), message))
        }
    }

    /// The first line that holds `text` (line 1 when the text is broken over two lines).
    private func position(of text: String, in page: Page) -> SourcePosition {
        for (index, row) in lines(of: page).enumerated() {
            if let range = row.range(of: text) {
                return SourcePosition(file: page.file, line: index + 1, column: row.distance(from: row.startIndex, to: range.lowerBound) + 1)
            }
        }
        return SourcePosition(file: page.file, line: 1, column: 1)
    }

    private func lines(of page: Page) -> [Substring] {
        let url = input.contentRoot.appendingPathComponent(page.source)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
    }
}

extension DayDate {
    /// The same day `months` later; a day the later month lacks becomes its last day (31 januari + 1 → 28/29 februari).
    func adding(months: Int) -> DayDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        return DayDate(year: newYear, month: newMonth, day: min(day, DayDate.daysIn(month: newMonth, year: newYear)))
    }
}
