import Testing
@testable import Messages

/// swift-argument-parser's help screens, rendered without wrapping as its 1.x versions lay them out, and
/// the Dutch the editor reads.
@Suite("Help in Dutch")
struct HelpTextTests {
    /// A command's help as `fullMessage(for:columns:)` gives it with no wrapping: the commands' own texts
    /// are Dutch already; the parser's words are not.
    static let english = [
        "OVERVIEW: Zet de pagina's in Content/ met de sjablonen in Templates/ om in de site in Public/. Een mislukte bouw laat Public/ zoals het was.",
        "",
        "USAGE: routeboek build [--content <map>] [--templates <map>] [--output <map>] [--strict] [--format <vorm>] [--pdf] [--no-pdf]",
        "",
        "ARGUMENTS:",
        "  <revisie>               De git-revisie om mee te vergelijken.",
        "",
        "OPTIONS:",
        "  --content <map>         De map met de inhoud. (default: Content)",
        "  --format <vorm>         Hoe problemen getoond worden: text (bestand:regel:kolom: fout: ...), github of json. (values: text, github, json; default: text)",
        "  --eerste-verzuimdag <datum>",
        "                          De eerste verzuimdag (JJJJ-MM-DD): elke termijn die vanaf die dag telt, wordt een datum.",
        "  -h, --help              Show help information.",
        "",
    ].joined(separator: "\n")

    static let dutch = [
        "OVERZICHT: Zet de pagina's in Content/ met de sjablonen in Templates/ om in de",
        "site in Public/. Een mislukte bouw laat Public/ zoals het was.",
        "",
        "GEBRUIK: routeboek build [--content <map>] [--templates <map>] [--output <map>]",
        "         [--strict] [--format <vorm>] [--pdf] [--no-pdf]",
        "",
        "ARGUMENTEN:",
        "  <revisie>               De git-revisie om mee te vergelijken.",
        "",
        "OPTIES:",
        "  --content <map>         De map met de inhoud. (standaard: Content)",
        "  --format <vorm>         Hoe problemen getoond worden: text",
        "                          (bestand:regel:kolom: fout: ...), github of json.",
        "                          (waarden: text, github, json; standaard: text)",
        "  --eerste-verzuimdag <datum>",
        "                          De eerste verzuimdag (JJJJ-MM-DD): elke termijn die",
        "                          vanaf die dag telt, wordt een datum.",
        "  -h, --help              Toon deze uitleg.",
        "",
    ].joined(separator: "\n")

    @Test("Headers, defaults and the help flag in Dutch; lines wrapped at 80 under the help column")
    func command() {
        #expect(HelpText.dutch(Self.english) == Self.dutch)
    }

    @Test("The root's list of commands: the default one marked, the help column kept, the way to more help")
    func root() {
        let english = [
            "USAGE: routeboek <subcommand>",
            "",
            "SUBCOMMANDS:",
            "  build (default)         Zet de pagina's om in de site.",
            "  check                   Doet elke controle van de bouw.",
            "",
            "  See 'routeboek help <subcommand>' for detailed help.",
        ].joined(separator: "\n")
        #expect(HelpText.dutch(english) == [
            "GEBRUIK: routeboek <commando>",
            "",
            "COMMANDO'S:",
            "  build (standaard)       Zet de pagina's om in de site.",
            "  check                   Doet elke controle van de bouw.",
            "",
            "  Uitleg per commando: 'routeboek help <commando>'.",
        ].joined(separator: "\n"))
    }

    @Test("A usage is broken between its [...] groups, never inside one")
    func usageGroups() {
        let usage = "USAGE: routeboek beslis [--content <map>] [--antwoord <vraag=optie> ...] [--eerste-verzuimdag <datum>] [--vandaag <datum>]"
        let lines = HelpText.dutch(usage).split(separator: "\n").map(String.init)
        #expect(lines == [
            "GEBRUIK: routeboek beslis [--content <map>] [--antwoord <vraag=optie> ...]",
            "         [--eerste-verzuimdag <datum>] [--vandaag <datum>]",
        ])
    }

    @Test("A line it does not know stays as it was, never lost; a word longer than the line stays whole")
    func unknownLines() {
        #expect(HelpText.dutch("Something new\nUSAGE:") == "Something new\nUSAGE:")
        let long = String(repeating: "x", count: 90)
        #expect(HelpText.dutch("OVERVIEW: \(long) kort") == "OVERZICHT: \(long)\nkort")
    }
}
