/// Every template file closes the HTML elements it opens. A layout or partial that was cut short (a
/// bad save, a truncated copy) otherwise renders pages that end in the middle, with no warning
/// (issue 11, defect 11). Mustache tags are skipped; elements whose end tag HTML lets one leave out
/// (`li`, `p`, `td`, ...) and void elements (`meta`, `input`, ...) are not counted.
enum TemplateHTMLCheck {
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                            "source", "track", "wbr", "path", "circle", "rect", "line", "polygon", "polyline", "ellipse", "use", "stop"]
    static let optionalEnd: Set<String> = ["li", "p", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
                                           "colgroup", "caption", "rt", "rp", "html", "head", "body"]

    /// The first problem: an element never closed, a close without an open, or a tag or comment never finished.
    static func problems(in text: String, tags: [TemplateTag]) -> TemplateScanner.Problem? {
        let characters = Array(text)
        // Characters inside Mustache tags do not count as HTML.
        var skip = [Bool](repeating: false, count: characters.count)
        for tag in tags { for index in tag.range where index < skip.count { skip[index] = true } }
        var lineStarts = [0]
        for (index, character) in characters.enumerated() where character == "\n" || character == "\r\n" { lineStarts.append(index + 1) }
        func position(_ index: Int) -> (Int, Int) {
            var low = 0
            var high = lineStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
            }
            return (low + 1, index - lineStarts[low] + 1)
        }
        func problem(_ index: Int, _ detail: String) -> TemplateScanner.Problem {
            let (line, column) = position(index)
            return TemplateScanner.Problem(line: line, column: column, message: .templateHTML(detail))
        }
        func find(_ token: String, from start: Int) -> Int? {
            let pattern = Array(token)
            var index = start
            while index + pattern.count <= characters.count {
                if !skip[index], characters[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
                index += 1
            }
            return nil
        }

        var open: [String: [Int]] = [:]
        var index = 0
        while index < characters.count {
            guard !skip[index], characters[index] == "<" else {
                index += 1
                continue
            }
            if characters[index...].starts(with: Array("<!--")) {
                guard let end = find("-->", from: index + 4) else { return problem(index, "dit HTML-commentaar wordt nooit gesloten met '-->' (is het bestand afgekapt?)") }
                index = end + 3
                continue
            }
            // The tag runs to the next '>' outside quotes and Mustache tags.
            var end = index + 1
            var quote: Character?
            while end < characters.count {
                let character = characters[end]
                if skip[end] { end += 1; continue }
                if let current = quote {
                    if character == current { quote = nil }
                } else if character == "\"" || character == "'" {
                    quote = character
                } else if character == ">" {
                    break
                }
                end += 1
            }
            let isClose = index + 1 < characters.count && characters[index + 1] == "/"
            var nameEnd = index + (isClose ? 2 : 1)
            while nameEnd < characters.count, characters[nameEnd].isLetter || characters[nameEnd].isNumber || characters[nameEnd] == "-" {
                nameEnd += 1
            }
            let name = String(characters[(index + (isClose ? 2 : 1))..<nameEnd]).lowercased()
            guard !name.isEmpty, name.first?.isLetter == true else {
                // `<` in text, or `<!DOCTYPE`: not an element.
                index += 1
                continue
            }
            guard end < characters.count else {
                return problem(index, "de tag <\(isClose ? "/" : "")\(name) wordt nooit afgesloten met '>' (is het bestand afgekapt?)")
            }
            let selfClosing = characters[end - 1] == "/"
            let tagStart = index
            index = end + 1
            if voidElements.contains(name) || optionalEnd.contains(name) || selfClosing { continue }
            if isClose {
                guard var starts = open[name], !starts.isEmpty else {
                    return problem(tagStart, "</\(name)> sluit een element dat dit bestand nooit geopend heeft; een template sluit wat hij opent in hetzelfde bestand")
                }
                starts.removeLast()
                open[name] = starts
            } else {
                open[name, default: []].append(tagStart)
                if name == "script" || name == "style" || name == "textarea" || name == "title" {
                    // Raw text: nothing inside is markup, up to its end tag.
                    if let close = find("</\(name)", from: index) { index = close }
                }
            }
        }
        let unclosed = open.flatMap { name, starts in starts.map { (name, $0) } }.min { $0.1 < $1.1 }
        if let (name, start) = unclosed {
            return problem(start, "<\(name)> wordt hier geopend maar in dit bestand nooit gesloten; zet er </\(name)> bij (is het bestand afgekapt?)")
        }
        return nil
    }
}
