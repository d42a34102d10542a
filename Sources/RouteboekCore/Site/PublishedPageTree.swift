/// The published pages by folder, for `{{#pages.aanpak.stappenplan}}<a href="{{root}}{{path}}">{{title}}</a>{{/pages.aanpak.stappenplan}}`:
/// a template links to a content page only when it exists. A folder's index page and the folder share
/// a name, so one node can be a page (title, path) and a folder (its pages) at once; the page's own
/// keys win. Built once per build and shared by every page's context.
struct PublishedPageTree: TemplateLookup {
    private(set) var title: String?
    private(set) var path: String?
    private var children: [String: PublishedPageTree] = [:]

    init() {}

    /// - Parameter pages: content path without `.md` (`aanpak/stappenplan`) → title and output path.
    init(_ pages: [String: (title: String, path: String)]) {
        for (source, page) in pages {
            insert(page, at: source.split(separator: "/").map(String.init)[...])
        }
    }

    private mutating func insert(_ page: (title: String, path: String), at parts: ArraySlice<String>) {
        guard let first = parts.first else {
            title = page.title
            path = page.path
            return
        }
        children[first, default: PublishedPageTree()].insert(page, at: parts.dropFirst())
    }

    func templateData(named name: String) -> TemplateData? {
        if name == "title", let title { return .text(title) }
        if name == "path", let path { return .text(path) }
        return children[name].map { .value($0) }
    }

    /// What a template reads inside `{{#pages.FOLDER.NAME}}`.
    static let pageSchema = TemplateSchema("Gepubliceerde pagina", about: "a published page", fields: [
        .init(name: "title", kind: .text, about: "its title", optional: false),
        .init(name: "path", kind: .text, about: "its output path from the root (write `{{root}}{{path}}`)", optional: false),
    ])
}
