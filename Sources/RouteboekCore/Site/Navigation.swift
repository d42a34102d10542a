/// The site's structure: sections from top-level folders (title and order from their index.md) and
/// top-level pages, in `volgorde` order, each section with its pages.
struct Navigation: Sendable {
    struct Entry: Sendable {
        var title: String
        /// Output path from the root.
        var path: String
        /// The folder name for sections, "" for a top-level page.
        var section: String
        var pages: [Item]
    }

    struct Item: Sendable {
        var title: String
        var path: String
    }

    var entries: [Entry]

    /// Builds the navigation; pages are the published ones (no drafts). `extraPages` are generated
    /// pages that belong in a section's list (the decision tree's overview pages).
    init(pages: [Page], extraPages: [String: [Item]] = [:], diagnostics: DiagnosticLog) {
        var entries: [(key: (Int, String), entry: Entry)] = []
        let bySection = Dictionary(grouping: pages.filter { !$0.isHome }, by: \.section)
        for (section, members) in bySection {
            if section.isEmpty {
                for page in members {
                    entries.append((page.sortKey, Entry(title: page.title, path: page.outputPath, section: "", pages: [])))
                }
                continue
            }
            guard let index = members.first(where: { $0.source == "\(section)/index.md" }) else {
                if let first = members.first {
                    diagnostics.error(first.file, "the folder '\(section)' has no index.md: add Content/\(section)/index.md with the section's titel and volgorde")
                }
                continue
            }
            let items = members.filter { $0.source != index.source }.sorted { $0.sortKey < $1.sortKey }
                .map { Item(title: $0.title, path: $0.outputPath) } + (extraPages[section] ?? [])
            entries.append((index.sortKey, Entry(title: index.title, path: index.outputPath, section: section, pages: items)))
        }
        self.entries = entries.sorted { $0.key < $1.key }.map(\.entry)
    }

    func entry(forSection section: String) -> Entry? { entries.first { !section.isEmpty && $0.section == section } }

    /// The pages of a section in reading order: the section page, then its pages.
    func sequence(forSection section: String) -> [Item] {
        guard let entry = entry(forSection: section) else { return [] }
        return [Item(title: entry.title, path: entry.path)] + entry.pages
    }
}
