import Testing
@testable import Beslisboom

@Suite("Did-you-mean suggestions")
struct SpellingTests {
    @Test("Two swapped neighbours are one edit, as a dropped, added or changed letter is")
    func distances() {
        func distance(_ a: String, _ b: String) -> Int { Spelling.editDistance(Array(a), Array(b)) }
        #expect(distance("emial", "email") == 1)
        #expect(distance("titel", "title") == 1)
        #expect(distance("nar", "naar") == 1)
        #expect(distance("kat", "kaart") == 2)
        #expect(distance("", "abc") == 3)
        #expect(distance("abc", "abc") == 0)
        #expect(distance("ab", "ba") == 1)
    }

    @Test("A swapped pair in a short word gets its suggestion")
    func swappedSuggestion() {
        #expect(Spelling.closest(to: "emial", among: ["name", "email", "phone", "url"]) == "email")
        #expect(Spelling.closest(to: "titel", among: ["title", "summary", "path"]) == "title")
        #expect(Spelling.closest(to: "zzzzz", among: ["email"]) == nil)
    }

    @Test("A word that differs in capitals only is suggested as it is written in the list")
    func capitals() {
        #expect(Spelling.closest(to: "Verplicht", among: ["verplicht", "aanbevolen"]) == "verplicht")
        #expect(Spelling.closest(to: "DUO", among: ["duo", "ot-thuiszitter"]) == "duo")
        #expect(Spelling.closest(to: "verplicht", among: ["verplicht", "aanbevolen"]) == nil, "the word itself is no suggestion")
    }
}
