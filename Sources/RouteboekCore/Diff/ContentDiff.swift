import Beslisboom

/// What a route answers: its outcome and the actions that apply on it.
public struct RouteAnswer: Sendable {
    public var outcomeModel: Outcome
    /// The outcome's actions whose `als` the route meets (`DecisionTree.actions(of:facts:)`).
    public var actionModels: [Action]
    /// The actions the route's plan puts under "Eerst doen" (without dates), in its order.
    public var firstActions: [String] = []

    /// The parts of an answer the diff compares; the actions are compared apart, as added or removed,
    /// and `eerst-doen` as what the plan puts first (an action moved to the top, or a term changed).
    public static let comparedSubjects: [OutcomeSubject] = [.outcome] + OutcomeAttribute.all.map(OutcomeSubject.attribute) + [.firstActions]

    /// A subject's value on the route, as the model's conditions see it.
    public func value(_ subject: OutcomeSubject) -> SubjectValue {
        subject == .firstActions ? .list(firstActions) : subject.value(of: outcomeModel, actions: actionModels)
    }

    public var outcome: String { outcomeModel.id }
    public var outcomeTitle: String { outcomeModel.title }
    /// The action ids, in the outcome's order.
    public var actions: [String] { actionModels.map(\.id) }
}

/// A route (its answers) and what it answers.
public struct RouteState: Sendable {
    public var steps: [Step]
    public var answer: RouteAnswer
}

/// One route that differs between the two states.
public struct RouteChange: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// The same answers give another answer.
        case changed = "gewijzigd"
        /// The route asks other questions now (one was added to or removed from it); `before` is the
        /// route it replaces, matched on the answers to the questions both states have.
        case rerouted = "andere-vragen"
        case added = "nieuw"
        case removed = "vervallen"
    }

    public var kind: Kind
    public var before: RouteState?
    public var after: RouteState?
    /// For changed and rerouted routes: the subjects whose value differs (of `RouteAnswer.comparedSubjects`),
    /// and the actions that came or went.
    public var fields: [OutcomeSubject]
    public var actionsAdded: [String]
    public var actionsRemoved: [String]
    /// Where in the working copy to look: the value or the `naar` that makes the difference.
    public var position: SourcePosition?

    /// Whether what the school registers or does differs (always for added and removed routes).
    public var answerChanged: Bool {
        kind == .added || kind == .removed || !fields.isEmpty || !actionsAdded.isEmpty || !actionsRemoved.isEmpty
    }

    /// The route as the working copy has it, or as it was when it is gone.
    public var steps: [Step] { after?.steps ?? before?.steps ?? [] }
}

public struct QuestionInfo: Sendable, Equatable {
    public var id: String
    public var text: String
    public var position: SourcePosition?
}

public struct OptionInfo: Sendable, Equatable {
    public var question: String
    public var id: String
    public var label: String
    public var position: SourcePosition?
}

/// A text that changed while the thing it belongs to kept its id: a rewording, not a change of answer.
public struct Rewording: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case questionText = "vraag"
        case questionHint = "uitleg"
        case optionLabel = "label"
        case outcomeTitle = "titel"
        case outcomeSummary = "samenvatting"
        case outcomeNote = "opmerking"
        case actionTitle = "kort"
        case actionText = "wat"
        case actionWhen = "wanneer"
    }

    public var kind: Kind
    /// The question id, `question=option`, the outcome id or the action id.
    public var id: String
    public var before: String
    public var after: String
    public var position: SourcePosition?
}

/// A change to an action that is more than wording: who does it, by when, verplicht or aanbevolen.
/// It reaches every route that has the action.
public struct ActionChange: Sendable, Equatable {
    public enum Field: String, Sendable, CaseIterable {
        case kind = "soort"
        case who = "wie"
        case deadline = "termijn"
    }

    public var id: String
    public var field: Field
    public var before: String
    public var after: String
    /// How many routes of the working copy have the action.
    public var routeCount: Int
    public var position: SourcePosition?
}

public struct PageChange: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case added = "nieuw"
        case removed = "verwijderd"
        case retitled = "andere-titel"
        /// Same title, other text.
        case edited = "tekst-gewijzigd"
    }

    public var kind: Kind
    /// The path from the content folder (`registratie/privacy.md`).
    public var path: String
    public var titleBefore: String?
    public var titleAfter: String?
}

/// Everything `routeboek diff` found between an earlier state of the content and the working copy.
public struct ContentDiff: Sendable {
    /// The routes that differ, ordered by route.
    public var routes: [RouteChange] = []
    public var routeCountBefore = 0
    public var routeCountAfter = 0
    public var unchangedRouteCount = 0
    public var questionsAdded: [QuestionInfo] = []
    public var questionsRemoved: [QuestionInfo] = []
    /// Options added to or removed from questions both states have.
    public var optionsAdded: [OptionInfo] = []
    public var optionsRemoved: [OptionInfo] = []
    public var actionChanges: [ActionChange] = []
    public var rewordings: [Rewording] = []
    public var pages: [PageChange] = []
    /// The `kort` of every action, of either state (the working copy's when both have it).
    public var actionTitles: [String: String] = [:]

    public func routes(_ kind: RouteChange.Kind) -> [RouteChange] { routes.filter { $0.kind == kind } }

    public var isEmpty: Bool {
        routes.isEmpty && questionsAdded.isEmpty && questionsRemoved.isEmpty && optionsAdded.isEmpty
            && optionsRemoved.isEmpty && actionChanges.isEmpty && rewordings.isEmpty && pages.isEmpty
    }
}
