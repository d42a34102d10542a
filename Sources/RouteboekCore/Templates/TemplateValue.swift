import Mustache

/// A value a template reads. Its fields are declared once, in a `TemplateFields` table: the same table
/// answers swift-mustache's lookups (`child(named:)`, no reflection), the load-time check that every
/// `{{name}}` in a template exists (TemplateNameCheck) and the reference in docs/templates.md.
protocol TemplateValue: TemplateLookup {
    static var schema: TemplateSchema { get }
}

/// What a template may read from a value: its fields by name, for the check and the docs.
struct TemplateSchema: Sendable {
    /// The name the docs give it (`Pagina`, `Uitkomst`).
    let name: String
    let about: String
    let fields: [Field]
    private let byName: [String: Field]

    init(_ name: String, about: String, fields: [Field]) {
        self.name = name
        self.about = about
        self.fields = fields
        self.byName = Dictionary(fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func field(_ name: String) -> Field? { byName[name] }

    /// The fields of both under this one's name, this one's first: a layout's own and the ones every page has.
    func adding(_ other: TemplateSchema) -> TemplateSchema {
        TemplateSchema(name, about: about, fields: fields + other.fields.filter { byName[$0.name] == nil })
    }

    struct Field: Sendable {
        let name: String
        let kind: Kind
        let about: String
        /// Nil on some pages (then Mustache looks the name up further out, and a section renders nothing).
        let optional: Bool
    }

    enum Kind: Sendable {
        /// Text, escaped by `{{name}}`.
        case text
        /// Finished HTML, for `{{{name}}}`.
        case html
        case number
        /// For `{{#name}}` and `{{^name}}`.
        case flag
        /// A group of fields, for `{{#name}}...{{/name}}` or `{{name.field}}`.
        case value(@Sendable () -> TemplateSchema)
        /// A list of groups, for `{{#name}}...{{/name}}` (once per item).
        case list(@Sendable () -> TemplateSchema)
        /// A list of texts, each `{{.}}` in `{{#name}}...{{/name}}`.
        case texts
        /// The published pages by folder: `{{#pages.aanpak.stappenplan}}{{title}} {{path}}{{/pages.aanpak.stappenplan}}`.
        case pageTree

        /// How the docs name it.
        var label: String {
            switch self {
            case .text: "tekst"
            case .html: "HTML"
            case .number: "getal"
            case .flag: "ja/nee"
            case .value(let schema): schema().name
            case .list(let schema): "lijst van \(schema().name)"
            case .texts: "lijst van teksten"
            case .pageTree: "pagina's per map"
            }
        }
    }
}

/// One field of a `TemplateValue`: its name, kind and meaning, and how to read it.
struct TemplateField<Root>: Sendable {
    let schema: TemplateSchema.Field
    let read: @Sendable (Root) -> TemplateData?

    private init(_ name: String, _ kind: TemplateSchema.Kind, _ about: String, optional: Bool, read: @escaping @Sendable (Root) -> TemplateData?) {
        self.schema = TemplateSchema.Field(name: name, kind: kind, about: about, optional: optional)
        self.read = read
    }

    static func text(_ name: String, _ about: String, _ read: @escaping @Sendable (Root) -> String) -> Self {
        Self(name, .text, about, optional: false) { .text(read($0)) }
    }
    static func text(_ name: String, _ about: String, _ read: @escaping @Sendable (Root) -> String?) -> Self {
        Self(name, .text, about, optional: true) { read($0).map { .text($0) } }
    }
    static func html(_ name: String, _ about: String, _ read: @escaping @Sendable (Root) -> String) -> Self {
        Self(name, .html, about, optional: false) { .text(read($0)) }
    }
    static func html(_ name: String, _ about: String, _ read: @escaping @Sendable (Root) -> String?) -> Self {
        Self(name, .html, about, optional: true) { read($0).map { .text($0) } }
    }
    static func number(_ name: String, _ about: String, _ read: @escaping @Sendable (Root) -> Int) -> Self {
        Self(name, .number, about, optional: false) { .number(read($0)) }
    }
    static func number(_ name: String, _ about: String, _ read: @escaping @Sendable (Root) -> Int?) -> Self {
        Self(name, .number, about, optional: true) { read($0).map { .number($0) } }
    }
    static func flag(_ name: String, _ about: String, _ read: @escaping @Sendable (Root) -> Bool) -> Self {
        Self(name, .flag, about, optional: false) { .flag(read($0)) }
    }
    static func value<Value: TemplateValue>(_ name: String, _ about: String, _ read: @escaping @Sendable (Root) -> Value) -> Self {
        Self(name, .value { Value.schema }, about, optional: false) { .value(read($0)) }
    }
    static func value<Value: TemplateValue>(_ name: String, _ about: String, _ read: @escaping @Sendable (Root) -> Value?) -> Self {
        Self(name, .value { Value.schema }, about, optional: true) { read($0).map { .value($0) } }
    }
    static func list<Value: TemplateValue>(_ name: String, _ about: String, _ read: @escaping @Sendable (Root) -> [Value]) -> Self {
        Self(name, .list { Value.schema }, about, optional: false) { .list(read($0)) }
    }
    static func list<Value: TemplateValue>(_ name: String, _ about: String, _ read: @escaping @Sendable (Root) -> [Value]?) -> Self {
        Self(name, .list { Value.schema }, about, optional: true) { read($0).map { .list($0) } }
    }
    static func texts(_ name: String, _ about: String, _ read: @escaping @Sendable (Root) -> [String]) -> Self {
        Self(name, .texts, about, optional: false) { .texts(read($0)) }
    }
    static func pageTree(_ name: String, _ about: String, _ read: @escaping @Sendable (Root) -> PublishedPageTree) -> Self {
        Self(name, .pageTree, about, optional: false) { .value(read($0)) }
    }
}

/// The fields of one `TemplateValue` type, by name; a type keeps one as `static let fields`.
struct TemplateFields<Root>: Sendable {
    let schema: TemplateSchema
    /// In the table's order; a name is found by comparing (short names compare faster than they hash).
    private let names: [String]
    private let readers: [@Sendable (Root) -> TemplateData?]

    init(_ name: String, about: String, _ fields: [TemplateField<Root>]) {
        schema = TemplateSchema(name, about: about, fields: fields.map(\.schema))
        names = fields.map(\.schema.name)
        readers = fields.map(\.read)
    }

    func value(named name: String, of root: Root) -> TemplateData? {
        // The first field of a name, as the schema's lookup (TemplateSchema.field) finds it.
        for index in names.indices where names[index] == name { return readers[index](root) }
        return nil
    }
}

/// A `TemplateValue` whose fields are one `TemplateFields` table (every type but the layouts' contexts).
protocol TemplateRecord: TemplateValue {
    static var fields: TemplateFields<Self> { get }
}

extension TemplateRecord {
    static var schema: TemplateSchema { fields.schema }
    func templateData(named name: String) -> TemplateData? { Self.fields.value(named: name, of: self) }
}

/// `{title, href}`: a link the template writes as `<a href="{{href}}">{{title}}</a>`.
struct LinkValue: TemplateRecord {
    let title: String
    let href: String

    static let fields = TemplateFields<LinkValue>("Link", about: "a link", [
        .text("title", "the link's text") { $0.title },
        .text("href", "where it leads, relative to the page") { $0.href },
    ])
}
