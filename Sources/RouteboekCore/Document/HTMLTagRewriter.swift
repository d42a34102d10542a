import Foundation

/// One tag of generated HTML (or inline SVG), with its attributes in order.
struct HTMLTag {
    struct Attribute: Equatable {
        var name: String
        /// The value as written (entities not decoded); nil for a bare attribute (`checked`).
        var value: String?
    }

    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    var attributes: [Attribute]
    /// Markup to put right after the tag (a heading's number, for example).
    var trailingHTML = ""

    func value(of attribute: String) -> String? {
        attributes.first { $0.name == attribute }?.value
    }

    mutating func set(_ attribute: String, to value: String) {
        if let index = attributes.firstIndex(where: { $0.name == attribute }) {
            attributes[index].value = value
        } else {
            attributes.append(Attribute(name: attribute, value: value))
        }
    }

    mutating func remove(_ attribute: String) {
        attributes.removeAll { $0.name == attribute }
    }

    /// Every attribute value, rewritten by `transform` (nil leaves it as it is).
    mutating func rewriteValues(_ transform: (_ name: String, _ value: String) -> String?) {
        for index in attributes.indices {
            guard let value = attributes[index].value, let new = transform(attributes[index].name, value) else { continue }
            attributes[index].value = new
        }
    }

    var markup: String {
        if isClosing { return "</\(name)>" }
        var text = "<" + name
        for attribute in attributes {
            text += " " + attribute.name
            if let value = attribute.value { text += "=\"\(value)\"" }
        }
        return text + (isSelfClosing ? "/>" : ">")
    }
}

/// Walks the tags of HTML that this generator produced (cmark-gfm's output, the templates' and
/// Graphviz's SVG): attribute values are quoted and every `<` in text is escaped, so each `<` starts a
/// tag, a comment or a declaration. Text between tags is copied unchanged, and so is every tag the
/// callback leaves alone. This is not a general HTML parser, and does not need to be one.
///
/// It runs over every page of the whole document, so it reads the bytes in place (memchr to the next
/// `<`) and parses only the tags the caller may change.
enum HTMLTagRewriter {
    /// `mayChange`: whether the callback could change a tag, from its bytes (`<p>`, say, never): others
    /// are copied without being parsed. Nil: every tag goes to the callback.
    static func rewrite(_ html: String, mayChange: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil, _ body: (inout HTMLTag) -> Void) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 8)
            walk(bytes) { range, isTag in
                let original = UnsafeBufferPointer(rebasing: bytes[range])
                guard isTag, mayChange?(original) ?? true, var tag = parse(original) else {
                    output.append(contentsOf: original)
                    return
                }
                let before = tag
                body(&tag)
                if tag.name == before.name && tag.isClosing == before.isClosing && tag.attributes == before.attributes {
                    output.append(contentsOf: original)
                } else {
                    output.append(contentsOf: tag.markup.utf8)
                }
                output.append(contentsOf: tag.trailingHTML.utf8)
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The opening tags `rewrite` would show its callback whose name starts with `first`, without rewriting anything.
    static func visit(_ html: String, namesStartingWith first: UInt8, _ body: (HTMLTag) -> Void) {
        var html = html
        html.withUTF8 { bytes in
            walk(bytes) { range, isTag in
                guard isTag, range.count > 2, bytes[range.lowerBound + 1] == first,
                      let tag = parse(UnsafeBufferPointer(rebasing: bytes[range])) else { return }
                body(tag)
            }
        }
    }

    /// The pieces of the HTML in order: text, comments and declarations (`isTag` false), and tags.
    private static func walk(_ bytes: UnsafeBufferPointer<UInt8>, _ piece: (_ range: Range<Int>, _ isTag: Bool) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var index = 0
        while index < count {
            guard let hit = memchr(base + index, Int32(UInt8(ascii: "<")), count - index) else {
                piece(index..<count, false)
                break
            }
            let open = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if open > index { piece(index..<open, false) }
            if open + 4 <= count, base[open + 1] == UInt8(ascii: "!"), base[open + 2] == UInt8(ascii: "-"), base[open + 3] == UInt8(ascii: "-") {
                let end = commentEnd(bytes, from: open + 4) ?? count
                piece(open..<end, false)
                index = end
                continue
            }
            let close = tagEnd(bytes, from: open + 1)
            let isDeclaration = open + 1 < count && (base[open + 1] == UInt8(ascii: "!") || base[open + 1] == UInt8(ascii: "?"))
            piece(open..<close, !isDeclaration)
            index = close
        }
    }

    /// The index just past the `>` that ends the tag starting before `from`; quotes are skipped.
    private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var index = from
        var quote: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    /// The index just past the `-->` that ends a comment whose text starts at `from`.
    private static func commentEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var index = from
        while index + 3 <= bytes.count {
            if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] == UInt8(ascii: ">") { return index + 3 }
            index += 1
        }
        return nil
    }

    /// `<name attr="value" bare other='x'/>` or `</name>`; nil when it is not a tag.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> HTMLTag? {
        guard bytes.count >= 3, bytes.first == UInt8(ascii: "<"), bytes.last == UInt8(ascii: ">") else { return nil }
        var index = 1
        let end = bytes.count - 1
        let isClosing = bytes[index] == UInt8(ascii: "/")
        if isClosing { index += 1 }
        let nameStart = index
        while index < end, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "/") { index += 1 }
        guard index > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        var attributes: [HTMLTag.Attribute] = []
        var selfClosing = false
        while index < end {
            let byte = bytes[index]
            if isSpace(byte) { index += 1; continue }
            if byte == UInt8(ascii: "/") { selfClosing = true; index += 1; continue }
            selfClosing = false
            let attributeStart = index
            while index < end, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: "/") { index += 1 }
            let attributeName = String(decoding: bytes[attributeStart..<index], as: UTF8.self)
            guard index < end, bytes[index] == UInt8(ascii: "=") else {
                attributes.append(.init(name: attributeName, value: nil))
                continue
            }
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                let quote = bytes[index]
                index += 1
                let valueStart = index
                while index < end, bytes[index] != quote { index += 1 }
                attributes.append(.init(name: attributeName, value: String(decoding: bytes[valueStart..<index], as: UTF8.self)))
                index += 1
            } else {
                let valueStart = index
                while index < end, !isSpace(bytes[index]) { index += 1 }
                attributes.append(.init(name: attributeName, value: String(decoding: bytes[valueStart..<index], as: UTF8.self)))
            }
        }
        return HTMLTag(name: name, isClosing: isClosing, isSelfClosing: selfClosing, attributes: attributes)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }
}
