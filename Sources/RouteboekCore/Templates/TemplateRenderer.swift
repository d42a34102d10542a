import Flowchart

/// Renders parsed templates (TemplateTokenParser) with typed values (TemplateData) into one string: what
/// swift-mustache's `MustacheLibrary.render` gives for the same template and value, at a fraction of the
/// cost (no casts, no copied context per section, no string per tag). swift-mustache stays the
/// reference: TemplateEngineTests renders the real theme and generated templates with both.
///
/// Names are found as swift-mustache finds them: `a.b` from the innermost value that has `a`, outwards;
/// sections over a list set the position that `first()` and the like read; a partial alone on its line
/// indents each line it renders that starts after one of its own line ends.
struct TemplateRenderer {
    let templates: [String: [TemplateToken]]
    /// When set, lookups stop once the thread's stack runs low (a partial that includes itself over data
    /// that never ends; see RenderGuard).
    let stackGuard: RenderGuard?

    private var out = ""
    private var stack: [TemplateData] = []
    /// A partial's indentation, written just before the next byte the token being rendered writes (so a
    /// token that writes nothing gets none, as in swift-mustache).
    private var pendingIndentation: String?
    /// A render in parts: where each part goes, about how large, and what was handed on so far.
    private var emit: ((String) throws -> Void)?
    private var partSize = 0
    private var emitted = 0
    private var emittedTail: (secondLast: UInt8, last: UInt8) = (0, 0)
    private var emitError: Error?

    init(templates: [String: [TemplateToken]], stackGuard: RenderGuard?) {
        self.templates = templates
        self.stackGuard = stackGuard
    }

    /// The list position while a section walks a list (`first()`, `last()`, `index()`, `even()`, `odd()`).
    struct Position {
        var first: Bool
        var last: Bool
        var index: Int
    }

    /// The template `name` rendered with `value`; nil when there is no such template.
    /// `capacity`: about how many bytes it will be (a page: its HTML and the layout around it), so the
    /// output is not copied each time it outgrows its storage.
    mutating func render(_ name: String, _ value: any TemplateLookup, capacity: Int = 0) -> String? {
        guard let tokens = templates[name] else { return nil }
        out = ""
        out.reserveCapacity(capacity)
        stack = [.value(value)]
        render(tokens, position: nil, indentation: nil)
        return out
    }

    /// The template `name` rendered with `value` in parts of about `partSize` bytes, each handed to `emit`
    /// as soon as it is made: a page of tens of megabytes is never held whole. False when there is no
    /// such template; the first error `emit` throws ends the output and is thrown here.
    mutating func render(_ name: String, _ value: any TemplateLookup, partSize: Int, emit: @escaping (String) throws -> Void) throws -> Bool {
        guard let tokens = templates[name] else { return false }
        self.emit = emit
        self.partSize = max(partSize, 1)
        out = ""
        out.reserveCapacity(roomForAPart)
        stack = [.value(value)]
        render(tokens, position: nil, indentation: nil)
        handOn(whenAtLeast: 1)
        self.emit = nil
        if let emitError { throw emitError }
        return true
    }

    private mutating func render(_ tokens: [TemplateToken], position: Position?, indentation: String?) {
        guard let indentation, !indentation.isEmpty else {
            for token in tokens {
                render(token, position: position, indentation: indentation)
                if emit != nil { handOn(whenAtLeast: partSize) }
            }
            return
        }
        // swift-mustache indents a token's output when what this call wrote so far ends a line ("\n", not "\r\n").
        let start = written
        for token in tokens {
            let before = written
            let atLineStart = before > start && byte(before - 1) == 0x0A && !(before - start >= 2 && byte(before - 2) == 0x0D)
            if atLineStart { pendingIndentation = indentation }
            render(token, position: position, indentation: indentation)
            if atLineStart { pendingIndentation = nil }
            if emit != nil { handOn(whenAtLeast: partSize) }
        }
    }

    /// Bytes written so far, handed on or not.
    private var written: Int { emitted + out.utf8.count }

    /// The output's byte at `offset`, one of the last two written (constant time: the string is native UTF-8).
    private func byte(_ offset: Int) -> UInt8 {
        guard offset >= emitted else { return offset == emitted - 1 ? emittedTail.last : emittedTail.secondLast }
        return out.utf8[out.utf8.index(out.utf8.startIndex, offsetBy: offset - emitted)]
    }

    /// Hands the output made so far to `emit` once it is at least `size` bytes.
    private mutating func handOn(whenAtLeast size: Int) {
        let count = out.utf8.count
        guard let emit, count >= size else { return }
        emittedTail = (count >= 2 ? byte(written - 2) : emittedTail.last, byte(written - 1))
        if emitError == nil {
            do { try emit(out) } catch { emitError = error }
        }
        emitted += count
        out = ""
        out.reserveCapacity(roomForAPart)
    }

    /// A part and what may follow it before the next hand-on (one token's output), bounded.
    private var roomForAPart: Int { min(partSize, 1 << 24) * 2 }

    /// Writes the pending indentation before the first byte a token writes.
    private mutating func indentIfPending() {
        guard let indentation = pendingIndentation else { return }
        pendingIndentation = nil
        out.append(indentation)
    }

    private mutating func render(_ token: TemplateToken, position: Position?, indentation: String?) {
        switch token {
        case .text(let text):
            guard !text.isEmpty else { return }
            indentIfPending()
            out.append(text)
        case .variable(let name, let escaped):
            guard let data = lookup(name, position: position) else { return }
            write(data, escaped: escaped)
        case .section(let name, let inverted, let body):
            let data = lookup(name, position: position)
            if inverted {
                renderInverted(data, body: body, position: position, indentation: indentation)
            } else {
                renderSection(data, body: body, position: position, indentation: indentation)
            }
        case .partial(let name, let indented):
            guard let tokens = templates[name] else { return }
            let inner: String? = indented.map { (indentation ?? "") + $0 } ?? indentation
            render(tokens, position: nil, indentation: inner)
        }
    }

    private mutating func renderSection(_ data: TemplateData?, body: [TemplateToken], position: Position?, indentation: String?) {
        switch data {
        case .none, .flag(false):
            return
        case .flag(true):
            render(body, position: position, indentation: indentation)
        case .list(let list):
            for index in 0..<list.count {
                within(.value(list.item(index))) {
                    $0.render(body, position: Position(first: index == 0, last: index == list.count - 1, index: index), indentation: indentation)
                }
            }
        case .texts(let texts):
            for (index, text) in texts.enumerated() {
                within(.text(text)) {
                    $0.render(body, position: Position(first: index == 0, last: index == texts.count - 1, index: index), indentation: indentation)
                }
            }
        case .some(let value):
            within(value) { $0.render(body, position: nil, indentation: indentation) }
        }
    }

    private mutating func renderInverted(_ data: TemplateData?, body: [TemplateToken], position: Position?, indentation: String?) {
        switch data {
        case .none, .flag(false):
            render(body, position: position, indentation: indentation)
        case .list(let list) where list.count == 0:
            within(.list(list)) { $0.render(body, position: nil, indentation: indentation) }
        case .texts(let texts) where texts.isEmpty:
            within(.texts(texts)) { $0.render(body, position: nil, indentation: indentation) }
        default:
            return
        }
    }

    private mutating func within(_ data: TemplateData, _ body: (inout TemplateRenderer) -> Void) {
        stack.append(data)
        body(&self)
        stack.removeLast()
    }

    // MARK: Names

    private func lookup(_ name: TemplateName, position: Position?) -> TemplateData? {
        if let stackGuard, !stackGuard.allowsLookup() { return nil }
        var found: TemplateData?
        switch name.root {
        case .current:
            found = stack.last
        case .position:
            guard let position else { return nil }
            guard let first = name.functions.last else { return nil }
            found = TemplateFunctions.position(first, position)
            return found.flatMap { TemplateFunctions.apply(name.functions.dropLast(), to: $0) }
        case .innermost(let parts):
            found = stack.last.flatMap { Self.child(parts[...], of: $0) }
        case .stack(let parts):
            guard let first = parts.first else {
                found = stack.last
                break
            }
            for frame in stack.reversed() {
                if let child = Self.field(first, of: frame) {
                    found = Self.child(parts.dropFirst(), of: child)
                    break
                }
            }
        }
        guard let found else { return nil }
        return TemplateFunctions.apply(name.functions[...], to: found)
    }

    private static func field(_ name: String, of data: TemplateData) -> TemplateData? {
        guard case .value(let value) = data else { return nil }
        return value.templateData(named: name)
    }

    private static func child(_ names: ArraySlice<String>, of data: TemplateData) -> TemplateData? {
        var current = data
        for name in names {
            guard let next = field(name, of: current) else { return nil }
            current = next
        }
        return current
    }

    // MARK: Output

    private mutating func write(_ data: TemplateData, escaped: Bool) {
        let text: String
        switch data {
        case .text(let value): text = value
        case .number(let number): text = String(number)
        case .flag(let flag): text = flag ? "true" : "false"
        default: text = String(describing: data.anyValue)
        }
        guard !text.isEmpty else { return }
        indentIfPending()
        if escaped {
            HTML.appendEscaped(text, to: &out)
        } else {
            out.append(text)
        }
    }
}
