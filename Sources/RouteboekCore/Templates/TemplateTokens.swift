/// A template as Routeboek's renderer (TemplateRenderer) reads it: text and tags, with sections holding
/// their own tokens. The same tokens swift-mustache makes of the same text, so both render the same bytes.
indirect enum TemplateToken: Sendable {
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, inverted: Bool, body: [TemplateToken])
    /// `{{> name}}`; a partial alone on its line indents every line it renders by the tag's indentation.
    case partial(String, indentation: String?)
}

/// A tag's name, split once: `a.b.c`, `.`, `.a` (only the innermost value) or `first()` (the list position),
/// with the functions around it (`empty(first(.))` → functions `empty`, `first`, applied last to first).
struct TemplateName: Sendable {
    enum Root: Sendable {
        /// `.`: the innermost value.
        case current
        /// `first()`: the position in the list being walked.
        case position
        /// `.a.b`: looked up in the innermost value only.
        case innermost([String])
        /// `a.b`: `a` in the innermost value that has it, then outwards.
        case stack([String])
    }

    let root: Root
    let functions: [String]

    fileprivate init(root: Root, functions: [String]) {
        self.root = root
        self.functions = functions
    }

    init(_ name: String, functions: [String]) {
        self.functions = functions
        if name == "." {
            root = .current
        } else if name.isEmpty, !functions.isEmpty {
            root = .position
        } else {
            let parts = name.split(separator: ".").map(String.init)
            root = name.first == "." ? .innermost(parts) : .stack(parts)
        }
    }
}

/// Parses a template the way swift-mustache 2 does (`MustacheTemplate.parse`, Apache-2.0, the
/// Hummingbird authors): the same tokens, the same handling of tags alone on their line (the line
/// disappears, a partial's indentation is kept). Characters, not bytes, as there. Only what Routeboek's
/// renderer renders: a template with inheritance (`{{<`, `{{$`), a dynamic partial or a `{{%` pragma
/// is not parsed here (nil), and the whole set is rendered by swift-mustache instead.
struct TemplateTokenParser {
    private let characters: [Character]
    private var position = 0

    private struct State {
        var sectionName: String?
        var sectionFunctions: [String] = []
        var newLine = true
        var start: [Character] = ["{", "{"]
        var end: [Character] = ["}", "}"]
    }

    private struct Unsupported: Error {}

    static func parse(_ text: String) -> [TemplateToken]? {
        var parser = TemplateTokenParser(characters: Array(text))
        return try? parser.parse(State())
    }

    private init(characters: [Character]) {
        self.characters = characters
    }

    // MARK: Reading

    private var reachedEnd: Bool { position >= characters.count }
    private var current: Character { reachedEnd ? "\0" : characters[position] }

    private mutating func read(while allowed: (Character) -> Bool) -> [Character] {
        let start = position
        while !reachedEnd, allowed(characters[position]) { position += 1 }
        return Array(characters[start..<position])
    }

    private mutating func read(_ token: [Character]) -> Bool {
        guard !token.isEmpty else { return true }
        guard position + token.count <= characters.count, Array(characters[position..<(position + token.count)]) == token else { return false }
        position += token.count
        return true
    }

    private static func text(_ characters: [Character]) -> String { String(characters) }
    private static func isSpaceOrTab(_ character: Character) -> Bool { character == " " || character == "\t" }

    // MARK: Parsing

    private mutating func parse(_ initial: State) throws -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var state = initial
        var whiteSpaceBefore: [Character] = []
        func flushWhiteSpace() {
            if !whiteSpaceBefore.isEmpty {
                tokens.append(.text(Self.text(whiteSpaceBefore)))
                whiteSpaceBefore = []
            }
        }
        while !reachedEnd {
            if state.newLine {
                whiteSpaceBefore = read(while: Self.isSpaceOrTab)
            }
            let text = readUntilDelimiterOrNewline(state)
            if current.isNewline {
                tokens.append(.text(Self.text(whiteSpaceBefore + text + [current])))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(Self.text(whiteSpaceBefore + text)))
                whiteSpaceBefore = []
                state.newLine = false
            }
            if reachedEnd { break }
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let (name, functions) = try parseName(state)
                if isStandalone(state) {
                    setNewLine = true
                } else {
                    flushWhiteSpace()
                }
                var inner = state
                inner.sectionName = name
                inner.sectionFunctions = functions
                if !setNewLine { inner.newLine = false }
                let body = try parse(inner)
                tokens.append(.section(TemplateName(name, functions: functions), inverted: inverted, body: body))
            case "/":
                position += 1
                let (name, functions) = try parseName(state)
                guard name == state.sectionName, functions == state.sectionFunctions else { throw Unsupported() }
                if !isStandalone(state) {
                    flushWhiteSpace()
                }
                return tokens
            case "!":
                position += 1
                try skipComment(state)
                setNewLine = isStandalone(state)
            case "{":
                flushWhiteSpace()
                position += 1
                let (name, functions) = try parseName(state)
                guard read(["}"]) else { throw Unsupported() }
                tokens.append(.variable(TemplateName(name, functions: functions), escaped: false))
            case "&":
                flushWhiteSpace()
                position += 1
                let (name, functions) = try parseName(state)
                tokens.append(.variable(TemplateName(name, functions: functions), escaped: false))
            case ">":
                position += 1
                _ = read(while: \.isWhitespace)
                guard current != "*" else { throw Unsupported() }
                let name = try parsePartialName(state)
                let indentation = whiteSpaceBefore
                if !whiteSpaceBefore.isEmpty { tokens.append(.text(Self.text(whiteSpaceBefore))) }
                if isStandalone(state) {
                    setNewLine = true
                    tokens.append(.partial(name, indentation: Self.text(indentation)))
                } else {
                    tokens.append(.partial(name, indentation: nil))
                }
                whiteSpaceBefore = []
            case "=":
                position += 1
                try setDelimiters(&state)
                setNewLine = isStandalone(state)
            case "<", "$", "%":
                throw Unsupported()
            default:
                flushWhiteSpace()
                let (name, functions) = try parseName(state)
                tokens.append(.variable(TemplateName(name, functions: functions), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unsupported() }
        return tokens
    }

    /// Text up to a tag's opening delimiter (read past) or a line end (not read).
    private mutating func readUntilDelimiterOrNewline(_ state: State) -> [Character] {
        guard let first = state.start.first else { return [] }
        var text: [Character] = []
        while !reachedEnd {
            text += read { $0 != "\n" && $0 != "\r\n" && $0 != first }
            if current.isNewline { break }
            if current == first {
                if read(state.start) { break }
                text.append(first)
                position += 1
            }
        }
        return text
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let nameCharactersWithoutBrackets = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialNameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    /// `name` or `f(g(name))` up to the closing delimiter: the name and its functions, outermost first.
    private mutating func parseName(_ state: State) throws -> (String, [String]) {
        _ = read(while: \.isWhitespace)
        let text = read { Self.nameCharacters.contains($0) }
        _ = read(while: \.isWhitespace)
        guard read(state.end) else { throw Unsupported() }
        var index = 0
        func readName() -> String {
            let start = index
            while index < text.count, Self.nameCharactersWithoutBrackets.contains(text[index]) { index += 1 }
            return String(text[start..<index])
        }
        let first = readName()
        guard index < text.count else { return (String(text), []) }
        guard text[index] == "(" else { throw Unsupported() }
        index += 1
        var functions = [first]
        while true {
            let name = readName()
            guard index < text.count else { throw Unsupported() }
            if text[index] == "(" {
                index += 1
                functions.append(name)
                continue
            }
            guard text[index] == ")" else { throw Unsupported() }
            index += 1
            var closing = 0
            while index < text.count, text[index] == ")" { index += 1; closing += 1 }
            guard closing + 1 == functions.count, index == text.count else { throw Unsupported() }
            return (name, functions)
        }
    }

    private mutating func parsePartialName(_ state: State) throws -> String {
        _ = read(while: \.isWhitespace)
        let text = read { Self.partialNameCharacters.contains($0) }
        _ = read(while: \.isWhitespace)
        guard read(state.end) else { throw Unsupported() }
        return String(text)
    }

    /// Past the comment's closing delimiter (swift-mustache's `read(untilString:skipToEnd:)`).
    private mutating func skipComment(_ state: State) throws {
        let end = state.end
        guard !end.isEmpty else { return }
        var matched = 0
        while !reachedEnd {
            if characters[position] == end[matched] {
                matched += 1
                if matched == end.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        throw Unsupported()
    }

    private mutating func setDelimiters(_ state: inout State) throws {
        _ = read(while: \.isWhitespace)
        let start = read { !$0.isWhitespace }
        guard !reachedEnd else { throw Unsupported() }
        _ = read(while: \.isWhitespace)
        let end = read { $0 != "=" && !$0.isWhitespace }
        guard !reachedEnd else { throw Unsupported() }
        _ = read(while: \.isWhitespace)
        guard read(["="]), read(state.end), !start.isEmpty, !end.isEmpty else { throw Unsupported() }
        state.start = start
        state.end = end
    }

    /// A tag alone on its line: the rest of the line (spaces and the line end) is read past.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if reachedEnd { return true }
        var probe = position
        while probe < characters.count, Self.isSpaceOrTab(characters[probe]) { probe += 1 }
        let next: Character = probe < characters.count ? characters[probe] : "\0"
        guard next.isNewline else { return false }
        position = probe + 1
        return true
    }
}

extension TemplateToken {
    /// The same token with storage of its own: every string and list newly made. Two threads rendering
    /// with the same tokens both count references on the same objects, and the cache lines of those
    /// counts go back and forth between the cores (the renderer's retains were 3.3% of a slow 10,000-page
    /// build's samples against 1.0% in a fast one); each thread rendering its own copy has none of that.
    var privateCopy: TemplateToken {
        switch self {
        case .text(let text): .text(text.privateCopy)
        case .variable(let name, let escaped): .variable(name.privateCopy, escaped: escaped)
        case .section(let name, let inverted, let body): .section(name.privateCopy, inverted: inverted, body: body.map(\.privateCopy))
        case .partial(let name, let indentation): .partial(name.privateCopy, indentation: indentation?.privateCopy)
        }
    }
}

extension TemplateName {
    var privateCopy: TemplateName {
        let root: Root = switch self.root {
        case .current: .current
        case .position: .position
        case .innermost(let parts): .innermost(parts.map(\.privateCopy))
        case .stack(let parts): .stack(parts.map(\.privateCopy))
        }
        return TemplateName(root: root, functions: functions.map(\.privateCopy))
    }
}

extension String {
    /// The same text in storage of its own (short texts are stored inline and share nothing anyway).
    var privateCopy: String {
        var copy = self
        return copy.withUTF8 { String(decoding: $0, as: UTF8.self) }
    }
}
