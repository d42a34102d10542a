import Foundation

/// `routeboek diff`: the content at a git revision against the working copy.
public enum ContentDiffer {
    public enum Failure: Error, CustomStringConvertible {
        case git(GitContent.Failure)
        case contentMissing(String)
        /// The content at a revision (or, when nil, in the working copy) has errors that make the
        /// comparison untrustworthy.
        case unreadable(revision: String?, [Diagnostic])

        public var description: String {
            switch self {
            case .git(let failure): failure.description
            case .contentMissing(let folder): Message.diffContentMissing(folder).description
            case let .unreadable(revision, diagnostics):
                (diagnostics.map(\.description)
                    + [(revision.map(Message.diffRevisionUnreadable) ?? Message.diffWorkingCopyUnreadable()).description])
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
        guard before.errors.isEmpty else { throw .unreadable(revision: revision, before.errors) }
        let after = ContentSnapshot.read(folder: content, display: display)
        guard after.errors.isEmpty else { throw .unreadable(revision: nil, after.errors) }
        return DiffReport(diff: ContentComparison.compare(before: before, after: after), revision: revision, commit: earlier.commit,
                          contentDisplay: display, today: today ?? .today)
    }
}
