/// docs/meldingen.md, made from the catalogue.
extension MessageCatalogue {
    public static var markdown: String {
        var lines: [String] = [
            "# Meldingen van Routeboek",
            "",
            "<!-- Gemaakt met `routeboek meldingen > docs/meldingen.md`; niet met de hand bewerken. -->",
            "",
            "Elke melding die `routeboek build`, `routeboek check` en het voorbeeld (`routeboek serve`) laten zien,",
            "heeft een vaste code. Een melding staat op één regel:",
            "",
            "```",
            "Content/registratie/privacy.md:12:8: fout RB104: de link '../verzuim.md' wijst naar Content/verzuim.md, maar dat bestand bestaat niet; bedoel je 'verzuim/index.md'?",
            "```",
            "",
            "Eerst het bestand, de regel en de kolom waar je iets moet veranderen, dan hoe erg het is en de code:",
            "",
            "- **fout**: de site wordt niet gebouwd; de vorige versie van `Public/` blijft staan.",
            "- **waarschuwing**: de site wordt wel gebouwd, maar met `--strict` (zoals in CI) niet.",
            "- **melding**: ter informatie; de bouw gaat altijd door.",
            "",
            "Tekst tussen ‹ › staat voor wat in jouw geval wordt ingevuld (een bestandsnaam, een id, een regel).",
            "Zoek de code hieronder op voor wat de melding betekent en wat je kunt doen.",
            "",
        ]
        for area in areas {
            lines.append("## RB\(area.hundred)xx: \(area.title)")
            lines.append("")
            for entry in area.entries {
                lines.append("### \(entry.code) (\(entry.example.severity.dutch))")
                lines.append("")
                lines.append("```text")
                lines.append(entry.example.text)
                lines.append("```")
                lines.append("")
                lines.append("**Wat het betekent:** \(entry.meaning)")
                lines.append("")
                lines.append("**Wat je doet:** \(entry.fix)")
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }
}
