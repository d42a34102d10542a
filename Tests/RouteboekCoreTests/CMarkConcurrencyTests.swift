import Foundation
import Synchronization
import Testing
@testable import RouteboekCore

/// Pages are rendered on several threads at once. cmark-gfm keeps the characters that start an
/// extension's inline syntax (`~` for strikethrough, `:` and `w` for autolinks) in one process-wide
/// table that each parse fills and clears (github/cmark-gfm#176); without `CMark.finish` taking turns,
/// one page's parse clears it while another's runs and that page loses its links.
@Suite("cmark on several threads: every page renders as it does alone")
struct CMarkConcurrencyTests {
    private static let page = (0..<40).map { line in
        "Regel \(line): zie www.example.org/\(line), https://example.org/\(line) en ~~oud~~ **nieuw**."
    }.joined(separator: "\n\n")

    @Test("Four threads rendering pages with autolinks and strikethrough all get the single-thread HTML")
    func sameHTMLOnEveryThread() {
        let expected = render(Self.page).html
        #expect(expected.contains("<a href=\"http://www.example.org/39\">www.example.org/39</a>"))
        #expect(expected.contains("<a href=\"https://example.org/0\">https://example.org/0</a>"))
        #expect(expected.contains("<del>oud</del>"))
        let threads = 4, rendersPerThread = 300
        let wrong = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            var wrongHere = 0
            for _ in 0..<rendersPerThread where render(Self.page).html != expected { wrongHere += 1 }
            wrong.withLock { $0 += wrongHere }
        }
        #expect(wrong.withLock { $0 } == 0, "renders that differ from the single-thread HTML")
    }
}
