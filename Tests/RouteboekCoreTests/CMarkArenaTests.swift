import CMarkArena
import CMarkGFM
import Foundation
import Testing
@testable import RouteboekCore

/// The arena that cmark-gfm allocates from while a page is parsed and rendered (Sources/CMarkArena): a
/// block handed out twice, or memory recycled while a tree still uses it, is a crash on valid Markdown.
@Suite("cmark's page arena: what cmark allocates stays whole until the page is done")
struct CMarkArenaTests {
    @Test("Blocks are aligned, zeroed by calloc, and keep their bytes through realloc, in place or moved")
    func blocks() throws {
        CMark.withPageArena {
            let memory = CMark.memory.pointee
            var blocks: [(pointer: UnsafeMutableRawPointer, size: Int, fill: UInt8)] = []
            for index in 0..<2_000 {
                let size = [1, 15, 16, 17, 100, 511, 512, 513, 4_000, 70_000][index % 10]
                let pointer = memory.calloc(1, size)!
                #expect(Int(bitPattern: pointer) % 16 == 0)
                #expect(UnsafeRawBufferPointer(start: pointer, count: size).allSatisfy { $0 == 0 })
                let fill = UInt8(truncatingIfNeeded: index)
                pointer.initializeMemory(as: UInt8.self, repeating: fill, count: size)
                blocks.append((pointer, size, fill))
            }
            // Every other block freed (small ones go back to a free list) and taken again, zeroed.
            for index in stride(from: 0, to: blocks.count, by: 2) { memory.free(blocks[index].pointer) }
            for index in stride(from: 0, to: blocks.count, by: 2) {
                let size = blocks[index].size
                let pointer = memory.calloc(size, 1)!
                #expect(UnsafeRawBufferPointer(start: pointer, count: size).allSatisfy { $0 == 0 })
                pointer.initializeMemory(as: UInt8.self, repeating: 0xEE, count: size)
                blocks[index] = (pointer, size, 0xEE)
            }
            // Grown: the newest block in place, the others by moving.
            for index in [blocks.count - 1, 3, 5, 700] {
                let grown = memory.realloc(blocks[index].pointer, blocks[index].size * 3 + 1)!
                blocks[index].pointer = grown
            }
            for block in blocks {
                #expect(UnsafeRawBufferPointer(start: block.pointer, count: block.size).allSatisfy { $0 == block.fill })
            }
        }
    }

    @Test("A render inside a render keeps the outer page's memory until the outer one ends")
    func nestedRenders() {
        let outerMarkdown = "# Buiten\n\n" + String(repeating: "Een *alinea* met [een link](a.md) en `code`.\n\n", count: 200)
        let innerMarkdown = "| a | b |\n|---|---|\n| **c** | d |\n"
        let expectedInner = render(innerMarkdown).html
        CMark.withPageArena {
            let memory = CMark.memory.pointee
            let kept = memory.calloc(1, 64)!
            kept.initializeMemory(as: UInt8.self, repeating: 0x5A, count: 64)
            let inner = render(innerMarkdown)
            #expect(inner.html == expectedInner)
            // The inner render ended inside this one: nothing of this page was handed out again.
            #expect(UnsafeRawBufferPointer(start: kept, count: 64).allSatisfy { $0 == 0x5A })
            #expect(render(outerMarkdown).html.contains("<a href=\"a.html\">een link</a>"))
            #expect(UnsafeRawBufferPointer(start: kept, count: 64).allSatisfy { $0 == 0x5A })
        }
    }

    @Test("cmark gives the same HTML from the arena as from malloc, on pages that stress its buffers")
    func sameHTMLAsMalloc() {
        let pages = [
            String(repeating: "*a **b** _c_ ", count: 20_000),
            String(repeating: "> ", count: 500) + "diep",
            (0..<3_000).map { "| \($0) | ~~x~~ | [l](x\($0).md) |" }.joined(separator: "\n").replacingOccurrences(of: "| 1 |", with: "|---|---|---|\n| 1 |"),
            (0..<2_000).map { String(repeating: "  ", count: $0 % 40) + "- punt \($0)" }.joined(separator: "\n"),
            "```\n" + String(repeating: "regel <b>&amp;</b>\n", count: 50_000) + "```\n",
            String(repeating: "[a](b \"c\") ![i](j.png) <https://example.org> www.example.org ", count: 5_000),
        ]
        for markdown in pages {
            let fromMalloc = Self.cmarkHTML(markdown, memory: cmark_get_default_mem_allocator())
            let fromArena = CMark.withPageArena { Self.cmarkHTML(markdown, memory: CMark.memory) }
            #expect(fromArena == fromMalloc)
            #expect(!fromArena.isEmpty)
        }
    }

    @Test("After a large page the thread keeps one ordinary chunk, and outside a page cmark uses malloc")
    func givenBack() {
        let large = String(repeating: "Tekst met *nadruk* en een [link](x.md).\n\n", count: 60_000)
        #expect(render(large).html.count > 1_000_000)
        #expect(routeboek_arena_held_bytes() <= 256 * 1024 + 64)
        #expect(routeboek_arena_active() == 0)
        #expect(CMark.memory == cmark_get_default_mem_allocator())
    }

    /// cmark-gfm alone, with its extensions, parsing and rendering with `memory`.
    private static func cmarkHTML(_ markdown: String, memory: UnsafeMutablePointer<cmark_mem>) -> String {
        _ = CMark.registerExtensions
        guard let parser = cmark_parser_new_with_mem(CMark.options, memory) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in CMark.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        cmark_parser_feed(parser, markdown, markdown.utf8.count)
        guard let document = CMark.finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html_with_mem(document, CMark.options, cmark_parser_get_syntax_extensions(parser), memory) else { return "" }
        defer { memory.pointee.free(html) }
        return String(cString: html)
    }
}
