import Beslisboom
import Foundation

/// `routeboek beslis`: loads only the decision tree and follows a set of answers to a dated plan.
public enum TreeQuery {
    public struct Answer: Sendable {
        public var question: String
        public var option: String
        public init(question: String, option: String) {
            self.question = question
            self.option = option
        }
    }

    /// The dates given on the command line, as written (`YYYY-MM-DD`).
    public struct Dates: Sendable {
        public var today: String?
        public var firstAbsence: String?
        public var firstSignals: String?
        public var sixteenHours: String?
        public var previousJES: String?
        public var deregistration: String?
        public init(today: String? = nil, firstAbsence: String? = nil, firstSignals: String? = nil, sixteenHours: String? = nil,
                    previousJES: String? = nil, deregistration: String? = nil) {
            self.today = today
            self.firstAbsence = firstAbsence
            self.firstSignals = firstSignals
            self.sixteenHours = sixteenHours
            self.previousJES = previousJES
            self.deregistration = deregistration
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case invalidTree([Diagnostic])
        case evaluation(String)

        public var description: String {
            switch self {
            case .invalidTree(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
            case .evaluation(let message): "fout: \(message)"
            }
        }
    }

    public struct Result: Sendable {
        public let tree: DecisionTree
        public let evaluation: Evaluation
        public let plan: Plan
        let site: SiteConfig?
    }

    public static func evaluate(content: URL, answers: [Answer], dates: Dates = Dates()) throws(Failure) -> Result {
        let folder = content.appendingPathComponent(ContentScanner.treeFolder)
        var texts: [String: String] = [:]
        for name in TreeLoader.files {
            if let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) { texts[name] = text }
        }
        var diagnostics: [Diagnostic] = []
        let tree = TreeLoader.load(texts: texts, displayFolder: BuildOptions.display(folder), diagnostics: &diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }
        guard let tree, errors.isEmpty else { throw .invalidTree(errors) }
        var map: [String: String] = [:]
        for answer in answers {
            // A misspelt question would otherwise show up later as a missing answer to the right one.
            guard tree.questionsByID[answer.question] != nil else {
                let ids = tree.questions.map(\.id)
                throw .evaluation("onbekende vraag '\(answer.question)' in --antwoord; de vragen zijn \(ids.joined(separator: ", "))"
                                  + Message.didYouMean(Spelling.closest(to: answer.question, among: ids)))
            }
            guard map[answer.question] == nil else { throw .evaluation("vraag '\(answer.question)' heeft twee antwoorden; geef er één") }
            map[answer.question] = answer.option
        }
        let evaluation: Evaluation
        do {
            evaluation = try tree.evaluate(answers: map)
        } catch {
            throw .evaluation(error.description)
        }
        let planDates = try planDates(dates)
        var ignored: [Diagnostic] = []
        let siteText = try? String(contentsOf: content.appendingPathComponent(SiteConfig.fileName), encoding: .utf8)
        let site = siteText.flatMap { SiteConfig.parse($0, file: SiteConfig.fileName, diagnostics: &ignored) }
        return Result(tree: tree, evaluation: evaluation, plan: tree.plan(evaluation, dates: planDates), site: site)
    }

    private static func planDates(_ dates: Dates) throws(Failure) -> PlanDates? {
        func day(_ text: String?, _ option: String) throws(Failure) -> Day? {
            guard let text else { return nil }
            guard let day = Day(iso: text) else { throw .evaluation(DayDate.optionProblem(option, written: text)) }
            return day
        }
        var anchors: [DeadlineAnchor: Day] = [:]
        anchors[.firstAbsence] = try day(dates.firstAbsence, "eerste-verzuimdag")
        anchors[.firstSignals] = try day(dates.firstSignals, "eerste-signalen")
        anchors[.sixteenHours] = try day(dates.sixteenHours, "datum-16-uur")
        anchors[.previousJES] = try day(dates.previousJES, "datum-vorige-jes")
        anchors[.deregistration] = try day(dates.deregistration, "datum-uitschrijving")
        let today = try day(dates.today, "vandaag") ?? Day.today
        return anchors.isEmpty ? nil : PlanDates(today: today, anchors: anchors)
    }

    public static func text(_ result: Result) -> String {
        let outcome = result.evaluation.outcome
        var lines = ["Route: \(result.evaluation.route.steps.routeDescription)", "", outcome.title, ""]
        // Every attribute with a label, its value starting in the same column.
        for attribute in OutcomeAttribute.all {
            guard let label = attribute.label(of: outcome) else { continue }
            let name = attribute.name + ":"
            lines.append(name + String(repeating: " ", count: max(1, 24 - name.count)) + label)
        }
        for id in outcome.showFacts {
            if let fact = result.tree.factsByID[id], let value = result.evaluation.facts[id] {
                lines.append("\(fact.label): \(fact.label(of: value) ?? value)")
            }
        }
        lines += ["", SearchText.collapsingWhitespace(outcome.summary)]
        if let dates = result.plan.dates {
            lines.append("")
            lines.append("Datums: vandaag \(dates.today.dutch)" + dates.anchors.sorted { $0.key.rawValue < $1.key.rawValue }
                .map { "; \(PlanText.anchor($0.key).lowercased()) \($0.value.dutch)" }.joined())
            lines.append(PlanText.counting)
            lines += result.plan.dateConflicts.map { PlanText.conflict($0, today: dates.today) }
        }
        func item(_ planned: PlannedAction) -> String {
            "- \(result.tree.text(of: planned.action, facts: result.evaluation.facts)) (\(PlanText.kind(planned.action.kind).lowercased()); wie: \(planned.action.who); wanneer: \(PlanText.due(planned)))"
        }
        if !result.plan.first.isEmpty {
            lines += ["", "Eerst doen:"] + result.plan.first.map(item)
        }
        for (heading, groups) in [("Verplicht", result.plan.required), ("Aanbevolen", result.plan.recommended)] where !groups.isEmpty {
            lines += ["", "\(heading):"]
            for (group, actions) in groups {
                lines.append("  \(PlanText.group(group)):")
                lines += actions.map { "  " + item($0) }
            }
        }
        // The caveats and the sources: the site shows them under Toelichting, and an auditor reading
        // the command's output needs them as much.
        if let note = outcome.note {
            lines += ["", "Toelichting:", SearchText.collapsingWhitespace(note)]
        }
        if !outcome.sources.isEmpty {
            lines += ["", "Bronnen:"] + outcome.sources.map { "- " + PlanText.source($0, site: result.site) }
        }
        return lines.joined(separator: "\n")
    }

    public static func json(_ result: Result) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(TreeQueryJSON(result)) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
