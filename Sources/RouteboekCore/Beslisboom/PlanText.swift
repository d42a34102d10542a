import Beslisboom
import Foundation

/// The Dutch words for a plan: group headings, dates and deadlines. The tool's script gets the same
/// words through the embedded model, so the pages, the script and `routeboek beslis` say the same.
enum PlanText {
    static func group(_ group: PlanGroup) -> String {
        switch group {
        case .now: "Nu"
        case .thisWeek: "Deze week"
        case .twoWeeks: "Binnen 2 weken"
        case .later: "Later"
        case .atJES: "Bij het JES-overleg"
        case .onOccasion: "Als het zover is"
        case .recurring: "Steeds opnieuw"
        case .ongoing: "Doorlopend"
        case .noTerm: "Zonder vaste termijn"
        }
    }

    /// How the plan counts, said wherever dates are given: school holidays are not in the model, and
    /// no source says whether the 4 weeks run on in one.
    static let counting = "Weken tellen door in schoolvakanties; werkdagen slaan alleen weekends en feestdagen over. "
        + "Of de 4 weken in een vakantie doortellen, zeggen de bronnen niet."

    static func kind(_ kind: ActionKind) -> String {
        switch kind {
        case .required: "Verplicht"
        case .recommended: "Aanbevolen"
        }
    }

    static func anchor(_ anchor: DeadlineAnchor) -> String {
        switch anchor {
        case .firstAbsence: "Eerste dag afwezig"
        case .firstSignals: "Eerste signalen van zorgwekkend verzuim"
        case .sixteenHours: "Datum waarop 16 uur bereikt was"
        case .previousJES: "Datum van het vorige JES-overleg"
        case .deregistration: "Datum van de uitschrijving"
        }
    }

    /// "na de eerste verzuimdag": what a term counts from, in a phrase.
    static func after(_ anchor: DeadlineAnchor) -> String {
        switch anchor {
        case .firstAbsence: "na de eerste verzuimdag"
        case .firstSignals: "na de eerste signalen van zorgwekkend verzuim"
        case .sixteenHours: "nadat 16 uur bereikt was"
        case .previousJES: "na het vorige JES-overleg"
        case .deregistration: "na de uitschrijving"
        }
    }

    static func occasion(_ occasion: Occasion) -> String {
        switch occasion {
        case .jes: "bij elk JES-overleg"
        case .duoReport: "bij elke melding bij DUO"
        case .endOfLeave: "op de eerste lesdag na het verlof"
        case .application: "als de ouders de leerling aanmelden"
        case .intendedRemoval: "zodra er een voornemen tot verwijdering is"
        case .sixteenHoursAgain: "elke keer dat opnieuw 16 uur bereikt is"
        case .returnOrDeregistration: "als de leerling weer naar school gaat of wordt uitgeschreven"
        }
    }

    /// A date that contradicts today or the answers, as the result warns about it (short: it also prints).
    static func conflict(_ conflict: DateConflict, today: Day) -> String {
        let given = "Let op: \u{2018}\(anchor(conflict.anchor))\u{2019} (\(conflict.day.dutch))"
        switch conflict.kind {
        case .afterToday:
            return given + " ligt na vandaag. Kijk de datum na."
        case let .tooRecent(answers):
            return given + " is \(daysAgo(conflict.day.days(until: today))), maar volgens je antwoorden minstens \(answers) geleden. Kijk de datum na."
        case let .beforeFirstAbsence(first):
            return given + " ligt v\u{00F3}\u{00F3}r \u{2018}\(anchor(.firstAbsence))\u{2019} (\(first.dutch)). Kijk de datums na."
        case let .notALesdag(reason):
            let what = switch reason {
            case .saturday: "een zaterdag"
            case .sunday: "een zondag"
            case .holiday: "een feestdag"
            }
            return given + " is \(what), geen lesdag. Kijk de datum na."
        }
    }

    static func daysAgo(_ days: Int) -> String {
        switch days {
        case 0: "vandaag"
        case 1: "gisteren"
        default: "\(days) dagen geleden"
        }
    }

    /// The deadline in a few words, from the structured term: a date when the user gave one.
    /// The editor's fuller wording (`wanneer`) is shown with the action's details.
    static func due(_ planned: PlannedAction) -> String {
        let deadline = planned.action.deadline
        var text: String
        switch deadline {
        case .immediately: text = planned.due == nil ? "nu" : "vandaag"
        case let .within(span, anchor):
            text = planned.due.map { "uiterlijk \($0.dutch)" } ?? "uiterlijk \(span) \(after(anchor))"
        case let .from(span, anchor):
            text = planned.due.map { "vanaf \($0.dutch)" } ?? "vanaf \(span) \(after(anchor))"
        case let .every(span, upTo):
            let every = span.amount == 1 ? "elke \(span.unitWord)" : "elke \(span)"
            let range = upTo.map { "elke \(span.amount) tot \($0)" } ?? every
            text = planned.due.map { "\(range), volgende keer uiterlijk \($0.dutch)" } ?? range
        case let .at(moment): text = occasion(moment)
        case .ongoing: text = "doorlopend"
        case .unspecified: text = "geen vaste termijn"
        }
        if let late = planned.daysLate { text += late == 1 ? " (1 dag te laat)" : " (\(late) dagen te laat)" }
        if planned.alreadyDue { text = "te laat: \(text)" }
        return text
    }

    /// A source as one line: its code and title (or the page's title for a URL) and the passage.
    static func source(_ reference: SourceReference, site: SiteConfig?) -> String {
        if reference.isURL { return "\(reference.title ?? reference.file): \(reference.part)" }
        let known = site?.source(file: reference.file)
        let name = known.map { "\($0.code) \($0.title)" } ?? reference.file
        return "\(name): \(reference.part)"
    }
}

extension Day {
    private static let monthNames = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                                     "augustus", "september", "oktober", "november", "december"]

    /// "14 december 2026".
    var dutch: String { "\(day) \(Self.monthNames[month - 1]) \(year)" }

    /// Today on this machine's clock, in its time zone.
    static var today: Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(ordinal: 20_000)
    }
}
