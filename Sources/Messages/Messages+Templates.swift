/// RB3xx: the templates (Templates/layouts, Templates/partials), the theme's files and the links the
/// templates write. These are for whoever changes the site's look; an editor of texts rarely sees them.
extension Message {
    public static func templateFolderUnreadable(_ reason: String) -> Message {
        Message("RB301", .error, "deze map kan niet gelezen worden: \(reason)")
    }
    public static func templateEmpty(isLayout: Bool) -> Message {
        Message("RB302", .error, "deze \(isLayout ? "layout" : "partial") is leeg; zet de HTML terug (anders komen pagina's zonder online)")
    }
    public static func templateControlCharacter(_ code: String) -> Message {
        Message("RB303", .error, "er staat een stuurteken (\(code)) in deze template; haal het weg")
    }
    public static func templateNestedTooDeep(_ limit: Int) -> Message {
        templateNestedTooDeep(limitText: String(limit))
    }
    static func templateNestedTooDeep(limitText: String) -> Message {
        Message("RB304", .error, "secties zijn hier meer dan \(limitText) diep genest; sluit er een paar met {{/naam}} (ontbreekt er een sluittag?)")
    }
    public static func templateDynamicPartial() -> Message {
        Message("RB305", .error, "een partial die door een waarde gekozen wordt ({{> *naam}}) kan niet gecontroleerd worden; noem de partial zelf")
    }
    public static func templateHTML(_ problem: String) -> Message {
        Message("RB306", .error, "HTML van de template: \(problem)")
    }
    public static func templateSyntax(_ problem: String) -> Message {
        Message("RB307", .error, "fout in de templatetaal: \(problem)")
    }
    public static func templatePartialMissing(_ partial: String, file: String) -> Message {
        Message("RB308", .error, "partial '\(partial)' bestaat niet: maak \(file) of verbeter de naam")
    }
    public static func templatePartialEndless(_ partial: String, path: String) -> Message {
        Message("RB309", .error, "partial '\(partial)' neemt zichzelf op (\(path)) buiten elke sectie, dus de pagina zou nooit af zijn; haal de {{> \(partial)}} weg die de kring sluit")
    }
    public static func templateChainTooDeep(_ chain: String) -> Message {
        Message("RB310", .error, "secties en partials zijn hier te diep genest om te tekenen (\(chain)); maak de nesting minder diep")
    }
    public static func templateLayoutTooDeep(_ depth: Int, limit: Int) -> Message {
        templateLayoutTooDeep(depthText: String(depth), limitText: String(limit))
    }
    static func templateLayoutTooDeep(depthText: String, limitText: String) -> Message {
        Message("RB311", .error, "deze layout nest secties \(depthText) diep (hoogstens \(limitText)); maak de nesting minder diep")
    }
    public static func templateRequiredMissing(isLayout: Bool) -> Message {
        Message("RB312", .error, "deze \(isLayout ? "layout" : "partial") ontbreekt, en de generator heeft hem nodig")
    }
    public static func themeFileUnreadable(_ reason: String) -> Message {
        Message("RB313", .error, "dit bestand kan niet gelezen worden: \(reason)")
    }
    public static func themeFileProblem(_ problem: String) -> Message {
        Message("RB314", .error, "dit bestand van het thema klopt niet: \(problem)")
    }
    public static func templateRenderEndless(_ partial: String) -> Message {
        Message("RB315", .error, "de pagina werd hier nooit af: {{> \(partial)}} neemt zichzelf op in een sectie waarvan de waarde verderop weer gevonden wordt (een item zonder eigen lijst neemt die van zijn ouder); geef elk item de lijst, leeg als het er geen heeft")
    }
    public static func templateLayoutCutShort() -> Message {
        Message("RB316", .error, "de pagina's van deze layout eindigen niet met </html>; is het bestand afgekapt?")
    }
    public static func templateLayoutWithoutCSP() -> Message {
        Message("RB317", .error, "de pagina's van deze layout hebben geen <meta http-equiv=\"Content-Security-Policy\" content=\"{{csp}}\">; houd {{> head}} in de <head>")
    }
    public static func siteLinkBroken(_ link: String, problem: String, pages: String) -> Message {
        Message("RB318", .error, "de link '\(link)' \(problem) (\(pages)); verbeter de link")
    }
    public static func stylePartEmpty(_ stylesheet: String) -> Message {
        Message("RB319", .error, "dit deel van \(stylesheet) is leeg; zet de regels terug of verwijder het bestand")
    }
    public static func stylePartUnreadable(_ stylesheet: String, reason: String) -> Message {
        Message("RB320", .error, "dit deel van \(stylesheet) kan niet gelezen worden: \(reason)")
    }
    public static func styleTwoSources(_ stylesheet: String, folder: String) -> Message {
        Message("RB321", .error, "\(stylesheet) wordt ook uit de delen in \(folder) samengesteld; houd er één: verwijder dit bestand of die map")
    }
    public static func stylePartNotCSS(_ stylesheet: String) -> Message {
        Message("RB322", .error, "alleen .css-bestanden worden samengevoegd tot assets/\(stylesheet); geef dit bestand de extensie .css of zet het in Templates/assets")
    }
    public static func styleFileOutsideFolder() -> Message {
        Message("RB323", .error, "Templates/styles bevat alleen mappen, één per stylesheet; zet dit bestand in zo'n map, of in Templates/assets")
    }
    public static func templateNameUnknown(_ name: String, in origin: String, known: String, suggestion: String?) -> Message {
        Message("RB325", .error, "'\(name)' bestaat niet in wat \(origin) hier krijgt, dus er zou niets komen te staan; hier bestaan: \(known)\(didYouMean(suggestion))")
    }
    public static func templateFieldUnknown(_ field: String, of path: String, known: String, suggestion: String?) -> Message {
        Message("RB326", .error, known.isEmpty
                ? "'\(path)' heeft geen velden, dus '\(path).\(field)' zou leeg blijven; schrijf alleen '\(path)'"
                : "'\(path)' heeft geen veld '\(field)', dus er zou niets komen te staan; de velden zijn: \(known)\(didYouMean(suggestion))")
    }
    public static func templateNameIsGroup(_ name: String, kind: String) -> Message {
        Message("RB327", .error, "'\(name)' is een \(kind), geen tekst: {{\(name)}} zou iets onleesbaars tonen; schrijf {{#\(name)}}...{{/\(name)}} met de velden daarbinnen")
    }
    public static func templateFunctionUnknown(_ function: String, name: String, allowed: String) -> Message {
        Message("RB328", .error, "'\(function)' in '\(name)' is geen functie voor deze waarde, dus er zou niets komen te staan; hier kan: \(allowed)")
    }
    public static func templateLayoutUnknown(_ name: String, known: [String], suggestion: String?) -> Message {
        Message("RB330", .warning, "de generator kent geen layout '\(name)', dus deze wordt nooit gebruikt\(didYouMean(suggestion)) (de layouts: \(known.joined(separator: ", ")))")
    }
    public static func templatePartialUnused(_ name: String) -> Message {
        Message("RB331", .warning, "geen layout of partial neemt '\(name)' op ({{> \(name)}}), dus deze wordt nooit gebruikt; neem hem op of haal het bestand weg")
    }
    public static func templateFunctionOutsideList(_ name: String) -> Message {
        Message("RB329", .error, "'\(name)' werkt alleen direct binnen een lijst ({{#lijst}}...{{/lijst}}, niet in een partial daarbinnen); hier zou het niets doen")
    }
    public static func styleFolderWithoutParts(_ stylesheet: String) -> Message {
        Message("RB324", .error, "deze map heeft geen .css-bestanden, dus assets/\(stylesheet) zou leeg zijn; zet de delen terug of verwijder de map")
    }
    public static func templatesFolderMissing() -> Message {
        Message("RB332", .error, "de map met templates bestaat niet; start routeboek in de projectmap (waar Content en Templates staan) of geef --templates op")
    }
}

extension MessageCatalogue {
    private static let cutShort = "Vaak is het bestand afgekapt (half opgeslagen of half gekopieerd)."
    static let templates: [Entry] = [
        Entry(.templatesFolderMissing(), meaning: "De bouw vindt de map met templates niet. Zonder --templates zoekt hij Templates in de map waarin je routeboek start.",
              fix: "Start routeboek in de projectmap, of geef de map op: routeboek build --templates pad/naar/Templates."),
        Entry(.templateFolderUnreadable(slot("reden")), meaning: "Een map met templates kan niet gelezen worden.", fix: "Controleer of de map bestaat en of je er leesrechten op hebt."),
        Entry(.templateEmpty(isLayout: true), meaning: "Een template (layout of partial) is leeg; pagina's zouden zonder die HTML gepubliceerd worden.", fix: "Zet de HTML terug, bijvoorbeeld uit git."),
        Entry(.templateControlCharacter(slot("U+000B")), meaning: "Er staat een onzichtbaar stuurteken in de template.", fix: "Haal het teken weg (de melding wijst de plaats aan)."),
        Entry(.templateNestedTooDeep(limitText: slot("aantal")), meaning: "Secties ({{#naam}} ... {{/naam}}) zijn heel diep in elkaar gezet; meestal ontbreekt een sluittag.", fix: "Sluit elke sectie met {{/naam}}."),
        Entry(.templateDynamicPartial(), meaning: "Een partial wordt gekozen door een waarde; Routeboek kan dan niet nagaan of die bestaat.", fix: "Schrijf de naam van de partial zelf, zoals {{> kop}}."),
        Entry(.templateHTML(slot("probleem")), meaning: "De HTML van de template klopt niet: een tag, element of commentaar wordt niet afgesloten. " + cutShort, fix: "Sluit wat de melding noemt, of zet het bestand terug uit git."),
        Entry(.templateSyntax(slot("probleem")), meaning: "De Mustache-tags ({{ }}) van de template kloppen niet.", fix: "Verbeter de tag op de genoemde plaats, zoals de melding zegt."),
        Entry(.templatePartialMissing(slot("partial"), file: slot("bestand")), meaning: "Een template neemt een partial op ({{> naam}}) die niet bestaat.", fix: "Maak het genoemde bestand, of verbeter de naam."),
        Entry(.templatePartialEndless(slot("partial"), path: slot("kring")), meaning: "Partials nemen elkaar in een kring op, buiten een sectie; tekenen zou nooit stoppen.", fix: "Haal de {{> naam}} weg die de kring sluit."),
        Entry(.templateChainTooDeep(slot("keten")), meaning: "Partials en secties zijn zo diep genest dat de pagina niet getekend kan worden.", fix: "Maak de nesting minder diep."),
        Entry(.templateLayoutTooDeep(depthText: slot("diepte"), limitText: slot("grens")), meaning: "Een layout nest secties dieper dan Routeboek kan tekenen.", fix: "Maak de nesting minder diep."),
        Entry(.templateRequiredMissing(isLayout: true), meaning: "Routeboek maakt pagina's met vaste layouts en partials; deze ontbreekt.", fix: "Zet het bestand terug, bijvoorbeeld uit git of uit de standaardtemplates."),
        Entry(.themeFileUnreadable(slot("reden")), meaning: "Een bestand van het thema (Templates/assets) kan niet gelezen worden.", fix: "Controleer de rechten op het bestand."),
        Entry(.themeFileProblem(slot("probleem")), meaning: "Een CSS-, JavaScript- of SVG-bestand van het thema is leeg of afgekapt. " + cutShort, fix: "Zet het bestand terug, bijvoorbeeld uit git."),
        Entry(.templateRenderEndless(slot("partial")), meaning: "Een partial die zichzelf in een sectie opneemt (zoals de delen van het hele document), stopte niet omdat een item geen eigen lijst had.", fix: "Geef elk item de lijst, leeg als het er geen heeft."),
        Entry(.templateLayoutCutShort(), meaning: "De pagina's die deze layout maakt, zijn niet af. " + cutShort, fix: "Zet het einde van de layout terug (tot en met </html>)."),
        Entry(.templateLayoutWithoutCSP(), meaning: "Elke pagina heeft het beveiligingsbeleid van de site (geen scripts van elders); deze layout laat het weg.", fix: "Zet {{> head}} terug in de <head> van de layout."),
        Entry(.siteLinkBroken(slot("link"), problem: slot("probleem"), pages: slot("pagina's")), meaning: "Een link die de templates of de generator schrijven, wijst naar iets wat niet op de site staat. De melding staat op de template als de link daarin staat.",
              fix: "Verbeter de link in de template (schrijf hem met {{root}} ervoor, zodat hij vanuit elke map werkt)."),
        Entry(.stylePartEmpty(slot("stylesheet")), meaning: "Een stylesheet van het thema staat in delen in Templates/styles (één bestand per onderdeel); dit deel is leeg, dus dat onderdeel zou zonder opmaak online komen.",
              fix: "Zet de regels terug, bijvoorbeeld uit git; is het onderdeel echt weg, verwijder dan het bestand."),
        Entry(.stylePartUnreadable(slot("stylesheet"), reason: slot("reden")), meaning: "Een deel van een stylesheet in Templates/styles kan niet gelezen worden.", fix: "Controleer de rechten op het bestand."),
        Entry(.styleTwoSources(slot("stylesheet"), folder: slot("map")), meaning: "Een stylesheet staat zowel als bestand in Templates/assets als in delen in een map van Templates/styles; de site kan er maar één hebben.",
              fix: "Verwijder het bestand in Templates/assets (de delen zijn de bron) of de map in Templates/styles."),
        Entry(.stylePartNotCSS(slot("stylesheet")), meaning: "In een map van Templates/styles staat iets wat geen .css-bestand is; alleen die worden samengevoegd, dus dit zou zonder melding wegvallen.",
              fix: "Geef een deel de extensie .css; zet andere bestanden (afbeeldingen, scripts) in Templates/assets."),
        Entry(.styleFileOutsideFolder(), meaning: "Elke map in Templates/styles wordt één stylesheet; een bestand direct in Templates/styles hoort bij geen enkele en zou wegvallen.",
              fix: "Zet het bestand in de map van de stylesheet waar het bij hoort, of in Templates/assets."),
        Entry(.templateNameUnknown(slot("naam"), in: slot("layout"), known: slot("namen"), suggestion: nil),
              meaning: "Een template gebruikt een naam ({{naam}}) die niet bestaat in wat de generator die layout of partial geeft; er zou niets komen te staan, zonder dat iemand het merkt. Meestal een tikfout.",
              fix: "Verbeter de naam; de melding noemt de namen die daar bestaan, en docs/templates.md beschrijft ze per layout."),
        Entry(.templateFieldUnknown(slot("veld"), of: slot("naam"), known: slot("velden"), suggestion: nil),
              meaning: "Een template leest een veld (naam.veld) dat de waarde niet heeft.",
              fix: "Verbeter het veld; de melding noemt de velden die bestaan."),
        Entry(.templateNameIsGroup(slot("naam"), kind: slot("soort")),
              meaning: "Een groep of lijst wordt als tekst getoond ({{naam}}); dat geeft onleesbare tekst op de pagina.",
              fix: "Schrijf een sectie: {{#naam}} ... {{/naam}}, met daarbinnen de velden van de groep."),
        Entry(.templateFunctionUnknown(slot("functie"), name: slot("naam"), allowed: slot("functies")),
              meaning: "Een functie als empty(.) of first() bestaat niet voor deze soort waarde; er zou niets komen te staan.",
              fix: "Gebruik een van de functies die de melding noemt, of verbeter de tikfout."),
        Entry(.templateFunctionOutsideList(slot("functie()")),
              meaning: "first(), last(), index(), even() en odd() zeggen waar je bent in een lijst; buiten een lijst, of in een partial binnen een lijst, bestaan ze niet.",
              fix: "Zet de tag direct binnen {{#lijst}} ... {{/lijst}}, in hetzelfde bestand."),
        Entry(.templateLayoutUnknown(slot("naam"), known: [slot("layouts")], suggestion: slot("bekende layout")),
              meaning: "In Templates/layouts staat een bestand waarvan de naam geen layout van de generator is. Welke layout een pagina krijgt, kiest de generator zelf (zie docs/templates.md); een bestand met een andere naam wordt nooit gebruikt, ook niet als het een tikfout is.",
              fix: "Geef het bestand de naam van de layout die je wilt veranderen (de melding noemt ze), of haal het weg."),
        Entry(.templatePartialUnused(slot("naam")),
              meaning: "In Templates/partials staat een partial die geen layout of andere partial opneemt en die de generator ook niet zelf gebruikt. Wat erin staat, komt dus op geen enkele pagina.",
              fix: "Neem hem op met {{> naam}} waar hij hoort, of haal het bestand weg."),
        Entry(.styleFolderWithoutParts(slot("stylesheet")), meaning: "Een map in Templates/styles heeft geen enkel .css-bestand, dus de stylesheet die ze maakt zou leeg zijn.",
              fix: "Zet de delen terug, bijvoorbeeld uit git, of verwijder de map."),
    ]
}
