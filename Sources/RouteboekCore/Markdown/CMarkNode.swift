import CMarkArena
import CMarkGFM
import Foundation

/// Thin helpers over cmark-gfm's C API. Every pointer here belongs to one document owned by the caller.
/// A node of a parsed document (cmark's nodes are opaque to Swift).
struct CMarkNodePointer: Hashable {
    let raw: OpaquePointer
    init(_ raw: OpaquePointer) { self.raw = raw }
    init?(_ raw: OpaquePointer?) {
        guard let raw else { return nil }
        self.raw = raw
    }
}

enum CMark {
    /// The GFM extensions every page gets. Raw HTML is never enabled (no CMARK_OPT_UNSAFE).
    static let extensionNames = ["table", "tasklist", "strikethrough", "autolink", "tagfilter"]
    static let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8

    /// cmark-gfm's extension registry is global; registering once before any parse keeps it thread-safe.
    static let registerExtensions: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    /// Ends a parse: closes its blocks and parses their inlines. cmark-gfm keeps the characters that start
    /// an extension's inline syntax (`~`, and `:` and `w` for autolinks) in one process-wide table, which
    /// every parse fills before its inlines and clears after (github/cmark-gfm#176). Two pages finishing
    /// at once clear it under each other and one loses its links or strikethrough, so one parse finishes at
    /// a time. Parsing blocks (`cmark_parser_feed`) and rendering still run side by side.
    static func finish(_ parser: OpaquePointer) -> OpaquePointer? {
        inlinePass.withLock { cmark_parser_finish(parser) }
    }

    private static let inlinePass = NSLockLike()

    /// The allocator for what cmark makes now: inside `withPageArena`, the page's arena (so a node that
    /// replaces another belongs to the same tree's memory); elsewhere the system's.
    static var memory: UnsafeMutablePointer<cmark_mem> {
        guard routeboek_arena_active() != 0, let arena = routeboek_arena_mem() else { return cmark_get_default_mem_allocator() }
        return arena.assumingMemoryBound(to: cmark_mem.self)
    }

    /// Runs `body`, whose cmark work (parser, tree, literals, rendered HTML) comes from this thread's arena
    /// and is given back at once when the outermost call returns. Nothing cmark made inside may be kept:
    /// `body` returns Swift values only.
    static func withPageArena<Result>(_ body: () -> Result) -> Result {
        routeboek_arena_enter()
        defer { routeboek_arena_leave() }
        return body()
    }
}

extension CMarkNodePointer {
    var type: cmark_node_type { cmark_node_get_type(raw) }
    var typeString: String { String(cString: cmark_node_get_type_string(raw)) }
    var firstChild: CMarkNodePointer? { CMarkNodePointer(cmark_node_first_child(raw)) }
    var next: CMarkNodePointer? { CMarkNodePointer(cmark_node_next(raw)) }
    var previous: CMarkNodePointer? { CMarkNodePointer(cmark_node_previous(raw)) }
    var parent: CMarkNodePointer? { CMarkNodePointer(cmark_node_parent(raw)) }
    var literal: String? { cmark_node_get_literal(raw).map { String(cString: $0) } }
    var url: String? { cmark_node_get_url(raw).map { String(cString: $0) } }
    var fenceInfo: String { cmark_node_get_fence_info(raw).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(raw)) }
    var startLine: Int { Int(cmark_node_get_start_line(raw)) }
    var startColumn: Int { Int(cmark_node_get_start_column(raw)) }

    var children: [CMarkNodePointer] {
        var result: [CMarkNodePointer] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// The node's text with markup removed (for slugs, captions and the search index).
    var plainText: String {
        var text = ""
        walk { node, entering in
            guard entering else { return }
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += node.literal ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    /// Visits this node and everything below it in document order, each container on entering and on
    /// leaving, each leaf once (entering). cmark's iterator needs no recursion: Markdown can nest
    /// thousands of levels deep (`> > > ...`), more than a thread's stack holds in recursive calls.
    func walk(_ visit: (_ node: CMarkNodePointer, _ entering: Bool) -> Void) {
        guard let iterator = cmark_iter_new(raw) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { return }
            guard let node = CMarkNodePointer(cmark_iter_get_node(iterator)) else { continue }
            visit(node, event == CMARK_EVENT_ENTER)
        }
    }

    /// Nodes cmark's iterator visits once: they have no children.
    var isLeaf: Bool {
        switch type {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK,
             CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }

    /// The nearest position cmark knows: inline nodes may have none, so fall back to the enclosing block.
    var bestLine: Int {
        var node: CMarkNodePointer? = self
        while let current = node {
            if current.startLine > 0 { return current.startLine }
            node = current.parent
        }
        return 1
    }

    /// Replaces this node with literal HTML that cmark writes out as it is.
    func replace(withHTML html: String) {
        guard let block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, CMark.memory) else { return }
        cmark_node_set_on_enter(block, html)
        cmark_node_set_on_exit(block, "")
        cmark_node_insert_before(raw, block)
        cmark_node_unlink(raw)
        cmark_node_free(raw)
    }

    func remove() {
        cmark_node_unlink(raw)
        cmark_node_free(raw)
    }

    /// Renders this node alone (with its children) to HTML.
    func renderHTML(extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        let memory = CMark.memory
        guard let cString = cmark_render_html_with_mem(raw, CMark.options, extensions, memory) else { return "" }
        defer { memory.pointee.free(cString) }
        return String(cString: cString)
    }
}
