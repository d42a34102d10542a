import Beslisboom
import Foundation

/// The decision model as the tool's script reads it (docs/templates.md): the questions, the
/// outcomes with their actions and deadlines, the facts and the holiday list, so the script can
/// follow a route and compute the same plan as the model. Typed, then encoded once.
struct TreeToolModel: Encodable {
    struct ConditionModel: Encodable {
        let subject: String
        let anyOf: [String]?
        let noneOf: [String]?
        let allOf: [String]?

        init(_ condition: Condition) {
            subject = condition.subject
            anyOf = condition.anyOf
            noneOf = condition.noneOf
            allOf = condition.allOf
        }
    }

    struct ExceptionModel: Encodable {
        let when: [ConditionModel]
        let to: String
    }

    struct OptionModel: Encodable {
        let id: String
        let label: String
        let to: String
        let exceptions: [ExceptionModel]
    }

    struct QuestionModel: Encodable {
        let id: String
        let text: String
        let hintHTML: String
        let options: [OptionModel]
    }

    struct OutcomeModel: Encodable {
        let actions: [String]
    }

    struct SpanModel: Encodable {
        let amount: Int
        let unit: String

        init(_ span: Span) {
            amount = span.amount
            unit = span.unit.rawValue
        }
    }

    struct FactModel: Encodable {
        let label: String
        let values: [String: String]
        /// Value id → anchor → the time at least passed.
        let elapsed: [String: [String: SpanModel]]
    }

    /// One of: direct, binnen or vanaf (span + anchor), elke (span, upTo), bij (occasion), doorlopend, geen.
    struct DeadlineModel: Encodable {
        let type: String
        var span: SpanModel?
        var upTo: SpanModel?
        var anchor: String?
        var occasion: String?

        init(_ deadline: Deadline) {
            switch deadline {
            case .immediately: type = "direct"
            case let .within(span, anchor):
                type = "binnen"
                self.span = SpanModel(span)
                self.anchor = anchor.rawValue
            case let .from(span, anchor):
                type = "vanaf"
                self.span = SpanModel(span)
                self.anchor = anchor.rawValue
            case let .every(span, upTo):
                type = "elke"
                self.span = SpanModel(span)
                self.upTo = upTo.map(SpanModel.init)
            case let .at(occasion):
                type = "bij"
                self.occasion = occasion.rawValue
            case .ongoing: type = "doorlopend"
            case .unspecified: type = "geen"
            }
        }
    }

    struct SourceModel: Encodable {
        let text: String
        let url: String?
    }

    struct ActionModel: Encodable {
        let id: String
        let title: String
        let what: String
        let who: String
        let when: String
        let kind: String
        let deadline: DeadlineModel
        let conditions: [ConditionModel]
        let sources: [SourceModel]
        let href: String?
        let pageTitle: String?
    }

    struct HolidayModel: Encodable {
        let days: [String]
        let firstYear: Int?
        let lastYear: Int?
    }

    /// The Dutch words the script shows, from the same place the pages take them.
    struct LabelsModel: Encodable {
        let groups: [String: String]
        let kinds: [String: String]
        /// The name of each date field.
        let anchors: [String: String]
        /// "na de eerste verzuimdag", for terms without a date.
        let after: [String: String]
        let occasions: [String: String]
        /// How weeks and werkdagen are counted (PlanText.counting).
        let counting: String
    }

    let start: String
    let questions: [String: QuestionModel]
    let outcomes: [String: OutcomeModel]
    let facts: [String: FactModel]
    let optionFacts: [String: [String: String]]
    let actions: [String: ActionModel]
    let staticHref: [String: String]
    let holidays: HolidayModel
    let labels: LabelsModel

    init(tree: DecisionTree, enumeration: RouteEnumeration, site: SiteConfig, html: (String?) -> String,
         link: @escaping (String) -> (title: String, href: String)?) {
        start = tree.start
        var questions: [String: QuestionModel] = [:]
        var optionFacts: [String: [String: String]] = [:]
        for question in tree.questions {
            questions[question.id] = QuestionModel(
                id: question.id, text: question.text, hintHTML: html(question.hint),
                options: question.options.map { option in
                    OptionModel(id: option.id, label: option.label, to: option.to,
                                exceptions: option.exceptions.map { ExceptionModel(when: $0.when.map(ConditionModel.init), to: $0.to) })
                })
            for option in question.options where !option.facts.isEmpty { optionFacts["\(question.id)/\(option.id)"] = option.facts }
        }
        self.questions = questions
        self.optionFacts = optionFacts
        outcomes = Dictionary(tree.outcomes.map { ($0.id, OutcomeModel(actions: $0.actions)) },
                              uniquingKeysWith: { first, _ in first })
        var facts: [String: FactModel] = [:]
        for fact in tree.facts {
            var elapsed: [String: [String: SpanModel]] = [:]
            for (value, spans) in fact.elapsed {
                elapsed[value] = Dictionary(spans.map { ($0.key.rawValue, SpanModel($0.value)) }, uniquingKeysWith: { first, _ in first })
            }
            facts[fact.id] = FactModel(label: fact.label,
                                       values: Dictionary(fact.values.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first }),
                                       elapsed: elapsed)
        }
        self.facts = facts
        let planText = TreePlanContext(tree: tree, site: site, link: link)
        var actions: [String: ActionModel] = [:]
        for action in tree.actions {
            let target = action.page.flatMap(link)
            actions[action.id] = ActionModel(
                id: action.id, title: action.title, what: action.what, who: action.who, when: action.whenText,
                kind: action.kind.rawValue, deadline: DeadlineModel(action.deadline),
                conditions: action.conditions.map(ConditionModel.init),
                sources: planText.sources(action).map { SourceModel(text: $0.text, url: $0.url.isEmpty ? nil : $0.url) },
                href: target?.href, pageTitle: target?.title)
        }
        self.actions = actions
        var staticHref: [String: String] = [:]
        for (steps, _) in enumeration.questionPrefixes { staticHref[TreeStepPaths.key(steps)] = TreeTexts.rootToken + TreeStepPaths.path(steps) }
        for route in enumeration.routes { staticHref[TreeStepPaths.key(route.steps)] = TreeTexts.rootToken + TreeStepPaths.path(route.steps) }
        self.staticHref = staticHref
        holidays = HolidayModel(days: tree.holidays.holidays.map(\.day.description).sorted(),
                                firstYear: tree.holidays.years?.lowerBound, lastYear: tree.holidays.years?.upperBound)
        labels = LabelsModel(
            groups: Dictionary(PlanGroup.allCases.map { ($0.rawValue, PlanText.group($0)) }, uniquingKeysWith: { first, _ in first }),
            kinds: Dictionary(ActionKind.allCases.map { ($0.rawValue, PlanText.kind($0)) }, uniquingKeysWith: { first, _ in first }),
            anchors: Dictionary(DeadlineAnchor.allCases.map { ($0.rawValue, PlanText.anchor($0)) }, uniquingKeysWith: { first, _ in first }),
            after: Dictionary(DeadlineAnchor.allCases.map { ($0.rawValue, PlanText.after($0)) }, uniquingKeysWith: { first, _ in first }),
            occasions: Dictionary(Occasion.allCases.map { ($0.rawValue, PlanText.occasion($0)) }, uniquingKeysWith: { first, _ in first }),
            counting: PlanText.counting)
    }

    /// JSON that is safe inside a `<script type="application/json">` element: `<`, `>` and `&` are
    /// escaped, so no text an editor writes can close the element or open a comment.
    func scriptSafeJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        var result = ""
        result.reserveCapacity(data.count)
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
