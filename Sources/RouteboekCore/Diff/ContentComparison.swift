import Beslisboom

/// Compares two states of the content: the routes of the beslisboom (RouteComparison), its questions,
/// options, actions and texts, and the pages.
public enum ContentComparison {
    public static func compare(before: ContentSnapshot, after: ContentSnapshot) -> ContentDiff {
        var diff = ContentDiff()
        let routes = RouteComparison(before: before.tree, after: after.tree).compare()
        diff.routes = routes.changes
        diff.unchangedRouteCount = routes.unchanged
        diff.routeCountBefore = routes.countBefore
        diff.routeCountAfter = routes.countAfter
        compareQuestions(before.tree, after.tree, into: &diff)
        var routesWithAction: [String: Int] = [:]
        for state in routes.statesAfter { for id in state.answer.actions { routesWithAction[id, default: 0] += 1 } }
        compareActions(before.tree, after.tree, routesWith: routesWithAction, into: &diff)
        compareOutcomeTexts(before.tree, after.tree, into: &diff)
        diff.pages = comparePages(before.pages, after.pages)
        for tree in [before.tree, after.tree].compactMap({ $0 }) {
            for action in tree.actions { diff.actionTitles[action.id] = action.title }
        }
        return diff
    }

    private static func compareQuestions(_ old: DecisionTree?, _ new: DecisionTree?, into diff: inout ContentDiff) {
        let oldQuestions = old?.questions ?? [], newQuestions = new?.questions ?? []
        let oldByID = old?.questionsByID ?? [:], newByID = new?.questionsByID ?? [:]
        diff.questionsAdded = newQuestions.filter { oldByID[$0.id] == nil }.map { QuestionInfo(id: $0.id, text: $0.text, position: $0.position) }
        diff.questionsRemoved = oldQuestions.filter { newByID[$0.id] == nil }.map { QuestionInfo(id: $0.id, text: $0.text, position: nil) }
        for question in newQuestions {
            guard let earlier = oldByID[question.id] else { continue }
            let id = question.id
            reworded(.questionText, id, earlier.text, question.text, question.position, into: &diff)
            reworded(.questionHint, id, earlier.hint ?? "", question.hint ?? "", question.position, into: &diff)
            for option in question.options {
                guard let earlierOption = earlier.option(option.id) else {
                    diff.optionsAdded.append(OptionInfo(question: id, id: option.id, label: option.label, position: option.position))
                    continue
                }
                reworded(.optionLabel, "\(id)=\(option.id)", earlierOption.label, option.label, option.position, into: &diff)
            }
            for option in earlier.options where question.option(option.id) == nil {
                diff.optionsRemoved.append(OptionInfo(question: id, id: option.id, label: option.label, position: question.position))
            }
        }
    }

    private static func compareActions(_ old: DecisionTree?, _ new: DecisionTree?, routesWith: [String: Int], into diff: inout ContentDiff) {
        guard let old, let new else { return }
        for action in new.actions {
            guard let earlier = old.actionsByID[action.id] else { continue }
            let id = action.id
            reworded(.actionTitle, id, earlier.title, action.title, action.position, into: &diff)
            reworded(.actionText, id, earlier.what, action.what, action.position, into: &diff)
            reworded(.actionWhen, id, earlier.whenText, action.whenText, action.position, into: &diff)
            let pairs: [(ActionChange.Field, String, String)] = [
                (.kind, earlier.kind.rawValue, action.kind.rawValue),
                (.who, earlier.who, action.who),
                (.deadline, DeadlineText.yaml(earlier.deadline), DeadlineText.yaml(action.deadline)),
            ]
            for (field, before, after) in pairs where before != after {
                diff.actionChanges.append(ActionChange(id: id, field: field, before: before, after: after,
                                                       routeCount: routesWith[id] ?? 0, position: action.position))
            }
        }
    }

    private static func compareOutcomeTexts(_ old: DecisionTree?, _ new: DecisionTree?, into diff: inout ContentDiff) {
        guard let old, let new else { return }
        for outcome in new.outcomes {
            guard let earlier = old.outcomesByID[outcome.id] else { continue }
            reworded(.outcomeTitle, outcome.id, earlier.title, outcome.title, outcome.position(of: "titel"), into: &diff)
            reworded(.outcomeSummary, outcome.id, earlier.summary, outcome.summary, outcome.position(of: "samenvatting"), into: &diff)
            reworded(.outcomeNote, outcome.id, earlier.note ?? "", outcome.note ?? "", outcome.position(of: "opmerking"), into: &diff)
        }
    }

    private static func reworded(_ kind: Rewording.Kind, _ id: String, _ before: String, _ after: String,
                                 _ position: SourcePosition?, into diff: inout ContentDiff) {
        guard before != after else { return }
        diff.rewordings.append(Rewording(kind: kind, id: id, before: before, after: after, position: position))
    }

    static func comparePages(_ old: [String: ContentSnapshot.PageInfo], _ new: [String: ContentSnapshot.PageInfo]) -> [PageChange] {
        var changes: [PageChange] = []
        for path in Set(old.keys).union(new.keys).sorted() {
            switch (old[path], new[path]) {
            case let (nil, page?):
                changes.append(PageChange(kind: .added, path: path, titleBefore: nil, titleAfter: page.title))
            case let (page?, nil):
                changes.append(PageChange(kind: .removed, path: path, titleBefore: page.title, titleAfter: nil))
            case let (earlier?, page?) where earlier.title != page.title:
                changes.append(PageChange(kind: .retitled, path: path, titleBefore: earlier.title, titleAfter: page.title))
            case let (earlier?, page?) where earlier.text != page.text:
                changes.append(PageChange(kind: .edited, path: path, titleBefore: earlier.title, titleAfter: page.title))
            default:
                continue
            }
        }
        return changes
    }
}

/// A term as it is written in acties.yml, to show what changed.
enum DeadlineText {
    static func yaml(_ deadline: Deadline) -> String {
        switch deadline {
        case .immediately: "direct"
        case .ongoing: "doorlopend"
        case .unspecified: "geen"
        case let .within(span, anchor): "binnen \(span) na \(anchor.rawValue)"
        case let .from(span, anchor): "vanaf \(span) na \(anchor.rawValue)"
        case let .every(span, upTo): "elke \(span)" + (upTo.map { " tot \($0)" } ?? "")
        case .at(let occasion): "bij \(occasion.rawValue)"
        }
    }
}
