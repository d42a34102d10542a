import Foundation
import Testing
@testable import RouteboekCore

/// The day every fixture is checked on (issue 13: "today is 2026-11-30").
let fixtureToday = DayDate(year: 2026, month: 11, day: 30)

/// The broken copies of Fixtures/content-checks/good under Fixtures/broken-content/, one break each:
/// each folder holds the files it replaces and expected.txt, the exact diagnostics a check prints.
let brokenContentCases = [
    "age-limit-words", "age-limit-zero", "empty-contact-field", "empty-page-title", "empty-required-site-setting",
    "empty-site-setting", "empty-summary", "page-date-not-a-date", "page-future", "page-stale", "page-without-date",
    "placeholder-domain-in-page", "placeholder-in-schedule", "placeholder-link-in-page", "placeholder-lorem",
    "placeholder-site-contact", "placeholder-todo", "schedule-bad-date", "schedule-date-wrong-form", "schedule-duplicate-date",
    "schedule-date-in-prose", "schedule-empty-dates", "schedule-missing-page", "schedule-next-unknown", "schedule-none-ahead",
    "schedule-unknown-key", "schedule-unknown-source", "schedule-unknown-value", "site-yml-empty",
    "link-page-without-md", "link-after-code-over-two-lines", "link-web-address-without-https", "link-to-page-as-html", "link-to-folder-without-slash", "title-with-markdown", "second-front-matter",
    "title-zero-width", "page-date-year-0026",
]

extension Workspace {
    func build(today: DayDate, write: Bool = true, strict: Bool = false) -> BuildReport {
        var options = options(write: write, strict: strict)
        options.today = today
        return SiteBuilder.run(options)
    }
}

@Suite("Content checks: dates as data, page ages, placeholders")
struct ContentChecksTests {
    @Test("The good fixture checks without a single diagnostic on 2026-11-30, also with --strict")
    func goodFixtureIsClean() throws {
        let workspace = try Workspace(fixture: "content-checks/good")
        let report = workspace.build(today: fixtureToday, write: false, strict: true)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
    }

    @Test("Broken content: check prints exactly the expected diagnostics; errors fail, warnings fail only with --strict, notices never",
          arguments: brokenContentCases)
    func brokenContent(name: String) throws {
        let workspace = try Workspace(fixture: "content-checks/good")
        let source = try Fixtures.url("broken-content/\(name)")
        var expected: [String] = []
        for file in try FileManager.default.subpathsOfDirectory(atPath: source.path).sorted() {
            let url = source.appendingPathComponent(file)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            if file == "expected.txt" {
                expected = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            } else {
                try workspace.write(String(contentsOf: url, encoding: .utf8), to: file)
            }
        }
        try #require(!expected.isEmpty, "\(name)/expected.txt is missing or empty")

        let report = workspace.build(today: fixtureToday, write: false)
        let printed = report.diagnostics.map { $0.description.replacingOccurrences(of: workspace.root.path + "/", with: "") }
        updateExpected("broken-content/\(name)/expected.txt", printed)
        #expect(printed == expected, "\(name): got\n\(printed.joined(separator: "\n"))")

        let severities = Set(report.diagnostics.map(\.severity))
        let strict = workspace.build(today: fixtureToday, write: false, strict: true)
        if severities.contains(.error) {
            #expect(report.errorCount > 0)
        } else if severities.contains(.warning) {
            #expect(report.errorCount == 0, "a warning alone must not fail a check")
            #expect(strict.errorCount == report.warningCount, "--strict turns each warning into an error")
        } else {
            #expect(severities == [.notice])
            #expect(strict.errorCount == 0 && strict.noticeCount == report.noticeCount, "--strict leaves a notice a notice")
        }
    }

    @Test("Every folder under broken-content is a listed case and has an expected.txt")
    func brokenContentFolders() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("broken-content").path).filter { !$0.hasPrefix(".") }
        #expect(folders.sorted() == brokenContentCases.sorted())
    }

    @Test("A failed check leaves the previous site untouched")
    func failedBuildKeepsOutput() throws {
        let workspace = try Workspace(fixture: "content-checks/good")
        try #require(workspace.build(today: fixtureToday).errorCount == 0)
        let before = snapshot(workspace.output)
        try workspace.write(try workspace.read("index.md") + "\nTODO\n", to: "index.md")
        #expect(workspace.build(today: fixtureToday).errorCount == 1)
        #expect(snapshot(workspace.output) == before)
    }
}

@Suite("Publicatiedata on the page")
struct PublicationPageTests {
    func page(on today: DayDate, schedule: String? = nil) throws -> (String, BuildReport) {
        let workspace = try Workspace(fixture: "content-checks/good")
        if let schedule { try workspace.write(schedule, to: PublicationSchedule.fileName) }
        let report = workspace.build(today: today)
        try #require(report.errorCount == 0, "\(report.listing)")
        return (try workspace.outputText("registratie/publicatiedata.html"), report)
    }

    /// The table's rows as (date, state).
    func rows(_ html: String) -> [(String, String)] {
        let body = slice(html, from: "<tbody>", to: "</tbody>") ?? ""
        return body.components(separatedBy: "<tr>").dropFirst().map { row in
            let date = slice(row, from: "\">", to: "</time>") ?? ""
            let state = (slice(row, from: "</td><td>", to: "</td>") ?? "")
                .replacingOccurrences(of: "<strong>", with: "").replacingOccurrences(of: "</strong>", with: "")
            return (date, state)
        }
    }

    @Test("On 2026-11-30 the next date is 29 januari 2027, worked out from the data")
    func nextDateAhead() throws {
        let (html, report) = try page(on: fixtureToday)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        #expect(html.contains("De volgende publicatiedatum is <strong><time datetime=\"2027-01-29\">29 januari 2027</time></strong>."))
        #expect(rows(html).map { $0.1 } == ["geweest", "geweest", "geweest", "volgende"])
        #expect(html.contains("Zo staat het op 30 november 2026"))
        #expect(html.contains("<span class=\"bron-code\">S0</span> De eigen bron: Publicatiedata."))
    }

    @Test("On the publicatiedatum itself that date is still the next one")
    func dateOfToday() throws {
        let (html, _) = try page(on: DayDate(year: 2027, month: 1, day: 29))
        #expect(rows(html).map { $0.1 } == ["geweest", "geweest", "geweest", "volgende"])
    }

    @Test("Earlier in the year the later dates are 'gepland'")
    func plannedDates() throws {
        let (html, _) = try page(on: DayDate(year: 2026, month: 3, day: 1))
        #expect(rows(html).map { $0.1 } == ["geweest", "volgende", "gepland", "gepland"])
        #expect(html.contains("<time datetime=\"2026-05-29\">29 mei 2026</time></strong>."))
    }

    @Test("With every date past, the page says there is no next date and does not pretend; check warns")
    func allPast() throws {
        let (html, report) = try page(on: DayDate(year: 2027, month: 2, day: 1))
        #expect(html.contains("In dit routeboek staat geen volgende publicatiedatum."))
        #expect(!html.contains("De volgende publicatiedatum is"))
        #expect(report.warnings.filter { $0.file.hasSuffix(PublicationSchedule.fileName) }.map(\.message)
                == ["er ligt geen publicatiedatum meer voor ons (de laatste is 2027-01-29, vandaag is 2027-02-01): voeg de publicatiedata van 2028 toe, of schrijf 'volgende: onbekend' als ze nog niet bekend zijn"])
    }

    @Test("With 'volgende: onbekend' the page says the next dates are not yet known; check prints a notice")
    func nextUnknown() throws {
        let schedule = """
        pagina: registratie/publicatiedata.md
        bron:
          bestand: 000_bron.txt
          onderdeel: Publicatiedata
        data:
          - 2026-01-30
          - 2026-09-30
        volgende: onbekend
        """
        let (html, report) = try page(on: fixtureToday, schedule: schedule)
        #expect(html.contains("<strong>De volgende publicatiedata zijn nog niet bekend.</strong> De laatste publicatiedatum was <time datetime=\"2026-09-30\">30 september 2026</time>."))
        #expect(!html.contains("De volgende publicatiedatum is"))
        #expect(report.warningCount == 0 && report.noticeCount == 1, "\(report.listing)")
    }

    @Test("A known next date and unknown dates after it are both said")
    func nextKnownLaterUnknown() throws {
        let schedule = """
        pagina: registratie/publicatiedata.md
        bron:
          bestand: 000_bron.txt
          onderdeel: Publicatiedata
        data: [2026-09-30, 2027-01-29]
        volgende: onbekend
        """
        let (html, report) = try page(on: fixtureToday, schedule: schedule)
        #expect(html.contains("29 januari 2027</time></strong>. Welke data na <time datetime=\"2027-01-29\">29 januari 2027</time> komen, is nog niet bekend."))
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
    }

    @Test("Only the page the data file names shows the dates, and the data file is not copied to the site")
    func onlyOnItsPage() throws {
        let workspace = try Workspace(fixture: "content-checks/good")
        try #require(workspace.build(today: fixtureToday).errorCount == 0)
        #expect(!(try workspace.outputText("index.html")).contains("publicatiedata-tabel"))
        #expect(!workspace.outputExists(PublicationSchedule.fileName))
    }

    @Test("The year to add: the one after the last date, or this year when the list is older")
    func yearToAdd() {
        #expect(DateChecks.yearToAdd(last: DayDate(year: 2026, month: 9, day: 30), today: fixtureToday) == 2027)
        #expect(DateChecks.yearToAdd(last: DayDate(year: 2025, month: 9, day: 30), today: DayDate(year: 2027, month: 3, day: 1)) == 2027)
    }

    @Test("Months are added on the calendar; a missing day becomes the month's last")
    func addingMonths() {
        #expect(DayDate(year: 2025, month: 11, day: 30).adding(months: 12) == DayDate(year: 2026, month: 11, day: 30))
        #expect(DayDate(year: 2026, month: 1, day: 31).adding(months: 1) == DayDate(year: 2026, month: 2, day: 28))
        #expect(DayDate(year: 2027, month: 12, day: 15).adding(months: 2) == DayDate(year: 2028, month: 2, day: 15))
    }
}

@Suite("Contact in the footer")
struct ContactTests {
    @Test("Without a contact in site.yml the footer points to the school's SOT-consulent")
    func pointsToSOTConsulent() throws {
        let workspace = try Workspace(fixture: "content-checks/good")
        try #require(workspace.build(today: fixtureToday).errorCount == 0)
        let html = try workspace.outputText("index.html")
        #expect(html.contains("Neem contact op met de SOT-consulent van je school."))
        #expect(!html.contains("mailto:"))
    }

    @Test("With a real contact the footer shows it, and not the SOT-consulent text")
    func showsRealContact() throws {
        let workspace = try Workspace(fixture: "content-checks/good")
        let settings = try workspace.read("site.yml").replacingOccurrences(
            of: "bijgewerkt-max-maanden: 12", with: "contact:\n  naam: Team thuiszitters\n  email: thuiszitters@swv.test\nbijgewerkt-max-maanden: 12")
        try workspace.write(settings, to: "site.yml")
        let report = workspace.build(today: fixtureToday)
        try #require(report.errorCount == 0, "\(report.listing)")
        let html = try workspace.outputText("index.html")
        #expect(html.contains("<a href=\"mailto:thuiszitters@swv.test\">thuiszitters@swv.test</a>"))
        #expect(!html.contains("SOT-consulent van je school"))
    }
}

@Suite("PlaceholderScan")
struct PlaceholderScanTests {
    @Test("Whole words and example domains only: real words and real domains pass")
    func wholeWords() {
        let clean = "Een fotodossier, een todolijst-achtig woord? Nee: todolijst, loremipsum, myexample.org en example.organisatie.nl."
        #expect(PlaceholderScan.scan(clean, file: "x").isEmpty)
    }

    @Test("Subdomains, e-mail addresses and any case are found, each at its own column")
    func found() {
        let text = "Zie https://www.example.org/a en\nmail Iemand@Example.Com of TODO en lorem."
        let found = PlaceholderScan.scan(text, file: "x.md").map(\.description)
        #expect(found == [
            "x.md:1:17: fout RB115: plaatshouder 'example.org': een voorbeelddomein is geen echt adres; schrijf het echte adres of haal het weg",
            "x.md:2:13: fout RB115: plaatshouder 'Example.Com': een voorbeelddomein is geen echt adres; schrijf het echte adres of haal het weg",
            "x.md:2:28: fout RB116: plaatshouder 'TODO': maak de tekst af (of haal de notitie weg) voordat je publiceert",
            "x.md:2:36: fout RB117: plaatshouder 'lorem': vervang de opvultekst door de echte tekst",
        ])
    }

    @Test("The byte pre-check finds a placeholder at the very start and end, in any case, and nothing in near misses")
    func preCheck() {
        for text in ["todo", "x TODO", "Lorem", "loreM.", "eXample.ORG", "a\nExample.net"] {
            #expect(PlaceholderScan.mayContainPlaceholder(text), "\(text)")
        }
        for text in ["", "t", "tod", "lore", "example", "example.nl", "to do", "éxample.org", "l\u{301}orem"] {
            #expect(!PlaceholderScan.mayContainPlaceholder(text), "\(text)")
        }
    }

    @Test("An empty samenvatting is found past the byte pre-check: blank, quoted, Unicode space, CRLF, a later line")
    func emptySummaryPreCheck() {
        let cases: [(text: String, lines: [Int])] = [
            ("---\ntitel: A\nsamenvatting: Een tekst\n---\nBody", []),
            ("---\ntitel: A\nsamenvatting:\n---\n", [3]),
            ("---\ntitel: A\nsamenvatting:   \t\n---\n", [3]),
            ("---\ntitel: A\nsamenvatting: \"\"\n---\n", [3]),
            ("---\ntitel: A\nsamenvatting: ''\n---\n", [3]),
            ("---\ntitel: A\nsamenvatting: \"Wel tekst\"\n---\n", []),
            ("---\ntitel: A\nsamenvatting: \u{00A0}\n---\n", [3]),
            ("---\ntitel: A\nsamenvatting: één\n---\n", []),
            ("---\r\ntitel: A\r\nsamenvatting:\r\n---\r\n", [3]),
            ("---\r\ntitel: A\r\nsamenvatting: Tekst\r\n---\r\n", []),
            ("---\rtitel: A\rsamenvatting:\r---\r", [3]),
            ("\u{FEFF}---\ntitel: A\nsamenvatting:\n---\n", [3]),
            ("---\ntitel: A\nsamenvatting:\n  vervolg op de volgende regel\n---\n", []),
            ("---\nsamenvatting: Tekst\ntitel: A\nsamenvatting:\n---\n", [4]),
            ("---\ntitel: A\n---\nsamenvatting:\n", []),
            ("---\ntitel: A\nsamenvatting:", [3]),
        ]
        for (text, lines) in cases {
            let found = PlaceholderScan.emptyTextKeys(in: text, file: "x.md").map(\.line)
            #expect(found == lines, "\(text.debugDescription)")
        }
    }

    @Test("The front matter's end is where Foundation's search finds the first \\n--- after the opening line")
    func frontMatterEnd() {
        let texts = ["---\ntitel: A\n---\nTekst", "---\ntitel: A\n", "---", "---\n---", "---\ntitel: é\n--\u{301}-\n---\nx",
                     "---\ntitel: A\n---\u{301}\nsamenvatting:\n---\n", "---\ntitel: A\n---é\n"]
        for text in texts {
            let foundation = text.dropFirst(3).range(of: "\n---").map(\.upperBound)
            #expect(PlaceholderScan.endOfFirstClosingLine(in: text) == foundation, "\(text.debugDescription)")
        }
    }
}
