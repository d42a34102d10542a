/// Where a link between pages of the site lands inside the whole document. Every page has an anchor
/// (`p-verzuim.melden-bij-duo`); an element of a page keeps its id behind the page's anchor
/// (`p-verzuim.melden-bij-duo--langdurig-relatief-verzuim`), so ids stay unique in one document.
struct DocumentTargets: Sendable {
    /// Anchors of the pages by output path (`verzuim/melden-bij-duo.html`).
    private var pageAnchors: [String: String] = [:]
    /// Generated pages shown as a whole part of the document (the tree's appendices), by output path.
    private var partAnchors: [String: String] = [:]
    /// Output paths below this folder all land on one part (every step of the tree: the routes table).
    private var folderAnchors: [(folder: String, anchor: String)] = []

    static func pageAnchor(outputPath: String) -> String {
        let path = outputPath.hasSuffix(".html") ? String(outputPath.dropLast(5)) : outputPath
        return "p-" + ByteReplace.replacing("/", with: ".", in: path)
    }

    static func elementID(_ id: String, inPage pageAnchor: String) -> String { pageAnchor + "--" + id }

    mutating func addPage(outputPath: String) {
        pageAnchors[outputPath] = Self.pageAnchor(outputPath: outputPath)
    }

    mutating func addPart(outputPath: String, anchor: String) {
        partAnchors[outputPath] = anchor
    }

    mutating func addFolder(_ folder: String, anchor: String) {
        folderAnchors.append((folder.hasSuffix("/") ? folder : folder + "/", anchor))
    }

    func contains(outputPath: String) -> Bool { pageAnchors[outputPath] != nil }

    /// The fragment (without `#`) for a link to `path` (from the output root) with an optional `#fragment`;
    /// nil when the document does not hold that file.
    func anchor(path: String, fragment: String?) -> String? {
        if let page = pageAnchors[path] {
            guard let fragment, !fragment.isEmpty else { return page }
            return Self.elementID(fragment, inPage: page)
        }
        if let part = partAnchors[path] { return part }
        return folderAnchors.first { path.hasPrefix($0.folder) }?.anchor
    }
}
