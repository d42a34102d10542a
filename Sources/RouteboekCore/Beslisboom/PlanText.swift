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

    static func kind(_ kind: ActionKind) -> String {
        switch kind {
        case .required: "Verplicht"
        case .recommended: "Aanbevolen"
        }
    }

    static func anchor(_ anchor: DeadlineAnchor) -> String {
        switch anchor {
        case .firstAbsence: "Eerste dag afwezig"
        case .sixteenHours: "Datum waarop 16 uur bereikt was"
        case .previousJES: "Datum van het vorige JES-overleg"
        }
    }

    /// The deadline of a planned action in words: a date when there is one, else the editor's text.
    static func due(_ planned: PlannedAction) -> String {
        var parts: [String] = []
        if let due = planned.due {
            switch planned.action.deadline {
            case .immediately: parts.append("vandaag")
            case .every: parts.append("volgende keer uiterlijk \(due.dutch)")
            default: parts.append("uiterlijk \(due.dutch)")
            }
        } else {
            parts.append(planned.action.whenText)
        }
        if let late = planned.daysLate { parts.append(late == 1 ? "1 dag te laat" : "\(late) dagen te laat") }
        if planned.alreadyDue { parts.append("had al moeten gebeuren") }
        return parts.joined(separator: "; ")
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
