import Mustache

/// What a template name stands for, typed: Routeboek's own renderer (TemplateRenderer) reads values
/// through this, without casts; swift-mustache, kept as the reference, gets the same value as `Any`.
enum TemplateData {
    /// Text or finished HTML: `{{name}}` escapes it, `{{{name}}}` does not.
    case text(String)
    case number(Int)
    case flag(Bool)
    /// A group of fields (a section over it makes its fields the innermost).
    case value(any TemplateLookup)
    case list(any TemplateList)
    case texts([String])

    /// The value as swift-mustache sees it (for `MustacheParent.child(named:)`).
    var anyValue: Any {
        switch self {
        case .text(let text): text
        case .number(let number): number
        case .flag(let flag): flag
        case .value(let value): value
        case .list(let list): list.asAny
        case .texts(let texts): texts
        }
    }
}

/// A value whose fields a template reads by name.
protocol TemplateLookup: MustacheParent, Sendable {
    func templateData(named name: String) -> TemplateData?
}

extension TemplateLookup {
    func child(named name: String) -> Any? { templateData(named: name)?.anyValue }
}

/// A list of groups, read by position (the renderer's sections walk it without copying it).
protocol TemplateList: Sendable {
    var count: Int { get }
    func item(_ index: Int) -> any TemplateLookup
    /// The list as swift-mustache sees it: the typed array itself.
    var asAny: Any { get }
}

extension Array: TemplateList where Element: TemplateValue {
    func item(_ index: Int) -> any TemplateLookup { self[index] }
    var asAny: Any { self }
}

/// `reversed(list)`: the same items, last first.
struct ReversedTemplateList: TemplateList {
    let base: any TemplateList
    var count: Int { base.count }
    func item(_ index: Int) -> any TemplateLookup { base.item(base.count - 1 - index) }
    var asAny: Any { (0..<count).map { item($0) } }
}
