import Beslisboom

/// Checks at load time that every name a template uses exists in what it is rendered with: each layout
/// against its `LayoutContext` type, each partial the generator renders on its own against its type, and
/// every partial they include at the place it is included. A typo (`{{page.titel}}`) would otherwise
/// render nothing, silently; here it is an error at its file, line and column.
///
/// It reads names the way swift-mustache looks them up: the first part of `a.b.c` in the innermost
/// section that has it, then outwards; the rest inside that value. A section over a group or a list
/// item makes its fields the innermost; `first()` and the like exist only directly inside a list.
struct TemplateNameCheck {
    struct Template {
        var file: String
        var tags: [TemplateTag]
    }

    struct Problem: Equatable {
        var file: String
        var line: Int
        var column: Int
        var message: Message
    }

    /// By the library's name (`layout:pagina`, `footer`).
    let templates: [String: Template]
    /// Partials a layout includes as finished HTML (the navigation): not read with the layout's fields.
    let prerendered: Set<String>
    private(set) var problems: [Problem] = []
    private var seen: Set<String> = []
    private var reported: Set<String> = []

    init(templates: [String: Template], prerendered: Set<String>) {
        self.templates = templates
        self.prerendered = prerendered
    }

    /// Checks the template `name` rendered with a value of `schema`; `origin` names it in messages.
    mutating func check(_ name: String, with schema: TemplateSchema, origin: String) {
        walk(name, scopes: [Scope(.fields(schema), inList: false, current: .kind(.value { schema }))], origin: origin)
    }

    // MARK: Scopes

    fileprivate enum Frame {
        case fields(TemplateSchema)
        /// A text, number or flag: no fields of its own.
        case opaque
        /// A name already reported: anything inside it is taken as it is written, so one typo is one error.
        case anything
    }

    fileprivate struct Scope {
        var frame: Frame
        /// Directly inside a list's section: `first()`, `last()`, `index()`, `even()`, `odd()` exist.
        var inList: Bool
        /// What `{{.}}` is here, when the check knows.
        var current: Found?

        init(_ frame: Frame, inList: Bool, current: Found? = nil) {
            self.frame = frame
            self.inList = inList
            self.current = current
        }

        var signature: String {
            switch frame {
            case .fields(let schema): schema.name
            case .opaque: "."
            case .anything: "*"
            }
        }
    }

    /// What a name stands for, as far as the check can tell.
    fileprivate enum Found {
        case kind(TemplateSchema.Kind)
        /// A page of `pages.FOLDER.NAME`.
        case publishedPage
        /// `.`, or inside a name already reported.
        case unchecked
        /// The list position (`first()`): read only through a function.
        case position
    }

    private mutating func walk(_ name: String, scopes initial: [Scope], origin: String) {
        guard let template = templates[name] else { return }
        // A partial inside itself (the document's parts) adds nothing new: the same fields are in reach.
        let key = name + "|" + Self.signature(initial)
        guard seen.insert(key).inserted else { return }
        var scopes = initial
        for tag in template.tags {
            switch tag.kind {
            case .variable:
                if let found = resolve(tag, in: scopes, file: template.file, origin: origin), !found.isText {
                    report(template.file, tag, .templateNameIsGroup(tag.name, kind: found.label))
                }
            case .section, .invertedSection:
                let found = resolve(tag, in: scopes, file: template.file, origin: origin)
                scopes.append(tag.kind == .invertedSection ? Scope(.opaque, inList: scopes.last?.inList ?? false, current: scopes.last?.current)
                                                           : Self.scope(entering: found, from: scopes))
            case .blockDefinition:
                scopes.append(Scope(.opaque, inList: scopes.last?.inList ?? false, current: scopes.last?.current))
            case .parentPartial:
                include(tag.name, scopes: scopes, origin: origin)
                scopes.append(Scope(.opaque, inList: false))
            case .partial:
                include(tag.name, scopes: scopes, origin: origin)
            case .close:
                if scopes.count > 1 { scopes.removeLast() }
            case .comment, .setDelimiter, .other:
                break
            }
        }
    }

    private mutating func include(_ partial: String, scopes: [Scope], origin: String) {
        guard !prerendered.contains(partial) else { return }
        // A partial starts without the list position (swift-mustache's withPartial).
        var inner = scopes
        if var last = inner.popLast() {
            last.inList = false
            inner.append(last)
        }
        walk(partial, scopes: inner, origin: origin)
    }

    private static func signature(_ scopes: [Scope]) -> String {
        var parts: [String] = []
        for scope in scopes.reversed() where !parts.contains(scope.signature) { parts.append(scope.signature) }
        return parts.joined(separator: "<") + (scopes.last?.inList == true ? "#list" : "")
    }

    /// The scope a section opens over what `found` stands for.
    private static func scope(entering found: Found?, from scopes: [Scope]) -> Scope {
        switch found {
        case .kind(.value(let schema)): Scope(.fields(schema()), inList: false, current: found)
        case .kind(.list(let schema)): Scope(.fields(schema()), inList: true, current: .kind(.value(schema)))
        case .kind(.texts): Scope(.opaque, inList: true, current: .kind(.text))
        // A flag renders the section in the same context: the list position stays.
        case .kind(.flag), .position: Scope(.opaque, inList: scopes.last?.inList ?? false, current: scopes.last?.current)
        case .kind(.text), .kind(.html), .kind(.number): Scope(.opaque, inList: false, current: found)
        case .kind(.pageTree), .publishedPage: Scope(.fields(PublishedPageTree.pageSchema), inList: false, current: .publishedPage)
        case .unchecked, nil: Scope(.anything, inList: false)
        }
    }

    // MARK: Names

    /// What the tag's name stands for after its functions; nil (reported) when it does not exist.
    private mutating func resolve(_ tag: TemplateTag, in scopes: [Scope], file: String, origin: String) -> Found? {
        guard let (variable, functions) = Self.split(tag.name) else { return .unchecked }
        var found: Found
        if variable == "." {
            found = scopes.last?.current ?? .unchecked
        } else if variable.isEmpty {
            guard scopes.last?.inList == true || Self.isAnything(scopes.last) else {
                report(file, tag, .templateFunctionOutsideList(tag.name))
                return nil
            }
            found = .position
        } else {
            guard let named = lookup(variable, in: scopes, file: file, tag: tag, origin: origin) else { return nil }
            found = named
        }
        // Functions apply innermost first: `empty(first(.))` is `first`, then `empty`.
        for function in functions.reversed() {
            guard let next = Self.apply(function, to: found) else {
                report(file, tag, .templateFunctionUnknown(function, name: tag.name, allowed: Self.functions(for: found)))
                return nil
            }
            found = next
        }
        return found
    }

    private static func isAnything(_ scope: Scope?) -> Bool {
        if case .anything = scope?.frame { return true }
        return false
    }

    /// `a.b.c`: `a` from the innermost scope that has it, then each part inside the one before.
    private mutating func lookup(_ variable: String, in scopes: [Scope], file: String, tag: TemplateTag, origin: String) -> Found? {
        let parts = variable.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let onlyInnermost = variable.hasPrefix(".")
        let names = onlyInnermost ? Array(parts.dropFirst()) : parts
        guard let first = names.first else { return .unchecked }
        var found: Found?
        for scope in (onlyInnermost ? Array(scopes.suffix(1)) : scopes).reversed() {
            switch scope.frame {
            case .anything: return .unchecked
            case .opaque: continue
            case .fields(let schema):
                if let field = schema.field(first) { found = .kind(field.kind) }
            }
            if found != nil { break }
        }
        guard var current = found else {
            let known = Self.names(in: onlyInnermost ? Array(scopes.suffix(1)) : scopes)
            report(file, tag, .templateNameUnknown(first, in: origin, known: known.joined(separator: ", "),
                                                   suggestion: Spelling.closest(to: first, among: known)))
            return nil
        }
        var path = first
        for part in names.dropFirst() {
            switch current {
            case .kind(.value(let schema)):
                guard let field = schema().field(part) else {
                    let known = schema().fields.map(\.name)
                    report(file, tag, .templateFieldUnknown(part, of: path, known: known.joined(separator: ", "),
                                                            suggestion: Spelling.closest(to: part, among: known)))
                    return nil
                }
                current = .kind(field.kind)
            case .kind(.pageTree), .publishedPage:
                // Any folder and page name: a page that is not published makes the section empty.
                current = .publishedPage
            default:
                report(file, tag, .templateFieldUnknown(part, of: path, known: "", suggestion: nil))
                return nil
            }
            path += "." + part
        }
        return current
    }

    /// Every field name in reach, innermost first.
    private static func names(in scopes: [Scope]) -> [String] {
        var names: [String] = []
        for scope in scopes.reversed() {
            guard case .fields(let schema) = scope.frame else { continue }
            for field in schema.fields where !names.contains(field.name) { names.append(field.name) }
        }
        return names
    }

    /// `empty(.)` → (`.`, [`empty`]); `first()` → (``, [`first`]); nil for a name the check cannot read.
    static func split(_ name: String) -> (variable: String, functions: [String])? {
        var rest = Substring(name)
        var functions: [String] = []
        while rest.hasSuffix(")"), let open = rest.firstIndex(of: "(") {
            functions.append(String(rest[..<open]))
            rest = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
        }
        return rest.contains("(") || rest.contains(")") ? nil : (String(rest), functions)
    }

    // MARK: Functions (swift-mustache's transforms)

    private static func apply(_ function: String, to found: Found) -> Found? {
        switch found {
        case .unchecked: return .unchecked
        case .position: return ["first", "last", "even", "odd"].contains(function) ? .kind(.flag) : function == "index" ? .kind(.number) : nil
        case .publishedPage: return nil
        case .kind(let kind):
            switch (kind, function) {
            case (.text, "empty"), (.html, "empty"): return .kind(.flag)
            case (.text, "capitalized"), (.text, "lowercased"), (.text, "uppercased"), (.text, "reversed"): return .kind(.text)
            case (.list(let schema), "first"), (.list(let schema), "last"): return .kind(.value(schema))
            case (.list, "reversed"): return .kind(kind)
            case (.texts, "first"), (.texts, "last"): return .kind(.text)
            case (.texts, "reversed"), (.texts, "sorted"): return .kind(.texts)
            case (.list, "count"), (.texts, "count"): return .kind(.number)
            case (.list, "empty"), (.texts, "empty"): return .kind(.flag)
            case (.number, "equalzero"), (.number, "even"), (.number, "odd"): return .kind(.flag)
            case (.number, "plusone"), (.number, "minusone"): return .kind(.number)
            default: return nil
            }
        }
    }

    private static func functions(for found: Found) -> String {
        switch found {
        case .position: "first, last, index, even, odd"
        case .kind(.text): "empty, capitalized, lowercased, uppercased, reversed"
        case .kind(.html): "empty"
        case .kind(.list): "first, last, reversed, count, empty"
        case .kind(.texts): "first, last, reversed, sorted, count, empty"
        case .kind(.number): "equalzero, plusone, minusone, even, odd"
        default: "geen"
        }
    }

    private mutating func report(_ file: String, _ tag: TemplateTag, _ message: Message) {
        guard reported.insert("\(file):\(tag.line):\(tag.column)").inserted else { return }
        problems.append(Problem(file: file, line: tag.line, column: tag.column, message: message))
    }
}

private extension TemplateNameCheck.Found {
    /// What `{{name}}` can print: text, a number, HTML, a flag; not a group or a list.
    var isText: Bool {
        switch self {
        case .kind(.value), .kind(.list), .kind(.texts), .kind(.pageTree): false
        default: true
        }
    }

    var label: String {
        switch self {
        case .kind(let kind): kind.label
        case .publishedPage: "pagina"
        default: "waarde"
        }
    }
}
