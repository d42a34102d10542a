import Beslisboom

/// Labels that fold two attributes into one column, for the table of routes and the document's list
/// of routes. Each attribute's own label comes from its definition (OutcomeAttribute).
enum TreeLabels {
    /// "DUO (verzuimmelding: 16 uur of meer in 4 lesweken)": the registratie with its DUO melding, if any.
    static func registrationWithReport(_ outcome: Outcome) -> String {
        let base = OutcomeAttribute.registration.label(of: outcome) ?? ""
        guard let report = OutcomeAttribute.duoReport.label(of: outcome) else { return base }
        return "\(base) (\(report.lowercased()))"
    }
}
