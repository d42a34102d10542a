/// A heading of a page, with the id the renderer gave it.
public struct PageHeading: Sendable, Equatable {
    public var level: Int
    public var title: String
    public var anchor: String
}

/// A link from a page to another file of the site, checked once every page is known.
struct LocalLink: Sendable {
    enum Kind: Sendable { case page, asset }
    var kind: Kind
    /// Path from the content root (`verzuim/melden.md`, `beelden/schema.png`).
    var target: String
    var anchor: String?
    var written: String
    var line: Int
    var column: Int
    /// Written as an image (`![...](...)`): its file must be one a browser shows.
    var isImage = false
}

/// The text under one heading, for the search index.
public struct SearchSection: Sendable {
    public var heading: String
    public var anchor: String
    public var text: String
}

struct RenderedMarkdown: Sendable {
    var html: String
    var headings: [PageHeading]
    var links: [LocalLink]
    var sections: [SearchSection]
    var diagnostics: [Diagnostic]
    /// An HTML comment that nothing closes took the rest of the page, headings and all (RB141): a link
    /// to a heading below it is not reported as missing on top of that.
    var headingsCutShort = false
}

/// A flowchart block could not be drawn: where inside the block, and why.
public struct FlowchartFailure: Error, Sendable {
    public var line: Int
    public var column: Int
    public var message: Message

    public init(line: Int, column: Int, message: Message) {
        self.line = line
        self.column = column
        self.message = message
    }
}
