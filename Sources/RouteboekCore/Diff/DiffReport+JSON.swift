import Beslisboom
import Foundation

extension DiffReport {
    /// For other tools: every change with full texts. Keys in Dutch as in `routeboek beslis --json`;
    /// documented in docs/diff.md.
    func json() -> String {
        let document = JSONDiff(
            van: .init(revisie: revision, commit: commit), naar: "werkkopie",
            routes: .init(voorheen: diff.routeCountBefore, nu: diff.routeCountAfter, hetzelfde: diff.unchangedRouteCount),
            routeWijzigingen: diff.routes.map(JSONDiff.RouteChangeEntry.init),
            vragen: .init(erbij: diff.questionsAdded.map(JSONDiff.QuestionEntry.init), eraf: diff.questionsRemoved.map(JSONDiff.QuestionEntry.init)),
            opties: .init(erbij: diff.optionsAdded.map(JSONDiff.OptionEntry.init), eraf: diff.optionsRemoved.map(JSONDiff.OptionEntry.init)),
            acties: diff.actionChanges.map(JSONDiff.ActionEntry.init),
            verwoording: diff.rewordings.map(JSONDiff.RewordingEntry.init),
            paginas: diff.pages.map(JSONDiff.PageEntry.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The JSON document of `routeboek diff --format json`.
struct JSONDiff: Encodable {
    struct Revision: Encodable { var revisie: String; var commit: String }
    struct Counts: Encodable { var voorheen: Int; var nu: Int; var hetzelfde: Int }

    struct Place: Encodable {
        var bestand: String
        var regel: Int
        var kolom: Int
        init?(_ position: SourcePosition?) {
            guard let position else { return nil }
            bestand = position.file
            regel = position.line
            kolom = position.column
        }
    }

    struct StepEntry: Encodable { var vraag: String; var optie: String }

    /// A route and its answer; every outcome attribute under its key (`registratie`, `duo-melding`, ...).
    struct RouteEntry: Encodable {
        var route: [StepEntry]
        var routeTekst: String
        var uitkomst: String
        var titel: String
        var attributes: [(key: String, value: AttributeValue)]
        var acties: [String]
        var eerstDoen: [String]

        init(_ state: RouteState) {
            route = state.steps.map { StepEntry(vraag: $0.question, optie: $0.option) }
            routeTekst = state.steps.routeDescription
            let answer = state.answer
            uitkomst = answer.outcome
            titel = answer.outcomeTitle
            attributes = OutcomeAttribute.all.map { ($0.key, $0.value(of: answer.outcomeModel)) }
            acties = answer.actions
            eerstDoen = answer.firstActions
        }

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ string: String) { stringValue = string }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(route, forKey: Key("route"))
            try container.encode(routeTekst, forKey: Key("routeTekst"))
            try container.encode(uitkomst, forKey: Key("uitkomst"))
            try container.encode(titel, forKey: Key("titel"))
            for (key, value) in attributes {
                switch value {
                case .words(let words): try container.encode(words, forKey: Key(key))
                case .word(let word): try container.encode(word, forKey: Key(key))
                case .yesNo(let yes): try container.encode(yes, forKey: Key(key))
                }
            }
            try container.encode(acties, forKey: Key("acties"))
            try container.encode(eerstDoen, forKey: Key("eerst-doen"))
        }
    }

    struct RouteChangeEntry: Encodable {
        var soort: String
        var anderAntwoord: Bool
        var voorheen: RouteEntry?
        var nu: RouteEntry?
        var velden: [String]
        var actiesErbij: [String]
        var actiesEraf: [String]
        var plek: Place?

        init(_ change: RouteChange) {
            soort = change.kind.rawValue
            anderAntwoord = change.answerChanged
            voorheen = change.before.map(RouteEntry.init)
            nu = change.after.map(RouteEntry.init)
            velden = change.fields.map(\.rawValue)
            actiesErbij = change.actionsAdded
            actiesEraf = change.actionsRemoved
            plek = Place(change.position)
        }
    }

    struct QuestionEntry: Encodable {
        var id: String
        var vraag: String
        var plek: Place?
        init(_ question: QuestionInfo) {
            id = question.id
            vraag = question.text
            plek = Place(question.position)
        }
    }

    struct OptionEntry: Encodable {
        var vraag: String
        var optie: String
        var label: String
        var plek: Place?
        init(_ option: OptionInfo) {
            vraag = option.question
            optie = option.id
            label = option.label
            plek = Place(option.position)
        }
    }

    struct ActionEntry: Encodable {
        var id: String
        var veld: String
        var voorheen: String
        var nu: String
        var routes: Int
        var plek: Place?
        init(_ change: ActionChange) {
            id = change.id
            veld = change.field.rawValue
            voorheen = change.before
            nu = change.after
            routes = change.routeCount
            plek = Place(change.position)
        }
    }

    struct RewordingEntry: Encodable {
        var soort: String
        var id: String
        var voorheen: String
        var nu: String
        var plek: Place?
        init(_ rewording: Rewording) {
            soort = rewording.kind.rawValue
            id = rewording.id
            voorheen = rewording.before
            nu = rewording.after
            plek = Place(rewording.position)
        }
    }

    struct PageEntry: Encodable {
        var soort: String
        var pagina: String
        var titelVoorheen: String?
        var titelNu: String?
        init(_ page: PageChange) {
            soort = page.kind.rawValue
            pagina = page.path
            titelVoorheen = page.titleBefore
            titelNu = page.titleAfter
        }
    }

    struct Pair<T: Encodable>: Encodable { var erbij: [T]; var eraf: [T] }

    var van: Revision
    var naar: String
    var routes: Counts
    var routeWijzigingen: [RouteChangeEntry]
    var vragen: Pair<QuestionEntry>
    var opties: Pair<OptionEntry>
    var acties: [ActionEntry]
    var verwoording: [RewordingEntry]
    var paginas: [PageEntry]
}
