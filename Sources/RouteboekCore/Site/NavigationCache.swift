import Foundation

/// The navigation partial rendered once per section, with links against a root token. Each page then
/// only marks its own links with `aria-current="page"` and swaps the token for its `../` prefix:
/// rendering ~100 links through Mustache for every page was most of a large build's time.
struct NavigationCache: Sendable {
    static let rootToken = "rbnavroot5c1d"
    private let bySection: [String: String]
    private let resolved = ResolvedNavigation()

    init(navigation: Navigation, templates: TemplateSet) {
        guard templates.hasNavigation else {
            self.bySection = [:]
            return
        }
        let sections = [""] + navigation.entries.map(\.section).filter { !$0.isEmpty }
        // One render per section, on every core: the pages wait for all of them.
        let rendered = ResultSlots<(section: String, html: String)>(count: sections.count)
        DispatchQueue.concurrentPerform(iterations: sections.count) { index in
            let section = sections[index]
            let entries = navigation.entries.map { entry in
                let isActive = !entry.section.isEmpty && entry.section == section
                return NavigationEntry(title: entry.title, href: Self.rootToken + entry.path, isActive: isActive,
                                       pages: isActive && !entry.pages.isEmpty
                                           ? entry.pages.map { LinkValue(title: $0.title, href: Self.rootToken + $0.path) } : nil)
            }
            rendered.set(index, (section, templates.render(.navigation, NavigationValue(navigation: entries, root: Self.rootToken))))
        }
        bySection = Dictionary(rendered.values.map { ($0.section, $0.html) }, uniquingKeysWith: { first, _ in first })
    }

    /// The navigation for the page at `path` in `section`.
    func html(section: String, path: String) -> String {
        let root = ContentPath.rootPrefix(for: path)
        guard let html = resolved.html(section: bySection[section] != nil ? section : "", root: root, make: { section in
            bySection[section].map { ByteReplace.replacing(Self.rootToken, with: root, in: $0) }
        }) else { return "" }
        let link = "href=\"\(root)\(path)\""
        return ByteReplace.replacing(link, with: link + " aria-current=\"page\"", in: html)
    }
}

/// A section's navigation with the root resolved, per root prefix: the pages of one folder share it, so
/// each page only marks its own link.
private final class ResolvedNavigation: @unchecked Sendable {
    private let lock = NSLockLike()
    private var byKey: [String: String] = [:]

    func html(section: String, root: String, make: (String) -> String?) -> String? {
        let key = section + "\u{0}" + root
        if let known = lock.withLock({ byKey[key] }) { return known }
        guard let made = make(section) else { return nil }
        lock.withLock { byKey[key] = made }
        return made
    }
}

/// The context of the partial `navigation`, rendered once per section with links against a root token.
struct NavigationValue: TemplateRecord {
    var navigation: [NavigationEntry]
    var root: String

    static let fields = TemplateFields<NavigationValue>("navigation", about: "the site's navigation, rendered once per section", [
        .list("navigation", "the sections and top-level pages, in order") { $0.navigation },
        .text("root", "the relative prefix to the site root") { $0.root },
        .text("assets", "`root` + `assets/`") { $0.root + "assets/" },
    ])
}

/// A section or top-level page in the navigation.
struct NavigationEntry: TemplateRecord {
    var title: String
    var href: String
    var isActive: Bool
    var pages: [LinkValue]?

    static let fields = TemplateFields<NavigationEntry>("Navigatie-item", about: "a section or a top-level page", [
        .text("title", "its title") { $0.title },
        .text("href", "where it leads; write links as `href=\"{{href}}\"` so the page's own link gets `aria-current=\"page\"`") { $0.href },
        .flag("isActive", "true for the section of the page being rendered") { $0.isActive },
        .list("pages", "the pages of the section, only for the active one") { $0.pages },
    ])
}
