import Foundation

/// Rewrites a served HTML page for the preview. Only the response changes; the file in the output
/// folder stays exactly as `routeboek build` wrote it.
public enum PreviewInjection {
    public static let scriptTag = #"<script src="/__routeboek/reload.js" defer></script>"#
    public static let stylesheetTag = #"<link rel="stylesheet" href="/__routeboek/overlay.css">"#

    /// Tells the reload script which successful build this page belongs to.
    static func buildTag(_ build: Int) -> String {
        #"<meta name="routeboek-build" content="\#(build)">"#
    }

    /// The page with the preview's CSP exception, the overlay stylesheet and build number in the head,
    /// and the reload script just before `</body>`.
    public static func inject(into html: String, build: Int) -> String {
        var page = allowingPreviewConnections(html)
        let headExtras = stylesheetTag + buildTag(build)
        if let headEnd = page.range(of: "</head>", options: .caseInsensitive) {
            page.insert(contentsOf: headExtras, at: headEnd.lowerBound)
        } else {
            // No head: the tags still work from the body (browsers accept them there).
            insertBeforeBodyEnd(headExtras, into: &page)
        }
        insertBeforeBodyEnd(scriptTag, into: &page)
        return page
    }

    private static func insertBeforeBodyEnd(_ text: String, into page: inout String) {
        if let bodyEnd = page.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            page.insert(contentsOf: text, at: bodyEnd.lowerBound)
        } else {
            page += text
        }
    }

    /// The site's Content-Security-Policy (a `<meta>` in every page) has `connect-src 'none'`, which would
    /// block the reload script's EventSource on `/__routeboek/events`. In the preview only, and only in
    /// the page's head, it becomes `connect-src 'self'`; scripts and styles stay `'self'`-only, so the
    /// preview still catches any inline script or style the templates might gain. The policy is written
    /// through Mustache, which escapes `'` as `&#39;`, so the escaped spellings are replaced as well.
    public static func allowingPreviewConnections(_ html: String) -> String {
        let headEnd = html.range(of: "</head>", options: .caseInsensitive)?.lowerBound ?? html.endIndex
        var head = String(html[..<headEnd])
        for quote in ["'", "&#39;", "&#x27;", "&apos;"] {
            head = head.replacingOccurrences(of: "connect-src \(quote)none\(quote)", with: "connect-src \(quote)self\(quote)")
        }
        return head + html[headEnd...]
    }
}
