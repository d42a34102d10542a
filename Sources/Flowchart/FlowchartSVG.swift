// Runs Graphviz and turns its SVG into markup that can be inlined in an HTML page.

import Foundation

/// Lays out DOT source with Graphviz (`dot -Tsvg`) and returns SVG cleaned for inlining (see `cleanGraphvizSVG`).
/// `dotPath` overrides where `dot` is looked for (by default: PATH, then /usr/bin/dot).
public func layoutFlowchartSVG(dot: String, idPrefix: String, dotPath: String? = nil) throws(FlowchartError) -> String {
    let svg = try runGraphviz(dot: dot, dotPath: dotPath)
    return try cleanGraphvizSVG(svg, idPrefix: idPrefix)
}

/// Finds the `dot` executable: the given path, else the first `dot` on PATH, else the usual install places.
func findGraphviz(_ dotPath: String?) -> String? {
    let fileManager = FileManager.default
    if let dotPath {
        return fileManager.isExecutableFile(atPath: dotPath) ? dotPath : nil
    }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let candidates = path.split(separator: ":").map { "\($0)/dot" }
        + ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
    return candidates.first { fileManager.isExecutableFile(atPath: $0) }
}

/// Runs `dot -Tsvg` with the DOT source on standard input and returns its standard output.
/// Standard input and standard error are temporary files rather than pipes: writing to a pipe that `dot`
/// stopped reading (after a syntax error) would raise SIGPIPE and end the whole build, and a full error pipe
/// could block `dot`. Only standard output is a pipe, read here until `dot` closes it; no extra threads.
func runGraphviz(dot: String, dotPath: String?) throws(FlowchartError) -> String {
    guard let executable = findGraphviz(dotPath) else { throw .graphvizNotFound }

    let fileManager = FileManager.default
    let base = fileManager.temporaryDirectory.appendingPathComponent("routeboek-flowchart-\(UUID().uuidString)")
    let inputURL = base.appendingPathExtension("dot")
    let errorURL = base.appendingPathExtension("err")
    let input: FileHandle
    let errorOutput: FileHandle
    do {
        try Data(dot.utf8).write(to: inputURL)
        try Data().write(to: errorURL)
        input = try FileHandle(forReadingFrom: inputURL)
        errorOutput = try FileHandle(forWritingTo: errorURL)
    } catch {
        try? fileManager.removeItem(at: inputURL)
        try? fileManager.removeItem(at: errorURL)
        throw .graphvizFailed(status: -1, message: "tijdelijke bestanden voor Graphviz konden niet geschreven worden: \(error)")
    }
    defer {
        try? input.close()
        try? errorOutput.close()
        try? fileManager.removeItem(at: inputURL)
        try? fileManager.removeItem(at: errorURL)
    }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["-Tsvg"]
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errorOutput
    do {
        try process.run()
    } catch {
        throw .graphvizFailed(status: -1, message: "\(executable) kon niet starten: \(error)")
    }
    let svgData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()

    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
        let errorText = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
        throw .graphvizFailed(status: process.terminationStatus, message: errorText)
    }
    return String(decoding: svgData, as: UTF8.self)
}

/// Cleans Graphviz SVG for inlining in HTML: drops the XML prolog, DOCTYPE, comments and `<title>` elements,
/// removes the fixed width and height (the viewBox stays, so CSS can scale it), adds
/// `aria-hidden="true" focusable="false"`, prefixes every id (and reference to it) with `idPrefix-`,
/// and turns the drawing colour into `currentColor`.
public func cleanGraphvizSVG(_ svg: String, idPrefix: String) throws(FlowchartError) -> String {
    guard let svgStart = svg.range(of: "<svg"), let svgEnd = svg.range(of: "</svg>", options: .backwards),
          svgStart.lowerBound < svgEnd.lowerBound else {
        throw .invalidSVG("geen <svg> in: \(svg.prefix(200))")
    }
    var text = String(svg[svgStart.lowerBound..<svgEnd.upperBound])
    text = removingSections(of: text, from: "<!--", to: "-->")
    text = removingSections(of: text, from: "<title>", to: "</title>")

    // The opening <svg …> tag: no fixed size, hidden from assistive technology (the text version is the
    // accessible one).
    guard let tagEnd = text.firstIndex(of: ">") else { throw .invalidSVG("de tag <svg> wordt niet gesloten") }
    var tag = String(text[text.startIndex..<tagEnd])
    tag = removingAttribute("width", from: tag)
    tag = removingAttribute("height", from: tag)
    tag = tag.replacingOccurrences(of: "<svg", with: "<svg aria-hidden=\"true\" focusable=\"false\"")
    text = tag + text[tagEnd...]

    if !idPrefix.isEmpty {
        let prefix = HTML.escape(idPrefix) + "-"
        text = text.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)")
        text = text.replacingOccurrences(of: "url(#", with: "url(#\(prefix)")
        text = text.replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)")
    }
    text = text.replacingOccurrences(of: "=\"\(FlowchartDrawing.inkColor)\"", with: "=\"currentColor\"")
    text = text.replacingOccurrences(of: "font-family=\"\(FlowchartDrawing.fontName)\"",
                                     with: "font-family=\"\(FlowchartDrawing.fontName),sans-serif\"")
    return text.split(whereSeparator: \.isNewline)
        .filter { !$0.allSatisfy(\.isWhitespace) }
        .joined(separator: "\n")
}

/// The text without every section that starts with `start` and ends with `end` (both included).
func removingSections(of text: String, from start: String, to end: String) -> String {
    var result = ""
    var rest = text[...]
    while let open = rest.range(of: start) {
        result += rest[rest.startIndex..<open.lowerBound]
        guard let close = rest[open.upperBound...].range(of: end) else {
            rest = rest[rest.endIndex...]
            break
        }
        rest = rest[close.upperBound...]
    }
    result += rest
    return result
}

/// The tag without the attribute `name="…"` (and the white space before it).
func removingAttribute(_ name: String, from tag: String) -> String {
    var searchStart = tag.startIndex
    while let attribute = tag[searchStart...].range(of: "\(name)=\"") {
        guard attribute.lowerBound > tag.startIndex,
              tag[tag.index(before: attribute.lowerBound)].isWhitespace else {
            searchStart = attribute.upperBound
            continue
        }
        guard let close = tag[attribute.upperBound...].firstIndex(of: "\"") else { return tag }
        var start = attribute.lowerBound
        while start > tag.startIndex, tag[tag.index(before: start)].isWhitespace {
            start = tag.index(before: start)
        }
        return String(tag[tag.startIndex..<start]) + tag[tag.index(after: close)...]
    }
    return tag
}
