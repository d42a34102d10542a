import Foundation

/// The last check before a site is put in place: every relative link and image in every page the build
/// wrote points at a file the build wrote (and at an id on it, for a fragment). Links in Markdown are
/// checked at their source with their position; what is left to catch here are links a template writes
/// itself (`<a href="{{root}}oud.html">`), or a generator bug: either would publish a broken site.
///
/// A page's links and ids are taken out as it is written (on the writer's core) and its HTML let go:
/// holding every page until the end was most of a large build's peak memory. Each (folder, link) is
/// stored once and a page keeps the numbers of its links, since the navigation repeats on every page.
final class LinkAudit: OutputSink, @unchecked Sendable {
    private let inner: OutputSink
    private let lock = NSLockLike()
    private var files: Set<String> = []
    /// Each HTML page's links (numbers into `links`, in document order) and ids (joined by NUL: one
    /// string per page, split only for a page a fragment names). A page written again replaces its entry.
    private var pages: [String: (links: [Int32], ids: String)] = [:]
    /// Every distinct (folder, link) written, and its number.
    private var links: [(folder: String, link: String)] = []
    private var folders: [String: FolderLinks] = [:]

    /// The numbers of one folder's links, and the last page written there: its pages share most links at
    /// the same places (the navigation), which are then matched without hashing.
    private final class FolderLinks {
        var numbers: [String: Int32] = [:]
        var lastLinks: [String] = []
        var lastNumbers: [Int32] = []

        func copy() -> FolderLinks {
            let copy = FolderLinks()
            copy.numbers = numbers
            copy.lastLinks = lastLinks
            copy.lastNumbers = lastNumbers
            return copy
        }
    }

    /// A write or copy failed: the site is not put in place, and its links are not audited.
    private var writeFailed = false

    init(_ inner: OutputSink) { self.inner = inner }

    /// What this audit has seen so far, going on with writes to `inner`: the preview's rebuild starts
    /// from the last build's audit and writes only the changed pages again (each replaces its entry).
    func copy(writingTo inner: OutputSink) -> LinkAudit {
        let copy = LinkAudit(inner)
        lock.withLock {
            copy.files = files
            copy.pages = pages
            copy.links = links
            copy.folders = folders.mapValues { $0.copy() }
            copy.writeFailed = writeFailed
        }
        return copy
    }

    private func recordingFailure(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            lock.withLock { writeFailed = true }
            throw error
        }
    }

    func write(_ text: String, to path: String) throws {
        try recordingFailure { try inner.write(text, to: path) }
        guard path.hasSuffix(".html") else {
            lock.withLock { _ = files.insert(path) }
            return
        }
        var scan = PageScan(previous: lastLinks(in: ContentPath.directory(of: path)))
        scan.add(text)
        record(scan, of: path)
    }

    /// A page written in parts: each part's links and ids are taken as it goes by (see PageScan.feed).
    func write(to path: String, parts produce: (_ emit: @escaping (String) throws -> Void) throws -> Void) throws {
        guard path.hasSuffix(".html") else {
            try recordingFailure { try inner.write(to: path, parts: produce) }
            lock.withLock { _ = files.insert(path) }
            return
        }
        var scan = PageScan(previous: lastLinks(in: ContentPath.directory(of: path)))
        try recordingFailure {
            try inner.write(to: path) { emit in
                try produce { part in
                    scan.feed(part)
                    try emit(part)
                }
            }
        }
        scan.finish()
        record(scan, of: path)
    }

    private func lastLinks(in folder: String) -> [String] {
        lock.withLock { folders[folder]?.lastLinks ?? [] }
    }

    /// A page's links and ids, as they are found.
    private struct PageScan {
        /// The links of the folder's last page: a link that is the same as at its place there is that
        /// page's string (no new string per navigation link, and `record` finds it at once).
        let previous: [String]
        var links: [String] = []
        var ids: [String] = []
        /// The end of the parts fed so far from their last `<`: the start of a tag the next part finishes.
        private var carry: [UInt8] = []

        init(previous: [String]) { self.previous = previous }

        mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { add($0) }
        }

        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            LinkAudit.forEachAttribute(named: ["href", "src", "id"], in: bytes) { name, value in
                if name == 2 {
                    ids.append(String(decoding: value, as: UTF8.self))
                    return
                }
                let index = links.count
                if index < previous.count, previous[index].utf8.count == value.count,
                   previous[index].utf8.withContiguousStorageIfAvailable({ LinkAudit.sameBytes($0, value) }) == true {
                    links.append(previous[index])
                } else {
                    links.append(String(decoding: value, as: UTF8.self))
                }
            }
        }

        /// A part of the page, read in place up to its last `<`; the rest waits for the next part. Every
        /// `<` of generated HTML starts a tag and a tag holds none (see HTMLTagRewriter), so no attribute
        /// is cut in two: the carried tag ends before the part's first `<`, and is read with what comes
        /// before that. The whole document comes in parts of 64 KB: each is read where it is, not copied.
        mutating func feed(_ part: String) {
            var part = part
            part.withUTF8 { bytes in
                guard let base = bytes.baseAddress,
                      let firstHit = memchr(base, Int32(UInt8(ascii: "<")), bytes.count),
                      let last = bytes.lastIndex(of: UInt8(ascii: "<")) else {
                    carry.append(contentsOf: bytes)
                    return
                }
                let first = base.distance(to: firstHit.assumingMemoryBound(to: UInt8.self))
                carry.append(contentsOf: bytes[..<first])
                let head = carry
                head.withUnsafeBufferPointer { add($0) }
                add(UnsafeBufferPointer(rebasing: bytes[first..<last]))
                carry = Array(bytes[last...])
            }
        }

        mutating func finish() {
            let rest = carry
            carry = []
            rest.withUnsafeBufferPointer { add($0) }
        }
    }

    private func record(_ scan: PageScan, of path: String) {
        let folder = ContentPath.directory(of: path)
        let pageLinks = scan.links
        let joinedIDs = scan.ids.joined(separator: "\u{0}")
        lock.withLock {
            files.insert(path)
            let table: FolderLinks
            if let known = folders[folder] { table = known } else {
                table = FolderLinks()
                folders[folder] = table
            }
            var numbers: [Int32] = []
            numbers.reserveCapacity(pageLinks.count)
            for (index, link) in pageLinks.enumerated() {
                if index < table.lastLinks.count, table.lastLinks[index] == link {
                    numbers.append(table.lastNumbers[index])
                } else if let number = table.numbers[link] {
                    numbers.append(number)
                } else {
                    let number = Int32(links.count)
                    links.append((folder, link))
                    table.numbers[link] = number
                    numbers.append(number)
                }
            }
            table.lastLinks = pageLinks
            table.lastNumbers = numbers
            pages[path] = (numbers, joinedIDs)
        }
    }

    func copy(from source: URL, to path: String) throws {
        try recordingFailure { try inner.copy(from: source, to: path) }
        lock.withLock { _ = files.insert(path) }
    }

    func countAsWritten(_ path: String) {
        lock.withLock { _ = files.insert(path) }
    }

    /// A file another program writes there (WeasyPrint's PDF) counts as written.
    func fileURL(_ path: String) -> URL? {
        lock.withLock { _ = files.insert(path) }
        return inner.fileURL(path)
    }

    /// One diagnostic per broken link target, at the template line that writes it when one does (else at
    /// the output page), naming how many pages carry it.
    func problems(templatesRoot: URL, displayTemplates: String) -> [Diagnostic] {
        // A file that could not be written (a full disk) is already an error; the links to it, and to every
        // file after it, would only repeat that.
        guard !lock.withLock({ writeFailed }) else { return [] }
        let (pages, files, links) = lock.withLock { (self.pages, self.files, self.links) }
        var broken: [String: (link: String, pages: [String])] = [:]
        // Each (folder, link) is judged once, on all cores: a large site has hundreds of thousands.
        let chunkCount = max(1, min(links.count / 4096, ProcessInfo.processInfo.activeProcessorCount * 4))
        let slots = ResultSlots<[LinkJudge.Judgement?]>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var judge = LinkJudge(files: files, pages: pages)
            let range = (links.count * chunk / chunkCount)..<(links.count * (chunk + 1) / chunkCount)
            slots.set(chunk, links[range].map { judge.judge($0.link, from: $0.folder) })
        }
        let judgements = slots.values.flatMap { $0 }
        guard judgements.contains(where: { $0 != nil }) else { return [] }
        // In path order, so the example named in a message is the same every build.
        for (page, found) in pages.sorted(by: { $0.key < $1.key }) {
            for number in found.links {
                // Grouped by what is wrong: the same template link appears as `x`, `../x`, `../../x` by depth.
                if let judgement = judgements[Int(number)] {
                    broken[judgement.problem, default: (judgement.decoded, [])].pages.append(page)
                }
            }
        }
        let templates = Self.templateTexts(templatesRoot, display: displayTemplates)
        return broken.keys.sorted().compactMap { problem in
            guard let (link, onPages) = broken[problem] else { return nil }
            let example = onPages.first ?? ""
            let count = onPages.count == 1 ? "op \(example)" : "op \(onPages.count) pagina's, zoals \(example)"
            let message = Message.siteLinkBroken(link, problem: problem, pages: count)
            if let (file, line, column) = Self.find(link, in: templates) {
                return Diagnostic(file: file, line: line, column: column, message)
            }
            return Diagnostic(file: example, message)
        }
    }

    /// What is wrong with a written link, judged against the files the build wrote and the ids on them.
    private struct LinkJudge {
        typealias Judgement = (decoded: String, problem: String)
        let files: Set<String>
        let pages: [String: (links: [Int32], ids: String)]
        /// The ids of the pages a fragment has named so far.
        private var ids: [String: Set<String>] = [:]

        init(files: Set<String>, pages: [String: (links: [Int32], ids: String)]) {
            self.files = files
            self.pages = pages
        }

        private mutating func idsOn(_ page: String) -> Set<String> {
            if let known = ids[page] { return known }
            let found = Set((pages[page]?.ids ?? "").split(separator: "\u{0}").map(String.init))
            ids[page] = found
            return found
        }

        /// What is wrong with one written link on a page in `folder` (nil: nothing to check or nothing wrong).
        mutating func judge(_ link: String, from folder: String) -> Judgement? {
            let decoded = link.utf8.contains(UInt8(ascii: "&")) ? ByteReplace.replacing("&amp;", with: "&", in: link) : link
            if decoded.isEmpty || decoded.hasPrefix("#") || ContentPath.isExternal(decoded) { return nil }
            let parts = decoded.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let path = String(parts[0].prefix { $0 != "?" }).removingPercentEncodingSafely
            let from = folder.isEmpty ? "x" : folder + "/x"
            guard let target = ContentPath.resolve(path, from: from), !target.isEmpty else {
                return (decoded, "gaat buiten de site")
            }
            if !files.contains(target) {
                return (decoded, "gaat naar \(target), maar dat bestand staat niet op de site")
            }
            if parts.count > 1, !parts[1].contains("="), target.hasSuffix(".html"),
               !idsOn(target).contains(parts[1].removingPercentEncodingSafely) {
                return (decoded, "gaat naar #\(parts[1]), maar dat is geen id op \(target)")
            }
            return nil
        }
    }

    /// Values of `name="..."` attributes for any of `names`, in document order (the generator and cmark
    /// always quote with `"`). memchr jumps from one `="` to the next: a byte loop over slices made this
    /// audit a third of a debug build.
    static func attributeValues(named names: [String], in html: String) -> [(name: Int, value: String)] {
        var values: [(name: Int, value: String)] = []
        forEachAttribute(named: names, in: html) { values.append(($0, String(decoding: $1, as: UTF8.self))) }
        return values
    }

    private static func sameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        guard let a = first.baseAddress, let b = second.baseAddress else { return true }
        return memcmp(a, b, first.count) == 0
    }

    /// The values `attributeValues` finds, as bytes of the page, handed to `body` one by one.
    static func forEachAttribute(named names: [String], in html: String, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        var text = html
        text.withUTF8 { forEachAttribute(named: names, in: $0, body) }
    }

    /// The same, in bytes of a page.
    static func forEachAttribute(named names: [String], in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let markers = names.map { Array(" \($0)".utf8) }
        let equalsSign = Int32(UInt8(ascii: "=")), quote = UInt8(ascii: "\"")
        let count = bytes.count
        var index = 0
        while index < count, let hit = memchr(base + index, equalsSign, count - index) {
            let equals = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            index = equals + 1
            guard equals + 1 < count, base[equals + 1] == quote else { continue }
            for (name, marker) in markers.enumerated() where equals >= marker.count && base[equals - 1] == marker[marker.count - 1] {
                let start = equals - marker.count
                guard memcmp(base + start, marker, marker.count) == 0 else { continue }
                let valueStart = equals + 2
                var end = count
                if valueStart < count, let close = memchr(base + valueStart, Int32(quote), count - valueStart) {
                    end = base.distance(to: close.assumingMemoryBound(to: UInt8.self))
                }
                body(name, UnsafeBufferPointer(start: base + valueStart, count: end - valueStart))
                index = end
                break
            }
        }
    }

    /// The layouts and partials, to point at the line that writes a broken link.
    private static func templateTexts(_ root: URL, display: String) -> [(file: String, lines: [Substring])] {
        var result: [(String, [Substring])] = []
        for folder in [TemplateSet.layoutsFolder, TemplateSet.partialsFolder] {
            guard case .success(let names) = FolderListing.names(in: root.appendingPathComponent(folder)) else { continue }
            for name in names where name.hasSuffix(".mustache") {
                guard case .success(let text) = TextFile.read(root.appendingPathComponent(folder).appendingPathComponent(name)) else { continue }
                result.append(("\(display)/\(folder)/\(name)", text.split(separator: "\n", omittingEmptySubsequences: false)))
            }
        }
        return result
    }

    /// The first template line holding the link's own part (what follows `../` prefixes and `{{root}}`).
    private static func find(_ link: String, in templates: [(file: String, lines: [Substring])]) -> (String, Int, Int)? {
        var needle = Substring(link)
        while needle.hasPrefix("../") { needle = needle.dropFirst(3) }
        guard !needle.isEmpty else { return nil }
        for (file, lines) in templates {
            for (index, line) in lines.enumerated() {
                if let range = line.range(of: needle) {
                    return (file, index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
                }
            }
        }
        return nil
    }
}
