import Foundation

/// A stylesheet kept as one file per component, as the templates are: `Templates/styles/NAME/` holds
/// the parts (`01-colours.css`, `07-content.css`, ...) and the build joins them, in name order, into
/// `assets/NAME.css`. The site still loads one file per stylesheet, so it makes one request for it and
/// works from file:// as before; a theme author edits the component's own short file.
struct StylesheetParts: Sendable {
    static let folder = "styles"
    static let partSuffix = ".css"

    /// The folder's name, and the name of the joined file in `assets/` (`routeboek` → `routeboek.css`).
    let name: String
    /// The part files' names, in the order they are joined (by name, as `LC_ALL=C ls` sorts them).
    let parts: [String]

    var outputName: String { name + Self.partSuffix }
    var outputPath: String { "\(TemplateSet.assetsFolder)/\(outputName)" }

    /// Every stylesheet under `Templates/styles/`, each with its parts; folders and files that are not
    /// parts are reported (they would be left out without a word otherwise), as are unreadable folders.
    static func find(templatesRoot: URL, displayRoot: String, diagnostics: DiagnosticLog) -> (sheets: [StylesheetParts], ok: Bool) {
        let stylesRoot = templatesRoot.appendingPathComponent(folder)
        let shownRoot = "\(displayRoot)/\(folder)"
        let entries: [String]
        switch FolderListing.names(in: stylesRoot) {
        case .success(let names): entries = names
        case .failure(.missing): return ([], true)
        case .failure(let failure):
            diagnostics.add(shownRoot, .templateFolderUnreadable(failure.reason))
            return ([], false)
        }
        var sheets: [StylesheetParts] = []
        var ok = true
        for entry in entries where !entry.hasPrefix(".") {
            let url = stylesRoot.appendingPathComponent(entry)
            let shown = "\(shownRoot)/\(entry)"
            guard isFolder(url) else {
                diagnostics.add(shown, .styleFileOutsideFolder())
                ok = false
                continue
            }
            switch FolderListing.names(in: url) {
            case .success(let names):
                var parts: [String] = []
                for name in names where !name.hasPrefix(".") {
                    if name.hasSuffix(partSuffix) && !isFolder(url.appendingPathComponent(name)) {
                        parts.append(name)
                    } else {
                        diagnostics.add("\(shown)/\(name)", .stylePartNotCSS(entry + partSuffix))
                        ok = false
                    }
                }
                if parts.isEmpty {
                    diagnostics.add(shown, .styleFolderWithoutParts(entry + partSuffix))
                    ok = false
                    continue
                }
                sheets.append(StylesheetParts(name: entry, parts: parts.sorted()))
            case .failure(let failure):
                diagnostics.add(shown, .templateFolderUnreadable(failure.reason))
                ok = false
            }
        }
        return (sheets, ok)
    }

    private static func isFolder(_ url: URL) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &folder) && folder.boolValue
    }

    /// Checks every stylesheet's parts as the theme's own files are checked, each at its own lines:
    /// readable, UTF-8, not empty, nothing opened and never closed. A joined file that is also in
    /// `Templates/assets/` would have two sources and is an error. Returns false when anything is wrong.
    static func check(templatesRoot: URL, displayRoot: String, diagnostics: DiagnosticLog) -> Bool {
        var (sheets, ok) = find(templatesRoot: templatesRoot, displayRoot: displayRoot, diagnostics: diagnostics)
        let assets = templatesRoot.appendingPathComponent(TemplateSet.assetsFolder)
        for sheet in sheets {
            let shownFolder = "\(displayRoot)/\(folder)/\(sheet.name)"
            if FileManager.default.fileExists(atPath: assets.appendingPathComponent(sheet.outputName).path) {
                diagnostics.add("\(displayRoot)/\(TemplateSet.assetsFolder)/\(sheet.outputName)",
                                .styleTwoSources(sheet.outputPath, folder: shownFolder))
                ok = false
            }
            for part in sheet.parts {
                let shown = "\(shownFolder)/\(part)"
                switch read(part, of: sheet, templatesRoot: templatesRoot) {
                case .failure(let failure):
                    diagnostics.add(failure.diagnostic(shown, sheet: sheet))
                    ok = false
                case .success(let text):
                    if let problem = ThemeAssetCheck.problem(in: Array(text.utf8), name: part) {
                        diagnostics.add(shown, line: problem.line, column: problem.column, .themeFileProblem(problem.message))
                        ok = false
                    }
                }
            }
        }
        return ok
    }

    /// The joined stylesheet: the parts' texts one after the other, nothing added between them, so the
    /// parts of a file split at its section lines join back into that file byte for byte.
    func joined(templatesRoot: URL) -> Result<String, PartFailure> {
        var text = ""
        for part in parts {
            switch Self.read(part, of: self, templatesRoot: templatesRoot) {
            case .success(let read): text += read
            case .failure(let failure): return .failure(failure)
            }
        }
        return .success(text)
    }

    /// Writes every joined stylesheet to `assets/`. The parts were checked when the templates were
    /// loaded (a build with a broken part stops there); a part that broke since is reported again.
    static func write(templatesRoot: URL, displayRoot: String, to sink: OutputSink, log: DiagnosticLog) {
        // Problems with the folders themselves were reported by `check`; not twice.
        let (sheets, _) = find(templatesRoot: templatesRoot, displayRoot: displayRoot, diagnostics: DiagnosticLog())
        for sheet in sheets {
            switch sheet.joined(templatesRoot: templatesRoot) {
            case .failure(let failure):
                log.add(failure.diagnostic("\(displayRoot)/\(folder)/\(sheet.name)/\(failure.part)", sheet: sheet))
            case .success(let text):
                do {
                    try sink.write(text, to: sheet.outputPath)
                } catch {
                    log.add(OutputError.diagnostic(for: error, output: sheet.outputPath))
                }
            }
        }
    }

    /// Why a part cannot be joined, with the part's name for the message.
    struct PartFailure: Error, Equatable {
        var part: String
        var reason: Reason

        enum Reason: Equatable {
            case unreadable(String)
            case text(TextFile.Failure)
            case empty
        }

        func diagnostic(_ shown: String, sheet: StylesheetParts) -> Diagnostic {
            switch reason {
            case .unreadable(let why): Diagnostic(file: shown, .stylePartUnreadable(sheet.outputPath, reason: why))
            case .text(let failure): failure.diagnostic(shown)
            case .empty: Diagnostic(file: shown, .stylePartEmpty(sheet.outputPath))
            }
        }
    }

    /// One part's text: UTF-8 (the joined file is written as text, byte for byte what was read) and
    /// not empty (an empty part is a component that lost its rules, not one that has none).
    private static func read(_ part: String, of sheet: StylesheetParts, templatesRoot: URL) -> Result<String, PartFailure> {
        let url = templatesRoot.appendingPathComponent(folder).appendingPathComponent(sheet.name).appendingPathComponent(part)
        switch FileBytes.read(url) {
        case .failure(let failure):
            return .failure(PartFailure(part: part, reason: .unreadable(failure.reason)))
        case .success(let bytes):
            if bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) {
                return .failure(PartFailure(part: part, reason: .empty))
            }
            switch TextFile.decode(bytes) {
            case .success(let text): return .success(text)
            case .failure(let failure): return .failure(PartFailure(part: part, reason: .text(failure)))
            }
        }
    }
}
