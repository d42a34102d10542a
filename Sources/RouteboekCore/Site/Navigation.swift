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
            let index = members.first { $0.source == "\(section)/index.md" }
            let items = members.filter { $0.source != index?.source }.sorted { $0.sortKey < $1.sortKey }
                .map { Item(title: $0.title, path: $0.outputPath) } + (extraPages[section] ?? [])
            if let index {
                entries.append((index.sortKey, Entry(title: index.title, path: index.outputPath, section: section, pages: items)))
            } else if let first = items.first {
                // Like Hugo: a folder without index.md is still a section, titled after the folder.
                let title = Self.title(fromFolder: section)
                diagnostics.add("\(members[0].file.dropLast(members[0].source.count))\(section)", .sectionWithoutIndex(title))
                entries.append(((Int.max, title.lowercased()), Entry(title: title, path: first.path, section: section, pages: items)))
            }
        }
        self.entries = entries.sorted { $0.key < $1.key }.map(\.entry)
    }

    /// `meld-en-registreer` → `Meld en registreer`.
    static func title(fromFolder folder: String) -> String {
        let words = folder.split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    func entry(forSection section: String) -> Entry? { entries.first { !section.isEmpty && $0.section == section } }

    /// The pages of a section in reading order: the section page, then its pages.
    func sequence(forSection section: String) -> [Item] {
        guard let entry = entry(forSection: section) else { return [] }
        if entry.pages.first?.path == entry.path { return entry.pages }
        return [Item(title: entry.title, path: entry.path)] + entry.pages
    }
}
