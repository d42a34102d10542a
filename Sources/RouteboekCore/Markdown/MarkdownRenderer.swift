import CMarkGFM

/// Renders one page's Markdown with cmark-gfm and the routeboek's additions: heading ids, links to
/// `.md` files rewritten to `.html`, callouts, labelled checklists, table captions and flowcharts.
struct MarkdownRenderer: Sendable {
    /// Draws a ```mermaid block as HTML (see the Flowchart target); nil leaves such blocks as code.
    typealias FlowchartRenderer = @Sendable (_ source: String, _ idPrefix: String) -> Result<String, FlowchartFailure>

    var flowchart: FlowchartRenderer?
    /// When set, local links are written as this token + the path from the output root, for HTML that
    /// is placed on pages at several depths (the decision tree's texts); the page swaps in its `../`s.
    var rootToken: String?

    /// - Parameters:
    ///   - page: the page's path from the content root (`verzuim/melden.md`), for resolving links.
    ///   - file: the path shown in messages.
    ///   - lineOffset: lines before the body in the file (the front matter).
    func render(_ body: String, page: String, file: String, lineOffset: Int) -> RenderedMarkdown {
        _ = CMark.registerExtensions
        // Thousands of small blocks per page: from the page's arena they cost a few mallocs, not thousands.
        return CMark.withPageArena { renderInArena(body, page: page, file: file, lineOffset: lineOffset) }
    }

    private func renderInArena(_ body: String, page: String, file: String, lineOffset: Int) -> RenderedMarkdown {
        guard let parser = cmark_parser_new_with_mem(CMark.options, CMark.memory) else {
            return RenderedMarkdown(html: "", headings: [], links: [], sections: [],
                                    diagnostics: [Diagnostic(file: file, .markdownFailed())])
        }
        defer { cmark_parser_free(parser) }
        for name in CMark.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        cmark_parser_feed(parser, body, body.utf8.count)
        guard let document = CMarkNodePointer(CMark.finish(parser)) else {
            return RenderedMarkdown(html: "", headings: [], links: [], sections: [],
                                    diagnostics: [Diagnostic(file: file, .markdownFailed())])
        }
        defer { cmark_node_free(document.raw) }
        var pass = RenderPass(document: document, extensions: cmark_parser_get_syntax_extensions(parser),
                              page: page, file: file, lineOffset: lineOffset, flowchart: flowchart,
                              rootToken: rootToken)
        pass.source = body
        return pass.run()
    }
}
