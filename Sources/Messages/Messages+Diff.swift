/// RB9xx: `routeboek diff`, which reads the earlier content through git and compares it with the
/// working copy. These messages have no file position: they are about the command as a whole.
extension Message {
    public static func diffGitMissing() -> Message {
        Message("RB901", .error, "git is niet geïnstalleerd of staat niet in PATH; routeboek diff leest de eerdere inhoud via git")
    }
    public static func diffNotARepository(_ folder: String) -> Message {
        Message("RB902", .error, "\(folder) staat niet in een git-repository; routeboek diff vergelijkt met een git-revisie")
    }
    public static func diffUnknownRevision(_ revision: String, detail: String) -> Message {
        Message("RB903", .error, "git kent geen revisie '\(revision)' (\(detail)); geef een commit, branch of tag, zoals main, HEAD~1 of origin/main")
    }
    public static func diffNotInRevision(_ path: String, revision: String) -> Message {
        Message("RB904", .error, "\(path) bestaat niet in \(revision); er is niets om mee te vergelijken")
    }
    public static func diffGitFailed(_ command: String, detail: String) -> Message {
        Message("RB905", .error, "git \(command) is mislukt: \(detail)")
    }
    public static func diffCannotWrite(_ detail: String) -> Message {
        Message("RB906", .error, "de eerdere inhoud kan niet in een tijdelijke map worden gezet: \(detail)")
    }
    public static func diffContentMissing(_ folder: String) -> Message {
        Message("RB907", .error, "\(folder) bestaat niet; start routeboek diff in de projectmap of geef --content")
    }
    public static func diffWorkingCopyUnreadable() -> Message {
        Message("RB908", .error, "diff gestopt: de beslisboom in je werkkopie laadt niet, dus de routes zijn niet te vergelijken. Voer eerst routeboek check uit en verbeter de fouten")
    }
    public static func diffRevisionUnreadable(_ revision: String) -> Message {
        Message("RB909", .error, "diff gestopt: de beslisboom in \(revision) laadt niet, dus de routes zijn niet te vergelijken. Was de beslisboom in die revisie kapot, of in een ouder formaat geschreven? Vergelijk dan met een latere revisie")
    }
}

extension MessageCatalogue {
    static let diff: [Entry] = [
        Entry(.diffGitMissing(), meaning: "routeboek diff haalt de inhoud van een eerdere versie op met het programma git, en dat ontbreekt.", fix: "Installeer git (apt-get install git) of vraag dat aan wie de computer beheert."),
        Entry(.diffNotARepository(slot("map")), meaning: "De inhoudsmap hoort niet bij een git-repository, dus er is geen eerdere versie om mee te vergelijken.", fix: "Werk in een kloon van de repository van het routeboek."),
        Entry(.diffUnknownRevision(slot("revisie"), detail: slot("wat git zegt")), meaning: "De revisie die je gaf (een commit, branch of tag) bestaat niet in deze repository.", fix: "Controleer de naam met 'git log --oneline' of 'git branch -a', en haal zo nodig eerst op met 'git fetch'."),
        Entry(.diffNotInRevision(slot("map"), revision: slot("revisie")), meaning: "In die eerdere versie bestond de inhoudsmap nog niet.", fix: "Vergelijk met een latere revisie."),
        Entry(.diffGitFailed(slot("opdracht"), detail: slot("wat git zegt")), meaning: "git gaf een fout bij het ophalen van de eerdere inhoud.", fix: "Lees wat git zegt; vaak helpt 'git status' in de projectmap."),
        Entry(.diffCannotWrite(slot("reden")), meaning: "De eerdere inhoud wordt in een tijdelijke map gezet om te vergelijken, en dat lukte niet.", fix: "Maak ruimte vrij op de schijf of controleer de rechten op de tijdelijke map (TMPDIR)."),
        Entry(.diffContentMissing(slot("map")), meaning: "De inhoudsmap die routeboek diff vergelijkt bestaat niet.", fix: "Start de opdracht in de projectmap, of geef de map met --content."),
        Entry(.diffWorkingCopyUnreadable(), meaning: "Je werkkopie heeft fouten in de beslisboom; de fouten staan erboven.", fix: "Verbeter de fouten (routeboek check) en vergelijk opnieuw."),
        Entry(.diffRevisionUnreadable(slot("revisie")), meaning: "De beslisboom in de eerdere versie laadt niet met deze versie van routeboek; de fouten staan erboven.", fix: "Vergelijk met een latere revisie."),
    ]
}
