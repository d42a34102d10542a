import Beslisboom
import Foundation

/// `routeboek beslis`: loads only the decision tree and follows a set of answers.
public enum TreeQuery {
    public struct Answer: Sendable {
        public var question: String
        public var option: String
        public init(question: String, option: String) {
            self.question = question
            self.option = option
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case invalidTree([Diagnostic])
        case evaluation(String)

        public var description: String {
            switch self {
            case .invalidTree(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
            case .evaluation(let message): "error: \(message)"
            }
        }
    }

    public static func evaluate(content: URL, answers: [Answer]) throws(Failure) -> (tree: DecisionTree, result: Evaluation) {
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
            guard map[answer.question] == nil else { throw .evaluation("question '\(answer.question)' is answered twice") }
            map[answer.question] = answer.option
        }
        do {
            return (tree, try tree.evaluate(answers: map))
        } catch {
            throw .evaluation(error.description)
        }
    }

    public static func text(_ evaluation: Evaluation, tree: DecisionTree) -> String {
        let outcome = evaluation.outcome
        var lines = ["Route: \(evaluation.route.steps.routeDescription)", "", outcome.title, ""]
        lines.append("Registratie:            \(TreeLabels.registration(outcome))")
        if let report = TreeLabels.duoReport(outcome.duoReport) { lines.append("DUO-melding:            \(report)") }
        lines.append("Afwijking onderwijstijd: \(TreeLabels.deviation(outcome.deviation))")
        lines.append("Thuiszitter:            \(TreeLabels.thuiszitter(outcome.isThuiszitter))")
        lines.append("Regie:                  \(TreeLabels.regie(outcome.regie))")
        for id in outcome.showFacts {
            if let fact = tree.factsByID[id], let value = evaluation.facts[id] {
                lines.append("\(fact.label): \(fact.label(of: value) ?? value)")
            }
        }
        lines.append("")
        lines.append("Acties:")
        for id in outcome.actions {
            guard let action = tree.actionsByID[id] else { continue }
            lines.append("- \(action.what) (wie: \(action.who); wanneer: \(action.when))")
        }
        return lines.joined(separator: "\n")
    }

    public static func json(_ evaluation: Evaluation, tree: DecisionTree) -> String {
        let outcome = evaluation.outcome
        var result: [String: Any] = [
            "route": evaluation.route.steps.map { ["vraag": $0.question, "optie": $0.option] },
            "feiten": evaluation.facts,
            "uitkomst": [
                "id": outcome.id,
                "titel": outcome.title,
                "registratie": outcome.registrations.map(\.rawValue),
                "registratieLabel": TreeLabels.registration(outcome),
                "duo-melding": outcome.duoReport.rawValue,
                "afwijking": outcome.deviation.rawValue,
                "afwijkingLabel": TreeLabels.deviation(outcome.deviation),
                "thuiszitter": outcome.isThuiszitter,
                "regie": outcome.regie.rawValue,
                "acties": outcome.actions.compactMap { tree.actionsByID[$0] }.map { ["id": $0.id, "wat": $0.what, "wie": $0.who, "wanneer": $0.when] },
            ] as [String: Any],
        ]
        result["routeTekst"] = evaluation.route.steps.routeDescription
        guard let data = try? JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
