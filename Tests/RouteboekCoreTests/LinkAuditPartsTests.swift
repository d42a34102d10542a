import Foundation
import Testing
@testable import RouteboekCore

/// The whole document is written in parts (a page of tens of megabytes is never held whole); its links
/// and ids must be audited as if it had been written at once, wherever the parts happen to be cut.
@Suite("A page written in parts has its links audited as a whole page")
struct LinkAuditPartsTests {
    private let page = """
        <!DOCTYPE html><html><body><nav><a href="a.html">A</a> <a href="gone.html">weg</a></nav>
        <h2 id="een">Een</h2><p><a href="#een">hier</a> <a href="#twee">niet hier</a> <img src="plaatje.png" alt=""></p>
        <section id="drie"><a href="a.html#x">x</a><a href="a.html#nergens">nergens</a></section></body></html>
        """

    private func problems(writing page: String, in parts: Int?) throws -> [String] {
        let audit = LinkAudit(DiscardingOutput())
        try audit.write("<!DOCTYPE html><html><body><p id=\"x\">x</p></body></html>", to: "a.html")
        if let parts {
            let bytes = Array(page.utf8)
            try audit.write(to: "doc.html") { emit in
                var start = 0
                while start < bytes.count {
                    let end = min(start + parts, bytes.count)
                    try emit(String(decoding: bytes[start..<end], as: UTF8.self))
                    start = end
                }
            }
        } else {
            try audit.write(page, to: "doc.html")
        }
        return audit.problems(templatesRoot: URL(fileURLWithPath: "/nonexistent"), displayTemplates: "Templates").map(\.description)
    }

    @Test("Cut anywhere, in parts of 1 to 40 bytes: the same problems as the page written at once")
    func partsOfEverySize() throws {
        let whole = try problems(writing: page, in: nil)
        // Fragments on the page itself are the checker's (RB3xx at the Markdown), not the audit's.
        #expect(whole.count == 3, "gone.html, plaatje.png and a.html#nergens: \(whole)")
        for size in 1...40 {
            #expect(try problems(writing: page, in: size) == whole, "in parts of \(size) bytes")
        }
    }
}
