/// RB1xx: pages: the content folder, front matter, Markdown, links and cited sources.
extension Message {
    public static func didYouMean(_ suggestion: String?) -> String { suggestion.map { "; bedoel je '\($0)'?" } ?? "" }

    public static func frontMatterNotClosed() -> Message {
        Message("RB101", .error, "de front matter wordt niet afgesloten: zet een regel '---' na de laatste sleutel")
    }
    public static func frontMatterMissing() -> Message {
        Message("RB102", .error, "de pagina heeft geen front matter: begin het bestand met een regel '---', dan 'titel: ...', dan weer een regel '---'")
    }
    public static func frontMatterEmpty() -> Message {
        Message("RB103", .error, "de front matter is leeg: zet er minstens 'titel: ...' in")
    }
    public static func titleHasMarkdown(_ markup: String) -> Message {
        Message("RB163", .error, "de titel bevat Markdown (\(markup)), maar een titel wordt niet opgemaakt: de tekens komen zo in de kop, het menu en de zoekresultaten; haal ze weg")
    }
    public static func secondFrontMatter() -> Message {
        Message("RB164", .error, "hier begint nog een front matter (een regel '---' met sleutels), en die komt als tekst op de pagina; haal dit tweede blok weg, of zet wat erin anders is in het blok bovenaan")
    }
    public static func emptyHeading(_ marks: String) -> Message {
        Message("RB165", .error, "deze kop ('\(marks)') heeft geen tekst, en komt als leeg kopje op de pagina en in 'Op deze pagina'; zet de tekst van de kop erachter, of haal de regel weg")
    }
    public static func imageWithoutAltText(_ address: String) -> Message {
        Message("RB166", .warning, "de afbeelding '\(address)' heeft geen beschrijving tussen ![ en ], dus wie niet kan zien, hoort alleen dat er een afbeelding staat; schrijf in een paar woorden wat erop staat: ![Schema van de route](\(address))")
    }
    public static func linkTargetMissing(_ written: String, path: String, suggestion: String?) -> Message {
        Message("RB104", .error, "de link '\(written)' wijst naar \(path), maar dat bestand bestaat niet\(didYouMean(suggestion))")
    }
    public static func linkToDraft(_ written: String) -> Message {
        Message("RB105", .error, "de link '\(written)' wijst naar een concept (concept: true), en dat wordt niet gepubliceerd")
    }
    public static func linkAnchorMissing(_ written: String, file: String, anchor: String, suggestion: String?) -> Message {
        Message("RB106", .error, "de link '\(written)': \(file) heeft geen kop met id '\(anchor)'" + (suggestion.map { "; bedoel je '#\($0)'?" } ?? ""))
    }
    public static func linkClimbsOut(_ written: String) -> Message {
        Message("RB107", .error, "de link '\(written)' gaat buiten de contentmap; link alleen naar bestanden daarbinnen")
    }
    public static func linkEncodedSlash(_ written: String) -> Message {
        Message("RB171", .error, "de link '\(written)' heeft %2F in een naam: een browser leest dat niet als '/' tussen map en bestand, maar als teken in de naam van het bestand, en zo'n bestand kan niet bestaan; schrijf een gewone '/'")
    }
    public static func linkFromRoot(_ written: String) -> Message {
        Message("RB108", .error, "de link '\(written)' begint met '/': schrijf hem vanaf deze pagina (bijvoorbeeld ../begrippen.md), zodat de site vanuit elke map werkt")
    }
    public static func imageFromOtherSite(_ url: String) -> Message {
        Message("RB109", .error, "de afbeelding '\(url)' komt van een andere site, en het beveiligingsbeleid van de site blokkeert dat; bewaar de afbeelding in de contentmap en link ernaar vanaf deze pagina")
    }
    public static func sourceNotListed(_ file: String, settings: String, suggestion: String?) -> Message {
        Message("RB110", .error, "bron '\(file)' staat niet bij de bronnen in \(settings)\(didYouMean(suggestion))")
    }
    public static func sourceFileAndURL() -> Message {
        Message("RB111", .error, "een bron heeft 'bestand' of 'url', niet allebei")
    }
    public static func sourceNotWebAddress(_ url: String) -> Message {
        Message("RB112", .error, "'\(url)' is geen webadres; de url van een bron begint met https:// (of http://)")
    }
    public static func homePageDraft() -> Message {
        Message("RB113", .error, "de startpagina is een concept (concept: true), dus die wordt niet gepubliceerd terwijl elke pagina ernaar linkt; haal 'concept' weg")
    }
    public static func homePageMissing(_ file: String) -> Message {
        Message("RB114", .error, "de site heeft geen startpagina: maak \(file) met een titel (elke pagina linkt ernaar)")
    }
    public static func placeholderDomain(_ written: String) -> Message {
        Message("RB115", .error, "plaatshouder '\(written)': een voorbeelddomein is geen echt adres; schrijf het echte adres of haal het weg")
    }
    public static func placeholderTodo(_ written: String) -> Message {
        Message("RB116", .error, "plaatshouder '\(written)': maak de tekst af (of haal de notitie weg) voordat je publiceert")
    }
    public static func placeholderLorem(_ written: String) -> Message {
        Message("RB117", .error, "plaatshouder '\(written)': vervang de opvultekst door de echte tekst")
    }
    public static func pageKeyEmpty(_ key: String) -> Message {
        Message("RB118", .error, "'\(key)' is leeg: vul een waarde in of haal de sleutel weg")
    }
    public static func rawHTML(_ snippet: String) -> Message {
        Message("RB119", .warning, "HTML in de tekst is niet toegestaan en is weggelaten ('\(snippet)'); schrijf het in Markdown")
    }
    public static func levelOneHeading() -> Message {
        Message("RB120", .warning, "gebruik '##' voor koppen: de titel uit de front matter is de enige kop van niveau 1")
    }
    public static func unknownCallout(_ kind: String) -> Message {
        Message("RB121", .warning, "onbekend soort kader '[!\(kind)]'; gebruik NOTE, TIP, IMPORTANT, WARNING of CAUTION (nu getoond als gewoon citaat)")
    }
    public static func markdownFailed() -> Message {
        Message("RB122", .error, "de Markdown kon niet gelezen worden")
    }
    public static func folderLoop() -> Message {
        Message("RB124", .error, "deze link leidt terug naar een map erboven, dus die zou eindeloos gelezen worden; haal de link weg")
    }
    public static func contentFolderUnreadable(_ reason: String) -> Message {
        Message("RB125", .error, "de contentmap kan niet gelezen worden: \(reason)")
    }
    public static func folderUnreadablePagesLeftOut(_ reason: String) -> Message {
        Message("RB126", .error, "deze map kan niet gelezen worden, dus de pagina's erin ontbreken: \(reason)")
    }
    public static func pageControlCharacter(_ code: String) -> Message {
        Message("RB123", .error, "er staat een onzichtbaar stuurteken (\(code)) in de tekst; haal het weg")
    }
    public static func nameControlCharacter(_ code: String) -> Message {
        Message("RB127", .error, "deze naam bevat een stuurteken (\(code)); geef hem een naam met letters, cijfers, '-' en '_'")
    }
    public static func pageNameUnsafe(folder: String?, character: String) -> Message {
        let what = folder.map { "de mapnaam '\($0)'" } ?? "de bestandsnaam"
        return Message("RB128", .error, "\(what) bevat \(character), en dat breekt links naar de pagina; geef een naam met letters, cijfers, '-' en '_'")
    }
    public static func danglingLink(_ reason: String) -> Message {
        Message("RB129", .error, "deze link (symbolische koppeling) wijst naar iets wat niet gelezen kan worden (\(reason)); zet het doel terug of haal de link weg")
    }
    public static func linkOutsideContent(_ resolved: String, root: String) -> Message {
        Message("RB130", .error, "deze link (symbolische koppeling) wijst buiten de contentmap (naar \(resolved)); kopieer het bestand liever naar \(root)")
    }
    public static func fileUnreadableNotPublished(_ reason: String) -> Message {
        Message("RB131", .error, "dit bestand kan niet gelezen worden, dus het kan niet gepubliceerd worden: \(reason)")
    }
    public static func notAPlainFile() -> Message {
        Message("RB132", .warning, "dit is geen gewoon bestand of gewone map (een apparaat, socket of pipe) en wordt overgeslagen")
    }
    public static func sectionWithoutIndex(_ title: String) -> Message {
        Message("RB133", .warning, "de map heeft geen index.md, dus het onderdeel heet '\(title)' en opent bij de eerste pagina; maak index.md met een titel en volgorde om dat zelf te kiezen")
    }
    public static func keywordNotText(_ key: String) -> Message {
        Message("RB134", .error, "elk item van '\(key)' moet een woord of een paar woorden zijn, geen lijst of 'sleutel: waarde'-regels")
    }
    public static func keywordEmpty(_ key: String) -> Message {
        Message("RB135", .error, "een trefwoord heeft minstens één letter of cijfer nodig; haal het lege item uit '\(key)' weg")
    }
    public static func keywordTwice(_ text: String, key: String, line: Int) -> Message {
        keywordTwice(text, key: key, lineText: String(line))
    }
    static func keywordTwice(_ text: String, key: String, lineText: String) -> Message {
        Message("RB136", .error, "trefwoord '\(text)' staat twee keer in '\(key)' (ook op regel \(lineText)); houd er één")
    }
    public static func linkNotPage(_ written: String) -> Message {
        Message("RB137", .error, "de link '\(written)' wijst niet naar een pagina van de site; 'links' en 'pagina' in de beslisboom tonen de titel van een pagina, dus schrijf een pagina vanaf de map beslisboom (zoals ../begrippen.md), of zet een andere link in de tekst")
    }
    public static func commentNeverClosed() -> Message {
        Message("RB141", .error, "de HTML-opmerking die hier met '<!--' begint, wordt nergens gesloten, dus alles erna valt van de pagina weg; haal '<!--' weg, of sluit de opmerking met '-->'")
    }
    public static func pageNameEnding(_ name: String, meant: String) -> Message {
        Message("RB142", .error, "'\(name)' lijkt een pagina, maar alleen een bestand met een naam op '.md' (in kleine letters) wordt een pagina; noem het '\(meant)'")
    }
    public static func pageAtReservedPath(_ path: String, generated: String) -> Message {
        Message("RB143", .error, "deze pagina zou \(path) worden, maar daar zet de bouw zelf \(generated); geef het bestand een andere naam")
    }
    public static func imageSVGActive(_ written: String, path: String, what: String) -> Message {
        Message("RB144", .error, "de SVG-afbeelding '\(written)' bevat \(what) (\(path)); een tekening op de site mag alleen tekenen: exporteer haar opnieuw zonder, of als PNG")
    }
    public static func nameDecomposed(_ typed: String) -> Message {
        Message("RB145", .error, "de naam is opgeslagen met losse accenten (zoals macOS dat doet), en dan werken links ernaar niet op een webserver; typ de naam opnieuw in als '\(typed)', of gebruik letters zonder accent")
    }
    public static func nameDiffersOnlyInCase(_ path: String, _ other: String) -> Message {
        Message("RB146", .error, "'\(path)' en '\(other)' verschillen alleen in hoofdletters; op Windows, macOS en veel webservers is dat één bestand: geef er één een andere naam")
    }
    public static func linkAddressWithSpace(_ written: String) -> Message {
        Message("RB147", .warning, "'\(written)' wordt geen link of afbeelding, want er staat een spatie in het adres, en komt als gewone tekst op de pagina; schrijf de spatie als %20 of zet het adres tussen < >, of haal de spatie weg")
    }
    public static func linkSpaceBeforeAddress(_ written: String) -> Message {
        Message("RB148", .warning, "'\(written)' wordt geen link of afbeelding, want er staat een spatie tussen ] en (, en komt als gewone tekst op de pagina; haal die spatie weg")
    }
    public static func linkReferenceUndefined(_ written: String, label: String) -> Message {
        Message("RB149", .warning, "'\(written)' wordt geen link, want nergens op de pagina staat wat [\(label)] is, en komt als gewone tekst op de pagina; schrijf het adres erin, zoals [tekst](adres), of zet onderaan een regel '[\(label)]: adres'")
    }
    public static func tableColumnsDiffer(header: Int, dashes: Int) -> Message {
        Message("RB150", .error, "deze tabel wordt geen tabel, want de kopregel heeft \(header) kolommen en de regel met streepjes eronder \(dashes); geef de streepjesregel evenveel kolommen als de kopregel, zoals |---|---|")
    }
    public static func headingInvisibleCharacter(_ title: String, code: String) -> Message {
        Message("RB151", .warning, "de kop '\(title)' bevat een onzichtbaar teken (\(code), vaak meegekopieerd uit Word of een website), en links naar de kop werken dan niet zoals je ze typt; typ de kop opnieuw")
    }
    public static func fileAtPagePlace(_ file: String, page: String) -> Message {
        Message("RB152", .error, "'\(file)' komt op de plaats van de pagina die de bouw van '\(page)' maakt, en de een zou de ander vervangen; haal het bestand weg (is het een oude export?) of geef het een andere naam")
    }
    public static func tableRowTooWide(cells: Int, columns: Int) -> Message {
        Message("RB153", .error, "deze rij van de tabel heeft \(cells) cellen, maar de tabel \(columns) kolommen, en wat er meer staat valt van de pagina weg; geef de kopregel en de streepjesregel er een kolom bij, of zet de tekst in minder cellen (een | in de tekst schrijf je als \\|)")
    }
    public static func commentShownAsText() -> Message {
        Message("RB154", .error, "de HTML-opmerking die hier met '<!--' begint, wordt in deze alinea niet gesloten, dus komt ze met alles erin als gewone tekst op de pagina; sluit haar met '-->' of haal haar weg")
    }
    public static func linkNotOpened(_ written: String) -> Message {
        Message("RB170", .warning, "'\(written)' wordt geen link, want de [ voor de tekst van de link ontbreekt, en komt als gewone tekst op de pagina; zet een [ voor de tekst: [tekst](adres)")
    }
    public static func linkNotClosed(_ written: String) -> Message {
        Message("RB155", .warning, "'\(written)' wordt geen link of afbeelding, want de ) achter het adres ontbreekt, en komt als gewone tekst op de pagina; zet een ) direct achter het adres")
    }
    public static func linkBracketsReversed(_ written: String, meant: String, isImage: Bool = false) -> Message {
        let what = isImage ? "afbeelding, want de haakjes staan omgekeerd, en komt als gewone tekst op de pagina; schrijf na de ! eerst de beschrijving"
            : "link, want de haakjes staan omgekeerd, en komt als gewone tekst op de pagina; schrijf eerst de tekst"
        return Message("RB156", .warning, "'\(written)' wordt geen \(what) tussen [ ] en dan het adres tussen ( ): \(meant)")
    }
    public static func linkDoubleParentheses(_ written: String, meant: String) -> Message {
        Message("RB157", .error, "het adres '\(written)' staat tussen dubbele haakjes, dus de binnenste haakjes horen bij het adres en de link of afbeelding werkt niet; schrijf het adres tussen één paar haakjes: (\(meant))")
    }
    public static func linkAddressEmpty(_ written: String) -> Message {
        Message("RB158", .error, "'\(written)' heeft geen adres, dus de link of afbeelding gaat nergens heen; zet het adres tussen de haakjes, zoals [tekst](pagina.md) of ![beschrijving](afbeelding.png), of haal de link weg")
    }
    public static func pageWithoutText() -> Message {
        Message("RB168", .warning, "de pagina heeft geen tekst onder de front matter, dus op de site staat alleen de titel; schrijf de tekst onder deze regel '---', of zet 'concept: true' in de front matter zolang de pagina niet af is")
    }
    public static func titleTwice(_ title: String, other: String) -> Message {
        Message("RB169", .warning, "de titel '\(title)' heeft \(other) ook, en in het menu, de zoekresultaten en het register zijn de twee pagina's dan niet uit elkaar te houden; geef een van beide een andere titel")
    }
    public static func linkToNowhere(_ written: String) -> Message {
        Message("RB167", .warning, "de link '\(written)' heeft als adres alleen '#', dus hij gaat nergens heen (hooguit naar het begin van deze pagina); zet het adres erin, zoals [tekst](pagina.md) of [tekst](#kop), of haal de link weg")
    }
    public static func linkSchemeRefused(_ written: String, scheme: String, isImage: Bool = false) -> Message {
        // A data address can hold a whole picture: the message shows its start.
        let shown = written.count > 60 ? String(written.prefix(57)) + "..." : written
        let fix = written.lowercased().hasPrefix("data:image/svg")
            ? "bewaar de SVG als bestand in de contentmap en verwijs ernaar, zoals ![beschrijving](tekening.svg)"
            : isImage ? "bewaar de afbeelding als bestand in de contentmap en verwijs ernaar"
            : "link naar een pagina of bestand in de contentmap (zoals ../begrippen.md), of naar een webadres dat met https:// begint"
        return Message("RB159", .error, "\(isImage ? "de afbeelding" : "de link") '\(shown)' komt \(isImage ? "leeg" : "als lege link") op de pagina, want een adres dat met '\(scheme)' begint laat de site uit veiligheid weg; \(fix)")
    }
    public static func mailAddressInvalid(_ written: String, address: String) -> Message {
        Message("RB160", .error, "de link '\(written)': '\(address)' is geen geldig e-mailadres, dus een mail naar dit adres komt niet aan; schrijf het als naam@domein.nl, zonder spatie en met een punt (geen komma) in het domein")
    }
    public static func footnoteShownAsText(_ written: String, definitionLine: Int? = nil) -> Message {
        // The uses and the note's own line are one mistake: the one warning names the line of the note.
        let shown = definitionLine.map { "net als de regel '\(written): ...' (regel \($0)) als gewone tekst" } ?? "als gewone tekst"
        return Message("RB161", .warning, "'\(written)' wordt geen voetnoot, want voetnoten werken op deze site niet, en komt \(shown) op de pagina; zet de tekst van de voetnoot tussen haakjes in de zin, of onderaan de pagina onder een kop als '## Bronnen'")
    }
    public static func footnoteBecameLink(_ written: String, address: String) -> Message {
        Message("RB162", .error, "'\(written)' wordt geen voetnoot maar een link naar '\(address)', want voetnoten werken op deze site niet, en de regel '\(written): ...' met de tekst van de voetnoot valt van de pagina weg; zet die tekst tussen haakjes in de zin, of onderaan de pagina onder een kop als '## Bronnen'")
    }
    public static func imageNotAnImage(_ written: String, path: String, what: String) -> Message {
        Message("RB138", .error, "de afbeelding '\(written)' is geen afbeelding die een browser en de PDF tonen: \(path) is \(what); sla de afbeelding op als PNG of JPEG (of GIF, WebP, SVG) en zet dat bestand in de plaats")
    }
    public static func imageDamaged(_ written: String, path: String, format: String) -> Message {
        Message("RB139", .error, "de afbeelding '\(written)' is beschadigd: \(path) begint als \(format), maar houdt op of loopt vast voordat de afbeelding af is (een download of kopie die niet af is); zet het hele bestand opnieuw in de map, of bewaar de afbeelding opnieuw als PNG of JPEG")
    }
    public static func imageNameDoesNotFit(_ written: String, path: String, format: String, name: String) -> Message {
        Message("RB140", .error, "de afbeelding '\(written)' is een \(format)-bestand, maar de naam zegt iets anders, en een browser toont het dan niet: geef \(path) de naam '\(name)' en pas de link aan")
    }
}

extension MessageCatalogue {
    static let content: [Entry] = [
        Entry(.frontMatterNotClosed(), meaning: "De pagina begint met '---', maar de front matter (het blok met titel en andere gegevens bovenaan) heeft geen afsluitende regel '---'.",
              fix: "Zet direct na de laatste sleutel een regel met alleen '---'."),
        Entry(.frontMatterMissing(), meaning: "Elke pagina begint met front matter: een blok tussen twee regels '---' met minstens de titel.",
              fix: "Zet bovenaan: een regel '---', een regel 'titel: ...', en weer een regel '---'."),
        Entry(.frontMatterEmpty(), meaning: "Tussen de twee regels '---' staat niets.", fix: "Zet er minstens 'titel: ...' tussen."),
        Entry(.titleHasMarkdown(slot("**")), meaning: "De titel in de front matter is platte tekst: hij staat in de kop van de pagina, in de tab van de browser, in het menu en in de zoekresultaten, en Markdown-tekens (**vet**, *schuin*, `code`, een link) komen er letterlijk in.",
              fix: "Haal de tekens weg. Wil je een woord benadrukken, doe dat in de tekst van de pagina."),
        Entry(.secondFrontMatter(), meaning: "Onder de front matter staat nog een blok tussen twee regels '---' met sleutels als 'titel:', meestal omdat het blok is gekopieerd. Alleen het eerste blok is front matter; het tweede zou als een streep en een kop met 'titel: ...' op de pagina komen.",
              fix: "Haal het tweede blok weg. Staat er iets in dat je wilt houden, zet het dan in het blok bovenaan (elke sleutel één keer)."),
        Entry(.emptyHeading(slot("##")), meaning: "Een regel met alleen '##' (of '###') is een kop zonder tekst. Die komt als leeg kopje op de pagina en in de inhoud 'Op deze pagina', en een schermlezer noemt een kop zonder naam.",
              fix: "Zet de tekst van de kop achter de hekjes (## Melden bij DUO), of haal de regel weg."),
        Entry(.imageWithoutAltText(slot("schema.png")), meaning: "De tekst tussen ![ en ] is de beschrijving (alt-tekst) van de afbeelding: een schermlezer leest hem voor, en hij staat er als de afbeelding niet laadt. Zonder beschrijving weet wie de afbeelding niet ziet niet wat erop staat.",
              fix: "Schrijf tussen ![ en ] in een paar woorden wat de afbeelding laat zien (bij een schema: wat de lezer eruit moet halen)."),
        Entry(.linkTargetMissing(slot("link"), path: slot("pad"), suggestion: slot("bestaande pagina")),
              meaning: "De link wijst naar een pagina of bestand dat niet in de contentmap staat (verplaatst, hernoemd of een tikfout). Een webadres zonder https:// ervoor (www.duo.nl) of een mailadres zonder mailto: leest de bouw ook als een bestand van de site.",
              fix: "Verbeter de link (kijk naar de suggestie) of zet het bestand terug. Links schrijf je vanaf de pagina zelf, zoals ../registratie/privacy.md; een andere site met https:// ervoor, zoals https://www.duo.nl, en een mailadres met mailto:, zoals mailto:info@voorbeeld.nl."),
        Entry(.linkToDraft(slot("link")), meaning: "De link wijst naar een pagina met concept: true; die komt niet op de site, dus de link zou nergens heen gaan.",
              fix: "Publiceer de pagina (haal 'concept' weg) of haal de link weg tot de pagina klaar is."),
        Entry(.linkAnchorMissing(slot("link"), file: slot("pagina"), anchor: slot("anker"), suggestion: slot("bestaand anker")),
              meaning: "De pagina bestaat, maar heeft geen kop met dit anker (het deel na '#'). Vaak is een kop hernoemd.",
              fix: "Gebruik het voorgestelde anker, of het anker van de kop zoals die nu heet (kleine letters, spaties worden '-')."),
        Entry(.linkEncodedSlash(slot("link")), meaning: "In de link staat %2F, de code voor '/'. Een browser leest die code niet als de '/' tussen een map en een bestand: hij vraagt om één bestand met een '/' in de naam, en zo'n bestand bestaat niet, dus de link werkt niet (ook al bestaat de map met het bestand). Andere codes, zoals %20 voor een spatie en %2E voor een punt, leest Routeboek zoals de browser.",
              fix: "Schrijf een gewone '/': [tekst](map/bestand.md)."),
        Entry(.linkClimbsOut(slot("link")), meaning: "De link gaat met '../' hoger dan de contentmap; zo'n bestand komt niet op de site.",
              fix: "Link alleen naar bestanden in de contentmap; kopieer het bestand zo nodig naar die map."),
        Entry(.linkFromRoot(slot("link")), meaning: "Een link die met '/' begint, werkt alleen als de site bovenaan een webserver staat, niet vanuit een map of vanaf schijf.",
              fix: "Schrijf de link vanaf de pagina zelf, zoals ../begrippen.md."),
        Entry(.imageFromOtherSite(slot("adres")), meaning: "De site laadt niets van andere sites (privacy en beveiliging), dus deze afbeelding zou niet verschijnen.",
              fix: "Download de afbeelding, zet hem in de contentmap en link ernaar vanaf de pagina."),
        Entry(.sourceNotListed(slot("bestand"), settings: slot("site.yml"), suggestion: slot("bekende bron")),
              meaning: "Een pagina of de beslisboom noemt een bronbestand dat niet in de lijst 'bronnen' van site.yml staat.",
              fix: "Verbeter de bestandsnaam (kijk naar de suggestie) of voeg de bron toe aan 'bronnen' in site.yml."),
        Entry(.sourceFileAndURL(), meaning: "Een bron is een document van de site (bestand) of een openbare webpagina (url), niet allebei.",
              fix: "Houd 'bestand' of 'url' en haal de andere weg."),
        Entry(.sourceNotWebAddress(slot("url")), meaning: "De url van een bron is geen volledig webadres.", fix: "Schrijf het hele adres, beginnend met https://."),
        Entry(.homePageDraft(), meaning: "Elke pagina linkt naar de startpagina (logo, kruimelpad); als concept zou die ontbreken.", fix: "Haal 'concept: true' weg uit index.md."),
        Entry(.homePageMissing(slot("bestand")), meaning: "De contentmap heeft geen index.md, de startpagina waar elke pagina naar linkt.", fix: "Maak index.md met front matter en een titel."),
        Entry(.placeholderDomain(slot("domein")), meaning: "Er staat een voorbeelddomein (zoals example.nl) in de tekst; dat is geen echt adres.", fix: "Schrijf het echte adres of haal het weg."),
        Entry(.placeholderTodo(slot("woord")), meaning: "Er staat een notitie als TODO in de tekst: de tekst is nog niet af.", fix: "Maak de tekst af en haal de notitie weg."),
        Entry(.placeholderLorem(slot("woord")), meaning: "Er staat opvultekst (lorem ipsum) in de tekst.", fix: "Vervang die door de echte tekst."),
        Entry(.pageKeyEmpty(slot("sleutel")), meaning: "Een sleutel in de front matter staat er zonder waarde; lezers zouden een lege tekst zien.", fix: "Vul een waarde in of haal de regel weg."),
        Entry(.rawHTML(slot("stukje")), meaning: "Pagina's bevatten alleen Markdown; HTML wordt weggelaten (veiligheid en toegankelijkheid).", fix: "Schrijf het in Markdown, of laat het weg."),
        Entry(.levelOneHeading(), meaning: "De titel uit de front matter is de enige kop van niveau 1 ('#'); een tweede maakt de opbouw van de pagina onduidelijk.", fix: "Maak van '# Kop' een '## Kop'."),
        Entry(.unknownCallout(slot("soort")), meaning: "Een kader ('> [!NOTE]') heeft een soort die Routeboek niet kent.", fix: "Gebruik NOTE, TIP, IMPORTANT, WARNING of CAUTION."),
        Entry(.markdownFailed(), meaning: "De Markdown-lezer (cmark-gfm) kon niet starten of de tekst niet lezen; dat komt bijna nooit voor.", fix: "Probeer het opnieuw; blijft het gebeuren, meld het dan met de pagina erbij."),
        Entry(.folderLoop(), meaning: "Een symbolische koppeling in de contentmap wijst naar een map erboven, zodat de map eindeloos in zichzelf zit.", fix: "Haal de koppeling weg."),
        Entry(.contentFolderUnreadable(slot("reden")), meaning: "De contentmap zelf kan niet gelezen worden.", fix: "Controleer of de map bestaat en of je er leesrechten op hebt."),
        Entry(.folderUnreadablePagesLeftOut(slot("reden")), meaning: "Een map in de contentmap kan niet gelezen worden, dus de pagina's erin komen niet op de site.", fix: "Controleer de rechten op de map."),
        Entry(.pageControlCharacter(slot("U+000B")), meaning: "De tekst bevat een teken dat niet in een webpagina mag staan, zoals U+000B (een zachte regelovergang uit Word) of U+0000, meestal meegekopieerd uit een ander programma. Een browser toont het niet, maar de pagina is dan geen geldige HTML.",
              fix: "Haal het teken weg op de genoemde plek; wil je daar een nieuwe regel, druk dan op Enter."),
        Entry(.nameControlCharacter(slot("U+000A")), meaning: "Een bestands- of mapnaam bevat een onzichtbaar stuurteken (zoals een regeleinde).", fix: "Hernoem het bestand met letters, cijfers, '-' en '_'."),
        Entry(.pageNameUnsafe(folder: slot("map"), character: slot("teken")), meaning: "Bestands- en mapnamen van pagina's worden adressen op de site; spaties en tekens als '#' of '?' breken links.",
              fix: "Hernoem het bestand of de map met kleine letters, cijfers, '-' en '_' (en pas links ernaartoe aan)."),
        Entry(.danglingLink(slot("reden")), meaning: "Een symbolische koppeling wijst naar een bestand of map die er niet (meer) is.", fix: "Zet het doel terug of haal de koppeling weg."),
        Entry(.linkOutsideContent(slot("pad"), root: slot("contentmap")), meaning: "Een symbolische koppeling wijst naar een bestand buiten de contentmap; de site mag alleen de eigen inhoud publiceren.", fix: "Kopieer het bestand naar de contentmap in plaats van ernaar te koppelen."),
        Entry(.fileUnreadableNotPublished(slot("reden")), meaning: "Een bestand in de contentmap kan niet gelezen worden, dus het kan niet op de site.", fix: "Controleer de rechten op het bestand."),
        Entry(.notAPlainFile(), meaning: "In de contentmap staat iets wat geen bestand of map is.", fix: "Haal het weg uit de contentmap."),
        Entry(.sectionWithoutIndex(slot("titel")), meaning: "Een map met pagina's heeft geen index.md; Routeboek bedenkt dan zelf een titel en volgorde voor het onderdeel in het menu.", fix: "Maak index.md in de map met een titel en een volgorde."),
        Entry(.keywordNotText(slot("sleutel")), meaning: "Een trefwoord is een lijst of een blok regels in plaats van tekst.", fix: "Schrijf elk trefwoord als één tekst op een regel '- woord'."),
        Entry(.keywordEmpty(slot("sleutel")), meaning: "Een trefwoord is leeg of bevat alleen leestekens.", fix: "Haal het lege item weg of vul een woord in."),
        Entry(.keywordTwice(slot("trefwoord"), key: slot("sleutel"), lineText: slot("regel")), meaning: "Hetzelfde trefwoord staat twee keer bij de pagina (hoofdletters en accenten tellen niet mee).", fix: "Houd er één."),
        Entry(.linkNotPage(slot("link")), meaning: "In 'links' van een uitkomst en 'pagina' van een actie staat een webadres, een bestand dat geen pagina is of een lege link; de beslisboom toont daar de titel van een pagina van deze site.",
              fix: "Schrijf een pagina vanaf de map beslisboom, zoals ../registratie/melden-bij-duo.md of ../registratie/ (de index van die map). Een link naar een andere site zet je in de samenvatting of opmerking."),
        Entry(.commentNeverClosed(),
              meaning: "Een HTML-opmerking (<!-- ... -->) verbergt tekst. Zonder '-->' loopt ze door tot het eind van de pagina, en dan verdwijnt de rest van de pagina van de site. Links van andere pagina's naar een kop die daardoor wegvalt, worden niet apart gemeld: ze werken weer zodra de opmerking gesloten is.",
              fix: "Haal '<!--' weg als de tekst zichtbaar moet zijn, of zet '-->' waar de verborgen tekst ophoudt. Beter nog: haal verborgen tekst helemaal weg."),
        Entry(.pageNameEnding(slot("bestand"), meant: slot("naam.md")),
              meaning: "Het bestand heet bijna als een pagina ('.MD', '.md.txt' of '.markdown'), maar de bouw maakt alleen van namen op '.md' een pagina. Anders kwam de Markdown-tekst als los bestand op de site, zonder menu. Windows verbergt vaak het laatste stuk van een naam, zoals '.txt'.",
              fix: "Geef het bestand de voorgestelde naam. Zie je in Windows geen '.txt', zet dan in de Verkenner 'Bestandsnaamextensies' aan."),
        Entry(.pageAtReservedPath(slot("pad"), generated: slot("wat de bouw daar maakt")),
              meaning: "Een paar pagina's maakt de bouw zelf, zoals register.html (het register van A tot Z), zoeken.html en alle-routes.html van de beslisboom. Een pagina met dezelfde naam zou daardoor verdwijnen, of de pagina van de bouw wegdrukken.",
              fix: "Geef het bestand een andere naam (bijvoorbeeld register-leerlingen.md) en pas de links ernaar aan."),
        Entry(.imageSVGActive(slot("link"), path: slot("bestand"), what: slot("wat erin staat")),
              meaning: "Een SVG-bestand kan behalve een tekening ook een script of een verwijzing naar een andere site bevatten. Wie het bestand los opent, laat het script dan op het adres van de site draaien, en bij het maken van de PDF haalt WeasyPrint de verwijzing op.",
              fix: "Exporteer de tekening opnieuw als gewone SVG (zonder scripts, lettertypen of beelden van internet), of als PNG."),
        Entry(.nameDecomposed(slot("naam")),
              meaning: "Een letter met accent kan op twee manieren in een naam staan: als één teken (é) of als een letter met een los accent (e + ´), zoals macOS namen opslaat. Links typ je met het ene teken; een webserver vindt het bestand dan niet.",
              fix: "Hernoem het bestand of de map en typ de naam opnieuw in (op Windows of Linux), of gebruik letters zonder accent."),
        Entry(.nameDiffersOnlyInCase(slot("pad"), slot("ander pad")),
              meaning: "Twee bestanden of mappen heten hetzelfde op hoofdletters na. Op Windows, macOS en veel webservers is dat één bestand, dus het ene overschrijft het andere.",
              fix: "Geef er één een andere naam, of voeg ze samen, en pas de links aan."),
        Entry(.linkAddressWithSpace(slot("tekst")),
              meaning: "Markdown ziet [tekst](adres) alleen als link als er geen spatie in het adres staat. Anders komt alles letterlijk op de pagina, haakjes en al.",
              fix: "Schrijf een spatie in het adres als %20 (schema%20privacy.png), zet het adres tussen < > ([tekst](<schema privacy.png>)), of geef het bestand een naam zonder spatie."),
        Entry(.linkSpaceBeforeAddress(slot("tekst")),
              meaning: "Tussen ] en ( mag geen spatie staan; anders ziet Markdown er geen link in en komt alles letterlijk op de pagina.",
              fix: "Haal de spatie weg: [tekst](adres)."),
        Entry(.linkReferenceUndefined(slot("tekst"), label: slot("label")),
              meaning: "[tekst][label] is een link als ergens op de pagina een regel '[label]: adres' staat. Die regel ontbreekt, dus komt alles letterlijk op de pagina.",
              fix: "Schrijf de link als [tekst](adres), of zet onderaan de pagina een regel '[label]: adres'. Bedoelde je geen link, zet dan een \\ voor de [."),
        Entry(.tableColumnsDiffer(header: 4, dashes: 3),
              meaning: "Een tabel heeft onder de kopregel een regel met streepjes, met evenveel kolommen. Klopt het aantal niet, dan maakt Markdown er geen tabel van maar een alinea vol | tekens.",
              fix: "Geef de regel met streepjes evenveel kolommen als de kopregel: bij vier kolommen |---|---|---|---|."),
        Entry(.headingInvisibleCharacter(slot("kop"), code: slot("U+200B")),
              meaning: "In de kop staat een teken dat je niet ziet, zoals een spatie zonder breedte (U+200B) of een zacht afbreekstreepje (U+00AD). De kop ziet er gewoon uit, maar zijn id (het stuk na # in een link) wordt anders, dus links die je ernaar typt, vinden hem niet.",
              fix: "Haal de kop weg en typ hem opnieuw, in plaats van hem te plakken."),
        Entry(.fileAtPagePlace(slot("bestand.html"), page: slot("pagina.md")),
              meaning: "Van elke pagina.md maakt de bouw pagina.html. Een bestand met die naam (ook met andere hoofdletters, want op Windows en veel webservers is dat hetzelfde) zou de pagina vervangen of erdoor verdwijnen. Vaak is het een oude export uit Word of een andere site.",
              fix: "Haal het bestand weg, of geef het een andere naam en pas de links ernaar aan."),
        Entry(.tableRowTooWide(cells: 4, columns: 3),
              meaning: "Een tabel heeft zoveel kolommen als haar kopregel. Cellen die een rij meer heeft, laat Markdown weg zonder iets te zeggen; ook een | in de tekst (of in `code`) begint een nieuwe cel.",
              fix: "Geef de kopregel en de regel met streepjes een kolom meer, of haal een | weg. Moet er een | in de tekst staan, schrijf dan \\|."),
        Entry(.commentShownAsText(),
              meaning: "Midden in een alinea (of een punt van een lijst) is een HTML-opmerking alleen een opmerking als '-->' in dezelfde alinea staat. Anders toont de pagina '<!--' en de notitie erachter, die niet voor lezers bedoeld was.",
              fix: "Zet '-->' achter de notitie, of haal de notitie weg."),
        Entry(.linkNotOpened(slot("tekst](adres)")),
              meaning: "Een link is [tekst](adres). Staat er ](adres) zonder [ ervoor (de [ is weggevallen of nooit getypt), dan ziet Markdown er geen link in en komt alles letterlijk op de pagina. De melding staat bij het woord voor de ]; de [ hoort voor het eerste woord van de tekst van de link.",
              fix: "Zet een [ voor de tekst van de link: [tekst](adres)."),
        Entry(.linkNotClosed(slot("tekst")),
              meaning: "Een link is [tekst](adres), met een ) direct achter het adres. Ontbreekt die (vaak aan het eind van een zin of alinea), dan ziet Markdown er geen link in en komt alles letterlijk op de pagina.",
              fix: "Zet een ) achter het adres: [tekst](adres)."),
        Entry(.linkBracketsReversed(slot("tekst"), meant: slot("link")),
              meaning: "Bij een link staat de tekst tussen rechte haken en het adres tussen ronde haakjes: [tekst](adres); bij een afbeelding staat er een ! voor: ![beschrijving](adres). Andersom, (tekst)[adres] of !(beschrijving)[adres], ziet Markdown er geen link of afbeelding in en komt alles letterlijk op de pagina.",
              fix: "Wissel de haakjes om, zoals de melding voorstelt: [tekst](adres), of ![beschrijving](adres) voor een afbeelding."),
        Entry(.linkDoubleParentheses(slot("adres"), meant: slot("adres zonder haakjes")),
              meaning: "Met twee paar haakjes, [tekst]((adres)), horen de binnenste haakjes bij het adres. De link wijst dan naar een bestand dat '(adres)' heet, en dat bestaat niet.",
              fix: "Haal één paar haakjes weg: [tekst](adres)."),
        Entry(.linkAddressEmpty(slot("link")),
              meaning: "Tussen de haakjes van de link of afbeelding staat niets. Een lezer die op de link klikt, komt nergens (of weer op dezelfde pagina); een afbeelding toont niets.",
              fix: "Vul het adres in, zoals [tekst](pagina.md), of laat alleen de tekst staan als er (nog) geen adres is."),
        Entry(.pageWithoutText(),
              meaning: "Onder de front matter (het blok tussen de twee regels '---') staat niets, of alleen een HTML-opmerking. Op de site komt een pagina met alleen een titel, en die staat wel in het menu en de zoekresultaten. De startpagina, de introductie van de beslisboom en de pagina's van de publicatiedata en de wijzigingen krijgen hun inhoud van de bouw en mogen leeg zijn.",
              fix: "Schrijf de tekst van de pagina onder de tweede regel '---'. Is de pagina nog niet af, zet dan 'concept: true' in de front matter: dan komt ze niet op de site."),
        Entry(.titleTwice(slot("titel"), other: slot("andere pagina")),
              meaning: "Twee pagina's hebben dezelfde titel (hoofdletters tellen niet mee). In het menu, het kruimelpad, de zoekresultaten en het register staan ze dan met dezelfde naam, en een lezer weet niet welke welke is. De melding staat bij de titel van de tweede pagina (op volgorde van pad).",
              fix: "Geef een van de twee een titel die zegt waarin ze verschillen, zoals 'Verzuim melden (po)' en 'Verzuim melden (vo)'."),
        Entry(.linkToNowhere("[\(slot("tekst"))](#)"),
              meaning: "Een link met alleen '#' als adres is meestal een link die nog moest worden ingevuld. Een lezer die erop klikt, komt nergens (de browser springt hooguit naar het begin van de pagina), en een schermlezer noemt hem als link.",
              fix: "Zet het adres tussen de haakjes: een pagina (pagina.md), een kop op deze pagina (#kop) of een webadres. Is er (nog) geen adres, laat dan alleen de tekst staan."),
        Entry(.linkSchemeRefused(slot("adres"), scheme: slot("javascript:")),
              meaning: "Adressen die beginnen met javascript:, vbscript:, file: of data: (behalve een PNG-, GIF-, JPEG- of WebP-afbeelding) kunnen iets starten of openen op de computer van de lezer. De site laat ze daarom weg; de link komt er zonder adres op. Een file:-adres wijst bovendien naar een bestand op je eigen computer, dat lezers niet hebben.",
              fix: "Zet het bestand in de contentmap en link ernaar vanaf de pagina (zoals ../formulieren/aanmelding.pdf), of link naar een webadres dat met https:// begint."),
        Entry(.mailAddressInvalid(slot("link"), address: slot("adres")),
              meaning: "Een link met mailto: opent het mailprogramma van de lezer met dit adres. Het adres is geen geldig e-mailadres (geen @, een spatie, een komma in plaats van een punt, of geen punt in het domein), dus de mail komt niet aan.",
              fix: "Schrijf het adres als naam@domein.nl, zoals [mail ons](mailto:info@swv.nl). Meer adressen scheid je met een komma: mailto:a@swv.nl,b@swv.nl."),
        Entry(.footnoteShownAsText(slot("[^1]")),
              meaning: "Voetnoten ([^1] in de tekst en '[^1]: tekst' onderaan) werken op deze site niet. Ze komen letterlijk op de pagina, met de haken en het dakje. Elke voetnoot geeft één melding: bij de eerste [^1] in de tekst, met het nummer van de regel '[^1]: ...', of bij die regel als de tekst de voetnoot nergens gebruikt.",
              fix: "Zet de tekst van de voetnoot tussen haakjes in de zin, of zet bronnen en toelichting onderaan de pagina onder een kop als '## Bronnen' en verwijs ernaar met 'zie Bronnen'."),
        Entry(.footnoteBecameLink(slot("[^1]"), address: slot("adres")),
              meaning: "Voetnoten werken op deze site niet. Is de tekst van de voetnoot één woord of een adres ('[^1]: https://...'), dan leest Markdown de regel '[^1]: ...' als het adres van een link: die regel verdwijnt van de pagina, en [^1] wordt een link met de tekst '^1'.",
              fix: "Zet de tekst van de voetnoot tussen haakjes in de zin, of als gewone link: [de wet](https://...). Toelichting kan onderaan onder een kop als '## Bronnen'."),
        Entry(.imageNotAnImage(slot("link"), path: slot("bestand"), what: slot("wat het is")),
              meaning: "Het bestand waar de afbeelding naar wijst, is van binnen geen PNG, JPEG, GIF, WebP, SVG of BMP, wat de naam ook zegt: bijvoorbeeld tekst, een webpagina die als afbeelding is bewaard, een PDF of een HEIC-foto van een iPhone. Een browser toont dan een kapotte afbeelding en WeasyPrint stopt de PDF.",
              fix: "Open de afbeelding in een tekenprogramma of fotoprogramma en bewaar of exporteer hem als PNG (schema's, schermafbeeldingen) of JPEG (foto's), onder dezelfde naam."),
        Entry(.imageDamaged(slot("link"), path: slot("bestand"), format: slot("soort")),
              meaning: "Het bestand begint als een PNG of JPEG, maar de opbouw ervan houdt op of klopt niet: een download of kopie is afgebroken, of het bestand is kapot. Een browser toont dan een deel of niets en WeasyPrint stopt de PDF.",
              fix: "Haal de afbeelding opnieuw op of kopieer hem opnieuw, en controleer dat hij helemaal te zien is."),
        Entry(.imageNameDoesNotFit(slot("link"), path: slot("bestand"), format: slot("soort"), name: slot("nieuwe naam")),
              meaning: "Een browser herkent een SVG-tekening alleen aan de naam (.svg); een PNG, JPEG of andere afbeelding met een naam op .svg, of een SVG met een andere naam, toont hij als kapotte afbeelding.",
              fix: "Geef het bestand de voorgestelde naam en verander de link op de pagina zo dat hij ernaar wijst."),
    ]
}
