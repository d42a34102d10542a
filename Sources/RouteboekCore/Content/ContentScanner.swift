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

    /// Characters that end or change a URL path (`#`, `?`, `%`) or that a link cannot hold as they are:
    /// a page or folder with one of them in its name would get broken links in the navigation, the
    /// register and the search (issue 11, defect 7).
    static let unsafeInPageNames: Set<Character> = ["#", "?", "%", "\"", "'", "<", ">", "\\", "`", "{", "}", "|", "^", "[", "]", " "]
    /// The bytes of those characters, by byte value.
    private static let unsafeASCII: [Bool] = (0..<128).map { byte in unsafeInPageNames.contains(Character(Unicode.Scalar(UInt8(byte)))) }

    /// Lists every file below `root`. A link (symlink) that points outside the content folder is an error:
    /// nothing outside `Content/` may end up in the site. A folder or file that cannot be read, and a
    /// link that points nowhere, are errors that say why: nothing vanishes without a word.
    static func scan(root: URL, displayRoot: String, diagnostics: DiagnosticLog) -> ContentInventory {
        var inventory = ContentInventory()
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        let rootPath = root.path
        // Each folder with the real paths of the folders above it: a link back to one of them would loop.
        var pending: [(folder: String, above: Set<String>)] = [("", [])]
        while let (folder, above) = pending.popLast() {
            let url = folder.isEmpty ? root : root.appendingPathComponent(folder)
            let shownFolder = folder.isEmpty ? displayRoot : "\(displayRoot)/\(folder)"
            let real = url.resolvingSymlinksInPath().path
            guard !above.contains(real) else {
                diagnostics.add(shownFolder, .folderLoop())
                continue
            }
            let names: [String]
            switch FolderListing.names(in: url) {
            case .success(let found): names = found
            case .failure(let failure):
                diagnostics.add(shownFolder, folder.isEmpty ? .contentFolderUnreadable(failure.reason)
                                                             : .folderUnreadablePagesLeftOut(failure.reason))
                continue
            }
            for name in names where !name.hasPrefix(".") && !isSystemLeftover(name) {
                let relative = folder.isEmpty ? name : "\(folder)/\(name)"
                let shown = "\(displayRoot)/\(relative)"
                if let problem = nameProblem(name) {
                    diagnostics.add(shown, problem)
                    continue
                }
                // The folder's real path is known: only a link needs resolving (a stat per entry otherwise).
                let (kind, resolved) = FileKind.entry(named: name, inRealFolder: real)
                if case .danglingLink(let reason) = kind {
                    diagnostics.add(shown, .danglingLink(reason))
                    continue
                }
                if resolved != rootPath && !resolved.hasPrefix(rootPath + "/") {
                    diagnostics.add(shown, .linkOutsideContent(resolved, root: displayRoot))
                    continue
                }
                switch kind {
                case .folder:
                    pending.append((relative, above.union([real])))
                case .file:
                    if name.hasSuffix(".md") {
                        if let problem = pageNameProblem(relative) {
                            diagnostics.add(shown, problem)
                            continue
                        }
                        inventory.pages.append(relative)
                    } else if let meant = meantAsPage(name) {
                        // Copied as a plain file it would publish the Markdown, front matter and all, unlinked.
                        diagnostics.add(shown, .pageNameEnding(name, meant: meant))
                    } else if relative.hasPrefix(treeFolder + "/") && (name.hasSuffix(".yml") || name.hasSuffix(".yaml")) {
                        inventory.treeFiles.append(relative)
                    } else if relative != SiteConfig.fileName && relative != PublicationSchedule.fileName && relative != SearchWordsFile.fileName
                                && relative != ChangeLog.fileName {
                        if case .failure(let failure) = FileBytes.canOpen(root.appendingPathComponent(relative, isDirectory: false)) {
                            diagnostics.add(shown, .fileUnreadableNotPublished(failure.reason))
                            continue
                        }
                        inventory.assets.append(relative)
                    }
                case .other:
                    diagnostics.add(shown, .notAPlainFile())
                case .danglingLink:
                    continue
                }
            }
        }
        inventory.pages.sort()
        inventory.assets.sort()
        reportCaseTwins(inventory.pages + inventory.assets, displayRoot: displayRoot, diagnostics: diagnostics)
        reportFilesAtPagePlaces(inventory, displayRoot: displayRoot, diagnostics: diagnostics)
        inventory.treeFiles.sort()
        return inventory
    }

    /// Files Windows and Office leave next to the real ones: never content, and a Word lock file
    /// (`~$verslag.docx`) holds the name of whoever has the document open.
    static func isSystemLeftover(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower == "thumbs.db" || lower == "desktop.ini" || lower == "ehthumbs.db" || name.hasPrefix("~$")
    }

    /// The page name meant by a file that looks like a page but does not end in `.md`: `Extra.MD`,
    /// `melden.md.txt` (Windows hides the last ending), `melden.markdown`; nil for any other file.
    static func meantAsPage(_ name: String) -> String? {
        let lower = name.lowercased()
        for ending in [".md.txt", ".markdown", ".md"] where lower.hasSuffix(ending) && lower.count > ending.count {
            return String(name.dropLast(ending.count)) + ".md"
        }
        return nil
    }

    /// Any name: control characters (a newline, a tab) would break every message and link that shows it.
    static func nameProblem(_ name: String) -> Message? {
        if let control = name.unicodeScalars.first(where: ControlCharacters.isControl) {
            return .nameControlCharacter("U+" + String(format: "%04X", control.value))
        }
        // macOS stores "é" as "e" and a loose accent; links are typed with the one "é". Swift calls both
        // equal, so every check passed, but a web server does not: the link is broken.
        if !name.utf8.allSatisfy({ $0 < 0x80 }) && !name.unicodeScalars.elementsEqual(name.precomposedStringWithCanonicalMapping.unicodeScalars) {
            return .nameDecomposed(name.precomposedStringWithCanonicalMapping)
        }
        return nil
    }

    /// A file where a page is written (`rollen.html` next to `rollen.md`, or `Rollen.html`, one file on
    /// Windows and many servers): one would replace the other without a word.
    static func reportFilesAtPagePlaces(_ inventory: ContentInventory, displayRoot: String, diagnostics: DiagnosticLog) {
        let pagesByPlace = Dictionary(inventory.pages.map { (ContentPath.outputPath(ofPage: $0).lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        for asset in inventory.assets {
            guard let page = pagesByPlace[asset.lowercased()] else { continue }
            diagnostics.add("\(displayRoot)/\(asset)", .fileAtPagePlace(asset, page: page))
        }
    }

    /// Names that differ only in capitals are one file on Windows, macOS and many web servers: the
    /// second of each such pair (in sorted order) is an error.
    static func reportCaseTwins(_ paths: [String], displayRoot: String, diagnostics: DiagnosticLog) {
        var seen: [String: String] = [:]
        for path in paths.sorted() {
            let key = path.lowercased()
            if let first = seen[key] {
                diagnostics.add("\(displayRoot)/\(path)", .nameDiffersOnlyInCase(path, first))
            } else {
                seen[key] = path
            }
        }
    }

    /// A page and the folders above it become links in the navigation, the register and the search.
    static func pageNameProblem(_ relative: String) -> Message? {
        // Every unsafe character is ASCII: a path without one of their bytes needs no look at its characters.
        guard relative.utf8.contains(where: { $0 < 0x80 && unsafeASCII[Int($0)] }) else { return nil }
        for component in relative.split(separator: "/") {
            guard let bad = component.first(where: { unsafeInPageNames.contains($0) }) else { continue }
            let shown = bad == " " ? "een spatie" : "'\(bad)'"
            return .pageNameUnsafe(folder: component.hasSuffix(".md") ? nil : String(component), character: shown)
        }
        return nil
    }
}

extension String {
    func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
