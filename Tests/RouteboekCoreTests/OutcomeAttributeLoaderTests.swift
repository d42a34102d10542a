import Beslisboom
import Foundation
import Testing
@testable import RouteboekCore

/// uitkomsten.yml read through the attributes' definitions: every word loads, a wrong one is one
/// positioned error with the message it has always had.
@Suite("TreeLoader: outcome attributes")
struct OutcomeAttributeLoaderTests {
    static let block = """
          - id: ot-thuiszitter
            titel: Registreer in OT
            registratie: [ot-thuiszitter]
            duo-melding: geen
            afwijking: keuzehulp
            thuiszitter: ja

        """

    /// The tiny fixture with the attribute lines of outcome 'ot-thuiszitter' (line 28) changed:
    /// `key: value` replaces the key's line or is added after the others (line 34); nil removes it.
    func texts(_ changes: [String: String?]) throws -> [String: String] {
        var lines = [("registratie", "[ot-thuiszitter]"), ("duo-melding", "geen"), ("afwijking", "keuzehulp"), ("thuiszitter", "ja")]
        for (key, value) in changes.sorted(by: { $0.key < $1.key }) {
            if let index = lines.firstIndex(where: { $0.0 == key }) {
                if let value { lines[index].1 = value } else { lines.remove(at: index) }
            } else if let value {
                lines.append((key, value))
            }
        }
        let block = "  - id: ot-thuiszitter\n    titel: Registreer in OT\n" + lines.map { "    \($0.0): \($0.1)\n" }.joined()
        return try edit(try tinyTreeTexts(), "uitkomsten.yml", Self.block, block)
    }

    func outcome(_ tree: DecisionTree?) -> Outcome? { tree?.outcomesByID["ot-thuiszitter"] }

    @Test("Every word of every attribute loads into the outcome", arguments: OutcomeAttribute.all)
    func everyWordLoads(attribute: OutcomeAttribute) throws {
        for word in attribute.words {
            let written = attribute.form == .list ? "[\(word)]" : word
            // 'nog-onbekend' is only for a voorlopig outcome, but that is the checker's rule, not the reader's.
            let (tree, diagnostics) = loadTree(try texts([attribute.key: written]))
            #expect(diagnostics.isEmpty, "\(attribute.key): \(word)\n\(diagnostics.listing)")
            let loaded = try #require(outcome(tree))
            #expect(attribute.value(of: loaded).subjectValue == (attribute.form == .list
                ? .list(word == attribute.noneWord ? [] : [word]) : .single(word)), "\(attribute.key): \(word)")
        }
    }

    @Test("A word an attribute does not have: one error at the value, as before", arguments: [
        ("registratie", "[ot]", "uitkomsten.yml:30:18: fout RB264: registratie 'ot' van uitkomst 'ot-thuiszitter' moet duo, ot-thuiszitter, ot-risicoleerling of po-samenwerkingsverband zijn, of [] voor geen"),
        ("duo-melding", "verzuim", "uitkomsten.yml:31:18: fout RB263: 'duo-melding' van uitkomst 'ot-thuiszitter' is 'verzuim'; dat moet geen, verzuim-16-uur, langdurig-relatief-verzuim of luxe-verzuim zijn"),
        ("afwijking", "keuzehlp", "uitkomsten.yml:32:16: fout RB263: 'afwijking' van uitkomst 'ot-thuiszitter' is 'keuzehlp'; dat moet aanvragen, niet-nodig, keuzehulp of nog-onbekend zijn; bedoel je 'keuzehulp'?"),
        ("thuiszitter", "soms", "uitkomsten.yml:33:18: fout RB266: 'thuiszitter' van uitkomst 'ot-thuiszitter' moet ja of nee zijn"),
        ("voorlopig", "wellicht", "uitkomsten.yml:34:16: fout RB717: 'voorlopig' moet true of false zijn, niet 'wellicht'"),
        ("regie", "gemeente", "uitkomsten.yml:34:12: fout RB263: 'regie' van uitkomst 'ot-thuiszitter' is 'gemeente'; dat moet school, leerplicht of samenwerkingsverband zijn"),
    ])
    func unknownWord(key: String, value: String, message: String) throws {
        let (tree, diagnostics) = loadTree(try texts([key: value]))
        #expect(diagnostics.map(\.description) == ["Content/beslisboom/" + message])
        // Only afwijking has no default to fall back on: without it the outcome is left out.
        #expect((outcome(tree) == nil) == (key == "afwijking"))
    }

    @Test("A missing attribute: registratie and thuiszitter are required, afwijking too and leaves the outcome out")
    func missing() throws {
        let registration = loadTree(try texts(["registratie": nil]))
        #expect(registration.1.map(\.description) == ["Content/beslisboom/uitkomsten.yml:28:5: fout RB265: uitkomst 'ot-thuiszitter' mist 'registratie' (een lijst; [] als er niets geregistreerd wordt)"])
        #expect(outcome(registration.0)?.registrations == [])
        let thuiszitter = loadTree(try texts(["thuiszitter": nil]))
        #expect(thuiszitter.1.map(\.description) == ["Content/beslisboom/uitkomsten.yml:28:5: fout RB712: uitkomst 'ot-thuiszitter' mist 'thuiszitter'"])
        #expect(outcome(thuiszitter.0)?.isThuiszitter == false)
        let deviation = loadTree(try texts(["afwijking": nil]))
        #expect(deviation.1.map(\.description) == ["Content/beslisboom/uitkomsten.yml:28:5: fout RB712: uitkomst 'ot-thuiszitter' mist 'afwijking'"])
        #expect(outcome(deviation.0) == nil)
        let optional = loadTree(try texts([:]))
        #expect(optional.1.isEmpty)
        #expect(outcome(optional.0)?.isProvisional == false && outcome(optional.0)?.regie == .school)
    }

    @Test("Every attribute of an outcome is read, also after one that leaves the outcome out")
    func allAttributesRead() throws {
        let (_, diagnostics) = loadTree(try texts(["afwijking": "keuzehlp", "regie": "gemeente"]))
        #expect(diagnostics.map(\.code) == ["RB263", "RB263"])
        #expect(diagnostics.map(\.line) == [32, 34])
    }

    @Test("ja and nee are also written true and false, in any case")
    func yesNoSpellings() throws {
        for (written, value) in [("ja", true), ("nee", false), ("true", true), ("false", false), ("Ja", true), ("NEE", false)] {
            let (tree, diagnostics) = loadTree(try texts(["thuiszitter": written, "voorlopig": written]))
            #expect(diagnostics.isEmpty, "\(written)\n\(diagnostics.listing)")
            #expect(outcome(tree)?.isThuiszitter == value && outcome(tree)?.isProvisional == value, "\(written)")
        }
    }
}
