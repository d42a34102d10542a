/// One thing search can find: a page, a begrip, or a question, outcome or action of the beslisboom.
struct SearchDocument: Sendable, Equatable {
    enum Kind: String, Sendable {
        case page = "p"
        case begrip = "b"
        case question = "v"
        case outcome = "u"
        case action = "a"
    }

    /// A part of the document with its own place to link to: a section under a heading, or an
    /// option of a question.
    struct Part: Sendable, Equatable {
        var heading: String
        var anchor: String
        var text: String
    }

    var kind: Kind
    var title: String
    /// From the site's root, with `#fragment` where the hit opens at a place (a begrip, a step of the tool).
    var path: String
    /// What the result shows under its title: the section of the site, or what kind of thing it is.
    var label: String
    var summary: String
    var keywords: [String] = []
    var parts: [Part] = []

    /// Every text search reads, for the vocabulary.
    var texts: [String] { [title, summary] + keywords + parts.flatMap { [$0.heading, $0.text] } }
}
