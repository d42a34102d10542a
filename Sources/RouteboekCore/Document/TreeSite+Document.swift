import Beslisboom
import Flowchart

/// What the whole document shows of the beslisboom: the flowchart of the whole tree and every route
/// with its outcome, taken from the TreeSite that makes the tree's own pages in the same build.
struct TreeDocumentAppendix {
    struct Answer {
        var question: String
        var answer: String
    }

    struct RouteRow {
        var number: Int
        var answers: [Answer]
        var registration: String
        var deviation: String
        var thuiszitter: String
        var outcome: String
    }

    /// The same figure as the stroomschema page (image and text version); nil when it could not be drawn.
    var flowchartHTML: String?
    var routes: [RouteRow]
}

extension TreeSite {
    /// The one call the document makes into the tree: its flowchart graph (the graph the stroomschema
    /// page draws, through the same cache) and its routes in the order of the "Alle routes" table.
    func documentAppendix(diagnostics: DiagnosticLog) -> TreeDocumentAppendix {
        var figure: String?
        do {
            figure = try flowcharts.figure(graph: flowchartGraph(), idPrefix: "beslisboom")
        } catch {
            diagnostics.add(tree.startPosition?.file ?? ContentScanner.treeFolder,
                            .treeFlowchartFailed(error.message.text))
        }
        let routes = enumeration.routes.enumerated().compactMap { index, route -> TreeDocumentAppendix.RouteRow? in
            guard let outcome = tree.outcomesByID[route.outcomeID] else { return nil }
            let answers = route.steps.map { step in
                let question = tree.questionsByID[step.question]
                return TreeDocumentAppendix.Answer(question: question?.text ?? step.question,
                                                   answer: question?.option(step.option)?.label ?? step.option)
            }
            return .init(number: index + 1, answers: answers, registration: TreeLabels.registrationWithReport(outcome),
                         deviation: OutcomeAttribute.deviation.label(of: outcome) ?? "",
                         thuiszitter: OutcomeAttribute.thuiszitter.label(of: outcome) ?? "", outcome: outcome.title)
        }
        return TreeDocumentAppendix(flowchartHTML: figure, routes: routes)
    }
}
