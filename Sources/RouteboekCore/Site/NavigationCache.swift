/// The navigation partial rendered once per section, with links against a root token. Each page then
/// only marks its own links with `aria-current="page"` and swaps the token for its `../` prefix:
/// rendering ~100 links through Mustache for every page was most of a large build's time.
struct NavigationCache: Sendable {
    static let rootToken = "rbnavroot5c1d"
    private let bySection: [String: String]

    init(navigation: Navigation, templates: TemplateSet) {
        var bySection: [String: String] = [:]
        guard templates.hasNavigation else {
            self.bySection = [:]
            return
        }
        let sections = [""] + navigation.entries.map(\.section).filter { !$0.isEmpty }
        for section in sections {
            let entries: [[String: Any]] = navigation.entries.map { entry in
                let isActive = !entry.section.isEmpty && entry.section == section
                var item: [String: Any] = ["title": entry.title, "href": Self.rootToken + entry.path, "isActive": isActive]
                if isActive && !entry.pages.isEmpty {
                    item["pages"] = entry.pages.map { ["title": $0.title, "href": Self.rootToken + $0.path] }
                }
                return item
            }
            bySection[section] = templates.render(partial: TemplateSet.navigationSource,
                                                  ["navigation": entries, "root": Self.rootToken, "assets": Self.rootToken + "assets/"])
        }
        self.bySection = bySection
    }

    /// The navigation for the page at `path` in `section`.
    func html(section: String, path: String) -> String {
        guard var html = bySection[section] ?? bySection[""] else { return "" }
        let link = "href=\"\(Self.rootToken)\(path)\""
        html = ByteReplace.replacing(link, with: link + " aria-current=\"page\"", in: html)
        return ByteReplace.replacing(Self.rootToken, with: ContentPath.rootPrefix(for: path), in: html)
    }
}
