import Foundation

/// What lies in the content folder, sorted by kind. Paths are relative to the content folder, with `/`.
struct ContentInventory {
    var pages: [String] = []
    var assets: [String] = []
    var treeFiles: [String] = []
}

enum ContentScanner {
    /// The folder whose YAML files are the decision tree rather than plain assets.
    static let treeFolder = "beslisboom"

    /// Lists every file below `root`. A link (symlink) that points outside the content folder is an error:
    /// nothing outside `Content/` may end up in the site.
    static func scan(root: URL, displayRoot: String, diagnostics: DiagnosticLog) -> ContentInventory {
        var inventory = ContentInventory()
        // Enumerate the resolved folder: on Linux the enumerator does not descend into a root that is a link.
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        let rootPath = root.path
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey]) else {
            diagnostics.error(displayRoot, "cannot read the content folder")
            return inventory
        }
        for case let url as URL in enumerator {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count)).trimmingPrefix("/")
            let name = url.lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            let resolved = url.resolvingSymlinksInPath().path
            if resolved != rootPath && !resolved.hasPrefix(rootPath + "/") {
                diagnostics.error("\(displayRoot)/\(relative)", "this link points outside the content folder (to \(resolved)); copy the file into \(displayRoot) instead")
                enumerator.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            if name.hasSuffix(".md") {
                inventory.pages.append(relative)
            } else if relative.hasPrefix(treeFolder + "/") && (name.hasSuffix(".yml") || name.hasSuffix(".yaml")) {
                inventory.treeFiles.append(relative)
            } else if relative != SiteConfig.fileName && relative != PublicationSchedule.fileName && relative != SearchWordsFile.fileName
                        && relative != ChangeLog.fileName {
                inventory.assets.append(relative)
            }
        }
        inventory.pages.sort()
        inventory.assets.sort()
        inventory.treeFiles.sort()
        return inventory
    }
}

extension String {
    func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
