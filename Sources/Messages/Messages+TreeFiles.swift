/// RB25x-RB27x: the beslisboom's files as they are read: a missing or empty file, values of facts,
/// actions, outcomes, feestdagen, conditions and terms (termijnen).
extension Message {
    public static func treeFileMissing() -> Message {
        Message("RB250", .error, "dit bestand van de beslisboom ontbreekt")
    }
    public static func treeFileEmpty(keys: [String]) -> Message {
        Message("RB251", .error, "dit bestand van de beslisboom is leeg (of bevat alleen commentaar); het heeft \(dutchList(keys.map { "'\($0):'" })) nodig")
    }
    public static func treeIntroMissing(_ file: String) -> Message {
        Message("RB252", .error, "de beslisboom heeft een introductiepagina nodig: maak \(file) met een titel")
    }
    public static func scenarioFileMissing() -> Message {
        Message("RB253", .error, "dit scenariobestand kan niet gelezen worden: het bestaat niet")
    }
    public static func treeOptionFactsNotMapping() -> Message {
        Message("RB254", .error, "'feiten' moet regels 'feit: waarde' bevatten, zoals { verzuim: ongeoorloofd }")
    }
    public static func treeFactLabelNotText(value: String, fact: String) -> Message {
        Message("RB255", .error, "het label van waarde '\(value)' van feit '\(fact)' moet tekst zijn, geen lijst of 'sleutel: waarde'-regels")
    }
    public static func treeFactNeedsValues(_ fact: String) -> Message {
        Message("RB256", .error, "feit '\(fact)' mist 'waarden': regels 'waarde-id: label'")
    }
    public static func treeElapsedNotMapping(_ fact: String) -> Message {
        Message("RB257", .error, "'verstreken' van feit '\(fact)' moet bij een waarde { beginpunt: termijn } zetten, zoals 4-weken-of-langer: { eerste-verzuimdag: 4 weken }")
    }
    public static func treeElapsedUnknownValue(_ fact: String, value: String, values: [String]) -> Message {
        Message("RB258", .error, "'verstreken' van feit '\(fact)' noemt waarde '\(value)', maar die staat niet bij de waarden (\(values.joined(separator: ", ")))")
    }
    public static func treeElapsedValueNotMapping(_ value: String) -> Message {
        Message("RB259", .error, "'verstreken' bij '\(value)' moet een regel 'beginpunt: termijn' zijn, zoals { eerste-verzuimdag: 4 weken }")
    }
    public static func treeActionKindInvalid(_ what: String, kind: String, suggestion: String? = nil) -> Message {
        Message("RB260", .error, "'soort' van \(what) is '\(kind)'; dat moet verplicht (S0 of de wet) of aanbevolen (praktijk uit een andere bron) zijn\(didYouMean(suggestion))")
    }
    public static func treeActionNeedsTerm(_ what: String) -> Message {
        Message("RB261", .error, "\(what) mist 'termijn': direct, doorlopend, { binnen: 2 weken, na: eerste-verzuimdag }, { elke: 1 maand } of { bij: jes }")
    }
    public static func treeActionNeedsSource(_ what: String) -> Message {
        Message("RB262", .error, "\(what) mist 'bron': { bestand: ..., onderdeel: ... } of { url: https://..., titel: ..., onderdeel: ... }, of een lijst daarvan")
    }
    public static func treeOutcomeValueInvalid(_ key: String, what: String, value: String, allowed: [String], suggestion: String?) -> Message {
        Message("RB263", .error, "'\(key)' van \(what) is '\(value)'; dat moet \(dutchChoice(allowed)) zijn\(didYouMean(suggestion))")
    }
    public static func treeRegistrationInvalid(_ value: String, what: String, allowed: [String], suggestion: String? = nil) -> Message {
        Message("RB264", .error, "registratie '\(value)' van \(what) moet \(dutchChoice(allowed)) zijn, of [] voor geen\(didYouMean(suggestion))")
    }
    public static func treeOutcomeNeedsRegistration(_ what: String) -> Message {
        Message("RB265", .error, "\(what) mist 'registratie' (een lijst; [] als er niets geregistreerd wordt)")
    }
    public static func treeThuiszitterInvalid(_ what: String) -> Message {
        Message("RB266", .error, "'thuiszitter' van \(what) moet ja of nee zijn")
    }
    public static func holidayNotDate(_ text: String, meant: String? = nil) -> Message {
        Message("RB267", .error, "'\(text)' is geen datum; schrijf JJJJ-MM-DD, zoals 2026-12-25\(didYouMean(meant))")
    }
    public static func holidayTwice(_ text: String) -> Message {
        Message("RB268", .error, "\(text) staat er twee keer; houd er één")
    }
    public static func holidaysEmpty() -> Message {
        Message("RB269", .error, "feestdagen.yml noemt geen dagen; werkdagen zouden dan alleen weekends overslaan")
    }
    public static func scenarioNeedsAnswers(_ scenario: String) -> Message {
        Message("RB270", .error, "scenario '\(scenario)' mist 'antwoorden': regels 'vraag-id: optie-id'")
    }
    public static func scenarioNeedsExpectation(_ scenario: String) -> Message {
        Message("RB271", .error, "scenario '\(scenario)' mist 'verwacht' met minstens één verwachting")
    }
    public static func conditionsNotMapping(_ what: String) -> Message {
        Message("RB272", .error, "\(what) moet regels 'onderwerp: waarde' bevatten")
    }
    public static func conditionUnknownTest(_ test: String, subject: String) -> Message {
        Message("RB273", .error, "onbekende test '\(test)' bij '\(subject)'; gebruik 'niet' of 'alle'")
    }
    public static func conditionValueInvalid(_ subject: String) -> Message {
        Message("RB274", .error, "de test bij '\(subject)' moet een waarde zijn, een lijst van waarden, of { niet: ..., alle: [...] }")
    }
    public static func termInvalid(_ what: String, written: String) -> Message {
        Message("RB275", .error, "'termijn' van \(what) is '\(written)'; schrijf \(termHelp)")
    }
    public static func termWithoutStart(_ what: String, span: String, starts: [String]) -> Message {
        Message("RB276", .error, "'termijn' van \(what) zegt \(span), maar niet na wat: zet erbij na: \(starts.joined(separator: " | "))")
    }
    public static func termUpToShorter(upTo: String, every: String) -> Message {
        Message("RB277", .error, "'tot: \(upTo)' is korter dan 'elke: \(every)'")
    }
    public static func termUnknownMoment(_ moment: String, allowed: [String], suggestion: String?) -> Message {
        Message("RB278", .error, "'bij: \(moment)' is geen bekend moment; het moet \(dutchChoice(allowed)) zijn\(didYouMean(suggestion))")
    }
    public static func termTwoKinds(_ what: String, kinds: [String]) -> Message {
        Message("RB287", .error, "'termijn' van \(what) zegt \(kinds.map { "'\($0)'" }.joined(separator: " en ")); een termijn is één van die vormen: kies er één")
    }
    public static func termSaysNothing(_ what: String) -> Message {
        Message("RB279", .error, "'termijn' van \(what) zegt niet wanneer; schrijf \(termHelp)")
    }
    public static func termUnknownStart(_ start: String, allowed: [String], suggestion: String?) -> Message {
        Message("RB280", .error, "onbekend beginpunt '\(start)'; het moet \(dutchChoice(allowed)) zijn\(didYouMean(suggestion))")
    }
    public static func termUnknownUnit(_ unit: String, in written: String, units: [String], suggestion: String?) -> Message {
        Message("RB281", .error, "onbekende eenheid '\(unit)' in '\(written)'; gebruik \(dutchChoice(units))\(didYouMean(suggestion))")
    }
    public static func termNotASpan(_ written: String) -> Message {
        Message("RB282", .error, "'\(written)' is geen termijn; schrijf een getal en een eenheid, zoals 2 weken of 5 werkdagen")
    }
    public static func termAmountTooSmall(_ written: String, least: Int, otherwise: String) -> Message {
        Message("RB284", .error, "'\(written)' is geen termijn: het getal moet \(least) of meer zijn; \(otherwise)")
    }
    public static func termAmountTooLarge(_ written: String, most: String) -> Message {
        Message("RB285", .error, "'\(written)' is geen termijn: dat is langer dan 10 jaar; schrijf hoogstens \(most)")
    }
    public static func actionRequiredWithoutAuthority(_ action: String) -> Message {
        Message("RB283", .error, "actie '\(action)' is verplicht, maar noemt alleen documenten van andere regio's; noem S0 of de wet (een openbare url), of maak hem soort: aanbevolen")
    }

    static let termHelp = "direct, doorlopend, geen (de bronnen noemen geen termijn), { binnen: 2 weken, na: eerste-verzuimdag }, { vanaf: 4 weken, na: eerste-verzuimdag } (geldt vanaf dan, zonder uiterste dag), { elke: 1 maand } (of { elke: 4 weken, tot: 6 weken }) of { bij: jes }"
}

extension MessageCatalogue {
    static let treeFiles: [Entry] = [
        Entry(.treeFileMissing(), meaning: "De beslisboom bestaat uit boom.yml, feiten.yml, acties.yml, uitkomsten.yml, invarianten.yml, scenarios.yml en feestdagen.yml in Content/beslisboom/; dit bestand ontbreekt.", fix: "Zet het bestand terug (bijvoorbeeld uit git)."),
        Entry(.treeFileEmpty(keys: [slot("sleutel")]), meaning: "Het bestand bestaat, maar er staat niets in.", fix: "Zet de genoemde sleutel(s) bovenaan met hun inhoud, of zet het bestand terug uit git."),
        Entry(.treeIntroMissing(slot("bestand")), meaning: "De beslisboom begint met een introductiepagina (index.md in de map van de beslisboom).", fix: "Maak het bestand met front matter en een titel."),
        Entry(.scenarioFileMissing(), meaning: "Een extra scenariobestand (--scenarios) bestaat niet.", fix: "Controleer het pad dat je bij --scenarios opgeeft."),
        Entry(.treeOptionFactsNotMapping(), meaning: "'feiten' van een optie zet feiten op een waarde, met regels 'feit: waarde'.", fix: "Schrijf het als { feit: waarde }, zoals { verzuim: ongeoorloofd }."),
        Entry(.treeFactLabelNotText(value: slot("waarde"), fact: slot("feit")), meaning: "Elke waarde van een feit heeft een label: de tekst die lezers zien.", fix: "Schrijf het label als tekst achter de waarde: 'waarde-id: label'."),
        Entry(.treeFactNeedsValues(slot("feit")), meaning: "Een feit heeft mogelijke waarden nodig, elk met een label.", fix: "Voeg 'waarden:' toe met regels 'waarde-id: label'."),
        Entry(.treeElapsedNotMapping(slot("feit")), meaning: "'verstreken' zegt per waarde hoeveel tijd er sinds een beginpunt voorbij is.", fix: "Schrijf het als waarde: { beginpunt: termijn }, zoals 4-weken-of-langer: { eerste-verzuimdag: 4 weken }."),
        Entry(.treeElapsedUnknownValue(slot("feit"), value: slot("waarde"), values: [slot("waarden")]), meaning: "'verstreken' noemt een waarde die het feit niet heeft.", fix: "Gebruik een van de waarden van het feit."),
        Entry(.treeElapsedValueNotMapping(slot("waarde")), meaning: "Bij een waarde in 'verstreken' hoort een beginpunt met een termijn.", fix: "Schrijf { beginpunt: termijn }, zoals { eerste-verzuimdag: 4 weken }."),
        Entry(.treeActionKindInvalid(slot("actie"), kind: slot("soort"), suggestion: slot("bekende soort")), meaning: "Elke actie is verplicht (uit S0 of de wet) of aanbevolen (praktijk uit een andere bron).", fix: "Schrijf soort: verplicht of soort: aanbevolen."),
        Entry(.treeActionNeedsTerm(slot("actie")), meaning: "Elke actie zegt wanneer hij moet gebeuren.", fix: "Voeg 'termijn' toe in een van de genoemde vormen (of 'geen' als de bronnen geen termijn noemen)."),
        Entry(.treeActionNeedsSource(slot("actie")), meaning: "Elke actie noemt zijn bron, zodat lezers kunnen nagaan waar hij vandaan komt.", fix: "Voeg 'bron' toe met het bestand en het onderdeel, of een url met titel."),
        Entry(.treeOutcomeValueInvalid(slot("sleutel"), what: slot("uitkomst"), value: slot("waarde"), allowed: [slot("waarden")], suggestion: slot("bekende waarde")), meaning: "Deze sleutel van een uitkomst heeft een vaste lijst van waarden.", fix: "Gebruik een van de genoemde waarden (kijk naar de suggestie)."),
        Entry(.treeRegistrationInvalid(slot("waarde"), what: slot("uitkomst"), allowed: [slot("registraties")], suggestion: slot("bekende registratie")), meaning: "Een uitkomst registreert in een van de bekende registraties.", fix: "Gebruik een van de genoemde registraties, of [] voor geen."),
        Entry(.treeOutcomeNeedsRegistration(slot("uitkomst")), meaning: "Elke uitkomst zegt waar de school registreert, ook als dat nergens is.", fix: "Voeg 'registratie' toe, bijvoorbeeld [duo] of []."),
        Entry(.treeThuiszitterInvalid(slot("uitkomst")), meaning: "'thuiszitter' zegt of de leerling met deze uitkomst als thuiszitter telt.", fix: "Schrijf thuiszitter: ja of thuiszitter: nee."),
        Entry(.holidayNotDate(slot("tekst")), meaning: "Een dag in feestdagen.yml is geen geldige datum.", fix: "Schrijf de datum als JJJJ-MM-DD, zoals 2026-12-25."),
        Entry(.holidayTwice(slot("datum")), meaning: "Dezelfde dag staat twee keer in feestdagen.yml.", fix: "Haal er één weg."),
        Entry(.holidaysEmpty(), meaning: "Termijnen in werkdagen slaan weekends en feestdagen over; zonder dagen in feestdagen.yml zouden feestdagen meetellen.", fix: "Zet de feestdagen onder 'dagen', met de bron."),
        Entry(.scenarioNeedsAnswers(slot("scenario")), meaning: "Een scenario geeft op elke vraag van zijn route een antwoord.", fix: "Voeg 'antwoorden' toe, zoals { ingeschreven: ja, verzuim: nee }."),
        Entry(.scenarioNeedsExpectation(slot("scenario")), meaning: "Een scenario zegt wat de uitkomst moet zijn; zonder verwachting test het niets.", fix: "Voeg 'verwacht' toe, zoals { uitkomst: duo }."),
        Entry(.conditionsNotMapping(slot("onderdeel")), meaning: "'als', 'dan' en 'verwacht' bestaan uit regels 'onderwerp: waarde'.", fix: "Schrijf het als { verzuim: ongeoorloofd } of als regels 'onderwerp: waarde'."),
        Entry(.conditionUnknownTest(slot("test"), subject: slot("onderwerp")), meaning: "Een voorwaarde kent alleen de tests 'niet' en 'alle'.", fix: "Gebruik { niet: ... } of { alle: [...] }, of schrijf alleen de waarde."),
        Entry(.conditionValueInvalid(slot("onderwerp")), meaning: "De test van een voorwaarde heeft een vorm die Routeboek niet kent.", fix: "Schrijf een waarde, een lijst [a, b] of { niet: ..., alle: [...] }."),
        Entry(.termInvalid(slot("actie"), written: slot("tekst")), meaning: "De termijn van een actie heeft een vorm die Routeboek niet kent.", fix: "Gebruik een van de genoemde vormen."),
        Entry(.termWithoutStart(slot("actie"), span: slot("termijn"), starts: [slot("beginpunten")]), meaning: "'binnen' of 'vanaf' zegt hoe lang, maar niet na welk beginpunt.", fix: "Voeg 'na' toe met een van de genoemde beginpunten."),
        Entry(.termUpToShorter(upTo: slot("tot"), every: slot("elke")), meaning: "Een herhaalde actie ('elke') loopt tot een eindtermijn ('tot') die korter is dan één keer.", fix: "Maak 'tot' langer dan 'elke', of haal 'tot' weg."),
        Entry(.termUnknownMoment(slot("moment"), allowed: [slot("momenten")], suggestion: slot("bekend moment")), meaning: "'bij' noemt een moment dat Routeboek niet kent.", fix: "Gebruik een van de genoemde momenten (kijk naar de suggestie)."),
        Entry(.termSaysNothing(slot("actie")), meaning: "De termijn heeft geen 'binnen', 'vanaf', 'elke' of 'bij'.", fix: "Gebruik een van de genoemde vormen."),
        Entry(.termTwoKinds(slot("actie"), kinds: [slot("vorm"), slot("vorm")]), meaning: "Een termijn met twee vormen, zoals 'binnen' en 'vanaf', kan het plan maar op één manier lezen; de andere zou stil wegvallen.", fix: "Houd de vorm die de bron bedoelt en haal de andere weg."),
        Entry(.termUnknownStart(slot("beginpunt"), allowed: [slot("beginpunten")], suggestion: slot("bekend beginpunt")), meaning: "'na' noemt een beginpunt dat Routeboek niet kent.", fix: "Gebruik een van de genoemde beginpunten (kijk naar de suggestie)."),
        Entry(.termUnknownUnit(slot("eenheid"), in: slot("termijn"), units: [slot("eenheden")], suggestion: slot("bekende eenheid")), meaning: "Een termijn heeft een eenheid die Routeboek niet kent.", fix: "Gebruik dagen, werkdagen, weken of maanden (kijk naar de suggestie)."),
        Entry(.termNotASpan(slot("tekst")), meaning: "Een termijn is een getal met een eenheid.", fix: "Schrijf bijvoorbeeld 2 weken of 5 werkdagen."),
        Entry(.actionRequiredWithoutAuthority(slot("actie")), meaning: "Verplicht betekent: het eigen document van dit samenwerkingsverband (S0) of de wet zegt het. Documenten van andere regio's geven alleen advies.",
              fix: "Noem S0 of de wet (een openbare url) als bron, of maak de actie soort: aanbevolen."),
        Entry(.termAmountTooLarge(slot("termijn"), most: slot("het grootste aantal van die eenheid")), meaning: "Een termijn is langer dan 10 jaar. Dat is bijna altijd een tikfout, en de beslisboom rekent er niet mee.", fix: "Schrijf een kortere termijn, zoals 6 weken of 12 maanden."),
        Entry(.termAmountTooSmall(slot("termijn"), least: 1, otherwise: slot("wat je dan schrijft")), meaning: "Een termijn heeft een getal van 0 of minder: 'binnen: 0 weken' is meteen, 'elke: 0 maanden' herhaalt niets, en een termijn telt niet terug.", fix: "Schrijf een getal vanaf 1 zonder min, of termijn: direct als het meteen moet."),
    ]
}
