import Beslisboom
import Messages

/// What a resolved link may point at once every page is read: one check for links in pages, in the
/// beslisboom's texts and in its link fields, so a target is missing, a draft or without the anchor
/// alike wherever the link was written.
struct LinkTargets: Sendable {
    /// Every page read, by its path from the content root.
    let pages: [String: Page]
    /// Pages whose own errors stopped them from being read: links to them are not reported again.
    let unreadable: Set<String>
    /// Every other file of the content folder, by its path from the content root.
    let assets: Set<String>
    /// The content folder as messages show it.
    let displayContent: String
    /// The files links show as images, examined when a link first needs them.
    var images: ImageFiles? = nil

    /// The problem with a link found in Markdown, written in the page `from` (a suggestion is written
    /// from there too); `fromDraft`: the link is on a page that is not published either, so it may point
    /// at another draft.
    func problem(with link: LocalLink, from page: String, fromDraft: Bool) -> Message? {
        switch link.kind {
        case .asset:
            if assets.contains(link.target) { return link.isImage ? images?.problem(with: link) : nil }
            if link.isImage && pages[link.target] != nil {
                return .imageNotAnImage(link.written, path: "\(displayContent)/\(link.target)", what: "een pagina van de site")
            }
            return .linkTargetMissing(link.written, path: "\(displayContent)/\(link.target)",
                                      suggestion: Self.addressMeant(by: link.written)
                                          ?? pageMeant(by: link.target).map { ContentPath.link(to: $0, from: page) }
                                          ?? suggestion(for: link.target, among: Array(assets), from: page))
        case .page:
            // The page exists but its own errors stopped it from being read: those are reported already.
            if unreadable.contains(link.target) { return nil }
            guard let target = pages[link.target] else {
                return .linkTargetMissing(link.written, path: "\(displayContent)/\(link.target)",
                                          suggestion: suggestion(for: link.target, among: Array(pages.keys), from: page))
            }
            if target.frontMatter.isDraft && !fromDraft {
                return .linkToDraft(link.written)
            }
            // A page whose unclosed comment took its later headings is reported there (RB141) only.
            if let anchor = link.anchor, !anchor.isEmpty, !target.headingsCutShort, !target.headings.contains(where: { $0.anchor == anchor }) {
                return .linkAnchorMissing(link.written, file: target.file, anchor: anchor,
                                          suggestion: Spelling.closest(to: anchor, among: target.headings.map(\.anchor)))
            }
            return nil
        }
    }

    /// The problem with a link field of the beslisboom (`links` of an outcome, `pagina` of an action).
    /// It is written from the tree's folder as a link in the tree's texts is, and the tree shows the
    /// page's title for it, so it must be a page.
    func problem(withTreeField written: String) -> Message? {
        guard let link = WrittenLink(written, from: TreeTexts.anchorPage) else { return .linkNotPage(written) }
        if let problem = link.problem { return problem }
        guard let local = link.local(line: 1, column: 1) else { return .linkNotPage(written) }
        // A file that is missing is said to be missing first: most often the `.md` was mistyped.
        return problem(with: local, from: TreeTexts.anchorPage, fromDraft: false) ?? (link.page == nil ? .linkNotPage(written) : nil)
    }

    /// The page an editor meant with a link to a file that is not there: a folder written without its
    /// `/` (`../registratie` for `../registratie/index.md`), a page without `.md`, or a page's web address
    /// (`melden.html` for `melden.md`), which a closest name among the other files would not find.
    private func pageMeant(by target: String) -> String? {
        let folder = target.hasSuffix("/") ? String(target.dropLast()) : target
        if pages[folder + "/index.md"] != nil { return folder + "/index.md" }
        if pages[target + ".md"] != nil { return target + ".md" }
        for suffix in [".html", ".htm"] where target.hasSuffix(suffix) {
            let markdown = String(target.dropLast(suffix.count)) + ".md"
            if pages[markdown] != nil { return markdown }
        }
        return nil
    }

    /// A web address typed without `https://` (`www.duo.nl`, `duo.nl/verzuim`) or a mail address without
    /// `mailto:` (`info@swv.nl`): without it the link is read as a file of the site, which is not there.
    static func addressMeant(by written: String) -> String? {
        if LinkAddress.isMailAddress(written) { return "mailto:" + written }
        let host = written.prefix { $0 != "/" && $0 != "#" && $0 != "?" }.lowercased()
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } })
        else { return nil }
        let webDomains: Set<Substring> = ["nl", "com", "org", "net", "eu", "be", "info", "nu"]
        guard host.hasPrefix("www.") || labels.last.map(webDomains.contains) == true else { return nil }
        return "https://" + written
    }

    /// The closest existing file, written as a link from `page` so that it can be pasted as it is.
    private func suggestion(for target: String, among files: [String], from page: String) -> String? {
        Spelling.closest(to: target, among: files).map { ContentPath.link(to: $0, from: page) }
    }
}
