/// RB4xx: building: the content folder and site.yml as a whole, the output folder (Public/), the
/// search index, and the whole routeboek as one document and PDF.
extension Message {
    public static func contentFolderMissing() -> Message {
        Message("RB401", .error, "de contentmap bestaat niet; start routeboek in de projectmap of geef --content op")
    }
    public static func siteSettingsMissing(_ file: String) -> Message {
        Message("RB402", .error, "de site-instellingen ontbreken: maak \(file) met titel, organisatie en bronnen")
    }
    public static func stemmerUnavailable() -> Message {
        Message("RB403", .error, "de Nederlandse woordstammer van Snowball (libstemmer) kon niet starten; installeer libstemmer-dev opnieuw (scripts/install-build-deps.sh)")
    }
    public static func reservedPath() -> Message {
        Message("RB404", .error, "deze plaats is gereserveerd voor het thema en het zoeken; zet het bestand in een andere map")
    }
    public static func outputOutside(_ path: String) -> Message {
        Message("RB405", .error, "'\(path)' is niet geschreven: het ligt buiten de uitvoermap")
    }
    public static func outputDiskFull(_ output: String) -> Message {
        Message("RB406", .error, "de schijf is vol: de nieuwe site kon niet geschreven worden, en \(output) is niet veranderd; maak ruimte vrij en bouw opnieuw")
    }
    public static func outputWriteFailed(_ path: String, reason: String) -> Message {
        Message("RB407", .error, "\(path) kon niet geschreven worden: \(reason)")
    }
    public static func outputCopyUnreadable(_ path: String, reason: String) -> Message {
        Message("RB408", .error, "\(path) kon niet gelezen worden om het te kopiëren: \(reason)")
    }
    public static func outputCannotCreate(_ output: String, reason: String) -> Message {
        Message("RB409", .error, "de uitvoermap \(output) kan niet gemaakt worden: \(reason)")
    }
    public static func outputCannotSwap(_ output: String, reason: String) -> Message {
        Message("RB410", .error, "de nieuwe site kon niet op de plaats van \(output) gezet worden: \(reason); \(output) is niet veranderd")
    }
    public static func outputNotAFolder(_ output: String) -> Message {
        Message("RB411", .error, "\(output) is een bestand, geen map; haal het weg of kies een andere --output")
    }
    public static func outputWouldReplace(_ output: String, folder: String) -> Message {
        Message("RB412", .error, "de uitvoermap \(output) zou \(folder) vervangen; kies een andere --output")
    }
    public static func outputFailed(_ reason: String) -> Message {
        Message("RB413", .error, "de site kon niet geschreven worden: \(reason)")
    }
    public static func pdfToolMissing(_ package: String) -> Message {
        Message("RB414", .error, "de PDF kan niet gemaakt worden: het programma 'weasyprint' is niet geïnstalleerd. Installeer het Debian-pakket '\(package)' (apt-get install \(package); `make` doet dat voor je), of bouw zonder PDF (routeboek build --no-pdf)")
    }
    public static func pdfFailed(_ html: String, reason: String) -> Message {
        Message("RB415", .error, "WeasyPrint kon de PDF niet maken van \(html): \(reason)")
    }
    public static func pdfToolWarning(_ text: String) -> Message {
        Message("RB416", .warning, "WeasyPrint: \(text)")
    }
    public static func pdfToolError(_ text: String) -> Message {
        Message("RB417", .error, "WeasyPrint: \(text)")
    }
    public static func pdfImageUnreadable(_ path: String) -> Message {
        Message("RB419", .error, "WeasyPrint kon de afbeelding '\(path)' niet lezen voor de PDF: het bestand is beschadigd of van een soort die WeasyPrint niet kent; open het in een teken- of fotoprogramma, bewaar het opnieuw als PNG of JPEG en bouw opnieuw")
    }
    public static func pdfEmpty() -> Message {
        Message("RB418", .error, "WeasyPrint stopte zonder fout, maar schreef geen PDF")
    }
}

extension MessageCatalogue {
    private static let unchanged = "Bij een fout blijft de vorige versie van de uitvoermap (Public/) staan zoals hij was."
    static let output: [Entry] = [
        Entry(.contentFolderMissing(), meaning: "Routeboek zoekt de pagina's in de map Content (of in de map die je met --content opgeeft); die bestaat niet.", fix: "Start routeboek in de map van het project, of geef de contentmap op met --content."),
        Entry(.siteSettingsMissing(slot("bestand")), meaning: "Content/site.yml ontbreekt; daarin staan de titel, de organisatie en de bronnen van de site.", fix: "Maak het bestand met titel, organisatie en bronnen (zie docs/content-format.md)."),
        Entry(.stemmerUnavailable(), meaning: "Het zoeken van de site gebruikt Snowball om woorden tot hun stam terug te brengen; die bibliotheek kon niet starten.", fix: "Voer scripts/install-build-deps.sh uit."),
        Entry(.reservedPath(), meaning: "Een bestand in de contentmap staat op een plaats die de site zelf gebruikt (assets/, zoeken.html, register.html, het hele document).", fix: "Zet het bestand in een andere map en pas de links aan."),
        Entry(.outputOutside(slot("pad")), meaning: "Routeboek schrijft alleen in de uitvoermap; dit pad lag erbuiten. " + unchanged, fix: "Meld het: dit wijst op een fout in routeboek."),
        Entry(.outputDiskFull(slot("uitvoermap")), meaning: "De schijf raakte vol tijdens het schrijven. " + unchanged, fix: "Maak ruimte vrij op de schijf en bouw opnieuw."),
        Entry(.outputWriteFailed(slot("pad"), reason: slot("reden")), meaning: "Een bestand van de site kon niet geschreven worden. " + unchanged, fix: "Kijk naar de reden (vaak rechten op de map) en bouw opnieuw."),
        Entry(.outputCopyUnreadable(slot("pad"), reason: slot("reden")), meaning: "Een bestand uit de contentmap kon niet gelezen worden om het naar de site te kopiëren. " + unchanged, fix: "Controleer de rechten op het bestand."),
        Entry(.outputCannotCreate(slot("uitvoermap"), reason: slot("reden")), meaning: "De uitvoermap kan niet gemaakt worden.", fix: "Controleer de rechten op de map erboven, of kies een andere --output."),
        Entry(.outputCannotSwap(slot("uitvoermap"), reason: slot("reden")), meaning: "De nieuwe site is klaar, maar kon niet op de plaats van de oude gezet worden. " + unchanged, fix: "Kijk naar de reden (vaak rechten, of een programma dat de map open heeft) en bouw opnieuw."),
        Entry(.outputNotAFolder(slot("uitvoermap")), meaning: "Op de plaats van de uitvoermap staat een bestand.", fix: "Haal het bestand weg of kies een andere map met --output."),
        Entry(.outputWouldReplace(slot("uitvoermap"), folder: slot("map")), meaning: "De gekozen uitvoermap is (of bevat) de contentmap of de templates; bouwen zou die vervangen.", fix: "Kies een andere map met --output, zoals Public."),
        Entry(.outputFailed(slot("reden")), meaning: "De site kon niet geschreven worden. " + unchanged, fix: "Kijk naar de reden en bouw opnieuw."),
        Entry(.pdfToolMissing(slot("pakket")), meaning: "Het hele routeboek als PDF wordt gemaakt door WeasyPrint, en dat is niet geïnstalleerd.", fix: "Installeer het genoemde pakket (of voer make uit), of bouw met --no-pdf."),
        Entry(.pdfFailed(slot("bestand"), reason: slot("reden")), meaning: "WeasyPrint kon de PDF niet maken.", fix: "Kijk naar de reden; bouw zo nodig met --no-pdf en meld het."),
        Entry(.pdfToolWarning(slot("tekst")), meaning: "WeasyPrint gaf een waarschuwing bij het maken van de PDF.", fix: "Kijk naar de tekst; vaak gaat het om de opmaak van het hele document (templates)."),
        Entry(.pdfToolError(slot("tekst")), meaning: "WeasyPrint gaf een fout bij het maken van de PDF.", fix: "Kijk naar de tekst; vaak gaat het om de opmaak van het hele document (templates)."),
        Entry(.pdfEmpty(), meaning: "WeasyPrint meldde geen fout, maar er is geen PDF.", fix: "Bouw opnieuw; blijft het gebeuren, bouw dan met --no-pdf en meld het."),
        Entry(.pdfImageUnreadable(slot("afbeelding")),
              meaning: "Het bestand begint als een gewone afbeelding (de bouw kijkt daarnaar), maar WeasyPrint kon het toch niet lezen: het is verderop beschadigd, of het is een soort die WeasyPrint niet kent. De melding staat bij het bestand zelf.",
              fix: "Open de afbeelding in een teken- of fotoprogramma en bewaar of exporteer hem opnieuw als PNG of JPEG, onder dezelfde naam."),
    ]
}
