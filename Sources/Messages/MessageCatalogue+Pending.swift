// Areas not yet converted to catalogue messages (temporary while the conversion runs).
extension MessageCatalogue {
    static let templates: [Entry] = []
    static let output: [Entry] = []
}
