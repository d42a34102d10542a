import Testing
@testable import Messages

/// swift-argument-parser's usage errors, as its 1.x versions word them, and the Dutch the editor reads.
@Suite("Usage errors in Dutch")
struct UsageErrorTextTests {
    static let usage = "Usage: routeboek build [--content <content>] [--format <format>]\n  See 'routeboek build --help' for more information."
    static let dutchUsage = "Gebruik: routeboek build [--content <content>] [--format <format>]\n  Meer uitleg: 'routeboek build --help'."

    static let cases: [(english: String, dutch: String)] = [
        ("Error: Unknown option '--contnet'. Did you mean '--content'?", "fout: onbekende optie '--contnet'; bedoel je '--content'?"),
        ("Error: Unknown option '--zzz'", "fout: onbekende optie '--zzz'"),
        ("Error: Unexpected argument 'biuld'", "fout: 'biuld' kent dit commando niet"),
        ("Error: 2 unexpected arguments: 'extra', 'a'", "fout: 'extra', 'a' kent dit commando niet"),
        ("Error: Missing value for '--content <content>'", "fout: na '--content <content>' hoort een waarde"),
        ("Error: Missing expected argument '<revisie>'", "fout: '<revisie>' ontbreekt"),
        ("Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'github' or 'json'.",
         "fout: 'xml' kan niet bij '--format <format>'; kies 'text', 'github' of 'json'"),
        ("Error: The value 'x' is invalid for '--port <port>'", "fout: 'x' kan niet bij '--port <port>'"),
    ]

    @Test("Each error line, with the usage after it", arguments: cases)
    func translated(_ english: String, _ dutch: String) {
        let help = "Help:  --format <format>  How to print problems."
        #expect(UsageErrorText.dutch([english, help, Self.usage].joined(separator: "\n")) == dutch + "\n" + Self.dutchUsage)
    }

    @Test("A line it does not know stays as it was, never lost")
    func unknownWording() {
        #expect(UsageErrorText.dutch("Error: Something new\nUsage: routeboek") == "fout: Something new\nGebruik: routeboek")
        #expect(UsageErrorText.dutch("plain text") == "plain text")
    }
}
