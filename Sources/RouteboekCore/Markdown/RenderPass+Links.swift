import CMarkGFM

/// Links to `.md` files become links to the `.html` page; every local target is recorded for checking.
extension RenderPass {
    mutating func rewriteLinks() {
        for node in linkNodes {
            let isImage = node.type == CMARK_NODE_IMAGE
            guard let url = node.url else { continue }
            if let problem = addressProblem(node, url: url) {
                report(node, problem)
                continue
            }
            // Without alt text a screen reader says only "afbeelding" (or the file name), and the PDF has no text for it.
            if isImage && node.plainText.trimmingWhitespace.isEmpty { report(node, .imageWithoutAltText(url)) }
            guard let link = WrittenLink(url, from: page, kind: isImage ? .image : .link) else { continue }
            if link.target == .external {
                // The CSP allows images from the site itself only: one from elsewhere would show as broken
                // (and would tell that other site who reads the page).
                if isImage && !url.lowercased().hasPrefix("data:image/") {
                    report(node, .imageFromOtherSite(url))
                }
                continue
            }
            if let problem = link.problem {
                report(node, problem)
                continue
            }
            let typed = typedPosition(node)
            if let local = link.local(line: typed.line + lineOffset, column: typed.column) { links.append(local) }
            let href = link.href(rootToken: rootToken)
            if href != url { cmark_node_set_url(node.raw, href) }
        }
    }
}

extension String {
    /// Percent-decoding that leaves malformed escapes as written.
    var removingPercentEncodingSafely: String {
        guard utf8.contains(UInt8(ascii: "%")) else { return self }
        // A '%' without two hex digits after it stays, and so do the characters after it (`50%.md`).
        let written = Array(utf8)
        var bytes: [UInt8] = []
        var index = 0
        while index < written.count {
            if written[index] == UInt8(ascii: "%"), index + 2 < written.count,
               let high = Self.hexDigit(written[index + 1]), let low = Self.hexDigit(written[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(written[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
