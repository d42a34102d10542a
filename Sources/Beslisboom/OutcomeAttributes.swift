import Messages

// The attributes of an outcome, each defined once (see OutcomeAttribute). To add one: define it here
// (with its value type if it has words of its own), add it to `all`, and add its field to Outcome.

extension OutcomeAttribute {
    /// Every attribute, in the order messages, outputs and uitkomsten.yml's keys list them.
    public static let all: [OutcomeAttribute] = [registration, duoReport, deviation, thuiszitter, provisional, regie]

    /// Where the school registers the pupil; `[]` (or `geen`) for nowhere.
    public static let registration = OutcomeAttribute(
        key: "registratie", name: "Registratie", form: .list,
        presence: .required(message: { .treeOutcomeNeedsRegistration($0) }),
        words: Registration.allCases.map(\.rawValue) + [noRegistration], noneWord: noRegistration,
        value: { .words($0.registrations.map(\.rawValue)) },
        label: { outcome in
            if outcome.isProvisional { return "Nog niet: zoek eerst uit" }
            guard !outcome.registrations.isEmpty else { return "Geen registratie" }
            return outcome.registrations.compactMap(\.label).joined(separator: " en ")
        },
        read: { outcome, written, what in
            var messages: [Message] = []
            outcome.registrations = written.compactMap { text in
                if let registration = Registration(rawValue: text) { return registration }
                if text != noRegistration {
                    let allowed = Registration.allCases.map(\.rawValue)
                    messages.append(.treeRegistrationInvalid(text, what: what, allowed: allowed, suggestion: Spelling.closest(to: text, among: allowed + [noRegistration])))
                }
                return nil
            }
            return messages
        })

    /// The word for "no registration" in conditions on `registratie`.
    public static let noRegistration = "geen"

    public static let duoReport = word("duo-melding", name: "DUO-melding", \.duoReport, presence: .optional)

    public static let deviation = word("afwijking", name: "Afwijking onderwijstijd", \.deviation, presence: .essential)

    public static let thuiszitter = yesNo(
        "thuiszitter", name: "Thuiszitter", \.isThuiszitter, presence: .required(message: nil),
        label: { outcome in outcome.isThuiszitter ? "Ja" : outcome.isProvisional ? "Nog niet te bepalen" : "Nee" },
        invalid: { what, _ in .treeThuiszitterInvalid(what) })

    /// Shown through the labels of `registratie` and `thuiszitter`, not on its own.
    public static let provisional = yesNo(
        "voorlopig", name: "Voorlopig", \.isProvisional, presence: .optional,
        label: { _ in nil },
        invalid: { _, written in .notTrueOrFalse("voorlopig", written: written) })

    public static let regie = word("regie", name: "Regie", \.regie, presence: .optional)
}

/// Where the school registers the pupil. An empty list means no registration ("geen").
public enum Registration: String, AttributeWord {
    case duo = "duo"
    case otThuiszitter = "ot-thuiszitter"
    case otRisicoleerling = "ot-risicoleerling"
    /// A PO pupil's thuiszitter registration belongs to the PO-samenwerkingsverband, not to this
    /// routeboek's OT; "geen registratie" would tell the school there is nothing to register.
    case poSamenwerkingsverband = "po-samenwerkingsverband"

    public var label: String? {
        switch self {
        case .duo: "DUO"
        case .otThuiszitter: "OT, als thuiszitter (geoorloofd)"
        case .otRisicoleerling: "OT, als risicoleerling"
        case .poSamenwerkingsverband: "Bij het samenwerkingsverband voor het primair onderwijs, niet in OT"
        }
    }
}

/// Which DUO melding the registration is, when it is in DUO.
public enum DuoReport: String, AttributeWord {
    case none = "geen"
    case verzuim16Uur = "verzuim-16-uur"
    case langdurigRelatiefVerzuim = "langdurig-relatief-verzuim"
    case luxeVerzuim = "luxe-verzuim"

    public var label: String? {
        switch self {
        case .none: nil
        case .verzuim16Uur: "Verzuimmelding: 16 uur of meer in 4 lesweken"
        case .langdurigRelatiefVerzuim: "Langdurig relatief verzuim"
        case .luxeVerzuim: "Luxe verzuim"
        }
    }
}

/// Whether afwijking onderwijstijd must be requested from the Inspectie.
public enum Deviation: String, AttributeWord {
    case request = "aanvragen"
    case notNeeded = "niet-nodig"
    case checkDecisionAid = "keuzehulp"
    /// Only for a voorlopig outcome: the school must first find out what the situation is.
    case undetermined = "nog-onbekend"

    public var label: String? {
        switch self {
        case .request: "Aanvragen"
        case .notNeeded: "Niet nodig"
        case .checkDecisionAid: "Check de keuzehulp van de Inspectie"
        case .undetermined: "Nog niet te bepalen"
        }
    }
}

/// Who has the regie on the process.
public enum Regie: String, AttributeWord {
    case school = "school"
    case leerplicht = "leerplicht"
    case samenwerkingsverband = "samenwerkingsverband"

    public var label: String? {
        switch self {
        case .school: "De school"
        case .leerplicht: "De leerplichtambtenaar"
        case .samenwerkingsverband: "Het samenwerkingsverband"
        }
    }
}
