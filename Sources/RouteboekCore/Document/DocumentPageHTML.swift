/// One page's rendered HTML (the same HTML its own page on the site shows) as the whole document holds
/// it: every id carries the page's anchor so ids stay unique, a link to another page of the site becomes
/// a link inside the document, and headings move down to their place in the outline and get its number.
struct DocumentPageHTML {
    /// The page's output path, which its relative links start from.
    let outputPath: String
    /// The page's anchor in the document.
    let anchor: String
    /// The outline depth of the page's title: a page's `h2` sits one level below it.
    let titleDepth: Int
    let targets: DocumentTargets

    private static let idListAttributes: Set<String> = ["aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "headers"]

    /// A heading that got a number: its depth in the outline, the number, and its id before and after.
    struct NumberedHeading {
        var depth: Int
        var number: String
        var pageID: String
        var documentID: String
    }

    func rewrite(_ html: String, numbers: inout OutlineNumbers) -> String {
        var openHeading: (written: String, element: String)?
        var linkBecameText = false
        var numbersCopy = numbers
        defer { numbers = numbersCopy }
        return HTMLTagRewriter.rewrite(html, mayChange: Self.mayChange) { tag in
            if let level = Self.headingLevel(tag.name) {
                if tag.isClosing {
                    if let heading = openHeading, heading.written == tag.name { tag.name = heading.element }
                    openHeading = nil
                    return
                }
                let depth = titleDepth + level - 1
                let element = "h\(OutlineLevel.headingElement(depth: depth))"
                openHeading = (tag.name, element)
                tag.name = element
                if let number = numbersCopy.next(depth: depth) {
                    tag.trailingHTML = "<span class=\"kop-nummer\">\(number)</span> "
                }
            }
            if tag.name == "a" && tag.isClosing && linkBecameText {
                tag.name = "span"
                linkBecameText = false
                return
            }
            guard !tag.isClosing else { return }
            if tag.name == "a", let href = tag.value(of: "href") {
                if let inDocument = link(href) {
                    tag.set("href", to: inDocument)
                } else if !ContentPath.isExternal(href) {
                    // A file of the site that the document does not hold: on paper it is text, not a broken link.
                    tag.name = "span"
                    tag.remove("href")
                    linkBecameText = true
                }
            }
            let element = tag.name
            tag.rewriteValues { name, value in rewrite(attribute: name, value: value, of: element) }
        }
    }

    /// The headings `rewrite` numbers, `numbers` advanced past them as `rewrite` would, without rewriting:
    /// the document rewrites each page only as it is written (see RouteboekDocument.PartHTML).
    func number(_ html: String, numbers: inout OutlineNumbers) -> [NumberedHeading] {
        var found: [NumberedHeading] = []
        HTMLTagRewriter.visit(html, namesStartingWith: UInt8(ascii: "h")) { tag in
            guard !tag.isClosing, let level = Self.headingLevel(tag.name) else { return }
            let depth = titleDepth + level - 1
            if let number = numbers.next(depth: depth), let id = tag.value(of: "id") {
                found.append(NumberedHeading(depth: depth, number: number, pageID: id, documentID: DocumentTargets.elementID(id, inPage: anchor)))
            }
        }
        return found
    }

    /// Whether `rewrite` could change the tag: a heading or a link (opening or closing: both may be
    /// renamed), or any tag with an attribute value (an id, a reference). `<p>`, `</li>` and the like,
    /// most of a page's tags, are copied without being parsed.
    private static func mayChange(_ tag: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tag.count > 2 else { return true }
        let first = tag[1] == UInt8(ascii: "/") ? tag[2] : tag[1]
        return first == UInt8(ascii: "h") || first == UInt8(ascii: "a") || tag.contains(UInt8(ascii: "="))
    }

    private static func headingLevel(_ name: String) -> Int? {
        guard name.count == 2, name.first == "h", let level = Int(String(name.dropFirst())), (1...6).contains(level) else { return nil }
        return level
    }

    private func rewrite(attribute name: String, value: String, of element: String) -> String? {
        switch name {
        case "id", "for":
            return DocumentTargets.elementID(value, inPage: anchor)
        case _ where Self.idListAttributes.contains(name):
            return value.split(separator: " ").map { DocumentTargets.elementID(String($0), inPage: anchor) }.joined(separator: " ")
        case "href", "xlink:href":
            // Links of `a` were placed above; these are references inside an SVG drawing.
            guard element != "a", element != "link", value.hasPrefix("#") else { return nil }
            return "#" + DocumentTargets.elementID(String(value.dropFirst()), inPage: anchor)
        case "src" where element == "img":
            guard !ContentPath.isExternal(value), !value.hasPrefix("data:") else { return nil }
            return ContentPath.resolve(value, from: outputPath)
        default:
            guard ByteReplace.contains("url(#", in: value) else { return nil }
            return ByteReplace.replacing("url(#", with: "url(#\(anchor)--", in: value)
        }
    }

    /// `#fragment` inside the document for an `href` of this page; nil for the web and for files the
    /// document does not hold.
    func link(_ href: String) -> String? {
        if ContentPath.isExternal(href) { return nil }
        let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let path = parts[0]
        let fragment = parts.count > 1 ? parts[1] : nil
        if path.isEmpty {
            guard let fragment, !fragment.isEmpty else { return "#" + anchor }
            return "#" + DocumentTargets.elementID(fragment, inPage: anchor)
        }
        guard let target = ContentPath.resolve(path.removingPercentEncodingSafely, from: outputPath),
              let found = targets.anchor(path: target, fragment: fragment) else { return nil }
        return "#" + found
    }
}
