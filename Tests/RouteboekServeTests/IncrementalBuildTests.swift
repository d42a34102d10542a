import Foundation
@testable import RouteboekCore
import Testing

/// Issue 16: the preview rebuilds only what an edit touches, and the result is a full build's, byte for
/// byte, file for file, message for message. A copy of the real Content/ and Templates/ gets one edit of
/// every kind after the other; after each, the preview's builder and a full build of the same files into
/// another folder are compared.
@Suite("Preview: an incremental rebuild equals a full build", .serialized)
struct IncrementalBuildTests {
    /// One edit: what it does to the files, and how the preview's builder should take it.
    struct Edit: Sendable {
        let name: String
        let expected: IncrementalBuilder.Kind?
        /// The message code a build must fail with after this edit (nil: it succeeds).
        var failsWith: String? = nil
        let apply: @Sendable (Workspace) throws -> [String]
    }

    /// The copy the edits are made in, and the two output folders.
    struct Workspace: Sendable {
        let root: URL
        var content: URL { root.appendingPathComponent("Content") }
        var templates: URL { root.appendingPathComponent("Templates") }

        func text(_ relative: String) throws -> String {
            try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
        }

        /// Writes as editors save: a temporary file renamed over the old one. Returns the paths an
        /// editor's save makes the watcher see (the temporary one too).
        @discardableResult
        func save(_ relative: String, _ text: String) throws -> [String] {
            let file = root.appendingPathComponent(relative)
            let temporary = file.deletingLastPathComponent().appendingPathComponent(file.lastPathComponent + ".tmp-save")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: temporary)
            if rename(temporary.path, file.path) != 0 { throw CocoaError(.fileWriteUnknown) }
            return [temporary.path, file.path]
        }

        func replace(_ relative: String, _ old: String, with new: String) throws -> [String] {
            let text = try self.text(relative)
            guard text.contains(old) else { throw CocoaError(.fileReadCorruptFile) }
            return try save(relative, text.replacingOccurrences(of: old, with: new))
        }

        func remove(_ relative: String) throws -> [String] {
            let file = root.appendingPathComponent(relative)
            try FileManager.default.removeItem(at: file)
            return [file.path]
        }
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let page = "Content/verzuim/verzuimsoorten.md"

    static let edits: [Edit] = [
        Edit(name: "a page's text", expected: .pages(["verzuim/verzuimsoorten.md"])) { space in
            try space.replace(page, "Verzuim is geoorloofd of ongeoorloofd.",
                              with: "Verzuim is geoorloofd of ongeoorloofd. Een nieuwe zin over schoolverzuim.")
        },
        Edit(name: "the same page again, a new word for search and the register", expected: .pages(["verzuim/verzuimsoorten.md"])) { space in
            try space.save(page, try space.text(page) + "\nHet woord zeepbelverzuim staat nu ook in de zoekindex.\n")
        },
        Edit(name: "two pages at once, one with a link to an anchor", expected: .pages(["aanpak/rollen.md", "index.md"])) { space in
            try space.save("Content/aanpak/rollen.md", try space.text("Content/aanpak/rollen.md")
                           + "\nZie ook [geoorloofd verzuim](../verzuim/verzuimsoorten.md#geoorloofd-verzuim).\n")
                + space.save("Content/index.md", try space.text("Content/index.md") + "\nWelkom bij de nieuwe versie.\n")
        },
        Edit(name: "the page of changes", expected: .pages(["wijzigingen.md"])) { space in
            try space.save("Content/wijzigingen.md", try space.text("Content/wijzigingen.md") + "\nEen regel erbij.\n")
        },
        Edit(name: "a broken link (the build fails; the site stays)", expected: .pages(["verzuim/verzuimsoorten.md"]), failsWith: "RB104") { space in
            try space.save(page, try space.text(page) + "\nZie [weg](bestaat-niet.md).\n")
        },
        // The page the failed build read is read again with the next save, and fails that build too.
        Edit(name: "another page saved while the link is broken", expected: .pages(["aanpak/rollen.md", "verzuim/verzuimsoorten.md"]),
             failsWith: "RB104") { space in
            try space.save("Content/aanpak/rollen.md", try space.text("Content/aanpak/rollen.md") + "\nNog een zin.\n")
        },
        Edit(name: "the broken link mended", expected: .pages(["aanpak/rollen.md", "verzuim/verzuimsoorten.md"])) { space in
            try space.replace(page, "\nZie [weg](bestaat-niet.md).\n", with: "\n\n")
        },
        Edit(name: "a file saved as it was", expected: .unchanged) { space in
            try space.save(page, try space.text(page))
        },
        Edit(name: "a page's title: navigation, prev/next", expected: .full) { space in
            try space.replace("Content/aanpak/rollen.md", "titel: Rollen en verantwoordelijkheden", with: "titel: Rollen en taken")
        },
        Edit(name: "a heading: the tree and links cite headings", expected: .full) { space in
            try space.replace(page, "### Ziekte", with: "### Ziekte en herstel")
        },
        Edit(name: "the begrippen page", expected: .full) { space in
            try space.save("Content/begrippen.md", try space.text("Content/begrippen.md") + "\nEen zin over begrippen.\n")
        },
        Edit(name: "a tree YAML file", expected: .full) { space in
            try space.replace("Content/beslisboom/uitkomsten.yml", "titel: \"Absoluut verzuim: leerplicht heeft de regie\"",
                              with: "titel: \"Absoluut verzuim: de leerplichtambtenaar heeft de regie\"")
        },
        Edit(name: "a template", expected: .full) { space in
            try space.save("Templates/partials/footer.mustache", try space.text("Templates/partials/footer.mustache") + "<!-- gewijzigd -->\n")
        },
        // Found while rendering, not while loading: the templates must report to the build that renders.
        Edit(name: "a layout cut short (the build fails)", expected: .full, failsWith: "RB316") { space in
            try space.save("Templates/layouts/beslisboom-stap.mustache", "---\n---\n")
        },
        Edit(name: "the layout back", expected: .full) { space in
            try space.save("Templates/layouts/beslisboom-stap.mustache",
                           try String(contentsOf: IncrementalBuildTests.repository.appendingPathComponent("Templates/layouts/beslisboom-stap.mustache"),
                                      encoding: .utf8))
        },
        Edit(name: "a page's text after the layout came back", expected: .pages(["verzuim/verzuimsoorten.md"])) { space in
            try space.save(page, try space.text(page) + "\nNa de layout.\n")
        },
        Edit(name: "an asset added", expected: .full) { space in
            try space.save("Content/verzuim/schema.txt", "Een bijlage.\n")
        },
        Edit(name: "the asset changed", expected: .full) { space in
            try space.save("Content/verzuim/schema.txt", "Een andere bijlage.\n")
        },
        Edit(name: "the settings", expected: .full) { space in
            try space.replace("Content/site.yml", "beschrijving: Wat de school doet", with: "beschrijving: Wat een school doet")
        },
        Edit(name: "the zoekwoorden", expected: .full) { space in
            try space.replace("Content/zoekwoorden.yml", "[spijbelen, spijbelaar, weigeren]", with: "[spijbelen, spijbelaar, weigeren, wegblijven]")
        },
        Edit(name: "a page's text after the settings changed", expected: .pages(["inleiding.md"])) { space in
            try space.save("Content/inleiding.md", try space.text("Content/inleiding.md") + "\nNog een inleidende zin.\n")
        },
        Edit(name: "a page added", expected: .full) { space in
            try space.save("Content/verzuim/nieuw.md", "---\ntitel: Een nieuwe pagina\nsamenvatting: Nieuw.\nbronnen: []\n---\n\nNieuwe tekst.\n")
        },
        Edit(name: "the new page's text", expected: .pages(["verzuim/nieuw.md"])) { space in
            try space.save("Content/verzuim/nieuw.md", try space.text("Content/verzuim/nieuw.md") + "\nMeer tekst.\n")
        },
        Edit(name: "a page and an asset deleted", expected: .full) { space in
            try space.remove("Content/verzuim/nieuw.md") + space.remove("Content/verzuim/schema.txt")
        },
        Edit(name: "a page's text after all that", expected: .pages(["verzuim/verzuimsoorten.md"])) { space in
            try space.save(page, try space.text(page) + "\nDe laatste zin.\n")
        },
    ]

    @Test("Every kind of edit: the preview's output and messages equal a full build's")
    func everyKindOfEdit() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("routeboek-incremental-\(UUID().uuidString)")
            .resolvingSymlinksInPath()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Content", "Templates"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        let space = Workspace(root: root)
        let today = DayDate(year: 2026, month: 11, day: 30)
        var preview = BuildOptions(content: space.content, templates: space.templates, output: root.appendingPathComponent("Preview"), today: today)
        preview.cacheFolder = root.appendingPathComponent(".cache")
        var full = preview
        full.output = root.appendingPathComponent("Full")
        let builder = IncrementalBuilder(options: preview)
        let first = builder.build()
        #expect(first.written, "\(first.diagnostics.map(\.description))")
        #expect(builder.lastKind == .full)
        var expectedFailures = 0
        for edit in Self.edits {
            let changes = try edit.apply(space)
            let incremental = builder.build(changes: changes)
            let reference = SiteBuilder.run(full)
            #expect(builder.lastKind == edit.expected, "\(edit.name)")
            // Only a rebuild of pages' text lets an open page keep its stylesheets and scripts.
            #expect(incremental.pagesOnly == (edit.expected != .full), "\(edit.name)")
            #expect(incremental.diagnostics.map(\.description) == reference.diagnostics.map(\.description), "\(edit.name)")
            #expect(incremental.written == reference.written, "\(edit.name)")
            #expect(incremental.pageCount == reference.pageCount && incremental.generatedCount == reference.generatedCount, "\(edit.name)")
            if let code = edit.failsWith {
                #expect(!reference.written && reference.diagnostics.contains { $0.code == code && $0.severity == .error },
                        "\(edit.name): a full build fails with \(code): \(reference.diagnostics.map(\.description))")
                expectedFailures += 1
            } else {
                #expect(reference.written, "\(edit.name): \(reference.diagnostics.map(\.description))")
            }
            try Self.expectSameFiles(preview.output, full.output, edit.name)
        }
        #expect(expectedFailures == 3)
    }

    @Test("Another build replacing the output folder makes the next rebuild a full one")
    func outputReplaced() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try Fixture.writeContent(in: folder, marker: "eerste-versie")
        let options = Fixture.options(in: folder)
        let builder = IncrementalBuilder(options: options)
        #expect(builder.build().written)
        let page = folder.url.appendingPathComponent("Content/index.md").path
        try Fixture.writeContent(in: folder, marker: "tweede-versie")
        #expect(builder.build(changes: [page]).written)
        #expect(builder.lastKind == .pages(["index.md"]))
        // `make` (or anything else) puts another site in place meanwhile.
        try Fixture.writeContent(in: folder, marker: "derde-versie")
        #expect(SiteBuilder.run(options).written)
        try Fixture.writeContent(in: folder, marker: "vierde-versie")
        let report = builder.build(changes: [page])
        #expect(report.written)
        #expect(builder.lastKind == .full)
        #expect(try String(contentsOf: options.output.appendingPathComponent("index.html"), encoding: .utf8).contains("vierde-versie"))
    }

    /// The same relative paths, each with the same bytes.
    static func expectSameFiles(_ one: URL, _ other: URL, _ edit: String) throws {
        let left = try files(below: one), right = try files(below: other)
        #expect(left.keys.sorted() == right.keys.sorted(), "\(edit): the file lists differ")
        var differing: [String] = []
        for (path, bytes) in left where right[path] != bytes { differing.append(path) }
        #expect(differing.isEmpty, "\(edit): these files differ: \(differing.sorted())")
        #expect(left.count > 250, "\(edit): the site has its pages")
    }

    static func files(below folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(at: folder.resolvingSymlinksInPath(), includingPropertiesForKeys: [.isRegularFileKey]) else {
            return result
        }
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            result[String(url.resolvingSymlinksInPath().path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return result
    }
}
