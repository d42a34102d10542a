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

    @Test("A build of 300 pages with bare links and strikethrough keeps them on every page")
    func everyPageOfABuildKeepsItsLinks() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let pages = 300
        for number in 0..<pages {
            let line = "Zie www.onderwijsinspectie.nl/onderwijstijd/\(number) of https://www.duo.nl/\(number), en ~~oud~~ nieuw."
            try workspace.write("---\ntitel: Pagina \(number)\nvolgorde: \(number + 10)\n---\n\n"
                                + Array(repeating: line, count: 12).joined(separator: "\n\n") + "\n",
                                to: "e-sectie/pagina-\(number).md")
        }
        let report = workspace.build()
        #expect(report.errorCount == 0, "\(report.listing)")
        var pagesMissingSomething: [Int] = []
        for number in 0..<pages {
            let html = try workspace.outputText("e-sectie/pagina-\(number).html")
            let links = html.components(separatedBy: "<a href=\"http://www.onderwijsinspectie.nl/onderwijstijd/\(number)\"").count - 1
            let strikes = html.components(separatedBy: "<del>oud</del>").count - 1
            if links != 12 || strikes != 12 { pagesMissingSomething.append(number) }
        }
        #expect(pagesMissingSomething.isEmpty, "pages that lost an autolink or a strikethrough")
    }
}
