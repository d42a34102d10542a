import CMarkGFM

/// Links to `.md` files become links to the `.html` page; every local target is recorded for checking.
extension RenderPass {
    mutating func rewriteLinks() {
        for node in linkNodes {
            guard let url = node.url, !url.isEmpty else { continue }
            let isImage = node.type == CMARK_NODE_IMAGE
            if ContentPath.isExternal(url) {
                // The CSP allows images from the site itself only: one from elsewhere would show as broken
                // (and would tell that other site who reads the page).
                if isImage && !url.lowercased().hasPrefix("data:image/") {
                    report(node, .imageFromOtherSite(url))
                }
                continue
            }
            let (path, anchor) = split(url)
            let line = fileLine(node)
            let column = fileColumn(node)
            if path.isEmpty {
                // `#anker` on the same page.
                if let anchor {
                    if let rootToken { cmark_node_set_url(node.raw, rootToken + ContentPath.outputPath(ofPage: page) + "#" + anchor) }
                    links.append(LocalLink(kind: .page, target: page, anchor: anchor, written: url, line: line, column: column))
                }
                continue
            }
            if path.hasPrefix("/") {
                report(node, .linkFromRoot(url))
                continue
            }
            let decoded = path.removingPercentEncodingSafely
            guard var target = ContentPath.resolve(decoded, from: page) else {
                report(node, .linkClimbsOut(url))
                continue
            }
            var rewritten = path
            if decoded.hasSuffix("/") || target.isEmpty {
                target = target.isEmpty ? "index.md" : target + "/index.md"
                rewritten = (path.hasSuffix("/") || path.isEmpty ? path : path + "/") + "index.html"
            }
            if !isImage && target.hasSuffix(".md") {
                // Folder links were rewritten to index.html above; a link written as `.md` gets `.html`.
                if decoded.hasSuffix(".md") { rewritten = String(path.dropLast(3)) + ".html" }
                links.append(LocalLink(kind: .page, target: target, anchor: anchor, written: url, line: line, column: column))
            } else {
                links.append(LocalLink(kind: .asset, target: target, anchor: nil, written: url, line: line, column: column))
            }
            if let rootToken {
                rewritten = rootToken + (target.hasSuffix(".md") && !isImage ? ContentPath.outputPath(ofPage: target) : target)
            }
            let newURL = rewritten + (anchor.map { "#" + $0 } ?? "")
            if newURL != url { cmark_node_set_url(node.raw, newURL) }
        }
    }

    private func split(_ url: String) -> (path: String, anchor: String?) {
        guard let hash = url.firstIndex(of: "#") else { return (url, nil) }
        return (String(url[..<hash]), String(url[url.index(after: hash)...]))
    }
}

extension String {
    /// Percent-decoding that leaves malformed escapes as written.
    var removingPercentEncodingSafely: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
               let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
