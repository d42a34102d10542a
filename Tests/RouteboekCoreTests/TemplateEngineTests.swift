import Foundation
import Mustache
import Testing
@testable import RouteboekCore

/// Routeboek renders its templates itself (TemplateRenderer) and must give what swift-mustache gives for
/// the same template and values: the real site byte for byte, and thousands of generated templates
/// (every kind of tag, tags alone on their line, indented partials, functions, line ends of both kinds).
@Suite("Routeboek's template renderer gives swift-mustache's bytes")
struct TemplateEngineTests {
    @Test("The real site: every file the same with either engine", .enabled(if: graphvizAvailable))
    func realSite() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("routeboek-engines-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var outputs: [[String: Data]] = []
        for engine in [TemplateEngine.routeboek, .swiftMustache] {
            var options = BuildOptions(content: realContent, templates: realTemplates, output: root.appendingPathComponent("\(engine)"))
            options.templateEngine = engine
            let report = SiteBuilder.run(options)
            try #require(report.errorCount == 0, "\(report.listing)")
            outputs.append(snapshot(options.output))
        }
        let (ours, reference) = (outputs[0], outputs[1])
        #expect(ours.count == reference.count && ours.count > 250, "\(ours.count) files against \(reference.count)")
        let different = reference.keys.sorted().filter { ours[$0] != reference[$0] }
        #expect(different.isEmpty, "different: \(different.prefix(10))")
    }

    @Test("4,000 generated templates render the same with either engine, whole and in parts")
    func generatedTemplates() throws {
        var random = SplitMix(seed: 16)
        var mismatches: [String] = []
        for round in 0..<4_000 {
            var generator = TemplateGenerator(random: random)
            let main = generator.template(depth: 0, partials: true)
            let inner = generator.template(depth: 1, partials: false)
            let outer = generator.template(depth: 1, partials: false) + "\n  {{> inner}}\n" + generator.template(depth: 2, partials: false)
            random = generator.random
            let texts = ["main": main, "outer": outer, "inner": inner]
            var library = MustacheLibrary()
            var tokens: [String: [TemplateToken]] = [:]
            for (name, text) in texts {
                guard let template = try? MustacheTemplate(string: text) else {
                    Issue.record("round \(round): swift-mustache cannot parse the generated \(name): \(text.debugDescription)")
                    continue
                }
                library.register(template, named: name)
                tokens[name] = TemplateTokenParser.parse(text)
                #expect(tokens[name] != nil, "round \(round): not parsed: \(text.debugDescription)")
            }
            let value = FuzzRoot.sample
            let reference = library.render(value, withTemplate: "main") ?? ""
            var renderer = TemplateRenderer(templates: tokens, stackGuard: nil)
            let ours = renderer.render("main", value) ?? ""
            // In parts as small as one byte: the same bytes (what the whole document is written with).
            var parts: [String] = []
            var streaming = TemplateRenderer(templates: tokens, stackGuard: nil)
            _ = try streaming.render("main", value, partSize: 1 + round % 40) { parts.append($0) }
            #expect(parts.joined() == reference, "round \(round) in parts of \(1 + round % 40) bytes")
            #expect(parts.dropLast().allSatisfy { $0.utf8.count >= 1 + round % 40 })
            // A thread's own copy of the tokens (SiteWriter.writeAll) renders the same bytes.
            var copied = TemplateRenderer(templates: tokens.mapValues { $0.map(\.privateCopy) }, stackGuard: nil)
            #expect(copied.render("main", value) == ours, "round \(round): the private copy renders differently")
            if ours != reference, mismatches.count < 3 {
                mismatches.append("round \(round)\n\(texts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.debugDescription)" }.joined(separator: "\n"))\nswift-mustache: \(reference.debugDescription)\nours: \(ours.debugDescription)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n\n"))")
    }

    /// Cases named one by one: what a generator rarely writes.
    @Test("Set delimiters, comments, line ends, standalone tags at the end, functions", arguments: [
        "{{=<% %>=}}\n<%title%> {{title}}\n<%={{ }}=%>\n{{title}}",
        "  {{! a comment }}\nA\n{{!\nover lines\n}}  \nB",
        "{{#yes}}\r\n  x\r\n{{/yes}}\r\n{{> inner}}\r\n",
        "  {{> inner}}\n  {{> inner}}",
        "{{#items}}{{#first()}}[{{/first()}}{{name}}{{^last()}}, {{/last()}}{{#last()}}]{{/last()}}{{index()}}{{#even()}}e{{/even()}}{{/items}}",
        "{{#items}}{{#children}}{{name}}{{#first()}}!{{/first()}}{{/children}}{{/items}}{{count(items)}}{{#empty(none)}}E{{/empty(none)}}",
        "{{uppercased(title)}} {{capitalized(title)}} {{reversed(title)}} {{lowercased(title)}} {{plusone(count)}} {{#equalzero(count)}}z{{/equalzero(count)}}",
        "{{#first(items)}}{{name}}{{/first(items)}}{{#last(words)}}{{.}}{{/last(words)}}{{#reversed(words)}}{{.}}{{/reversed(words)}}{{#sorted(words)}}{{.}}{{/sorted(words)}}",
        "{{#reversed(items)}}{{name}}{{#first()}}<{{/first()}}{{/reversed(items)}}",
        "{{#group}}{{name}}{{.name}}{{title}}{{/group}}{{group.name}}{{group.children.name}}{{#nothing}}N{{/nothing}}{{^nothing}}n{{/nothing}}",
        "{{#title}}{{.}}{{/title}}{{#count}}{{.}}{{/count}}{{yes}}{{no}}{{count}}{{&html}}{{{html}}}{{html}}",
        "{{^none}}{{#empty(.)}}x{{/empty(.)}}{{/none}}{{#words}}{{.}}{{#first()}}1{{/first()}}{{/words}}",
        "\t{{#yes}}\n\t{{> outer}}\n\t{{/yes}}\nend  ",
        "{{#items}}\n  {{> inner}}\n{{/items}}\n",
        "a {{#yes}}\n b {{/yes}} c\n {{^no}} \nd\n  {{/no}}  ",
    ])
    func namedCases(_ main: String) throws {
        let texts = ["main": main, "inner": "line one\n{{#yes}}\n  line {{title}}\n{{/yes}}\n{{{html}}}\nlast", "outer": "o\n  {{> inner}}\no2\n"]
        var library = MustacheLibrary()
        var tokens: [String: [TemplateToken]] = [:]
        for (name, text) in texts {
            library.register(try MustacheTemplate(string: text), named: name)
            tokens[name] = try #require(TemplateTokenParser.parse(text), "\(name) not parsed")
        }
        var renderer = TemplateRenderer(templates: tokens, stackGuard: nil)
        let ours = renderer.render("main", FuzzRoot.sample)
        #expect(ours == library.render(FuzzRoot.sample, withTemplate: "main"))
    }

    @Test("One difference on purpose: a character to escape is escaped when an accent follows it too")
    func escapingBeforeAnAccent() throws {
        let text = "a <\u{0338} b & c"
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: "{{title}}"), named: "main")
        var renderer = TemplateRenderer(templates: ["main": try #require(TemplateTokenParser.parse("{{title}}"))], stackGuard: nil)
        var value = FuzzRoot.sample
        value.title = text
        #expect(renderer.render("main", value) == "a &lt;\u{0338} b &amp; c")
        #expect(library.render(value, withTemplate: "main") == "a <\u{0338} b &amp; c", "swift-mustache reads `<` + U+0338 as one character")
    }

    @Test("What only swift-mustache renders (inheritance, a pragma, a dynamic partial) is left to it")
    func unsupported() {
        #expect(TemplateTokenParser.parse("{{<parent}}{{$block}}x{{/block}}{{/parent}}") == nil)
        #expect(TemplateTokenParser.parse("{{$block}}x{{/block}}") == nil)
        #expect(TemplateTokenParser.parse("{{% CONTENT_TYPE: TEXT }}{{title}}") == nil)
        #expect(TemplateTokenParser.parse("{{>*name}}") == nil)
        #expect(TemplateTokenParser.parse("{{#a}}x") == nil, "an unclosed section is swift-mustache's error to report")
    }

    @Test("A theme with an inheriting partial builds with swift-mustache and shows the override")
    func inheritanceFallsBack() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let templates = try workspace.useTemplateCopy()
        let footer = templates.appendingPathComponent("partials/footer.mustache")
        try Data("{{<kader}}{{$inhoud}}Eigen voettekst{{/inhoud}}{{/kader}}\n".utf8).write(to: footer)
        try Data("<footer>{{$inhoud}}standaard{{/inhoud}}</footer>\n".utf8).write(to: templates.appendingPathComponent("partials/kader.mustache"))
        let report = workspace.build()
        try #require(report.errorCount == 0, "\(report.listing)")
        #expect(try workspace.outputText("index.html").contains("<footer>Eigen voettekst</footer>"))
    }
}

// MARK: Values and a generator

/// A small deterministic random source (the same templates on every run).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

struct FuzzItem: TemplateRecord {
    var name: String
    var flag: Bool
    var children: [FuzzItem]

    static let fields = TemplateFields<FuzzItem>("item", about: "a test item", [
        .text("name", "its name") { $0.name },
        .flag("flag", "a flag") { $0.flag },
        .list("children", "items below it") { $0.children },
    ])
}

struct FuzzRoot: TemplateRecord {
    var title: String
    var html: String
    var count: Int
    var items: [FuzzItem]
    var words: [String]
    var group: FuzzItem

    static let fields = TemplateFields<FuzzRoot>("root", about: "test values", [
        .text("title", "text with characters to escape") { $0.title },
        .html("html", "HTML over lines") { $0.html },
        .number("count", "a number") { $0.count },
        .flag("yes", "true") { _ in true },
        .flag("no", "false") { _ in false },
        .text("empty", "empty text") { _ in "" },
        .text("nothing", "absent") { _ -> String? in nil },
        .list("items", "items") { $0.items },
        .list("none", "no items") { _ in [FuzzItem]() },
        .texts("words", "texts") { $0.words },
        .value("group", "one item") { $0.group },
    ])

    static let sample = FuzzRoot(
        title: "héllo <wörld> & \"zon\" 'maan'",
        html: "<p>een</p>\n<p>twee</p>\r\ndrie\n",
        count: 3,
        items: [FuzzItem(name: "a<1>", flag: true, children: [FuzzItem(name: "a.1", flag: false, children: []), FuzzItem(name: "a.2", flag: true, children: [])]),
                FuzzItem(name: "b\nregel", flag: false, children: []),
                FuzzItem(name: "c", flag: true, children: [FuzzItem(name: "c.1", flag: true, children: [])])],
        words: ["peer", "Appel", "éénmaal", "z"],
        group: FuzzItem(name: "groep", flag: true, children: [FuzzItem(name: "kind", flag: false, children: [])]))
}

/// Random templates over FuzzRoot's names: text with spaces, tabs and both line ends, every kind of tag
/// with or without spaces inside, sections nested, partials alone on their line or not.
struct TemplateGenerator {
    var random: SplitMix

    private static let texts = ["a", "b c", " ", "  ", "\t", "\n", "\n", "\r\n", "\n  ", "<&>", "\"'", "é", "a{ b", "}", "x}}", "."]
    private static let names = ["title", "html", "count", "yes", "no", "empty", "nothing", "group.name", "name", "flag", ".", ".name",
                                "uppercased(title)", "count(items)", "index()", "plusone(count)", "empty(words)", "first(words)", "unknown"]
    private static let sections = ["yes", "no", "items", "none", "words", "group", "nothing", "title", "empty", "children", "flag",
                                   "first()", "last()", "even()", "empty(none)", "first(items)", "reversed(words)", "count"]

    mutating func template(depth: Int, partials: Bool) -> String {
        var text = ""
        for _ in 0..<(1 + random.below(8)) {
            text += piece(depth: depth, partials: partials)
        }
        return text
    }

    private mutating func space() -> String { random.below(3) == 0 ? " " : "" }

    private mutating func piece(depth: Int, partials: Bool) -> String {
        switch random.below(10) {
        case 0, 1, 2:
            return random.pick(Self.texts)
        case 3:
            let name = random.pick(Self.names)
            switch random.below(3) {
            case 0: return "{{\(space())\(name)\(space())}}"
            case 1: return "{{{\(name)}}}"
            default: return "{{&\(space())\(name)}}"
            }
        case 4 where depth < 3, 5 where depth < 3:
            let name = random.pick(Self.sections)
            let sigil = random.below(3) == 0 ? "^" : "#"
            let open = random.pick(["", "\n", "  ", "\n  "]) + "{{\(sigil)\(name)}}" + random.pick(["", "\n", " \n", "\r\n"])
            let close = random.pick(["", "\n", "\t"]) + "{{/\(name)}}" + random.pick(["", "\n", "  \n"])
            return open + template(depth: depth + 1, partials: partials) + close
        case 6 where partials:
            return random.pick(["", "\n", "\n  ", "\n\t", " "]) + "{{>\(space())\(random.pick(["inner", "outer"]))}}" + random.pick(["", "\n", "  \n", "x"])
        case 7:
            return random.pick(["", "\n", "  "]) + "{{!\(random.pick([" note ", "\n", ""]))}}" + random.pick(["", "\n", " "])
        default:
            return random.pick(Self.texts)
        }
    }
}
