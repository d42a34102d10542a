import Foundation
import Hummingbird

/// Answers every request of the preview: the reload script, overlay stylesheet and event stream under
/// `/__routeboek/`, and otherwise files from the output folder (HTML with the preview injected).
public struct PreviewResponder: HTTPResponder {
    public typealias Context = BasicRequestContext

    public let output: URL
    public let hub: BuildStatusHub

    public init(output: URL, hub: BuildStatusHub) {
        self.output = output
        self.hub = hub
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var headers = HTTPFields()
            headers[.allow] = "GET, HEAD"
            return Self.text(.methodNotAllowed, "Only GET and HEAD are served.\n", headers: headers)
        }
        let known = request.headers[.ifNoneMatch]
        var response = route(request.uri.path, known: known)
        // A build swaps the new site in with two renames; a request that falls in between finds no
        // folder at all. Asking again a moment later finds the new site (a real 404 is only slower).
        for _ in 0..<2 where response.status == .notFound {
            try? await Task.sleep(for: .milliseconds(25))
            response = route(request.uri.path, known: known)
        }
        return request.method == .head ? response.createHeadResponse() : response
    }

    /// `known`: the request's If-None-Match, for the theme's files the browser already has.
    func route(_ path: String, known: String? = nil) -> Response {
        switch path {
        case "/__routeboek/reload.js":
            return Self.bytes(.ok, Data(PreviewAssets.reloadScript.utf8), type: ContentTypes.forPath(path))
        case "/__routeboek/overlay.css":
            return Self.bytes(.ok, Data(PreviewAssets.overlayStylesheet.utf8), type: ContentTypes.forPath(path))
        case "/__routeboek/events":
            return EventStream.response(hub: hub)
        case "/__routeboek/status":
            let json = (try? JSONEncoder().encode(hub.current)) ?? Data()
            return Self.bytes(.ok, json, type: "application/json")
        default:
            return file(at: path, known: known)
        }
    }

    func file(at path: String, known: String? = nil) -> Response {
        // Read the build number before the file: a page is never labelled newer than its content.
        let build = hub.current.build
        switch RequestPath.resolve(path, in: output) {
        case .forbidden:
            return Self.text(.forbidden, "Forbidden: this path is outside the site.\n")
        case .notFound:
            return notFound(path, build: build)
        case .redirect(let location):
            var headers = HTTPFields()
            headers[.location] = location
            return Self.text(.movedPermanently, "Moved to \(location)\n", headers: headers)
        case .file(let url):
            let type = ContentTypes.forPath(url.path)
            // A page carries the build number and the preview's script: always sent whole. Any other file
            // (stylesheets, scripts, images) the browser may keep and ask about: after a reload it then
            // reuses what it parsed, and a rebuild that did not change a file leaves it as it was.
            let tag = ContentTypes.isHTML(url.path) ? nil : FileTag.of(url)
            if let tag, let known, known.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == tag }) {
                return Self.bytes(.notModified, Data(), type: type, headers: Self.validation(tag))
            }
            guard let data = try? Data(contentsOf: url) else { return notFound(path, build: build) }
            if ContentTypes.isHTML(url.path), let html = String(data: data, encoding: .utf8) {
                return Self.bytes(.ok, Data(PreviewInjection.inject(into: html, build: build).utf8), type: type)
            }
            return Self.bytes(.ok, data, type: type, headers: tag.map(Self.validation) ?? HTTPFields())
        }
    }

    /// A page that still reloads (and shows build errors), so a page that does not exist yet appears
    /// as soon as a build writes it.
    func notFound(_ path: String, build: Int) -> Response {
        let shown = path.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        let html = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
            <body><h1>Not found</h1><p>There is no <code>\(shown)</code> in the built site.</p></body></html>

            """
        return Self.bytes(.notFound, Data(PreviewInjection.inject(into: html, build: build).utf8), type: "text/html; charset=utf-8")
    }

    static func text(_ status: HTTPResponse.Status, _ text: String, headers: HTTPFields = HTTPFields()) -> Response {
        bytes(status, Data(text.utf8), type: "text/plain; charset=utf-8", headers: headers)
    }

    /// The headers that let the browser keep a file and ask whether it changed (`no-cache`: ask every time).
    static func validation(_ tag: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.eTag] = tag
        headers[.cacheControl] = "no-cache"
        return headers
    }

    static func bytes(_ status: HTTPResponse.Status, _ data: Data, type: String, headers: HTTPFields = HTTPFields()) -> Response {
        var headers = headers
        headers[.contentType] = type
        // A preview always shows the latest build: nothing is used without asking (see `validation`).
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
        if let noSniff = HTTPFields.Element.Name("X-Content-Type-Options") { headers[noSniff] = "nosniff" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
