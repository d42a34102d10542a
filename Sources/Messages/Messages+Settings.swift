/// RB5xx: site.yml (RB501-RB505), publicatiedata and page dates (RB510-RB522), wijzigingen.yml
/// (RB530-RB537) and zoekwoorden.yml (RB540-RB548).
extension Message {
    public static func siteSettingsEmpty() -> Message {
        Message("RB501", .error, "site.yml is leeg: zet er titel, organisatie en bronnen in (zie docs/content-format.md)")
    }
    public static func siteContactEmpty() -> Message {
        Message("RB502", .error, "'contact' is leeg: vul naam, email, telefoon of website in, of haal 'contact' weg")
    }
    /// 100 years: a larger limit is a typo, and month arithmetic with it would overflow.
    public static let siteAgeLimitMost = 1200
    public static func siteAgeLimitOutOfRange(_ key: String, value: Int) -> Message {
        siteAgeLimitOutOfRange(key, valueText: String(value))
    }
    static func siteAgeLimitOutOfRange(_ key: String, valueText: String) -> Message {
        Message("RB503", .error, "'\(key)' moet tussen 1 en \(siteAgeLimitMost) maanden zijn, niet \(valueText)")
    }
    public static func siteSettingEmpty(_ key: String, in what: String) -> Message {
        Message("RB504", .error, "'\(key)' is leeg in \(what): vul een waarde in of haal de sleutel weg")
    }
    public static func siteWebsiteInvalid(_ value: String) -> Message {
        Message("RB505", .error, "'website' moet een webadres zijn dat begint met https:// (zoals https://www.example.nl), niet '\(value)'")
    }
    public static func siteEmailInvalid(_ value: String) -> Message {
        Message("RB506", .error, "'email' moet een e-mailadres zijn zoals info@example.nl, niet '\(value)'")
    }

    public static func scheduleNeedsSource(_ file: String) -> Message {
        Message("RB510", .error, "\(file) mist 'bron' (bestand en onderdeel): de bron van de data")
    }
    /// `meant`: the day written in the right form, when the text is one in another form (29-01-2027).
    public static func scheduleDateInvalid(meant: String? = nil) -> Message {
        Message("RB511", .error, "elke publicatiedatum moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2027-01-29\(didYouMean(meant))")
    }
    public static func scheduleDateTwice(_ date: String) -> Message {
        Message("RB512", .error, "\(date) staat twee keer in 'data'; houd er één")
    }
    public static func scheduleEmpty() -> Message {
        Message("RB513", .error, "'data' is leeg: zet de publicatiedata erin, één '- JJJJ-MM-DD' per regel")
    }
    public static func scheduleNextInvalid(_ unknown: String) -> Message {
        Message("RB514", .error, "'volgende' kan alleen '\(unknown)' zijn (de volgende data zijn nog niet bekend); haal de regel weg zodra ze bekend zijn")
    }
    public static func schedulePageDraft(_ page: String) -> Message {
        Message("RB515", .error, "pagina '\(page)' is een concept (concept: true), dus de publicatiedata zouden niet getoond worden")
    }
    public static func schedulePageMissing(_ page: String, folder: String, suggestion: String?) -> Message {
        Message("RB516", .error, "pagina '\(page)' bestaat niet in \(folder)\(didYouMean(suggestion))")
    }
    public static func scheduleNoneAheadRecorded(last: String, today: String, year: String) -> Message {
        Message("RB517", .notice, "er ligt geen publicatiedatum meer voor ons (de laatste is \(last), vandaag is \(today)) en de volgende staan als nog niet bekend, dus de pagina zegt dat; voeg de publicatiedata van \(year) toe en haal 'volgende: onbekend' weg zodra ze er zijn")
    }
    public static func scheduleNoneAhead(last: String, today: String, year: String) -> Message {
        Message("RB518", .warning, "er ligt geen publicatiedatum meer voor ons (de laatste is \(last), vandaag is \(today)): voeg de publicatiedata van \(year) toe, of schrijf 'volgende: onbekend' als ze nog niet bekend zijn")
    }
    public static func scheduleDateInText(_ written: String, file: String, page: String) -> Message {
        Message("RB519", .warning, "de publicatiedatum \(written) staat in de tekst; die hoort in \(file) en staat op \(page), dus link daarnaartoe, dan kan de tekst niet verouderen")
    }
    public static func pageWithoutUpdated(months: Int, setting: String) -> Message {
        pageWithoutUpdated(monthsText: String(months), setting: setting)
    }
    static func pageWithoutUpdated(monthsText: String, setting: String) -> Message {
        Message("RB520", .warning, "de pagina heeft geen 'bijgewerkt': zet erbij op welke dag de feiten het laatst zijn nagekeken (JJJJ-MM-DD), zodat de bouw kan zien wanneer de pagina \(monthsText) maanden oud is (\(setting))")
    }
    public static func pageUpdatedInFuture(_ updated: String, today: String) -> Message {
        Message("RB521", .warning, "'bijgewerkt' is \(updated), na vandaag (\(today)): schrijf de dag waarop de pagina het laatst is nagekeken")
    }
    public static func pageTooOld(_ updated: String, months: Int, today: String, setting: String) -> Message {
        pageTooOld(updated, monthsText: String(months), today: today, setting: setting)
    }
    static func pageTooOld(_ updated: String, monthsText: String, today: String, setting: String) -> Message {
        Message("RB522", .warning, "'bijgewerkt' is \(updated), meer dan \(monthsText) maanden voor vandaag (\(today); \(setting)): kijk de pagina na tegen haar bronnen en zet 'bijgewerkt' dan op de dag dat je dat deed")
    }

    public static func changesEmpty() -> Message {
        Message("RB530", .error, "'wijzigingen' is leeg: zet er minstens één wijziging in (datum, wat, pagina's, uitkomsten)")
    }
    public static func changeNeedsDate(_ what: String) -> Message {
        Message("RB531", .error, "\(what) mist 'datum': de dag van de wijziging, in de vorm JJJJ-MM-DD")
    }
    public static func changeReferenceNotText(_ key: String) -> Message {
        Message("RB532", .error, "elk item van '\(key)' moet één pad of id zijn, geen lijst of 'sleutel: waarde'-regels")
    }
    public static func changesLayoutMissing(_ layout: String, file: String) -> Message {
        Message("RB533", .error, "deze pagina gebruikt de layout '\(layout)', maar die ontbreekt in de templates: maak \(file)")
    }
    public static func changeInFuture(_ date: String, today: String) -> Message {
        Message("RB534", .warning, "de wijziging heeft datum \(date), na vandaag (\(today)): schrijf de dag waarop hij gedaan is")
    }
    public static func changePageDraft(_ what: String, path: String) -> Message {
        Message("RB535", .error, "\(what) '\(path)' is een concept (concept: true), dus die wordt niet gepubliceerd")
    }
    public static func changePageMissing(_ what: String, path: String, folder: String, suggestion: String?) -> Message {
        Message("RB536", .error, "\(what) '\(path)' bestaat niet in \(folder) (schrijf het pad vanaf die map, zoals registratie/privacy.md)\(didYouMean(suggestion))")
    }
    public static func changeOutcomeWithoutTree(_ outcome: String) -> Message {
        Message("RB537", .error, "uitkomst '\(outcome)': deze site heeft geen beslisboom")
    }
    public static func changeOutcomeUnknown(_ outcome: String, file: String, suggestion: String?) -> Message {
        Message("RB538", .error, "uitkomst '\(outcome)' is geen uitkomst van de beslisboom (de ids staan in \(file))\(didYouMean(suggestion))")
    }

    public static func searchWordsNotMapping(_ file: String) -> Message {
        Message("RB540", .error, "\(file) moet bestaan uit regels 'begrip: [zoekwoord, zoekwoord]'")
    }
    public static func searchTermNotText() -> Message {
        Message("RB541", .error, "een begrip moet als tekst geschreven worden, gevolgd door ':'")
    }
    public static func searchTermDraftOnly(_ term: String) -> Message {
        Message("RB542", .error, "'\(term)' is alleen een trefwoord van een concept (concept: true), en dat wordt niet gepubliceerd; publiceer de pagina of kies een ander begrip")
    }
    public static func searchTermUnknown(_ term: String, begrippen: String, suggestion: String?) -> Message {
        Message("RB543", .error, "'\(term)' is geen begrip van het routeboek: gebruik een kop '## ' van \(begrippen) of een trefwoord van een pagina\(didYouMean(suggestion))")
    }
    public static func searchWordsEmpty(_ term: String) -> Message {
        Message("RB544", .error, "'\(term)' heeft geen zoekwoorden: schrijf ze na de dubbele punt, als [woord, woord]")
    }
    public static func searchWordNotText(_ term: String) -> Message {
        Message("RB545", .error, "elk zoekwoord van '\(term)' moet een woord of een paar woorden zijn, geen lijst of 'sleutel: waarde'-regels")
    }
    public static func searchWordEmpty(_ term: String) -> Message {
        Message("RB546", .error, "een leeg zoekwoord onder '\(term)': haal het weg of schrijf een woord")
    }
    public static func searchWordIsTerm(_ word: String, term: String) -> Message {
        Message("RB547", .error, "'\(word)' is zelf een begrip van het routeboek ('\(term)'), dus het zoeken en het register vinden het al; haal het hier weg")
    }
    public static func searchWordTwice(_ word: String, term: String, line: String?) -> Message {
        Message("RB548", .error, "zoekwoord '\(word)' staat twee keer onder '\(term)'" + (line.map { " (regel \($0))" } ?? "") + "; houd er één")
    }
    public static func searchWordTwoTerms(_ word: String, earlier: String, line: String?) -> Message {
        Message("RB549", .error, "zoekwoord '\(word)' leidt al naar '\(earlier)'" + (line.map { " (regel \($0))" } ?? "") + "; een zoekwoord leidt naar één begrip")
    }
}

extension MessageCatalogue {
    static let settings: [Entry] = [
        Entry(.siteSettingsEmpty(), meaning: "Content/site.yml bevat de titel, de organisatie en de bronnen van de site; het bestand is leeg.", fix: "Zet er titel, organisatie en bronnen in, zoals beschreven in docs/content-format.md."),
        Entry(.siteContactEmpty(), meaning: "'contact' staat in site.yml, maar zonder gegevens; de voettekst zou leeg blijven.", fix: "Vul naam, email, telefoon of website in, of haal 'contact' weg."),
        Entry(.siteAgeLimitOutOfRange(slot("sleutel"), valueText: slot("waarde")), meaning: "De leeftijdsgrens van pagina's is een aantal maanden, van 1 tot en met 1200.", fix: "Schrijf een heel getal van 1 tot en met 1200, zoals 12."),
        Entry(.siteSettingEmpty(slot("sleutel"), in: slot("onderdeel")), meaning: "Een instelling staat er zonder waarde; lezers zouden een lege tekst zien.", fix: "Vul een waarde in of haal de sleutel weg."),
        Entry(.siteWebsiteInvalid(slot("waarde")), meaning: "De website in 'contact' wordt een link in elke voettekst; het moet een echt webadres zijn.", fix: "Schrijf het hele adres, beginnend met https://."),
        Entry(.siteEmailInvalid(slot("waarde")), meaning: "Het e-mailadres in 'contact' wordt een link in elke voettekst.", fix: "Schrijf een e-mailadres zoals info@example.nl, zonder 'mailto:'."),
        Entry(.scheduleNeedsSource(slot("bestand")), meaning: "De publicatiedata komen uit een bron; die staat er niet bij.", fix: "Voeg 'bron' toe met 'bestand' en 'onderdeel'."),
        Entry(.scheduleDateInvalid(meant: slot("datum")), meaning: "Een publicatiedatum is geen geldige datum.", fix: "Schrijf hem als JJJJ-MM-DD, zoals 2027-01-29."),
        Entry(.scheduleDateTwice(slot("datum")), meaning: "Dezelfde publicatiedatum staat twee keer in de lijst.", fix: "Haal er één weg."),
        Entry(.scheduleEmpty(), meaning: "De lijst 'data' is leeg.", fix: "Zet de publicatiedata erin, één '- JJJJ-MM-DD' per regel."),
        Entry(.scheduleNextInvalid(slot("onbekend")), meaning: "'volgende' zegt alleen dat de volgende data nog niet bekend zijn.", fix: "Schrijf 'volgende: onbekend', of haal de regel weg als de data bekend zijn."),
        Entry(.schedulePageDraft(slot("pagina")), meaning: "De pagina die de publicatiedata toont, is een concept en komt dus niet op de site.", fix: "Publiceer de pagina (haal 'concept' weg) of kies een andere pagina."),
        Entry(.schedulePageMissing(slot("pagina"), folder: slot("contentmap"), suggestion: slot("bestaande pagina")), meaning: "'pagina' in publicatiedata.yml noemt een pagina die niet bestaat.", fix: "Verbeter het pad (kijk naar de suggestie); schrijf het vanaf de contentmap."),
        Entry(.scheduleNoneAheadRecorded(last: slot("laatste datum"), today: slot("vandaag"), year: slot("jaar")), meaning: "Alle publicatiedata liggen in het verleden, en je hebt vastgelegd dat de volgende nog niet bekend zijn; de pagina zegt dat ook. De bouw gaat gewoon door.",
              fix: "Voeg de nieuwe data toe zodra ze bekend zijn, en haal dan 'volgende: onbekend' weg."),
        Entry(.scheduleNoneAhead(last: slot("laatste datum"), today: slot("vandaag"), year: slot("jaar")), meaning: "Alle publicatiedata liggen in het verleden; lezers zien geen volgende datum.", fix: "Voeg de data van het genoemde jaar toe, of schrijf 'volgende: onbekend' als ze nog niet bekend zijn."),
        Entry(.scheduleDateInText(slot("datum"), file: slot("bestand"), page: slot("pagina")), meaning: "Een publicatiedatum is in de tekst van een pagina getypt; als de data veranderen, klopt die tekst niet meer.", fix: "Haal de datum uit de tekst en link naar de pagina met de publicatiedata."),
        Entry(.pageWithoutUpdated(monthsText: slot("maanden"), setting: slot("instelling")), meaning: "De site controleert of pagina's niet te oud zijn; daarvoor heeft elke pagina 'bijgewerkt' nodig.", fix: "Zet 'bijgewerkt: JJJJ-MM-DD' in de front matter: de dag waarop je de feiten van de pagina hebt nagekeken."),
        Entry(.pageUpdatedInFuture(slot("datum"), today: slot("vandaag")), meaning: "'bijgewerkt' ligt in de toekomst.", fix: "Schrijf de dag waarop de pagina echt is nagekeken."),
        Entry(.pageTooOld(slot("datum"), monthsText: slot("maanden"), today: slot("vandaag"), setting: slot("instelling")), meaning: "De pagina is langer niet nagekeken dan de grens in site.yml.", fix: "Kijk de pagina na tegen haar bronnen en zet 'bijgewerkt' op de dag dat je dat deed."),
        Entry(.changesEmpty(), meaning: "wijzigingen.yml heeft een lege lijst 'wijzigingen'.", fix: "Zet er minstens één wijziging in, met datum, wat en de pagina's of uitkomsten."),
        Entry(.changeNeedsDate(slot("wijziging")), meaning: "Elke wijziging heeft de dag waarop hij gedaan is.", fix: "Voeg 'datum: JJJJ-MM-DD' toe."),
        Entry(.changeReferenceNotText(slot("sleutel")), meaning: "Een item van de lijst pagina's of uitkomsten is geen tekst.", fix: "Schrijf elk item als één pad of id, zoals registratie/privacy.md of ot-thuiszitter."),
        Entry(.changesLayoutMissing(slot("layout"), file: slot("bestand")), meaning: "De pagina 'Wat is er veranderd' heeft een eigen layout, en de templates hebben die niet.", fix: "Maak het genoemde templatebestand (kopieer het uit de standaardtemplates)."),
        Entry(.changeInFuture(slot("datum"), today: slot("vandaag")), meaning: "De datum van een wijziging ligt in de toekomst.", fix: "Schrijf de dag waarop de wijziging gedaan is."),
        Entry(.changePageDraft(slot("sleutel"), path: slot("pad")), meaning: "Een wijziging noemt een pagina die een concept is en dus niet op de site staat.", fix: "Publiceer de pagina of haal haar uit de wijziging."),
        Entry(.changePageMissing(slot("sleutel"), path: slot("pad"), folder: slot("contentmap"), suggestion: slot("bestaande pagina")), meaning: "Een wijziging noemt een pagina die niet bestaat.", fix: "Verbeter het pad (kijk naar de suggestie); schrijf het vanaf de contentmap."),
        Entry(.changeOutcomeWithoutTree(slot("uitkomst")), meaning: "Een wijziging noemt een uitkomst, maar de site heeft geen beslisboom.", fix: "Haal 'uitkomsten' weg bij de wijziging."),
        Entry(.changeOutcomeUnknown(slot("uitkomst"), file: slot("bestand"), suggestion: slot("bestaande uitkomst")), meaning: "Een wijziging noemt een uitkomst die de beslisboom niet heeft.", fix: "Verbeter de id (kijk naar de suggestie); de ids staan in uitkomsten.yml."),
        Entry(.searchWordsNotMapping(slot("bestand")), meaning: "zoekwoorden.yml koppelt begrippen aan woorden waarop lezers zoeken.", fix: "Schrijf regels als 'begrip: [zoekwoord, zoekwoord]'."),
        Entry(.searchTermNotText(), meaning: "Voor de ':' staat geen tekst.", fix: "Schrijf het begrip als tekst, gevolgd door ':'."),
        Entry(.searchTermDraftOnly(slot("begrip")), meaning: "Het begrip bestaat alleen als trefwoord van een pagina die nog een concept is.", fix: "Publiceer die pagina, of koppel de zoekwoorden aan een ander begrip."),
        Entry(.searchTermUnknown(slot("begrip"), begrippen: slot("begrippen.md"), suggestion: slot("bestaand begrip")), meaning: "Zoekwoorden horen bij een begrip: een kop '## ' van begrippen.md of een trefwoord van een pagina.", fix: "Verbeter het begrip (kijk naar de suggestie), of voeg het toe aan begrippen.md."),
        Entry(.searchWordsEmpty(slot("begrip")), meaning: "Achter het begrip staan geen zoekwoorden.", fix: "Schrijf ze na de dubbele punt, als [woord, woord], of haal de regel weg."),
        Entry(.searchWordNotText(slot("begrip")), meaning: "Een zoekwoord is een lijst of een blok regels in plaats van tekst.", fix: "Schrijf elk zoekwoord als tekst."),
        Entry(.searchWordEmpty(slot("begrip")), meaning: "Een zoekwoord is leeg of bevat alleen leestekens.", fix: "Haal het weg of schrijf een woord."),
        Entry(.searchWordIsTerm(slot("zoekwoord"), term: slot("begrip")), meaning: "Het zoekwoord is zelf al een begrip, dus het zoeken vindt het al.", fix: "Haal het zoekwoord weg."),
        Entry(.searchWordTwice(slot("zoekwoord"), term: slot("begrip"), line: slot("regel")), meaning: "Hetzelfde zoekwoord staat twee keer bij een begrip (hoofdletters en accenten tellen niet mee).", fix: "Houd er één."),
        Entry(.searchWordTwoTerms(slot("zoekwoord"), earlier: slot("begrip"), line: slot("regel")), meaning: "Een zoekwoord leidt naar één begrip; dit staat al bij een ander begrip.", fix: "Haal het bij een van de twee begrippen weg."),
    ]
}
