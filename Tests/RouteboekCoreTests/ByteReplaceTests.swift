import Foundation
import Testing
@testable import RouteboekCore

/// ByteReplace searches bytes with memchr and memcmp; it must answer as Foundation does.
@Suite("Byte search and replace give Foundation's answers")
struct ByteReplaceTests {
    @Test("At the start, at the end, overlapping, absent, after multi-byte text, one byte long")
    func againstFoundation() {
        let texts = ["", "a", "aaa", "abcabc", "xxab", "abxx", "één <a href=\"x\">", "ab\r\ncd\r", "aaaa", "é", "éa", "\u{1F600}ab\u{1F600}"]
        let tokens = ["a", "ab", "aa", "\r", "<a", "href=\"", "é", "\u{1F600}", "abc", "zz"]
        for text in texts {
            for token in tokens {
                #expect(ByteReplace.contains(token, in: text) == text.contains(token), "\(text.debugDescription) contains \(token.debugDescription)")
                #expect(ByteReplace.replacing(token, with: "<>", in: text) == text.replacingOccurrences(of: token, with: "<>"),
                        "\(token.debugDescription) in \(text.debugDescription)")
            }
        }
    }
}
