import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RouteboekServe

@Suite struct PathSafetyTests {
    @Test func refusesPathsOutsideTheOutputFolder() async throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try folder.write("<html><body>binnen</body></html>", to: "Public/index.html")
        try folder.write("GEHEIM", to: "x")
        try folder.write("GEHEIM", to: "buiten/geheim.txt")
        try folder.write("GEHEIM", to: "Public/.verborgen")
        let public_ = folder.url.appendingPathComponent("Public")
        try FileManager.default.createSymbolicLink(atPath: public_.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: folder.url.appendingPathComponent("x").path)
        try FileManager.default.createSymbolicLink(atPath: public_.appendingPathComponent("map").path,
                                                   withDestinationPath: folder.url.appendingPathComponent("buiten").path)
        let app = PreviewServer(output: public_, hub: BuildStatusHub(), port: 0).application()
        try await app.test(.router) { client in
            for path in ["/../x", "/%2e%2e/x", "/%2E%2E/x", "/..%2fx", "/a/../../x", "/link.txt", "/map/geheim.txt",
                         "/.verborgen", "/%00", "/..\\x", "//x", "/" + folder.url.appendingPathComponent("x").path] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .forbidden || response.status == .notFound, "\(path) gave \(response.status)")
                #expect(!response.text.contains("GEHEIM"), "\(path) leaked")
            }
            let inside = try await client.execute(uri: "/index.html", method: .get)
            #expect(inside.text.contains("binnen"))
        }
    }

    @Test func resolvesOnlyInsideTheRoot() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try folder.write("a", to: "Public/a.txt")
        let root = folder.url.appendingPathComponent("Public")
        #expect(RequestPath.resolve("/../Public/a.txt", in: root) == .forbidden)
        #expect(RequestPath.resolve("/%2e%2e/Public/a.txt", in: root) == .forbidden)
        #expect(RequestPath.resolve("/a.txt", in: root) == .file(root.appendingPathComponent("a.txt")))
        #expect(RequestPath.resolve("/a%2Etxt", in: root) == .file(root.appendingPathComponent("a.txt")))
        #expect(RequestPath.resolve("/b.txt", in: root) == .notFound)
    }
}
