import Beslisboom

/// The Dutch words the result panels, the table of routes and the flowchart show for the model's values.
enum TreeLabels {
    static func registration(_ outcome: Outcome) -> String {
        if outcome.isProvisional { return "Nog niet: zoek eerst uit" }
        guard !outcome.registrations.isEmpty else { return "Geen registratie" }
        return outcome.registrations.map { registration in
            switch registration {
            case .duo: "DUO"
            case .otThuiszitter: "OT, als thuiszitter (geoorloofd)"
            case .otRisicoleerling: "OT, als risicoleerling"
            }
        }.joined(separator: " en ")
    }

    static func duoReport(_ report: DuoReport) -> String? {
        switch report {
        case .none: nil
        case .verzuim16Uur: "Verzuimmelding: 16 uur of meer in 4 lesweken"
        case .langdurigRelatiefVerzuim: "Langdurig relatief verzuim"
        case .luxeVerzuim: "Luxe verzuim"
        }
    }

    static func deviation(_ deviation: Deviation) -> String {
        switch deviation {
        case .request: "Aanvragen"
        case .notNeeded: "Niet nodig"
        case .checkDecisionAid: "Check de keuzehulp van de Inspectie"
        case .undetermined: "Nog niet te bepalen"
        }
    }

    static func regie(_ regie: Regie) -> String {
        switch regie {
        case .school: "De school"
        case .leerplicht: "De leerplichtambtenaar"
        case .samenwerkingsverband: "Het samenwerkingsverband"
        }
    }

    static func thuiszitter(_ outcome: Outcome) -> String {
        if outcome.isProvisional { return "Nog niet te bepalen" }
        return outcome.isThuiszitter ? "Ja" : "Nee"
    }
}
