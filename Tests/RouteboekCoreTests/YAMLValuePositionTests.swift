import Beslisboom
import Testing
@testable import RouteboekCore

/// `YAMLReader.position(of:inValueAt:)` places a word inside one value (RB234 and RB235 point at the
/// `{feit}` in an action's text), and never at a later value that happens to hold the same word.
@Suite("A word's place inside one YAML value")
struct YAMLValuePositionTests {
    static let text = """
    acties:
      - id: eerste
        wat: >-
          Bespreek het met de ouders en
          noteer {hoofdoorzaak} in het dossier.
        wie: mentor
      - id: tweede
        wat: "Geen feit hier, alleen \\u007Bhoofdoorzaak} geschreven met een escape."
        wie: mentor
      - id: derde
        wat: Noem {hoofdoorzaak} in het gesprek.
    """

    /// Where `{hoofdoorzaak}` is found in each action's `wat`, in order.
    private func places() -> [SourcePosition?] {
        let reader = YAMLReader(file: "acties.yml")
        guard let root = YAMLMap(reader.compose(Self.text), reader, what: "test", allowed: ["acties"]) else { return [] }
        return root.sequence("acties", what: "test").compactMap { action in
            YAMLMap(action, reader, what: "actie", allowed: ["id", "wat", "wie"])?.valueNode("wat").map {
                reader.position(of: "{hoofdoorzaak}", inValueAt: $0)
            }
        }
    }

    @Test("A block text and a plain text: the line and column where the word is typed")
    func found() {
        let found = places()
        #expect(found.count == 3)
        #expect(found.first??.line == 5 && found.first??.column == 14)
        #expect(found.last??.line == 11 && found.last??.column == 15)
    }

    @Test("A value that does not hold the word as typed gives nil, not a later action's line")
    func notInValue() {
        let found = places()
        #expect(found.count == 3 && found[1] == nil)
    }
}
