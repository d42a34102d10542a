import Messages

/// A value of an outcome attribute with a fixed list of words: the word written in uitkomsten.yml and
/// in conditions (its raw value) and the Dutch label the pages and `routeboek beslis` show for it.
public protocol AttributeWord: RawRepresentable<String>, CaseIterable, Sendable {
    /// Plain text, no HTML (templates escape it); nil when the value is not shown (no DUO melding).
    var label: String? { get }
}

/// An attribute's value on one outcome, typed as it is written.
public enum AttributeValue: Sendable, Equatable {
    case words([String])
    case word(String)
    case yesNo(Bool)

    /// The value as conditions see it: `ja`/`nee` for yes or no.
    public var subjectValue: SubjectValue {
        switch self {
        case .words(let words): .list(words)
        case .word(let word): .single(word)
        case .yesNo(let yes): .single(yes ? OutcomeAttribute.yes : OutcomeAttribute.no)
        }
    }
}

/// One attribute of an outcome (`registratie`, `afwijking`, ...), defined once: its key in
/// uitkomsten.yml (also its name in conditions), the words it may have, its value on an outcome, how
/// a written value is taken in, and its Dutch labels. The loader, the checker, the evaluation of
/// conditions, the diff, the pages and `routeboek beslis` all ask the attribute; the definitions are
/// in OutcomeAttributes.swift, in the order messages and outputs list them.
///
/// Dutch labels live here (not in the site generator) because they are plain text of the domain that
/// every front end shows the same (pages, the PDF document, the command line), and a new value
/// cannot then be added without its label.
public struct OutcomeAttribute: Sendable, Hashable, CustomStringConvertible {
    /// How the value is written in uitkomsten.yml and tested in conditions.
    public enum Form: Sendable {
        /// A list of words (`registratie: [duo]`); a condition tests "contains".
        case list
        /// One word of a fixed list.
        case word
        /// `ja` or `nee` (`true`/`false` are taken too).
        case yesNo
    }

    /// What happens when an outcome does not write the attribute.
    public enum Presence: Sendable {
        /// The outcome gets the attribute's default value.
        case optional
        /// An error; the outcome is kept with the default value so later checks still run.
        /// `message`: a message of the attribute's own, otherwise the reader's "missing key" message.
        case required(message: (@Sendable (_ outcome: String) -> Message)?)
        /// An error, and the outcome is left out: there is no sensible default (also when the value
        /// written is not one of the words).
        case essential
    }

    public let key: String
    /// The Dutch name shown before the value ("Afwijking onderwijstijd").
    public let name: String
    public let form: Form
    public let presence: Presence
    /// Every word a condition on this attribute may name.
    public let words: [String]
    /// For a list: the word that means "the list is empty" in conditions and in the file (`geen`).
    public let noneWord: String?
    private let valueOf: @Sendable (Outcome) -> AttributeValue
    private let labelOf: @Sendable (Outcome) -> String?
    private let assign: @Sendable (inout Outcome, [String], _ outcome: String) -> [Message]

    public init(
        key: String, name: String, form: Form, presence: Presence, words: [String], noneWord: String? = nil,
        value: @escaping @Sendable (Outcome) -> AttributeValue, label: @escaping @Sendable (Outcome) -> String?,
        read: @escaping @Sendable (inout Outcome, [String], _ outcome: String) -> [Message]
    ) {
        self.key = key
        self.name = name
        self.form = form
        self.presence = presence
        self.words = words
        self.noneWord = noneWord
        self.valueOf = value
        self.labelOf = label
        self.assign = read
    }

    /// The attribute's value on an outcome.
    public func value(of outcome: Outcome) -> AttributeValue { valueOf(outcome) }

    /// What the pages show for the attribute's value on an outcome; nil: the attribute is not shown.
    public func label(of outcome: Outcome) -> String? { labelOf(outcome) }

    /// Takes in the words written for the attribute (one for a word or yes/no); returns what is wrong
    /// with them, for `outcome` ("uitkomst 'x'"). A word that is not allowed leaves the value as it was.
    public func read(_ written: [String], into outcome: inout Outcome, what: String) -> [Message] {
        assign(&outcome, written, what)
    }

    public var description: String { key }
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.key == rhs.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }

    public static let yes = "ja"
    public static let no = "nee"

    /// The attribute with this key, if there is one.
    public static func named(_ key: String) -> OutcomeAttribute? { all.first { $0.key == key } }
}

// MARK: Building blocks for the definitions

extension OutcomeAttribute {
    /// An attribute holding one word of `V`, stored at `path`.
    static func word<V: AttributeWord>(
        _ key: String, name: String, _ path: WritableKeyPath<Outcome, V> & Sendable, presence: Presence
    ) -> OutcomeAttribute {
        let allowed = V.allCases.map(\.rawValue)
        return OutcomeAttribute(
            key: key, name: name, form: .word, presence: presence, words: allowed,
            value: { .word($0[keyPath: path].rawValue) },
            label: { $0[keyPath: path].label },
            read: { outcome, written, what in
                guard let text = written.first else { return [] }
                guard let value = V(rawValue: text) else {
                    return [.treeOutcomeValueInvalid(key, what: what, value: text, allowed: allowed,
                                                     suggestion: Spelling.closest(to: text, among: allowed))]
                }
                outcome[keyPath: path] = value
                return []
            })
    }

    /// An attribute that is `ja` or `nee`, stored at `path`. `invalid`: the message for another word.
    static func yesNo(
        _ key: String, name: String, _ path: WritableKeyPath<Outcome, Bool> & Sendable, presence: Presence,
        label: @escaping @Sendable (Outcome) -> String?,
        invalid: @escaping @Sendable (_ what: String, _ written: String) -> Message
    ) -> OutcomeAttribute {
        OutcomeAttribute(
            key: key, name: name, form: .yesNo, presence: presence, words: [yes, no],
            value: { .yesNo($0[keyPath: path]) },
            label: label,
            read: { outcome, written, what in
                guard let text = written.first else { return [] }
                switch text.lowercased() {
                case yes, "true": outcome[keyPath: path] = true
                case no, "false": outcome[keyPath: path] = false
                default: return [invalid(what, text)]
                }
                return []
            })
    }
}
