import Foundation

/// `routeboek diff`: the content at a git revision against the working copy.
public enum ContentDiffer {
    public enum Failure: Error, CustomStringConvertible {
        case git(GitContent.Failure)
        case contentMissing(String)
        /// The content on one side has errors that make the comparison untrustworthy.
        case unreadable(side: String, [Diagnostic])

        public var description: String {
            switch self {
            case .git(let failure): "error: \(failure)"
            case .contentMissing(let folder): "error: \(folder) does not exist; run from the project folder or pass --content"
            case let .unreadable(side, diagnostics):
                (diagnostics.map(\.description)
                    + ["diff stopped: the beslisboom \(side) does not load, so routes cannot be compared. \(side == "in the working copy" ? "Run routeboek check and fix the errors first." : "Was the beslisboom at that revision broken, or written in an older format? Then compare with a later revision.")"])
                    .joined(separator: "\n")
            }
        }
    }

    public static func run(content: URL, revision: String, today: DayDate? = nil) throws(Failure) -> DiffReport {
        var isDirectory: ObjCBool = false
        let display = BuildOptions.display(content)
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .contentMissing(display)
        }
        let earlier: GitContent
        do {
            earlier = try GitContent.export(content: content, revision: revision)
        } catch {
            throw .git(error)
        }
        defer { earlier.remove() }
        let before = ContentSnapshot.read(folder: earlier.folder, display: "\(revision):\(earlier.pathInRepository.isEmpty ? "." : earlier.pathInRepository)")
        guard before.errors.isEmpty else { throw .unreadable(side: "at \(revision)", before.errors) }
        let after = ContentSnapshot.read(folder: content, display: display)
        guard after.errors.isEmpty else { throw .unreadable(side: "in the working copy", after.errors) }
        return DiffReport(diff: ContentComparison.compare(before: before, after: after), revision: revision, commit: earlier.commit,
                          contentDisplay: display, today: today ?? .today)
    }
}
