/// Reads the tags of a Mustache template the way swift-mustache does (set-delimiter tags included),
/// with their positions, before the template is handed to swift-mustache. Its parser and renderer
/// recurse once per nested section and per partial, so a template nested thousands deep, or a partial
/// that includes itself, would overflow the stack and kill the build (issue 11, defect 2): those are
/// found here first and reported as errors.
struct TemplateTag: Equatable {
    enum Kind: Equatable {
        case variable, section, invertedSection, blockDefinition, parentPartial, close, partial, comment, setDelimiter, other
    }

    var kind: Kind
    /// The tag's content after the sigil, trimmed (`titel` for `{{> titel}}`).
    var name: String
    var line: Int
    var column: Int
    /// Where the whole tag (delimiters included) lies, in characters from the start of the text.
    var range: Range<Int>
    /// How many sections are open around the tag.
    var sectionDepth = 0

    var opensSection: Bool { [.section, .invertedSection, .blockDefinition, .parentPartial].contains(kind) }
    /// `{{> name}}` and `{{< name}}` both render the partial `name`.
    var includesPartial: Bool { kind == .partial || kind == .parentPartial }
}

enum TemplateScanner {
    /// How deep sections may nest in one file; the theme needs 4.
    static let maxNesting = 40

    struct Problem: Equatable {
        var line: Int
        var column: Int
        var message: Message
    }

    /// Every tag, or the first problem that makes the template unsafe to parse.
    static func scan(_ text: String) -> (tags: [TemplateTag], problem: Problem?) {
        let characters = Array(text)
        var open = Array("{{")
        var close = Array("}}")
        var tags: [TemplateTag] = []
        var depth: [TemplateTag] = []
        var index = 0
        var line = 1
        var column = 1

        func matches(_ token: [Character], at position: Int) -> Bool {
            guard position + token.count <= characters.count else { return false }
            for offset in 0..<token.count where characters[position + offset] != token[offset] { return false }
            return true
        }
        func advance(to target: Int) {
            while index < target && index < characters.count {
                if characters[index] == "\n" || characters[index] == "\r\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
        }

        while index < characters.count {
            guard matches(open, at: index) else {
                advance(to: index + 1)
                continue
            }
            let (tagLine, tagColumn) = (line, column)
            let contentStart = index + open.count
            // `{{{name}}}` ends with `}` and the closing delimiter.
            let triple = contentStart < characters.count && characters[contentStart] == "{"
            let end = triple ? [Character("}")] + close : close
            var search = contentStart
            while search < characters.count && !matches(end, at: search) { search += 1 }
            guard search < characters.count else {
                // Unfinished: swift-mustache reports it with its own position.
                return (tags, nil)
            }
            let content = String(characters[contentStart..<search])
            let sigil = content.first
            let rest = String(content.dropFirst()).trimmingWhitespace
            var tag = TemplateTag(kind: .other, name: rest, line: tagLine, column: tagColumn, range: index..<(search + end.count))
            switch sigil {
            case "#": tag.kind = .section
            case "^": tag.kind = .invertedSection
            case "$": tag.kind = .blockDefinition
            case "<": tag.kind = .parentPartial
            case "/": tag.kind = .close
            case ">": tag.kind = .partial
            case "!": tag.kind = .comment
            case "=": tag.kind = .setDelimiter
            case "{", "&": tag.kind = .variable
            default:
                tag.kind = .variable
                tag.name = content.trimmingWhitespace
            }
            tag.sectionDepth = depth.count
            tags.append(tag)
            if tag.opensSection {
                depth.append(tag)
                if depth.count > maxNesting {
                    return (tags, Problem(line: tagLine, column: tagColumn,
                                          message: .templateNestedTooDeep(maxNesting)))
                }
            } else if tag.kind == .close, !depth.isEmpty {
                depth.removeLast()
            }
            if tag.includesPartial, tag.name.hasPrefix("*") {
                return (tags, Problem(line: tagLine, column: tagColumn,
                                      message: .templateDynamicPartial()))
            }
            if tag.kind == .setDelimiter {
                // `{{=<% %>=}}`: the two new delimiters, separated by spaces.
                var spec = String(content.dropFirst()).trimmingWhitespace
                if spec.hasSuffix("=") { spec.removeLast() }
                let parts = spec.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(Array.init)
                if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
                    open = parts[0]
                    close = parts[1]
                }
            }
            advance(to: search + end.count)
        }
        return (tags, nil)
    }

    /// A better place and wording for two of swift-mustache's parse errors, from the tags read here:
    /// a section never closed is reported at the end of the file there, and a wrong set-delimiter tag
    /// after it; both belong at the tag the editor has to fix. Nil when the tags do not show it.
    static func located(_ error: String, tags: [TemplateTag], text: String) -> Problem? {
        let characters = Array(text)
        func written(_ tag: TemplateTag) -> String {
            tag.range.upperBound <= characters.count ? String(characters[tag.range]) : tag.name
        }
        switch error {
        case "expectedSectionEnd":
            // Sections close by name; a close that names another section is an error of its own (not this one).
            var open: [TemplateTag] = []
            for tag in tags {
                if tag.opensSection {
                    open.append(tag)
                } else if tag.kind == .close {
                    guard let last = open.last, last.name == tag.name else { return nil }
                    open.removeLast()
                }
            }
            guard let unclosed = open.last else { return nil }
            let opener = written(unclosed)
            // The closing tag as the opening one is written: its sigil becomes '/'.
            let closer = opener.firstIndex { "#^$<".contains($0) }.map { opener.replacingCharacters(in: $0...$0, with: "/") } ?? "{{/\(unclosed.name)}}"
            return Problem(line: unclosed.line, column: unclosed.column,
                           message: .templateSyntax("de sectie \(opener) wordt nooit gesloten: zet \(closer) waar ze eindigt"))
        case "invalidSetDelimiter":
            guard let tag = tags.first(where: { $0.kind == .setDelimiter && !isValidSetDelimiter(written($0)) }) else { return nil }
            let tagText = written(tag)
            var problem = "de wissel van scheidingstekens \(tagText) is verkeerd geschreven: zet de twee nieuwe tekens met een spatie ertussen tussen twee '=', zoals {{=<% %>=}}"
            if tagText.hasPrefix("{{="), tagText.hasSuffix("}}"), !tagText.hasSuffix("=}}") {
                let parts = tagText.dropFirst(3).dropLast(2).split(whereSeparator: \.isWhitespace)
                if parts.count == 2 { problem = "de wissel van scheidingstekens \(tagText) mist de '=' aan het eind; schrijf {{=\(parts[0]) \(parts[1])=}}" }
            }
            return Problem(line: tag.line, column: tag.column, message: .templateSyntax(problem))
        default:
            return nil
        }
    }

    /// `{{=<% %>=}}` as swift-mustache reads it: '=', the new opening delimiter, white space, the new
    /// closing one (without '='), '=' right before the closing delimiter in use.
    private static func isValidSetDelimiter(_ tag: String) -> Bool {
        guard let equals = tag.firstIndex(of: "=") else { return false }
        let parts = tag[tag.index(after: equals)...].split(separator: "=", omittingEmptySubsequences: false)
        // The text between the two '=' holds the two delimiters; after the last '=' only the closing delimiter.
        guard parts.count >= 2 else { return false }
        let inner = parts.dropLast().joined(separator: "=")
        let delimiters = inner.split(whereSeparator: \.isWhitespace)
        return delimiters.count == 2 && !delimiters[1].contains("=")
    }
}
