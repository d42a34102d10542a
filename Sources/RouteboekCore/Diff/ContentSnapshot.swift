import Beslisboom
import Foundation

/// What `routeboek diff` compares of one state of the content: every page's title and text, and the
/// beslisboom as the model (loaded with the same loader as a build).
public struct ContentSnapshot: Sendable {
    public struct PageInfo: Sendable, Equatable {
        /// The `titel` of the front matter; nil when the front matter cannot be read.
        public var title: String?
        public var text: String
        public var isDraft: Bool
    }

    /// By path from the content folder (`registratie/privacy.md`).
    public var pages: [String: PageInfo]
    /// Nil when the content has no beslisboom.
    public var tree: DecisionTree?
    /// Problems that stop the comparison (the beslisboom does not load).
    public var errors: [Diagnostic]

    public init(pages: [String: PageInfo], tree: DecisionTree?, errors: [Diagnostic] = []) {
        self.pages = pages
        self.tree = tree
        self.errors = errors
    }

    /// Reads `folder`; `display` is how paths start in messages (`Content`, or `main:Content`).
    public static func read(folder: URL, display: String) -> ContentSnapshot {
        let log = DiagnosticLog()
        let inventory = ContentScanner.scan(root: folder, displayRoot: display, diagnostics: log)
        var pages: [String: PageInfo] = [:]
        for path in inventory.pages {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) else { continue }
            var ignored: [Diagnostic] = []
            let frontMatter = FrontMatterParser.parse(text, file: "\(display)/\(path)", diagnostics: &ignored)?.frontMatter
            pages[path] = PageInfo(title: frontMatter?.title, text: text, isDraft: frontMatter?.isDraft ?? false)
        }
        var tree: DecisionTree?
        var errors = log.all.filter { $0.severity == .error }
        if !inventory.treeFiles.isEmpty {
            var texts: [String: String] = [:]
            for file in inventory.treeFiles {
                let name = String(file.dropFirst(ContentScanner.treeFolder.count + 1))
                texts[name] = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            }
            var diagnostics: [Diagnostic] = []
            tree = TreeLoader.load(texts: texts, displayFolder: "\(display)/\(ContentScanner.treeFolder)", diagnostics: &diagnostics)
            errors += diagnostics.filter { $0.severity == .error }
        }
        return ContentSnapshot(pages: pages, tree: tree, errors: errors)
    }
}
