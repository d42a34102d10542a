/// RB8xx: the preview (`routeboek serve`): builds that end without a report, and the server itself.
extension Message {
    public static func previewCannotStartBuild(_ detail: String) -> Message {
        Message("RB801", .error, "het voorbeeld kon geen bouw starten (\(detail))")
    }
    public static func previewBuildTimedOut(_ limit: String) -> Message {
        Message("RB802", .error, "de bouw duurde langer dan \(limit) en is gestopt; je ziet nog de laatste goede versie van de site. Maak je laatste wijziging ongedaan om te vinden waardoor hij blijft hangen")
    }
    public static func previewBuildInterrupted(signal: Int32) -> Message {
        Message("RB803", .error, "de bouw is onderbroken (signaal \(signal)); je ziet nog de laatste goede versie van de site")
    }
    public static func previewBuildCrashed(signal: Int32, name: String) -> Message {
        Message("RB804", .error, "de bouw is vastgelopen (signaal \(signal): \(name)); dit is een fout in routeboek, niet in jouw tekst, en je ziet nog de laatste goede versie van de site. Maak je laatste wijziging ongedaan om te vinden waardoor het komt, en meld het")
    }
    public static func previewBuildWithoutReport(status: Int32) -> Message {
        Message("RB805", .error, "de bouw stopte (status \(status)) zonder verslag; je ziet nog de laatste goede versie van de site")
    }
    public static func previewWroteNothing() -> Message {
        Message("RB806", .error, "de bouw heeft niets geschreven")
    }
    public static func portInUse(_ port: Int, suggestion: Int) -> Message {
        Message("RB807", .error, "poort \(port) is al in gebruik (draait er al een `routeboek serve`?); kies een andere met --port, bijvoorbeeld --port \(suggestion)")
    }
    public static func cannotListen(_ address: String, reason: String) -> Message {
        Message("RB808", .error, "kan niet luisteren op \(address): \(reason)")
    }
    public static func previewCannotWatch(_ reason: String) -> Message {
        Message("RB809", .error, "het voorbeeld kan niet zien wanneer je een bestand bewaart: \(reason)")
    }
}

extension MessageCatalogue {
    private static let lastGood = "Het voorbeeld laat de laatste goede versie van de site zien tot een bouw weer lukt."
    static let preview: [Entry] = [
        Entry(.previewCannotStartBuild(slot("reden")), meaning: "Het voorbeeld bouwt de site in een apart proces, en dat kon niet starten. " + lastGood, fix: "Stop het voorbeeld (Ctrl-C) en start het opnieuw; helpt dat niet, bouw dan opnieuw met 'swift build'."),
        Entry(.previewBuildTimedOut(slot("tijd")), meaning: "De bouw bleef hangen en is na de tijdslimiet gestopt. " + lastGood, fix: "Maak je laatste wijziging ongedaan; komt het daardoor, meld het dan met die wijziging erbij."),
        Entry(.previewBuildInterrupted(signal: 0).withText(slot: "signaal"), meaning: "De bouw is van buitenaf gestopt (bijvoorbeeld met Ctrl-C). " + lastGood, fix: "Sla een bestand opnieuw op om opnieuw te bouwen."),
        Entry(.previewBuildCrashed(signal: 0, name: slot("naam")).withText(slot: "signaal"), meaning: "Routeboek zelf liep vast tijdens de bouw: een fout in het programma, niet in je tekst. " + lastGood, fix: "Maak je laatste wijziging ongedaan om te vinden waardoor het komt, en meld het met die wijziging erbij."),
        Entry(.previewBuildWithoutReport(status: 0).withText(slot: "status"), meaning: "De bouw stopte zonder te zeggen hoe het ging. " + lastGood, fix: "Voer 'routeboek check' uit in de terminal om de meldingen te zien."),
        Entry(.previewWroteNothing(), meaning: "De bouw gaf geen fout, maar schreef de site niet.", fix: "Voer 'routeboek build' uit in de terminal om te zien wat er gebeurt."),
        Entry(.portInUse(0, suggestion: 0).withText(slot: "poort"), meaning: "Een ander programma (vaak een tweede 'routeboek serve') gebruikt de poort al.", fix: "Stop het andere voorbeeld, of kies een andere poort met --port."),
        Entry(.cannotListen(slot("adres"), reason: slot("reden")), meaning: "Het voorbeeld kon geen webserver starten op dit adres.", fix: "Kies een andere poort met --port; de reden zegt meer."),
        Entry(.previewCannotWatch(slot("reden")), meaning: "Het voorbeeld let met inotify op bewaarde bestanden, en dat lukte niet (vaak: te veel bestanden of mappen tegelijk bekeken).", fix: "Verhoog fs.inotify.max_user_watches, of stop andere programma's die veel mappen volgen, en start het voorbeeld opnieuw."),
    ]
}

extension Message {
    /// The documented form of a message whose numbers are parameters: each number shown as a placeholder.
    func withText(slot name: String) -> Message {
        let slotted = text.replacingZeros(with: MessageCatalogue.slot(name))
        return Message(code, severity, slotted)
    }
}

private extension String {
    /// Every stand-alone "0" (a number parameter in an example) replaced.
    func replacingZeros(with replacement: String) -> String {
        var result = ""
        var previous: Character?
        let characters = Array(self)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "0" && !(previous?.isNumber ?? false) && !(next?.isNumber ?? false) {
                result += replacement
            } else {
                result.append(character)
            }
            previous = character
        }
        return result
    }
}
