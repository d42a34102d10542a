import Foundation
import Hummingbird
import HummingbirdTesting
import RouteboekCore
import Testing
@testable import RouteboekServe

/// A temporary folder, removed by `remove()`.
struct TempFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("routeboek-serve-\(UUID().uuidString)")
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ text: String, to relative: String) throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

enum Fixture {
    /// The repository's real Templates/ folder.
    static var templates: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Templates")
    }

    static let siteSettings = """
        titel: Testroute
        organisatie: Testorganisatie
        bronnen:
          - code: S0
            bestand: bron.txt
            titel: Een bron
        """

    static func page(title: String, body: String) -> String {
        """
        ---
        titel: \(title)
        ---

        \(body)

        """
    }

    /// A small Content/ folder with two pages.
    static func writeContent(in folder: TempFolder, marker: String) throws {
        try folder.write(siteSettings, to: "Content/site.yml")
        try folder.write(page(title: "Start", body: "Welkom. \(marker)\n\nZie [de uitleg](uitleg.md)."), to: "Content/index.md")
        try folder.write(page(title: "Uitleg", body: "Zo werkt het."), to: "Content/uitleg.md")
    }

    static func options(in folder: TempFolder) -> BuildOptions {
        BuildOptions(content: folder.url.appendingPathComponent("Content"), templates: templates,
                     output: folder.url.appendingPathComponent("Public"))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}

/// Polls `condition` every 50 ms for at most `seconds`.
func eventually(within seconds: Double = 30, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}
