import Beslisboom

/// `routeboek beslis --json`: the route, its facts, the outcome and the plan, with Dutch keys (the
/// browser suite compares it with the pages, and scripts read it).
struct TreeQueryJSON: Encodable {
    var route: [RouteStep]
    var routeTekst: String
    var feiten: [String: String]
    var uitkomst: OutcomeJSON
    var plan: PlanJSON

    init(_ result: TreeQuery.Result) {
        let evaluation = result.evaluation
        route = evaluation.route.steps.map { RouteStep(vraag: $0.question, optie: $0.option) }
        routeTekst = evaluation.route.steps.routeDescription
        feiten = evaluation.facts
        uitkomst = OutcomeJSON(result)
        plan = PlanJSON(result.plan)
    }

    struct RouteStep: Encodable {
        var vraag: String
        var optie: String
    }

    /// The outcome with every attribute under its own key (`OutcomeAttribute.all`).
    struct OutcomeJSON: Encodable {
        var id: String
        var titel: String
        var samenvatting: String
        var opmerking: String?
        var bronnen: [SourceJSON]
        var acties: [ActionJSON]
        var attributes: [(key: String, value: AttributeValue)]
        var labels: [(key: String, label: String)]

        init(_ result: TreeQuery.Result) {
            let outcome = result.evaluation.outcome
            id = outcome.id
            titel = outcome.title
            samenvatting = outcome.summary
            opmerking = outcome.note
            bronnen = outcome.sources.map { SourceJSON($0, site: result.site) }
            acties = result.plan.all.map { ActionJSON($0, result: result) }
            attributes = OutcomeAttribute.all.map { ($0.key, $0.value(of: outcome)) }
            // Every attribute's words as the pages show them (`registratieLabel`: "DUO"); the browser suite
            // compares registratie's and afwijking's with the pages.
            labels = OutcomeAttribute.all.compactMap { attribute in attribute.label(of: outcome).map { (attribute.key + "Label", $0) } }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: JSONKey.self)
            try container.encode(id, forKey: JSONKey("id"))
            try container.encode(titel, forKey: JSONKey("titel"))
            try container.encode(samenvatting, forKey: JSONKey("samenvatting"))
            try container.encodeIfPresent(opmerking, forKey: JSONKey("opmerking"))
            try container.encode(bronnen, forKey: JSONKey("bronnen"))
            try container.encode(acties, forKey: JSONKey("acties"))
            for (key, value) in attributes {
                switch value {
                case .words(let words): try container.encode(words, forKey: JSONKey(key))
                case .word(let word): try container.encode(word, forKey: JSONKey(key))
                case .yesNo(let yes): try container.encode(yes, forKey: JSONKey(key))
                }
            }
            for (key, label) in labels { try container.encode(label, forKey: JSONKey(key)) }
        }
    }

    struct ActionJSON: Encodable {
        var id: String
        var kort: String
        var wat: String
        var wie: String
        var wanneer: String
        var termijnTekst: String
        var soort: String
        var groep: String
        var bronnen: [SourceJSON]
        var alVoorbij: Bool
        var datum: String?
        var dagenTeLaat: Int?
        /// Only when true.
        var buitenFeestdagenlijst: Bool?

        init(_ planned: PlannedAction, result: TreeQuery.Result) {
            id = planned.action.id
            kort = planned.action.title
            wat = result.tree.text(of: planned.action, facts: result.evaluation.facts)
            wie = planned.action.who
            wanneer = planned.action.whenText
            termijnTekst = PlanText.due(planned)
            soort = planned.action.kind.rawValue
            groep = planned.group.rawValue
            bronnen = planned.action.sources.map { SourceJSON($0, site: result.site) }
            alVoorbij = planned.alreadyDue
            datum = planned.due?.description
            dagenTeLaat = planned.daysLate
            buitenFeestdagenlijst = planned.beyondHolidayList ? true : nil
        }
    }

    /// A source file (`bestand`) or a public page (`url` and `titel`).
    struct SourceJSON: Encodable {
        var onderdeel: String
        var tekst: String
        var bestand: String?
        var url: String?
        var titel: String?

        init(_ source: SourceReference, site: SiteConfig?) {
            onderdeel = source.part
            tekst = PlanText.source(source, site: site)
            if source.isURL {
                url = source.file
                titel = source.title ?? ""
            } else {
                bestand = source.file
            }
        }
    }

    struct PlanJSON: Encodable {
        var eerstDoen: [String]
        var verplicht: [GroupJSON]
        var aanbevolen: [GroupJSON]
        /// The dates given, by anchor, and `vandaag`; absent when none were given.
        var datums: [String: String]?
        /// The warnings about given dates that contradict today or the answers.
        var letOp: [String] = []

        init(_ plan: Plan) {
            eerstDoen = plan.first.map(\.action.id)
            verplicht = plan.required.map { GroupJSON(groep: $0.group.rawValue, label: PlanText.group($0.group), acties: $0.actions.map(\.action.id)) }
            aanbevolen = plan.recommended.map { GroupJSON(groep: $0.group.rawValue, label: PlanText.group($0.group), acties: $0.actions.map(\.action.id)) }
            if let dates = plan.dates {
                var given = ["vandaag": dates.today.description]
                for (anchor, day) in dates.anchors { given[anchor.rawValue] = day.description }
                datums = given
                letOp = plan.dateConflicts.map { PlanText.conflict($0, today: dates.today) }
            }
        }
    }

    struct GroupJSON: Encodable {
        var groep: String
        var label: String
        var acties: [String]
    }

    struct JSONKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
