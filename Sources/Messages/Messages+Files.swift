/// RB7xx: reading YAML and text files, before any file's own rules.
extension Message {
    public static func yamlInvalid(_ detail: String) -> Message {
        Message("RB701", .error, "dit is geen geldige YAML: \(detail)")
    }
    public static func yamlControlCharacter(_ character: String) -> Message {
        Message("RB702", .error, "een stuurteken (\(character)) mag niet in YAML staan; haal het weg")
    }
    public static func yamlLineSeparator(_ character: String) -> Message {
        Message("RB725", .error, "een ongewoon regeleinde (\(character)) mag niet in YAML staan: YAML telt het als een nieuwe regel, je editor meestal niet; haal het weg of maak er een gewone nieuwe regel van")
    }
    public static func yamlNotUTF8(_ problem: String, character: String) -> Message {
        Message("RB703", .error, "dit is geen geldige YAML: \(problem) (\(character)); bewaar het bestand als UTF-8-tekst")
    }
    public static func yamlMissingColon() -> Message {
        Message("RB704", .error, "na deze sleutel staat geen ':'; schrijf 'sleutel: waarde' (of zet tekst die een waarde voortzet tussen aanhalingstekens)")
    }
    public static func yamlBlockScalarIndentation(_ key: String) -> Message {
        Message("RB740", .error, "deze regel hoort bij de tekst onder '\(key)', maar springt niet verder in dan die sleutel, dus YAML leest hem als een nieuwe sleutel; laat elke regel van de tekst verder inspringen dan de sleutel, met spaties")
    }
    public static func yamlBadStart(_ character: String) -> Message {
        Message("RB705", .error, "met '\(character)' kan in YAML geen waarde beginnen; zet de hele waarde tussen aanhalingstekens")
    }
    public static func yamlColonInValue() -> Message {
        Message("RB706", .error, "': ' mag niet midden in deze waarde staan; zet de hele tekst tussen aanhalingstekens")
    }
    public static func yamlUnclosedQuote() -> Message {
        Message("RB707", .error, "de tekst tussen aanhalingstekens die hier begint, wordt nergens gesloten; zet het sluitende aanhalingsteken erbij")
    }
    public static func yamlSpecialStart(_ written: String, meaning: String) -> Message {
        Message("RB726", .error, "'\(written)' aan het begin van een waarde leest YAML als \(meaning), niet als tekst; zet de hele waarde tussen aanhalingstekens")
    }
    public static func yamlTextAfterClosedValue(_ closer: String, quotes: String) -> Message {
        Message("RB727", .error, "na \(closer) staat nog tekst op deze regel, en YAML leest alleen wat ervoor staat; zet de hele waarde tussen \(quotes)")
    }
    public static func yamlIndentation() -> Message {
        Message("RB728", .error, "deze regel springt anders in dan de regels van zijn blok; laat een sleutel even ver inspringen als de sleutels erboven, met spaties")
    }
    public static func yamlListItemInMapping() -> Message {
        Message("RB729", .error, "hier begint een lijstitem ('- ') waar een regel 'sleutel: waarde' hoort; zet het ingesprongen onder de sleutel van zijn lijst, of haal het streepje weg")
    }
    public static func yamlUnclosedFlow(_ opener: String, _ closer: String) -> Message {
        Message("RB730", .error, "wat hier met '\(opener)' begint, wordt niet met '\(closer)' gesloten (of er ontbreekt een komma tussen twee items); sluit het met '\(closer)', of zet tekst die met '\(opener)' begint tussen aanhalingstekens")
    }
    public static func yamlTab() -> Message {
        Message("RB731", .error, "hier is ingesprongen met een tab, en YAML telt alleen spaties; vervang de tab door spaties")
    }
    public static func yamlEscape(_ written: String) -> Message {
        Message("RB732", .error, "tussen dubbele aanhalingstekens begint '\\' een speciaal teken, en '\(written)' bestaat niet; schrijf '\\\\' voor een gewone backslash, of zet de tekst tussen enkele aanhalingstekens")
    }
    public static func yamlBlockScalarHeader() -> Message {
        Message("RB733", .error, "na '|' of '>' eindigt de regel; zet de tekst op de regels eronder, ingesprongen")
    }
    public static func yamlSecondDocument() -> Message {
        Message("RB734", .error, "een regel '---' begint hier een tweede document, en dit bestand heeft er één; haal de regel weg")
    }
    public static func yamlInlineComment(_ value: String, comment: String) -> Message {
        let shown = comment.count > 40 ? comment.prefix(40) + "…" : comment[...]
        return Message("RB735", .warning, "'\(shown)' is in YAML commentaar, dus de waarde is alleen '\(value)'; is het tekst, zet de hele waarde dan tussen aanhalingstekens; is het commentaar, zet het op een eigen regel")
    }
    public static func yamlCurlyQuote(_ quote: String) -> Message {
        Message("RB737", .error, "de waarde begint met \(quote), een gekruld aanhalingsteken (vaak uit Word), en dat leest YAML als gewone tekst; vervang de gekrulde aanhalingstekens om de waarde door rechte: \"...\"")
    }
    public static func yamlNonBreakingSpace() -> Message {
        Message("RB738", .error, "hier staat een harde spatie (U+00A0, vaak uit Word) waar YAML een gewone spatie nodig heeft; vervang hem door een gewone spatie")
    }
    public static func yamlDuplicateKeys(_ keys: [String]) -> Message {
        Message("RB708", .error, "sleutel \(dutchList(keys.map { "'\($0)'" })) staat er twee keer; houd er één")
    }
    public static func notAMapping(_ what: String) -> Message {
        Message("RB709", .error, "\(what) moet bestaan uit regels 'sleutel: waarde'")
    }
    public static func keyTwice(_ key: String, in what: String) -> Message {
        Message("RB710", .error, "sleutel '\(key)' staat twee keer in \(what); houd er één")
    }
    public static func unknownKey(_ key: String, in what: String, suggestion: String?, allowed: [String]) -> Message {
        let hint = suggestion.map { "; bedoel je '\($0)'?" } ?? ""
        return Message("RB711", .error, "onbekende sleutel '\(key)' in \(what)\(hint) (toegestaan: \(allowed.joined(separator: ", ")))")
    }
    public static func missingKey(_ key: String, in what: String) -> Message {
        Message("RB712", .error, "\(what) mist '\(key)'")
    }
    public static func notText(_ key: String) -> Message {
        Message("RB713", .error, "'\(key)' moet tekst zijn, geen lijst of 'sleutel: waarde'-regels")
    }
    public static func valueControlCharacter(_ key: String, code: String) -> Message {
        Message("RB714", .error, "'\(key)' bevat een stuurteken (\(code)); haal het weg")
    }
    /// `shownIn`: where the text is published, as a phrase after "komen zo" ("in de beslisboom").
    public static func plainTextHasMarkdown(_ key: String, markup: String, shownIn: String) -> Message {
        Message("RB741", .error, "'\(key)' bevat Markdown (\(markup)), maar deze tekst wordt niet opgemaakt: de tekens komen zo \(shownIn); haal ze weg")
    }
    public static func emptyValue(_ key: String, in what: String) -> Message {
        Message("RB715", .error, "'\(key)' is leeg; \(what) heeft hier een waarde nodig")
    }
    public static func notWholeNumber(_ key: String) -> Message {
        Message("RB716", .error, "'\(key)' moet een heel getal zijn, zoals 3")
    }
    public static func notTrueOrFalse(_ key: String, written: String?) -> Message {
        Message("RB717", .error, "'\(key)' moet true of false zijn" + (written.map { ", niet '\($0)'" } ?? ""))
    }
    /// `meant`: the day written in the right form, when the text is one in another form (1-11-2026).
    public static func notADate(_ key: String, meant: String? = nil) -> Message {
        Message("RB718", .error, "'\(key)' moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2026-11-20\(didYouMean(meant))")
    }
    /// A text in the JJJJ-MM-DD form that is no day of the calendar (2026-02-30, 2026-13-01). `inList`:
    /// one of the dates listed under `key`. `daysInMonth` is nil when the month itself does not exist.
    public static func dateDoesNotExist(_ written: String, key: String, inList: Bool = false, year: Int, month: Int,
                                        daysInMonth: Int?) -> Message {
        let reason = daysInMonth.map { "die dag bestaat niet: \(monthNames[month - 1]) \(year) heeft \($0) dagen" }
            ?? "maand \(month) bestaat niet"
        return dateDoesNotExist(written, key: key, inList: inList, reason: reason)
    }
    static func dateDoesNotExist(_ written: String, key: String, inList: Bool, reason: String) -> Message {
        Message("RB736", .error, "'\(key)' \(inList ? "bevat" : "is") \(written), maar \(reason); verbeter de datum (JJJJ-MM-DD)")
    }
    private static let monthNames = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                                     "augustus", "september", "oktober", "november", "december"]
    public static func listWithoutBrackets(_ example: String) -> Message {
        Message("RB739", .error, "zonder [ ] is dit één tekst met komma's erin, geen lijst; schrijf de woorden als lijst tussen [ ]: \(example)")
    }
    public static func missingList(_ key: String, in what: String) -> Message {
        Message("RB719", .error, "\(what) mist '\(key)' (een lijst)")
    }
    public static func notAList(_ key: String) -> Message {
        Message("RB720", .error, "'\(key)' moet een lijst zijn (regels die met '- ' beginnen, of [a, b])")
    }
    public static func listItemNotText(_ key: String) -> Message {
        Message("RB721", .error, "elk item van '\(key)' moet tekst zijn")
    }
    public static func fileMissing() -> Message {
        Message("RB722", .error, "dit bestand bestaat niet")
    }
    public static func fileUnreadable(_ reason: String) -> Message {
        Message("RB723", .error, "dit bestand kan niet gelezen worden: \(reason)")
    }
    public static func fileNotUTF8(byte: String) -> Message {
        Message("RB724", .error, "dit bestand is geen UTF-8-tekst (byte \(byte) hier); bewaar het als UTF-8")
    }
}

extension MessageCatalogue {
    static let files: [Entry] = [
        Entry(.yamlInvalid(slot("wat de YAML-lezer meldt")),
              meaning: "Het bestand (of de front matter) is geen geldige YAML, dus Routeboek kan het niet lezen. De tekst achter de dubbele punt zegt wat de YAML-lezer vond en waar; voor de vergissingen die het vaakst voorkomen heeft Routeboek een eigen melding (RB704 tot RB734, RB737 en RB738).",
              fix: "Kijk op de genoemde regel en de regel erboven: vaak ontbreekt een ':' of een aanhalingsteken, of is er met een tab ingesprongen. Zet tekst met een ':' of '#' erin tussen aanhalingstekens."),
        Entry(.yamlControlCharacter(slot("U+001B")),
              meaning: "Er staat een onzichtbaar stuurteken in het bestand, meestal meegekopieerd uit een ander programma.",
              fix: "Ga naar de regel en kolom en haal het teken weg (typ de tekst eromheen eventueel opnieuw)."),
        Entry(.yamlLineSeparator(slot("U+2028")),
              meaning: "Er staat een onzichtbaar regelscheidingsteken (U+2028, U+2029 of U+0085) in het bestand, meestal meegekopieerd uit een webpagina of tekstverwerker. YAML ziet het als een nieuwe regel, zodat elke plek die daarna genoemd wordt niet meer klopt met je editor.",
              fix: "Ga naar de regel en kolom en haal het teken weg, of vervang het door een gewone nieuwe regel."),
        Entry(.yamlNotUTF8(slot("probleem"), character: slot("teken")),
              meaning: "Het bestand is niet als UTF-8 bewaard, of bevat een teken dat YAML niet toestaat.",
              fix: "Bewaar het bestand in je editor als 'UTF-8' (zonder BOM) en kijk het teken op de genoemde plek na."),
        Entry(.yamlMissingColon(),
              meaning: "Een regel lijkt een sleutel, maar de ':' erachter ontbreekt, of een lange waarde loopt door op een volgende regel zonder aanhalingstekens.",
              fix: "Schrijf 'sleutel: waarde'. Loopt een tekst over meer regels, zet hem dan tussen aanhalingstekens of gebruik '|'."),
        Entry(.yamlBlockScalarIndentation(slot("uitleg: >-")),
              meaning: "Na 'sleutel: >-' of 'sleutel: |' komt een tekst over meer regels. Elke regel ervan moet verder inspringen dan de sleutel; een regel die dat niet doet, beëindigt de tekst, en YAML leest hem als een sleutel zonder ':'.",
              fix: "Laat de genoemde regel (en de regels van de tekst eronder) even ver inspringen als de andere regels van de tekst, verder dan de sleutel, met spaties."),
        Entry(.yamlBadStart(slot("@")),
              meaning: "Op deze plek staat een teken waarmee in YAML geen waarde mag beginnen, zoals '@', '`' of '%'. (Een tab om in te springen is RB731.)",
              fix: "Zet de hele waarde tussen aanhalingstekens: titel: \"@school: bereikbaarheid\"."),
        Entry(.yamlColonInValue(),
              meaning: "Een waarde bevat ': ', en YAML leest dat als het begin van een nieuwe sleutel.",
              fix: "Zet de hele waarde tussen aanhalingstekens: titel: \"Let op: termijnen\"."),
        Entry(.yamlUnclosedQuote(),
              meaning: "Een tekst begint met een aanhalingsteken dat nergens wordt gesloten, dus de rest van het bestand telt als die tekst.",
              fix: "Zet het sluitende aanhalingsteken (hetzelfde soort als het openende) aan het eind van de tekst."),
        Entry(.yamlSpecialStart(slot("!tekst"), meaning: slot("wat het teken in YAML betekent")),
              meaning: "De waarde begint met een teken dat in YAML iets anders betekent dan tekst: '!' een label (tag), '&' een anker, '*' een verwijzing naar een anker, '- ' een lijstitem. Het teken en het woord erachter zouden uit de pagina verdwijnen, dus Routeboek stopt.",
              fix: "Zet de hele waarde tussen aanhalingstekens: titel: \"!Belangrijk: termijnen\"."),
        Entry(.yamlTextAfterClosedValue(slot("het afsluitende aanhalingsteken"), quotes: slot("enkele aanhalingstekens")),
              meaning: "De waarde begint met een aanhalingsteken (of '[' of '{') en wordt daarna gesloten, maar op dezelfde regel staat nog tekst. YAML leest alleen het deel tussen de tekens als de waarde.",
              fix: "Zet de hele waarde tussen aanhalingstekens van de andere soort: titel: '\"Thuiszitter\" of niet'."),
        Entry(.yamlIndentation(),
              meaning: "Een regel springt verder of minder ver in dan de andere regels van zijn blok, dus YAML weet niet waar hij bij hoort.",
              fix: "Laat de sleutels van één blok precies even ver inspringen, met spaties; kijk naar de regel erboven."),
        Entry(.yamlListItemInMapping(),
              meaning: "Een regel begint met '- ' (een lijstitem) op een plek waar regels 'sleutel: waarde' staan.",
              fix: "Zet het item onder de sleutel waar de lijst bij hoort, verder ingesprongen, of haal het streepje weg als het geen lijst is."),
        Entry(.yamlUnclosedFlow(slot("["), slot("]")),
              meaning: "Een lijst [a, b] of een blok {a: b} wordt geopend maar niet gesloten, of twee items staan er zonder komma ertussen. Vaak begint een titel met '[' of '{' zonder dat er een lijst bedoeld is.",
              fix: "Sluit de lijst met ']' (het blok met '}'), zet komma's tussen de items, of zet tekst die met '[' of '{' begint tussen aanhalingstekens."),
        Entry(.yamlTab(),
              meaning: "Een regel is ingesprongen met een tab. YAML telt alleen spaties als inspringing.",
              fix: "Vervang de tab door spaties (stel je editor in om spaties te gebruiken)."),
        Entry(.yamlEscape(slot("\\p")),
              meaning: "Tussen dubbele aanhalingstekens maakt een backslash van het teken erna een speciaal teken (\\n is een nieuwe regel). Dit teken kent YAML niet.",
              fix: "Schrijf twee backslashes voor één, of zet de tekst tussen enkele aanhalingstekens: pad: 'C:\\mappen'."),
        Entry(.yamlBlockScalarHeader(),
              meaning: "Na '|' (tekst over meer regels) of '>' mag op dezelfde regel geen tekst staan.",
              fix: "Zet de tekst op de volgende regels, verder ingesprongen dan de sleutel, of laat '|' weg als het één regel is."),
        Entry(.yamlSecondDocument(),
              meaning: "Een regel met alleen '---' begint in YAML een nieuw document. Een YAML-bestand van Routeboek is één document.",
              fix: "Haal de regel '---' weg; gebruik een commentaarregel (# ...) om onderdelen te scheiden."),
        Entry(.yamlInlineComment(slot("waarde"), comment: slot("#tekst")),
              meaning: "In YAML begint een '#' na een spatie commentaar: de rest van de regel hoort dan niet bij de waarde. 'titel: Tip #1 voor mentoren' geeft de titel 'Tip', en 'titel: Stap 2 # van 5' de titel 'Stap 2'. Routeboek meldt het als er direct tekst achter de '#' staat (#1, #thuiszitten), en bij elk commentaar achter een tekst; commentaar achter een getal, een datum of ja/nee ('volgorde: 3  # na de inleiding') is gewoon commentaar.",
              fix: "Is het tekst, zet de hele waarde tussen aanhalingstekens: titel: \"Tip #1 voor mentoren\". Is het commentaar, zet het op een eigen regel boven de sleutel."),
        Entry(.yamlCurlyQuote(slot("“")),
              meaning: "De waarde begint met een gekruld aanhalingsteken (“ ” ‘ ’ „ ‚ « »), meestal meegekopieerd uit Word. YAML kent alleen rechte aanhalingstekens (\" en '), dus leest het de gekrulde als tekst, en een ': ' erin als het begin van een nieuwe sleutel.",
              fix: "Vervang de gekrulde aanhalingstekens om de waarde door rechte: titel: \"Privacy: wat mag je delen?\". Moeten de gekrulde in de tekst blijven, zet ze dan binnen de rechte: titel: '“Privacy: wat mag je delen?”'."),
        Entry(.yamlNonBreakingSpace(),
              meaning: "Op een plek waar YAML een spatie nodig heeft (direct na de ':' van een sleutel, of in de inspringing aan het begin van een regel) staat een harde spatie (U+00A0). Die is onzichtbaar en komt meestal mee als je tekst uit Word kopieert; YAML leest hem als tekst, niet als spatie. In een waarde zelf mag een harde spatie wel.",
              fix: "Ga naar de regel en kolom, haal de spatie weg en typ een gewone spatie."),
        Entry(.yamlDuplicateKeys([slot("sleutel")]),
              meaning: "Dezelfde sleutel staat twee keer in één blok; dan is niet duidelijk welke waarde geldt.",
              fix: "Houd één van de twee regels en haal de andere weg."),
        Entry(.notAMapping(slot("onderdeel")),
              meaning: "Op deze plek verwacht Routeboek regels 'sleutel: waarde', maar er staat een losse tekst of een lijst.",
              fix: "Schrijf het onderdeel als regels 'sleutel: waarde'; kijk in docs/content-format.md welke sleutels er horen."),
        Entry(.keyTwice(slot("sleutel"), in: slot("onderdeel")),
              meaning: "Dezelfde sleutel staat twee keer in één onderdeel.",
              fix: "Houd één van de twee regels en haal de andere weg."),
        Entry(.unknownKey(slot("sleutel"), in: slot("onderdeel"), suggestion: slot("bekende sleutel"), allowed: [slot("sleutels")]),
              meaning: "Deze sleutel kent Routeboek hier niet, vaak door een tikfout of een Engelse naam. Routeboek negeert niets stilletjes.",
              fix: "Gebruik de voorgestelde sleutel of een van de toegestane sleutels die de melding noemt."),
        Entry(.missingKey(slot("sleutel"), in: slot("onderdeel")),
              meaning: "Een verplichte sleutel ontbreekt.",
              fix: "Voeg de sleutel met een waarde toe aan het genoemde onderdeel."),
        Entry(.notText(slot("sleutel")),
              meaning: "Deze sleutel hoort één tekst te hebben, maar heeft een lijst of een blok regels.",
              fix: "Schrijf de waarde als één tekst op dezelfde regel (of met '|' over meer regels)."),
        Entry(.valueControlCharacter(slot("sleutel"), code: slot("U+001B")),
              meaning: "De waarde bevat een onzichtbaar stuurteken, meestal meegekopieerd.",
              fix: "Typ de waarde opnieuw of haal het teken weg."),
        Entry(.plainTextHasMarkdown(slot("sleutel"), markup: slot("**"), shownIn: slot("in de beslisboom")),
              meaning: "Deze waarde is platte tekst: een vraag, een antwoord, de titel van een uitkomst, de tekst van een actie, een feit, een bron, een wijziging in wijzigingen.yml, de samenvatting of een trefwoord van een pagina, of de titel of organisatie in site.yml. Markdown-tekens (**vet**, *schuin*, `code`, een link [tekst](adres)) worden er niet opgemaakt, maar komen letterlijk op de site. Alleen 'uitleg', 'samenvatting' en 'opmerking' in de beslisboom en de tekst van een pagina zijn Markdown. (Een titel van een pagina is RB163.)",
              fix: "Haal de tekens weg. Wil je iets benadrukken of ernaar linken, doe dat in de 'uitleg' van de vraag of de 'samenvatting' of 'opmerking' van de uitkomst, of op een pagina. Bedoel je een sterretje als woord, zet er dan spaties omheen (5 * 3)."),
        Entry(.emptyValue(slot("sleutel"), in: slot("onderdeel")),
              meaning: "De sleutel staat er, maar zonder waarde, terwijl die nodig is.",
              fix: "Vul een waarde in achter de dubbele punt."),
        Entry(.notWholeNumber(slot("sleutel")),
              meaning: "Hier hoort een heel getal.",
              fix: "Schrijf alleen cijfers, zoals 3."),
        Entry(.notTrueOrFalse(slot("sleutel"), written: slot("waarde")),
              meaning: "Hier hoort ja of nee, geschreven als true of false.",
              fix: "Schrijf true of false (ja en nee mogen ook)."),
        Entry(.notADate(slot("sleutel"), meant: slot("datum")),
              meaning: "Hier hoort een datum, maar de waarde is geen bestaande datum in de vorm JJJJ-MM-DD.",
              fix: "Schrijf de datum als jaar-maand-dag met streepjes, zoals 2026-11-20."),
        Entry(.dateDoesNotExist(slot("2026-02-30"), key: slot("sleutel"), inList: false, reason: slot("die dag bestaat niet: februari 2026 heeft 28 dagen")),
              meaning: "De datum staat in de goede vorm (JJJJ-MM-DD), maar die dag bestaat niet in de kalender: de maand heeft minder dagen, of de maand bestaat niet (een maand boven 12).",
              fix: "Verbeter de datum, bijvoorbeeld de laatste dag van de maand; kijk of dag en maand niet verwisseld zijn."),
        Entry(.listWithoutBrackets(slot("[woord, woord]")),
              meaning: "Hier hoort een lijst, maar er staat één tekst met komma's erin, zonder [ ] eromheen. YAML leest dat als één woord met komma's ('spijbelen, spijbelaar'), niet als een lijst van woorden.",
              fix: "Zet de woorden tussen [ ]: ongeoorloofd verzuim: [spijbelen, spijbelaar, weigeren]. Hoort de komma bij het woord zelf, zet het dan tussen aanhalingstekens."),
        Entry(.missingList(slot("sleutel"), in: slot("onderdeel")),
              meaning: "Een verplichte lijst ontbreekt.",
              fix: "Voeg de sleutel toe met daaronder regels die met '- ' beginnen."),
        Entry(.notAList(slot("sleutel")),
              meaning: "Hier hoort een lijst, maar er staat één tekst of een blok regels.",
              fix: "Schrijf elk item op een eigen regel die met '- ' begint, of als [a, b]."),
        Entry(.listItemNotText(slot("sleutel")),
              meaning: "Een item van de lijst is zelf een lijst of een blok regels.",
              fix: "Maak van elk item één tekst."),
        Entry(.fileMissing(),
              meaning: "Routeboek verwacht dit bestand, maar het bestaat niet (of een link ernaar wijst nergens heen).",
              fix: "Zet het bestand terug of maak het aan; kijk in docs/content-format.md wat erin hoort."),
        Entry(.fileUnreadable(slot("reden")),
              meaning: "Het bestand bestaat, maar het systeem laat Routeboek het niet lezen; de reden staat erachter.",
              fix: "Controleer de rechten op het bestand, of dat het geen map is."),
        Entry(.fileNotUTF8(byte: slot("0xE9")),
              meaning: "Het bestand is niet als UTF-8 bewaard (vaak Windows-1252 uit een ouder programma); de plek van het eerste verkeerde teken staat ervoor.",
              fix: "Bewaar het bestand in je editor als 'UTF-8' en kijk de letters met accenten op die plek na."),
    ]
}
