/// RB6xx: flowcharts in pages (```mermaid blocks) and the beslisboom's own flowchart.
extension Message {
    public static func flowchartHeaderMissing(found: String?) -> Message {
        Message("RB601", .error, "een stroomschema begint met 'flowchart TD' (of LR, TB, RL, BT)" + (found.map { ", niet met '\($0)'" } ?? ""))
    }
    public static func flowchartNoNodes() -> Message {
        Message("RB602", .error, "het stroomschema heeft geen knopen: zet er minstens één in, zoals 'A[tekst] --> B[tekst]'")
    }
    public static func flowchartUnknownDirection(_ found: String) -> Message {
        Message("RB603", .error, "onbekende richting '\(found)': gebruik TD, TB, LR, RL of BT")
    }
    public static func flowchartTextAfterHeader(_ found: String, header: String) -> Message {
        Message("RB604", .error, "onverwacht '\(found)' na '\(header)': zet de eerste knoop op de volgende regel")
    }
    public static func flowchartExpectedArrow(_ found: String) -> Message {
        Message("RB605", .error, "onverwacht '\(found)': hier hoort een pijl ('-->' of '---'), ';' of het einde van de regel")
    }
    public static func flowchartArrowWithoutTarget(_ arrow: String, example: String) -> Message {
        Message("RB606", .error, "de pijl '\(arrow)' wijst nergens heen: zet er een knoop achter, zoals '\(example)'")
    }
    public static func flowchartUnsupportedKeyword(_ word: String) -> Message {
        Message("RB607", .error, "'\(word)' kan niet in stroomschema's van Routeboek: gebruik alleen knopen en pijlen ('-->', '---', '-- tekst -->', '-->|tekst|')")
    }
    public static func flowchartExpectedNodeAfterArrow(_ arrow: String, found: String) -> Message {
        Message("RB608", .error, "na de pijl '\(arrow)' hoort de id van een knoop, maar er staat '\(found)'")
    }
    public static func flowchartArrowWithoutStart(_ arrow: String) -> Message {
        Message("RB609", .error, "de pijl '\(arrow)' heeft geen begin: zet er een knoop voor, zoals 'A --> B'")
    }
    public static func flowchartExpectedNode(_ found: String) -> Message {
        Message("RB610", .error, "onverwacht '\(found)': hier hoort een knoop, zoals 'A', 'A[tekst]' of 'A{vraag?}'")
    }
    public static func flowchartAmpersand() -> Message {
        Message("RB611", .error, "'&' tussen knopen kan niet: schrijf één pijl per paar knopen")
    }
    public static func flowchartUnsupportedShape(_ shape: String, node: String, supported: String) -> Message {
        Message("RB612", .error, "de vorm '\(shape)' van knoop '\(node)' kan niet: gebruik \(supported)")
    }
    public static func flowchartUnexpectedAfterNode(_ found: String, node: String) -> Message {
        Message("RB613", .error, "onverwacht '\(found)' na knoop '\(node)'")
    }
    public static func flowchartUnclosedQuote(node: String) -> Message {
        Message("RB614", .error, "de tekst tussen aanhalingstekens van knoop '\(node)' wordt niet gesloten met '\"'")
    }
    public static func flowchartExpectedCloseAfterQuote(_ close: String, node: String) -> Message {
        Message("RB615", .error, "na de tekst tussen aanhalingstekens van knoop '\(node)' hoort '\(close)'")
    }
    public static func flowchartBracketInText(node: String, character: String, example: String) -> Message {
        Message("RB616", .error, "de tekst van knoop '\(node)' bevat '\(character)': zet tekst met haakjes tussen dubbele aanhalingstekens, zoals \(example)")
    }
    public static func flowchartUnclosedText(_ close: String, node: String) -> Message {
        Message("RB617", .error, "de tekst van knoop '\(node)' wordt niet gesloten met '\(close)'")
    }
    public static func flowchartEmptyNodeText(node: String) -> Message {
        Message("RB618", .error, "de tekst van knoop '\(node)' is leeg: zet tekst tussen de haakjes, of schrijf alleen '\(node)'")
    }
    public static func flowchartNodeTextTwice(_ node: String, text: String, line: Int) -> Message {
        flowchartNodeTextTwice(node, text: text, lineText: String(line))
    }
    static func flowchartNodeTextTwice(_ node: String, text: String, lineText: String) -> Message {
        Message("RB619", .error, "knoop '\(node)' heeft al de tekst '\(text)' (regel \(lineText)): schrijf alleen '\(node)' om ernaar te verwijzen, of gebruik een nieuwe id")
    }
    public static func flowchartNodeShapeTwice(_ node: String, line: Int) -> Message {
        flowchartNodeShapeTwice(node, lineText: String(line))
    }
    static func flowchartNodeShapeTwice(_ node: String, lineText: String) -> Message {
        Message("RB620", .error, "knoop '\(node)' heeft al een andere vorm (regel \(lineText)): schrijf alleen '\(node)' om ernaar te verwijzen")
    }
    public static func flowchartUnsupportedArrow(_ arrow: String) -> Message {
        Message("RB621", .error, "de pijl '\(arrow)' kan niet: gebruik '-->' (met punt) of '---' (zonder)")
    }
    public static func flowchartUnendedArrowText() -> Message {
        Message("RB622", .error, "de tekst van de pijl die met '--' begint, moet eindigen met '-->' of '---'")
    }
    public static func flowchartEmptyArrowText(between: String, arrow: String) -> Message {
        Message("RB623", .error, "de tekst van de pijl is leeg: zet tekst tussen \(between), of schrijf alleen '\(arrow)'")
    }
    public static func flowchartUnclosedArrowText(_ arrow: String) -> Message {
        Message("RB624", .error, "de tekst van de pijl '\(arrow)|' wordt niet gesloten met '|'")
    }
    public static func flowchartInvalidGraph(_ detail: String) -> Message {
        Message("RB630", .error, "het stroomschema klopt niet: \(detail)")
    }
    public static func graphvizMissing() -> Message {
        Message("RB631", .error, "het programma 'dot' van Graphviz ontbreekt: installeer het Debian-pakket graphviz")
    }
    public static func graphvizFailed(_ detail: String) -> Message {
        Message("RB632", .error, "Graphviz ('dot') kon het stroomschema niet tekenen: \(detail)")
    }
    public static func graphvizBadSVG(_ detail: String) -> Message {
        Message("RB633", .error, "Graphviz ('dot') maakte een onbruikbare afbeelding: \(detail)")
    }
    public static func treeFlowchartFailed(_ reason: String) -> Message {
        Message("RB634", .error, "het stroomschema van de beslisboom kon niet getekend worden: \(reason)")
    }
}

extension MessageCatalogue {
    private static let syntax = "Routeboek tekent stroomschema's uit een blok ```mermaid met een kleine, vaste schrijfwijze (zie docs/content-format.md). Regel en kolom wijzen de plek in het blok aan."
    static let flowcharts: [Entry] = [
        Entry(.flowchartHeaderMissing(found: slot("eerste regel")), meaning: "De eerste regel van het blok zegt niet dat het een stroomschema is.", fix: "Begin het blok met 'flowchart TD' (van boven naar beneden) of 'flowchart LR' (van links naar rechts)."),
        Entry(.flowchartNoNodes(), meaning: "Het blok heeft wel een kopregel, maar geen knopen.", fix: "Zet op de volgende regels knopen en pijlen, zoals A[tekst] --> B[tekst]."),
        Entry(.flowchartUnknownDirection(slot("richting")), meaning: "De richting na 'flowchart' is onbekend.", fix: "Gebruik TD of TB (naar beneden), LR (naar rechts), RL of BT."),
        Entry(.flowchartTextAfterHeader(slot("tekst"), header: slot("kopregel")), meaning: syntax, fix: "Zet de eerste knoop op een eigen regel onder de kopregel."),
        Entry(.flowchartExpectedArrow(slot("tekst")), meaning: syntax, fix: "Verbind knopen met '-->' of '---'; zet elke verbinding op een eigen regel of scheid ze met ';'."),
        Entry(.flowchartArrowWithoutTarget(slot("pijl"), example: slot("voorbeeld")), meaning: "Een pijl eindigt zonder knoop erachter.", fix: "Zet de knoop waar de pijl naartoe gaat erachter."),
        Entry(.flowchartUnsupportedKeyword(slot("woord")), meaning: "Deze Mermaid-mogelijkheid (zoals subgraph of style) ondersteunt Routeboek niet; de site regelt zelf de opmaak.", fix: "Haal de regel weg; gebruik alleen knopen en pijlen."),
        Entry(.flowchartExpectedNodeAfterArrow(slot("pijl"), found: slot("tekst")), meaning: syntax, fix: "Zet na de pijl de id van een knoop, eventueel met tekst: B[tekst]."),
        Entry(.flowchartArrowWithoutStart(slot("pijl")), meaning: "Een regel begint met een pijl.", fix: "Zet de knoop waar de pijl vandaan komt ervoor."),
        Entry(.flowchartExpectedNode(slot("tekst")), meaning: syntax, fix: "Begin de regel met de id van een knoop (letters en cijfers)."),
        Entry(.flowchartAmpersand(), meaning: "Meer knopen tegelijk verbinden met '&' ondersteunt Routeboek niet.", fix: "Schrijf voor elk paar knopen een eigen pijl."),
        Entry(.flowchartUnsupportedShape(slot("vorm"), node: slot("knoop"), supported: slot("vormen")), meaning: "Deze vorm van knoop ondersteunt Routeboek niet.", fix: "Gebruik [tekst], (tekst), ([tekst]), ((tekst)) of {vraag?}."),
        Entry(.flowchartUnexpectedAfterNode(slot("tekst"), node: slot("knoop")), meaning: syntax, fix: "Kijk na of de tekst van de knoop goed gesloten is en of er een pijl na komt."),
        Entry(.flowchartUnclosedQuote(node: slot("knoop")), meaning: "Een tekst tussen aanhalingstekens wordt niet gesloten.", fix: "Zet het sluitende '\"' aan het eind van de tekst."),
        Entry(.flowchartExpectedCloseAfterQuote(slot("haakje"), node: slot("knoop")), meaning: "Na de tekst tussen aanhalingstekens staat nog iets binnen de haakjes.", fix: "Zet alle tekst binnen de aanhalingstekens en sluit dan het haakje."),
        Entry(.flowchartBracketInText(node: slot("knoop"), character: slot("haakje"), example: slot("voorbeeld")), meaning: "Een haakje in de tekst van een knoop lijkt het einde van de knoop.", fix: "Zet de hele tekst tussen dubbele aanhalingstekens, zoals in het voorbeeld."),
        Entry(.flowchartUnclosedText(slot("haakje"), node: slot("knoop")), meaning: "De tekst van een knoop wordt niet gesloten.", fix: "Zet het sluitende haakje aan het eind van de tekst."),
        Entry(.flowchartEmptyNodeText(node: slot("knoop")), meaning: "Tussen de haakjes van een knoop staat geen tekst.", fix: "Zet er tekst tussen, of schrijf alleen de id om naar een knoop met tekst te verwijzen."),
        Entry(.flowchartNodeTextTwice(slot("knoop"), text: slot("tekst"), lineText: slot("regel")), meaning: "Een knoop krijgt een tweede, andere tekst; één id is één knoop.", fix: "Schrijf alleen de id om naar de bestaande knoop te verwijzen, of kies een nieuwe id."),
        Entry(.flowchartNodeShapeTwice(slot("knoop"), lineText: slot("regel")), meaning: "Een knoop krijgt een tweede, andere vorm.", fix: "Schrijf alleen de id om naar de bestaande knoop te verwijzen."),
        Entry(.flowchartUnsupportedArrow(slot("pijl")), meaning: "Dit soort pijl (dik, gestippeld, dubbel) ondersteunt Routeboek niet.", fix: "Gebruik '-->' of '---'."),
        Entry(.flowchartUnendedArrowText(), meaning: "Een pijl met tekst ('-- ja -->') wordt niet afgemaakt.", fix: "Eindig de pijl met '-->' of '---' en zet de doelknoop erachter."),
        Entry(.flowchartEmptyArrowText(between: slot("tekens"), arrow: slot("pijl")), meaning: "Een pijl heeft een plek voor tekst, maar die is leeg.", fix: "Zet tekst op die plek, of schrijf de pijl zonder tekst."),
        Entry(.flowchartUnclosedArrowText(slot("pijl")), meaning: "De tekst van een pijl ('-->|ja|') wordt niet gesloten.", fix: "Zet het tweede '|' na de tekst."),
        Entry(.flowchartInvalidGraph(slot("reden")), meaning: "Het stroomschema dat Routeboek zelf uit de beslisboom maakt, is niet compleet (bijvoorbeeld een tekst die leeg is).", fix: "Kijk naar de reden; meestal is een label of vraag in de beslisboom leeg."),
        Entry(.graphvizMissing(), meaning: "Stroomschema's worden getekend met Graphviz, en dat is niet geïnstalleerd.", fix: "Voer scripts/install-build-deps.sh uit (of installeer het pakket graphviz)."),
        Entry(.graphvizFailed(slot("reden")), meaning: "Graphviz gaf een fout bij het tekenen.", fix: "Kijk naar de reden; werkt een eenvoudiger stroomschema wel, meld het dan met het blok erbij."),
        Entry(.graphvizBadSVG(slot("reden")), meaning: "Graphviz gaf iets terug wat geen bruikbare afbeelding is.", fix: "Installeer Graphviz opnieuw; blijft het gebeuren, meld het."),
        Entry(.treeFlowchartFailed(slot("reden")), meaning: "Het stroomschema van de hele beslisboom kon niet gemaakt worden; de reden staat erachter.", fix: "Los de genoemde reden op (meestal: installeer Graphviz)."),
    ]
}
