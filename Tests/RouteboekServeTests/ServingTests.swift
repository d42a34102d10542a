import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RouteboekServe

@Suite struct ServingTests {
    static let page = """
        <!doctype html>
        <html><head>
        <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;; connect-src &#39;none&#39;; object-src &#39;none&#39;">
        <title>Pagina</title>
        </head><body><p>Hallo</p></body></html>
        """

    func withSite(_ body: (Application<PreviewResponder>, TempFolder) async throws -> Void) async throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try folder.write(Self.page, to: "Public/index.html")
        try folder.write(Self.page, to: "Public/verzuim/index.html")
        try folder.write("body { color: red; }", to: "Public/assets/site.css")
        try folder.write("{}", to: "Public/data/zoeken.json")
        try folder.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", to: "Public/assets/logo.svg")
        try folder.write("tekst", to: "Public/bron.txt")
        let hub = BuildStatusHub(BuildStatus(build: 3))
        let app = PreviewServer(output: folder.url.appendingPathComponent("Public"), hub: hub, port: 0).application()
        try await body(app, folder)
    }

    @Test func servesAPageWithTheReloadScriptAndAPreviewCSP() async throws {
        try await withSite { app, folder in
            try await app.test(.router) { client in
                let response = try await client.execute(uri: "/index.html", method: .get)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = response.text
                #expect(html.contains(#"<script src="/__routeboek/reload.js" defer></script></body>"#))
                #expect(html.contains(#"<link rel="stylesheet" href="/__routeboek/overlay.css">"#))
                #expect(html.contains(#"<meta name="routeboek-build" content="3">"#))
                #expect(html.contains("connect-src &#39;self&#39;"))
                #expect(!html.contains("connect-src &#39;none&#39;"))
                #expect(html.contains("script-src &#39;self&#39;"))
                #expect(!html.contains("<script>"))
            }
            // The file on disk is untouched.
            let onDisk = try String(contentsOf: folder.url.appendingPathComponent("Public/index.html"), encoding: .utf8)
            #expect(onDisk == Self.page)
        }
    }

    @Test func servesIndexForFoldersAndRedirectsWithoutSlash() async throws {
        try await withSite { app, _ in
            try await app.test(.router) { client in
                let root = try await client.execute(uri: "/", method: .get)
                #expect(root.status == .ok)
                #expect(root.text.contains("Hallo"))
                let folder = try await client.execute(uri: "/verzuim/", method: .get)
                #expect(folder.status == .ok)
                #expect(folder.text.contains("reload.js"))
                let bare = try await client.execute(uri: "/verzuim", method: .get)
                #expect(bare.status == .movedPermanently)
                #expect(bare.headers[.location] == "/verzuim/")
                let missing = try await client.execute(uri: "/bestaat-niet.html", method: .get)
                #expect(missing.status == .notFound)
                #expect(missing.text.contains("reload.js"))
            }
        }
    }

    @Test func setsContentTypes() async throws {
        try await withSite { app, _ in
            try await app.test(.router) { client in
                let expected = [
                    "/assets/site.css": "text/css; charset=utf-8",
                    "/data/zoeken.json": "application/json",
                    "/assets/logo.svg": "image/svg+xml",
                    "/bron.txt": "text/plain; charset=utf-8",
                    "/__routeboek/reload.js": "text/javascript; charset=utf-8",
                    "/__routeboek/overlay.css": "text/css; charset=utf-8",
                ]
                for (path, type) in expected {
                    let response = try await client.execute(uri: path, method: .get)
                    #expect(response.status == .ok, "\(path)")
                    #expect(response.headers[.contentType] == type, "\(path)")
                }
                let css = try await client.execute(uri: "/assets/site.css", method: .get)
                #expect(css.text == "body { color: red; }")
            }
        }
        #expect(ContentTypes.forPath("a/b.png") == "image/png")
        #expect(ContentTypes.forPath("a/b.JPG") == "image/jpeg")
        #expect(ContentTypes.forPath("a/b.pdf") == "application/pdf")
        #expect(ContentTypes.forPath("a.b/c") == "application/octet-stream")
    }

    @Test func servesTheReloadScriptFromMemory() async throws {
        try await withSite { app, folder in
            try await app.test(.router) { client in
                let script = try await client.execute(uri: "/__routeboek/reload.js", method: .get)
                #expect(script.text.contains("new EventSource(\"/__routeboek/events\")"))
                #expect(script.text.contains("location.reload()"))
                let head = try await client.execute(uri: "/index.html", method: .head)
                #expect(head.status == .ok)
                #expect(head.body.readableBytes == 0)
                let post = try await client.execute(uri: "/index.html", method: .post)
                #expect(post.status == .methodNotAllowed)
            }
            let written = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("Public").path)
            #expect(!written.contains("__routeboek"))
        }
    }
}
