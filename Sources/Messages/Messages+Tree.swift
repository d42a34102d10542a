/// RB2xx: the beslisboom: ids and references (RB201-RB220), the outcomes' own rules and the routes
/// (RB221-RB236), scenarios (RB237-RB242). The checker in the Beslisboom target makes these; it knows
/// nothing of files, so a place is added by the caller.
extension Message {
    public static func treeStartNotQuestion(_ start: String, isOutcome: Bool, suggestion: String?) -> Message {
        let kind = isOutcome ? "een uitkomst; start moet een vraag zijn" : "geen vraag"
        return Message("RB201", .error, "start '\(start)' is \(kind)\(didYouMean(suggestion))")
    }
    public static func treeTooFewOptions(_ question: String, count: Int) -> Message {
        treeTooFewOptions(question, countText: String(count))
    }
    static func treeTooFewOptions(_ question: String, countText: String) -> Message {
        Message("RB202", .error, "vraag '\(question)' heeft \(countText) optie(s); een vraag heeft er minstens twee nodig")
    }
    public static func treeOptionLeadsNowhere(_ option: String, to target: String, suggestion: String?) -> Message {
        Message("RB203", .error, "optie '\(option)' gaat naar '\(target)', maar dat is geen vraag en geen uitkomst, dus deze route eindigt nergens\(didYouMean(suggestion))")
    }
    public static func treeExceptionWithoutWhen(_ option: String, to target: String) -> Message {
        Message("RB204", .error, "een uitzondering van optie '\(option)' heeft geen 'als': zeg welke routes naar '\(target)' gaan")
    }
    public static func treeUnknownAction(_ outcome: String, action: String, suggestion: String?) -> Message {
        Message("RB205", .error, "uitkomst '\(outcome)' noemt actie '\(action)', maar die staat niet in acties.yml\(didYouMean(suggestion))")
    }
    public static func treeActionTwice(_ outcome: String, action: String) -> Message {
        Message("RB206", .error, "uitkomst '\(outcome)' noemt actie '\(action)' twee keer; houd er één")
    }
    public static func treeProvisionalRegisters(_ outcome: String, registrations: [String]) -> Message {
        Message("RB207", .error, "uitkomst '\(outcome)' is voorlopig (de school moet eerst iets uitzoeken), maar registreert in \(dutchList(registrations)); een voorlopige uitkomst heeft registratie: []")
    }
    public static func treeUnknownShownFact(_ outcome: String, fact: String, suggestion: String?) -> Message {
        Message("RB208", .error, "uitkomst '\(outcome)' toont feit '\(fact)', maar dat staat niet in feiten.yml\(didYouMean(suggestion))")
    }
    public static func treeActionUnused(_ action: String) -> Message {
        Message("RB209", .warning, "actie '\(action)' wordt door geen enkele uitkomst gebruikt; zet hem bij de acties van een uitkomst of haal hem weg")
    }
    public static func treeInvariantRequiresRecommended(_ invariant: String, action: String) -> Message {
        Message("RB210", .error, "invariant '\(invariant)' eist actie '\(action)', maar die is aanbevolen; een invariant mag alleen verplichte acties eisen (maak de actie verplicht met een bron uit S0 of de wet, of haal hem uit de regel)")
    }
    public static func treeInvariantWithoutThen(_ invariant: String) -> Message {
        Message("RB211", .error, "invariant '\(invariant)' heeft geen 'dan': zeg wat er moet gelden")
    }
    public static func treeUnknownFact(_ context: String, fact: String, suggestion: String?) -> Message {
        Message("RB212", .error, "\(context) zet feit '\(fact)', maar dat staat niet in feiten.yml\(didYouMean(suggestion))")
    }
    public static func treeUnknownFactValue(_ context: String, fact: String, value: String, values: [String], suggestion: String?) -> Message {
        Message("RB213", .error, "\(context) zet feit '\(fact)' op '\(value)', maar dat is geen van zijn waarden (\(values.joined(separator: ", ")))\(didYouMean(suggestion))")
    }
    public static func treeAttributeTestedEarly(_ context: String, subject: String) -> Message {
        Message("RB214", .error, "\(context) test '\(subject)', een eigenschap van de uitkomst; hier kun je alleen feiten uit feiten.yml testen")
    }
    public static func treeAllOnlyOnLists(_ context: String, subject: String) -> Message {
        Message("RB215", .error, "\(context): 'alle' kan alleen bij registratie en acties, niet bij \(subject)")
    }
    public static func treeUnknownSubject(_ context: String, subject: String, attributes: [String], suggestion: String?) -> Message {
        Message("RB216", .error, "\(context) test '\(subject)', maar dat is geen eigenschap van een uitkomst (\(attributes.joined(separator: ", "))) en geen feit in feiten.yml\(didYouMean(suggestion))")
    }
    public static func treeImpossibleValue(_ context: String, subject: String, value: String, possible: [String], suggestion: String?) -> Message {
        Message("RB217", .error, "\(context): '\(subject)' kan nooit '\(value)' zijn (mogelijk: \(possible.joined(separator: ", ")))\(didYouMean(suggestion))")
    }
    public static func treeDuplicateNodeID(_ id: String, kind: String, first: String) -> Message {
        Message("RB218", .error, "id '\(id)' (\(kind)) staat er twee keer; hij wordt al gebruikt op \(first): vragen en uitkomsten delen één reeks ids")
    }
    /// `owner`: what the id belongs to, as "van vraag 'verzuim'" (an option's id is unique within its question).
    public static func treeDuplicateID(_ what: String, id: String, owner: String? = nil, first: String) -> Message {
        Message("RB219", .error, "\(what) '\(id)'\(owner.map { " " + $0 } ?? "") staat er twee keer; de eerste staat op \(first)")
    }
    public static func treeInvalidID(_ kind: String, id: String) -> Message {
        Message("RB220", .error, "de id van \(kind) '\(id)' mag alleen kleine letters a-z, cijfers en '-' bevatten")
    }
    public static func treeDUOWithoutMelding(_ outcome: String, meldingen: [String]) -> Message {
        Message("RB221", .error, "uitkomst '\(outcome)' registreert in DUO maar zegt duo-melding: geen; noem de melding (\(meldingen.joined(separator: ", ")))")
    }
    public static func treeMeldingWithoutDUO(_ outcome: String, melding: String) -> Message {
        Message("RB222", .error, "uitkomst '\(outcome)' heeft duo-melding '\(melding)' maar registreert niet in DUO; zet duo bij registratie of schrijf duo-melding: geen")
    }
    public static func treeKeuzehulpWithoutNote(_ outcome: String) -> Message {
        Message("RB223", .error, "uitkomst '\(outcome)' zegt afwijking: keuzehulp; schrijf een opmerking die de bronnen noemt die verschillen")
    }
    public static func treeUndeterminedNotProvisional(_ outcome: String) -> Message {
        Message("RB224", .error, "uitkomst '\(outcome)' zegt afwijking: nog-onbekend, maar is niet voorlopig; alleen een uitkomst waarbij de school eerst iets moet uitzoeken, laat de afwijking open")
    }
    public static func treeRegistrationTwice(_ outcome: String) -> Message {
        Message("RB225", .error, "uitkomst '\(outcome)' noemt dezelfde registratie twee keer")
    }
    public static func treeCycle(_ question: String) -> Message {
        Message("RB226", .error, "kringloop: deze route komt terug bij vraag '\(question)', die al gesteld is")
    }
    /// `option`: `vraag=id`; `fileName`: the length of the longest step page's name with this answer.
    public static func treeStepFileNameTooLong(_ option: String, length: Int, answers: Int, fileName: Int, limit: Int, most: Int) -> Message {
        Message("RB286", .error, "de id van optie '\(option)' is \(length) tekens, te lang voor een bestandsnaam: de pagina zonder JavaScript van een route met dit antwoord heet naar de ids van al zijn antwoorden (\(answers) antwoorden, met '_' ertussen en '.html' erachter \(fileName) tekens), en een bestandsnaam mag hoogstens \(limit) tekens zijn; maak de id hoogstens \(most) tekens")
    }
    public static func treeTooManyRoutes(_ limit: Int) -> Message {
        treeTooManyRoutes(limitText: String(limit))
    }
    static func treeTooManyRoutes(limitText: String) -> Message {
        Message("RB227", .error, "de beslisboom heeft meer dan \(limitText) routes; splits hem of voeg takken samen")
    }
    public static func treeUnreachableQuestion(_ question: String, start: String) -> Message {
        Message("RB228", .error, "vraag '\(question)' is vanaf start '\(start)' niet te bereiken: geen optie gaat ernaartoe")
    }
    public static func treeUnreachableOutcome(_ outcome: String) -> Message {
        Message("RB229", .error, "uitkomst '\(outcome)' is niet te bereiken: geen route eindigt erin")
    }
    public static func treeInvariantNeverApplies(_ invariant: String) -> Message {
        Message("RB230", .warning, "invariant '\(invariant)' geldt nooit: geen route voldoet aan zijn 'als'; kijk de waarden na die hij test")
    }
    /// One rule broken by one value; `rule` is the invariant as `invariant 'id' (regel 4) op file:line`.
    public static func treeInvariantBroken(subject: String, outcome: String, actual: String, rule: String, requires: String,
                                           routes: String, policy: String) -> Message {
        Message("RB231", .error, "'\(subject)' van uitkomst '\(outcome)' is \(actual), maar \(rule) eist \(requires) \(routes). Beleid: \(policy)")
    }
    /// Several rules broken by one value: `rules` lists each rule with what it demands.
    public static func treeInvariantsBroken(subject: String, outcome: String, actual: String, count: Int, rules: String,
                                            routes: String, policies: String) -> Message {
        treeInvariantsBroken(subject: subject, outcome: outcome, actual: actual, countText: String(count), rules: rules, routes: routes, policies: policies)
    }
    static func treeInvariantsBroken(subject: String, outcome: String, actual: String, countText: String, rules: String,
                                     routes: String, policies: String) -> Message {
        Message("RB232", .error, "'\(subject)' van uitkomst '\(outcome)' is \(actual), en dat breekt \(countText) regels: \(rules); \(routes). Beleid: \(policies)")
    }
    public static func treeActionNeverApplies(_ action: String, outcome: String, tests: String) -> Message {
        Message("RB233", .error, "actie '\(action)' bij uitkomst '\(outcome)' geldt nooit: zijn 'als' (\(tests)) spreekt elke route naar deze uitkomst tegen; haal hem weg bij deze uitkomst of verander zijn 'als'")
    }
    public static func treePlaceholderUnknownFact(_ action: String, name: String, suggestion: String?) -> Message {
        Message("RB234", .error, "actie '\(action)' noemt {\(name)} in de tekst, maar feiten.yml heeft geen feit '\(name)'\(didYouMean(suggestion))")
    }
    /// One message per fact an action's text names, for every route that shows the action without
    /// that fact: `outcomes` are the outcomes those routes end in, the first `listed` by name.
    public static func treePlaceholderFactNotSet(_ action: String, name: String, outcomes: [String], routeCount: Int, listed: Int = 3) -> Message {
        let names = outcomes.prefix(listed).map { "'\($0)'" } + (outcomes.count > listed ? ["\(outcomes.count - listed) andere"] : [])
        return treePlaceholderFactNotSet(action, name: name, routesText: routeCount == 1 ? "1 route" : "\(routeCount) routes",
                                         outcomesText: (outcomes.count == 1 ? "uitkomst " : "uitkomsten ") + dutchList(names),
                                         those: outcomes.count == 1 ? "die uitkomst" : "die uitkomsten")
    }
    static func treePlaceholderFactNotSet(_ action: String, name: String, routesText: String, outcomesText: String, those: String) -> Message {
        Message("RB235", .error, "actie '\(action)' noemt {\(name)} in de tekst, maar op \(routesText) naar \(outcomesText) heeft '\(name)' geen waarde; geef de actie een 'als' op dat feit, haal hem weg bij \(those), of haal {\(name)} uit de tekst")
    }
    public static func treeExceptionNeverApplies(_ option: String, to target: String) -> Message {
        Message("RB236", .warning, "de uitzondering van optie '\(option)' naar '\(target)' geldt nooit: geen route naar deze optie voldoet aan zijn 'als'")
    }
    public static func scenarioUnknownQuestion(_ scenario: String, question: String, suggestion: String?) -> Message {
        Message("RB237", .error, "scenario '\(scenario)' beantwoordt vraag '\(question)', maar die bestaat niet\(didYouMean(suggestion))")
    }
    public static func scenarioUnknownOption(_ scenario: String, question: String, option: String, options: [String], suggestion: String?) -> Message {
        Message("RB238", .error, "scenario '\(scenario)' beantwoordt '\(question)' met '\(option)', maar dat is geen van de opties (\(options.joined(separator: ", ")))\(didYouMean(suggestion))")
    }
    public static func scenarioCannotRun(_ scenario: String, reason: String) -> Message {
        Message("RB239", .error, "scenario '\(scenario)': \(reason)")
    }
    /// `isList`: the subject is a list (`acties`, `registratie`), which a test checks for what it contains.
    public static func scenarioWrongValue(_ scenario: String, subject: String, expected: String, actual: String, outcome: String, writtenAt: String?,
                                          isList: Bool = false) -> Message {
        Message("RB240", .error, "scenario '\(scenario)' verwacht dat '\(subject)' \(expected) \(isList ? "bevat" : "is"), maar de route geeft \(actual) (uitkomst '\(outcome)')" + (writtenAt.map { " (de waarde staat op \($0))" } ?? ""))
    }
    public static func scenarioOptionNotCovered(_ question: String, option: String) -> Message {
        Message("RB241", .error, "optie '\(question)=\(option)' wordt door geen enkel scenario gekozen; voeg een scenario toe waarvan de route \(question): \(option) antwoordt")
    }
    public static func scenarioExceptionNotCovered(_ option: String, to target: String) -> Message {
        Message("RB242", .error, "de uitzondering van optie '\(option)' naar '\(target)' wordt door geen enkel scenario gekozen; voeg een scenario toe waarvan de route aan zijn 'als' voldoet")
    }
}

extension MessageCatalogue {
    private static let ids = "Ids van vragen, opties, uitkomsten, feiten en acties staan in de bestanden in Content/beslisboom/."
    static let tree: [Entry] = treeReferences + treeRoutes + treeScenarios + treeFiles

    private static let treeReferences: [Entry] = [
        Entry(.treeStartNotQuestion(slot("id"), isOutcome: false, suggestion: slot("bestaande vraag")), meaning: "'start' in boom.yml moet de id van de eerste vraag zijn.",
              fix: "Schrijf bij 'start' de id van een vraag uit boom.yml (kijk naar de suggestie)."),
        Entry(.treeTooFewOptions(slot("vraag"), countText: slot("aantal")), meaning: "Een vraag met één optie is geen keuze.", fix: "Geef de vraag minstens twee opties, of haal de vraag weg en laat de optie ervoor direct doorgaan."),
        Entry(.treeOptionLeadsNowhere(slot("vraag=optie"), to: slot("id"), suggestion: slot("bestaande id")), meaning: "'naar' van een optie (of van een uitzondering) noemt een id die geen vraag en geen uitkomst is; de melding staat op de regel met 'naar'.",
              fix: "Verbeter de id (kijk naar de suggestie) of maak de vraag of uitkomst die ontbreekt. " + ids),
        Entry(.treeExceptionWithoutWhen(slot("vraag=optie"), to: slot("id")), meaning: "Een uitzondering zonder 'als' zou altijd gelden, en dan is het geen uitzondering.", fix: "Schrijf bij de uitzondering een 'als' met de feiten waarvoor die geldt."),
        Entry(.treeUnknownAction(slot("uitkomst"), action: slot("actie"), suggestion: slot("bestaande actie")), meaning: "Bij 'acties' van een uitkomst staat een id die niet in acties.yml staat.", fix: "Verbeter de id (kijk naar de suggestie) of voeg de actie toe aan acties.yml."),
        Entry(.treeActionTwice(slot("uitkomst"), action: slot("actie")), meaning: "Dezelfde actie staat twee keer bij een uitkomst.", fix: "Haal er één weg."),
        Entry(.treeProvisionalRegisters(slot("uitkomst"), registrations: [slot("registraties")]), meaning: "Een voorlopige uitkomst zegt dat de school eerst iets moet uitzoeken; registreren hoort bij de uitkomst daarna.",
              fix: "Zet 'registratie: []' bij de voorlopige uitkomst, of haal 'voorlopig' weg."),
        Entry(.treeUnknownShownFact(slot("uitkomst"), fact: slot("feit"), suggestion: slot("bestaand feit")), meaning: "'toon-feiten' van een uitkomst noemt een feit dat niet in feiten.yml staat.", fix: "Verbeter de id (kijk naar de suggestie) of voeg het feit toe aan feiten.yml."),
        Entry(.treeActionUnused(slot("actie")), meaning: "Een actie in acties.yml hoort bij geen enkele uitkomst, dus niemand krijgt hem te zien.", fix: "Zet de actie bij de 'acties' van een uitkomst, of haal hem weg uit acties.yml."),
        Entry(.treeInvariantRequiresRecommended(slot("invariant"), action: slot("actie")), meaning: "Een invariant is een regel van het beleid; hij mag alleen eisen wat verplicht is (S0 of de wet), geen advies uit andere regio's.",
              fix: "Maak de actie verplicht met een bron uit S0 of de wet, of haal de actie uit de regel."),
        Entry(.treeInvariantWithoutThen(slot("invariant")), meaning: "Een invariant zonder 'dan' eist niets.", fix: "Schrijf bij 'dan' wat er op elke route moet gelden."),
        Entry(.treeUnknownFact(slot("onderdeel"), fact: slot("feit"), suggestion: slot("bestaand feit")), meaning: "Een optie of regel noemt een feit dat niet in feiten.yml staat.", fix: "Verbeter de id (kijk naar de suggestie) of voeg het feit toe aan feiten.yml."),
        Entry(.treeUnknownFactValue(slot("onderdeel"), fact: slot("feit"), value: slot("waarde"), values: [slot("waarden")], suggestion: slot("bestaande waarde")),
              meaning: "Een feit krijgt een waarde die niet bij zijn 'waarden' in feiten.yml staat.", fix: "Gebruik een van de genoemde waarden (kijk naar de suggestie), of voeg de waarde toe aan het feit in feiten.yml."),
        Entry(.treeAttributeTestedEarly(slot("onderdeel"), subject: slot("eigenschap")), meaning: "Een uitzondering en het 'als' van een actie worden bekeken voordat de uitkomst bekend is; daar kun je alleen feiten testen.",
              fix: "Test een feit uit feiten.yml in plaats van een eigenschap van de uitkomst."),
        Entry(.treeAllOnlyOnLists(slot("onderdeel"), subject: slot("onderwerp")), meaning: "'alle' betekent: de lijst bevat al deze waarden; alleen registratie en acties zijn lijsten.", fix: "Schrijf de waarde (of een lijst van mogelijke waarden) zonder 'alle'."),
        Entry(.treeUnknownSubject(slot("onderdeel"), subject: slot("onderwerp"), attributes: [slot("eigenschappen")], suggestion: slot("bekend onderwerp")),
              meaning: "Een voorwaarde test iets wat geen eigenschap van een uitkomst en geen feit is.", fix: "Verbeter de naam (kijk naar de suggestie) of voeg het feit toe aan feiten.yml."),
        Entry(.treeImpossibleValue(slot("onderdeel"), subject: slot("onderwerp"), value: slot("waarde"), possible: [slot("waarden")], suggestion: slot("mogelijke waarde")),
              meaning: "Een voorwaarde test op een waarde die nooit voorkomt, dus de voorwaarde is altijd onwaar (of altijd waar).", fix: "Gebruik een van de mogelijke waarden (kijk naar de suggestie)."),
        Entry(.treeDuplicateNodeID(slot("id"), kind: slot("vraag of uitkomst"), first: slot("plaats")), meaning: "'naar' noemt een vraag of een uitkomst, dus hun ids moeten samen uniek zijn.", fix: "Geef een van de twee een andere id (en pas de 'naar'-regels aan)."),
        Entry(.treeDuplicateID(slot("soort"), id: slot("id"), first: slot("plaats")), meaning: "Twee opties van een vraag, feiten, acties, invarianten of scenario's hebben dezelfde id of naam.", fix: "Geef er één een andere id of naam, of voeg ze samen."),
        Entry(.treeInvalidID(slot("soort"), id: slot("id")), meaning: "Ids komen in adressen en bestandsnamen van de site, dus ze blijven eenvoudig.", fix: "Gebruik alleen kleine letters a-z, cijfers en '-', zoals 'ot-thuiszitter'."),
    ]

    private static let treeRoutes: [Entry] = [
        Entry(.treeDUOWithoutMelding(slot("uitkomst"), meldingen: [slot("meldingen")]), meaning: "Wie in DUO registreert, doet een bepaalde melding; de uitkomst zegt niet welke.", fix: "Schrijf bij duo-melding welke melding het is, of haal duo weg bij registratie."),
        Entry(.treeMeldingWithoutDUO(slot("uitkomst"), melding: slot("melding")), meaning: "De uitkomst noemt een DUO-melding, maar registreert niet in DUO.", fix: "Zet duo bij registratie, of schrijf duo-melding: geen."),
        Entry(.treeKeuzehulpWithoutNote(slot("uitkomst")), meaning: "afwijking: keuzehulp betekent dat de bronnen verschillen; de lezer moet weten welke en hoe.", fix: "Schrijf een 'opmerking' bij de uitkomst die de bronnen noemt die verschillen."),
        Entry(.treeUndeterminedNotProvisional(slot("uitkomst")), meaning: "afwijking: nog-onbekend kan alleen bij een voorlopige uitkomst, waar de school eerst iets moet uitzoeken.", fix: "Vul de afwijking in, of maak de uitkomst voorlopig (voorlopig: true)."),
        Entry(.treeRegistrationTwice(slot("uitkomst")), meaning: "Dezelfde registratie staat twee keer in de lijst.", fix: "Haal er één weg."),
        Entry(.treeCycle(slot("vraag")), meaning: "Een route komt terug bij een vraag die al gesteld is, dus die route eindigt nooit.", fix: "Verander de 'naar' op de genoemde regel zodat de route verder gaat naar een nieuwe vraag of een uitkomst."),
        Entry(.treeStepFileNameTooLong(slot("vraag=optie"), length: 180, answers: 7, fileName: 262, limit: 255, most: 173),
              meaning: "Elke route heeft een eigen pagina voor wie geen JavaScript heeft (beslisboom/stap/...). De naam van dat bestand is de ids van de antwoorden op de route, met '_' ertussen en '.html' erachter. Een bestandsnaam mag hoogstens 255 tekens zijn; een langere kan niet worden geschreven, en de build zou mislukken. De melding staat bij de langste id van de route en noemt de lengte die past. De ids van vragen en uitkomsten komen niet in bestandsnamen.",
              fix: "Maak de id van de optie korter: een paar woorden, zoals '4-weken-of-langer'. Pas hem ook aan in scenarios.yml."),
        Entry(.treeTooManyRoutes(limitText: slot("aantal")), meaning: "De beslisboom heeft zoveel routes dat niemand ze nog kan nalopen.", fix: "Splits de beslisboom of voeg takken samen."),
        Entry(.treeUnreachableQuestion(slot("vraag"), start: slot("start")), meaning: "Geen optie gaat naar deze vraag, dus niemand krijgt hem te zien.", fix: "Laat een optie met 'naar' naar de vraag gaan, of haal de vraag weg."),
        Entry(.treeUnreachableOutcome(slot("uitkomst")), meaning: "Geen route eindigt in deze uitkomst, dus niemand krijgt hem te zien.", fix: "Laat een optie met 'naar' naar de uitkomst gaan, of haal de uitkomst weg."),
        Entry(.treeInvariantNeverApplies(slot("invariant")), meaning: "Geen enkele route voldoet aan het 'als' van de regel, dus de regel controleert niets.", fix: "Kijk de waarden na die de regel test; vaak is een waarde verkeerd gespeld of veranderd."),
        Entry(.treeInvariantBroken(subject: slot("eigenschap"), outcome: slot("uitkomst"), actual: slot("waarde"), rule: "invariant '\(slot("invariant"))' (regel \(slot("regel"))) op \(slot("plaats"))", requires: slot("eis"),
                                   routes: "op \(slot("aantal")) route(s): \(slot("routes"))", policy: slot("beleid")),
              meaning: "Een waarde op de genoemde regel (meestal die je net hebt veranderd) breekt een regel van het beleid uit invarianten.yml. De melding staat op de waarde; de regel en zijn beleid staan erbij.",
              fix: "Verander de waarde zodat hij aan de regel voldoet. Klopt de regel zelf niet meer, verander dan invarianten.yml (met de bron)."),
        Entry(.treeInvariantsBroken(subject: slot("eigenschap"), outcome: slot("uitkomst"), actual: slot("waarde"), countText: slot("aantal"), rules: slot("regels"),
                                    routes: "op \(slot("aantal")) route(s): \(slot("routes"))", policies: slot("beleid")),
              meaning: "Eén waarde breekt meerdere regels van het beleid tegelijk; ze staan samen in één melding op die waarde.", fix: "Verander de waarde zodat hij aan de regels voldoet."),
        Entry(.treeActionNeverApplies(slot("actie"), outcome: slot("uitkomst"), tests: slot("voorwaarden")), meaning: "Het 'als' van de actie past bij geen enkele route naar deze uitkomst, dus de actie wordt daar nooit getoond.",
              fix: "Haal de actie weg bij deze uitkomst of verander zijn 'als'."),
        Entry(.treePlaceholderUnknownFact(slot("actie"), name: slot("feit"), suggestion: slot("bestaand feit")), meaning: "De tekst van een actie noemt {feit}, maar dat feit bestaat niet, dus er zou niets ingevuld kunnen worden.", fix: "Verbeter de naam tussen { } (kijk naar de suggestie)."),
        Entry(.treePlaceholderFactNotSet(slot("actie"), name: slot("feit"), routesText: "\(slot("aantal")) route(s)", outcomesText: "uitkomst(en) \(slot("uitkomsten"))", those: "die uitkomst(en)"),
              meaning: "De tekst van een actie noemt {feit}, maar op sommige routes die de actie tonen, heeft dat feit geen waarde (de vraag die het zet, komt op die routes niet voor), en dan zou er letterlijk {feit} staan. Het is één melding, op de plaats van {feit} in acties.yml; hij noemt de uitkomsten waar die routes eindigen, en één van de routes.",
              fix: "Geef de actie een 'als' op dat feit (dan hoort hij alleen bij routes die het zetten), haal hem weg bij de genoemde uitkomsten, of haal {feit} uit de tekst."),
        Entry(.treeExceptionNeverApplies(slot("vraag=optie"), to: slot("id")), meaning: "Geen route naar de optie voldoet aan het 'als' van de uitzondering, dus die wordt nooit gebruikt.", fix: "Kijk de waarden in 'als' na, of haal de uitzondering weg."),
    ]

    private static let treeScenarios: [Entry] = [
        Entry(.scenarioUnknownQuestion(slot("scenario"), question: slot("vraag"), suggestion: slot("bestaande vraag")), meaning: "Een scenario beantwoordt een vraag die niet in boom.yml staat.", fix: "Verbeter de id van de vraag (kijk naar de suggestie)."),
        Entry(.scenarioUnknownOption(slot("scenario"), question: slot("vraag"), option: slot("optie"), options: [slot("opties")], suggestion: slot("bestaande optie")), meaning: "Een scenario kiest een optie die de vraag niet heeft.", fix: "Gebruik een van de genoemde opties (kijk naar de suggestie)."),
        Entry(.scenarioCannotRun(slot("scenario"), reason: slot("reden")), meaning: "Het scenario kan niet tot een uitkomst komen, bijvoorbeeld omdat een antwoord op een vraag van de route ontbreekt.", fix: "Vul de antwoorden van het scenario aan zoals de reden zegt."),
        Entry(.scenarioWrongValue(slot("scenario"), subject: slot("eigenschap"), expected: slot("verwacht"), actual: slot("waarde"), outcome: slot("uitkomst"), writtenAt: slot("plaats")),
              meaning: "Een scenario beschrijft wat het beleid zegt voor een situatie; de beslisboom geeft nu iets anders. De plaats van de waarde staat erbij.",
              fix: "Verbeter de waarde op die plaats als de beslisboom fout is, of het scenario als het beleid veranderd is (met de bron)."),
        Entry(.scenarioOptionNotCovered(slot("vraag"), option: slot("optie")), meaning: "Elke optie wordt door minstens één scenario getest, zodat een wijziging die de route verandert opvalt.", fix: "Voeg in scenarios.yml een scenario toe dat deze optie kiest, met de uitkomst die het beleid geeft."),
        Entry(.scenarioExceptionNotCovered(slot("vraag=optie"), to: slot("id")), meaning: "Elke uitzondering wordt door minstens één scenario getest.", fix: "Voeg in scenarios.yml een scenario toe waarvan de route aan het 'als' van de uitzondering voldoet."),
    ]
}
