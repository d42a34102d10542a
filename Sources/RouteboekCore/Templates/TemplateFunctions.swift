import Foundation

/// The functions a template can call on a value (`{{#empty(list)}}`, `{{#first()}}`): swift-mustache's
/// transforms, for the kinds of value Routeboek's contexts have, with the same results. TemplateNameCheck
/// allows exactly these (RB328).
enum TemplateFunctions {
    static func position(_ name: String, _ position: TemplateRenderer.Position) -> TemplateData? {
        switch name {
        case "first": .flag(position.first)
        case "last": .flag(position.last)
        case "index": .number(position.index)
        case "even": .flag(position.index & 1 == 0)
        case "odd": .flag(position.index & 1 == 1)
        default: nil
        }
    }

    /// `f(g(x))`: `g` first.
    static func apply(_ functions: ArraySlice<String>, to data: TemplateData) -> TemplateData? {
        var current = data
        for function in functions.reversed() {
            guard let next = transform(function, current) else { return nil }
            current = next
        }
        return current
    }

    private static func transform(_ name: String, _ data: TemplateData) -> TemplateData? {
        switch data {
        case .text(let text):
            switch name {
            case "empty": return .flag(text.isEmpty)
            case "capitalized": return .text(text.capitalized)
            case "lowercased": return .text(text.lowercased())
            case "uppercased": return .text(text.uppercased())
            case "reversed": return .text(String(text.reversed()))
            default: return nil
            }
        case .number(let number):
            switch name {
            case "equalzero": return .flag(number == 0)
            case "plusone": return .number(number &+ 1)
            case "minusone": return .number(number &- 1)
            case "even": return .flag(number & 1 == 0)
            case "odd": return .flag(number & 1 == 1)
            default: return nil
            }
        case .list(let list):
            switch name {
            case "first": return list.count > 0 ? .value(list.item(0)) : nil
            case "last": return list.count > 0 ? .value(list.item(list.count - 1)) : nil
            case "reversed": return .list(ReversedTemplateList(base: list))
            case "count": return .number(list.count)
            case "empty": return .flag(list.count == 0)
            default: return nil
            }
        case .texts(let texts):
            switch name {
            case "first": return texts.first.map { .text($0) }
            case "last": return texts.last.map { .text($0) }
            case "reversed": return .texts(texts.reversed())
            case "count": return .number(texts.count)
            case "empty": return .flag(texts.isEmpty)
            case "sorted": return .texts(texts.sorted())
            default: return nil
            }
        case .flag, .value:
            return nil
        }
    }
}
