import Beslisboom
import Foundation
import Testing
@testable import RouteboekCore

/// A git repository holding the tiny tree site in one commit.
func tinyTreeRepository() throws -> GitRepository {
    let repository = try GitRepository()
    try repository.copyContent(from: Fixtures.url("tree-site"))
    try repository.commit("Tiny tree")
    return repository
}

/// A git repository holding the tiny tree site in one commit and a second commit that changes it:
/// one route gets another answer, one is added, one removed, texts reworded, an action changed, and
/// pages added, retitled and edited.
func twoCommitRepository() throws -> (GitRepository, first: String) {
    let repository = try GitRepository()
    try repository.copyContent(from: Fixtures.url("tree-site"))
    let first = try repository.commit("Tiny tree")
    // Removed route: the option ingeschreven=nee goes.
    try repository.edit("beslisboom/boom.yml", """
          - id: nee
            label: Nee
            feiten: { ingeschreven: nee }
            naar: absoluut-verzuim

    """, "\n")
    // Reworded: a question and an option label.
    try repository.edit("beslisboom/boom.yml", "    vraag: Is het verzuim ongeoorloofd?", "    vraag: Verzuimt de leerling zonder geldige reden?")
    try repository.edit("beslisboom/boom.yml", "        label: Ja, ongeoorloofd", "        label: Ja, zonder geldige reden")
    // Added route: a third option to a new outcome.
    try repository.edit("beslisboom/boom.yml", "        naar: ot-thuiszitter\n", """
            naar: ot-thuiszitter
          - id: twijfel
            label: Dat weet ik niet
            naar: uitzoeken

    """)
    // Changed answer: another afwijking and one more action on ingeschreven=ja → verzuim=nee.
    try repository.edit("beslisboom/uitkomsten.yml", "    afwijking: keuzehulp", "    afwijking: aanvragen")
    try repository.edit("beslisboom/uitkomsten.yml", "    acties: [gesprek]\n", "    acties: [gesprek, melden]\n")
    // Reworded outcome title: the route keeps its answer.
    try repository.edit("beslisboom/uitkomsten.yml", "    titel: Meld bij DUO", "    titel: Meld het verzuim bij DUO")
    try repository.write(try repository.read("beslisboom/uitkomsten.yml") + """

      - id: uitzoeken
        titel: Zoek eerst uit wat er aan de hand is
        registratie: []
        afwijking: nog-onbekend
        voorlopig: ja
        thuiszitter: nee
        samenvatting: Praat met de ouders.
        acties: [gesprek]
        bronnen:
          - bestand: 000_bron.txt
            onderdeel: OT

    """, to: "beslisboom/uitkomsten.yml")
    // An action: who does it changes (for every route with it), and another's text is reworded.
    try repository.edit("beslisboom/acties.yml", "    wie: administratie", "    wie: mentor")
    try repository.edit("beslisboom/acties.yml", "    wat: Voer een gesprek met leerling en ouders.", "    wat: Voer een gesprek met de leerling en de ouders.")
    // Pages: one retitled, one edited, one added.
    try repository.edit("info.md", "titel: Uitleg", "titel: Uitleg bij de beslisboom")
    try repository.edit("beslisboom/index.md", "Beantwoord twee vragen.", "Beantwoord een paar vragen.")
    try repository.write("---\ntitel: Nieuw\nbronnen: []\n---\n\nEen nieuwe pagina.\n", to: "nieuw.md")
    try repository.commit("Change the tiny tree")
    return (repository, first)
}

/// `file:line:column` of the first line of a content file that holds `text`, the column where `text` starts.
func place(of text: String, in file: String, _ repository: GitRepository) throws -> String {
    let lines = try repository.read(file).components(separatedBy: "\n")
    let index = try #require(lines.firstIndex { $0.contains(text) }, "'\(text)' is not in \(file)")
    let column = lines[index].distance(from: lines[index].startIndex, to: try #require(lines[index].range(of: text)).lowerBound) + 1
    return "Content/\(file):\(index + 1):\(column)"
}

func steps(_ text: String) -> [Step] {
    text.split(separator: " ").map { pair in
        let parts = pair.split(separator: "=").map(String.init)
        return Step(question: parts[0], option: parts[1])
    }
}

@Suite("routeboek diff", .enabled(if: GitRepository.available, "git is not installed"))
struct DiffTests {
    @Test("Two commits of a small tree: changed, added, removed and reworded are each reported as such")
    func smallTree() throws {
        let (repository, first) = try twoCommitRepository()
        let report = try ContentDiffer.run(content: repository.content, revision: "HEAD~1", today: fixtureToday)
        let diff = report.diff
        #expect(report.commit == first)
        #expect(diff.routeCountBefore == 3 && diff.routeCountAfter == 3 && diff.unchangedRouteCount == 1)

        let changed = diff.routes(.changed)
        #expect(changed.map(\.steps) == [steps("ingeschreven=ja verzuim=nee")])
        #expect(changed.first?.fields == [.attribute(.deviation)])
        #expect(changed.first?.actionsAdded == ["melden"] && changed.first?.actionsRemoved == [])
        #expect(changed.first?.before?.answer.outcomeModel.deviation == .checkDecisionAid && changed.first?.after?.answer.outcomeModel.deviation == .request)
        #expect(changed.first?.position?.description.hasSuffix(try place(of: "aanvragen", in: "beslisboom/uitkomsten.yml", repository)) == true,
                "the value that changed: \(String(describing: changed.first?.position))")

        let added = diff.routes(.added)
        #expect(added.map(\.steps) == [steps("ingeschreven=ja verzuim=twijfel")])
        #expect(added.first?.after?.answer.outcome == "uitzoeken" && added.first?.after?.answer.outcomeModel.isProvisional == true)
        #expect(added.first?.position?.description.hasSuffix(try place(of: "id: twijfel", in: "beslisboom/boom.yml", repository)) == true,
                "the new option: \(String(describing: added.first?.position))")

        let removed = diff.routes(.removed)
        #expect(removed.map(\.steps) == [steps("ingeschreven=nee")])
        #expect(removed.first?.before?.answer.outcome == "absoluut-verzuim")
        #expect(removed.first?.position?.description.hasSuffix(try place(of: "id: ingeschreven", in: "beslisboom/boom.yml", repository)) == true,
                "the question that lost the option: \(String(describing: removed.first?.position))")
        #expect(diff.routes(.rerouted).isEmpty)

        #expect(diff.optionsAdded.map { "\($0.question)=\($0.id)" } == ["verzuim=twijfel"])
        #expect(diff.optionsRemoved.map { "\($0.question)=\($0.id)" } == ["ingeschreven=nee"])
        #expect(diff.questionsAdded.isEmpty && diff.questionsRemoved.isEmpty)

        // The rewordings are apart from the answers: the route to 'duo' kept its answer.
        #expect(diff.rewordings.map { "\($0.kind.rawValue) \($0.id)" } == ["vraag verzuim", "label verzuim=ja", "wat gesprek", "titel duo"])
        #expect(diff.rewordings.first { $0.kind == .outcomeTitle }.map { ($0.before, $0.after) } ?? ("", "") == ("Meld bij DUO", "Meld het verzuim bij DUO"))
        #expect(!diff.routes.contains { $0.steps == steps("ingeschreven=ja verzuim=ja") })

        #expect(diff.actionChanges.map { "\($0.id) \($0.field.rawValue): \($0.before) → \($0.after) on \($0.routeCount)" }
                == ["melden wie: administratie → mentor on 2"])
        #expect(diff.pages.map { "\($0.kind.rawValue) \($0.path)" } == ["tekst-gewijzigd beslisboom/index.md", "andere-titel info.md", "nieuw nieuw.md"])
    }

    @Test("A question added to routes: the routes are 'other questions', matched to the route they replace; taking it out again is the mirror")
    func rerouted() throws {
        let repository = try tinyTreeRepository()
        try repository.edit("beslisboom/boom.yml", "        naar: verzuim\n", "        naar: schooltype\n")
        try repository.write(try repository.read("beslisboom/boom.yml") + """

          - id: schooltype
            vraag: In welk soort onderwijs zit de leerling?
            opties:
              - id: vo
                label: Voortgezet onderwijs
                naar: verzuim
              - id: po
                label: Primair onderwijs
                naar: absoluut-verzuim

        """, to: "beslisboom/boom.yml")
        try repository.commit("Ask for the school type")

        let forward = try ContentDiffer.run(content: repository.content, revision: "HEAD~1", today: fixtureToday).diff
        let rerouted = forward.routes(.rerouted)
        #expect(rerouted.map { "\($0.before?.steps.routeDescription ?? "") ⇒ \($0.after?.steps.routeDescription ?? "")" } == [
            "ingeschreven=ja → verzuim=ja ⇒ ingeschreven=ja → schooltype=vo → verzuim=ja",
            "ingeschreven=ja → verzuim=nee ⇒ ingeschreven=ja → schooltype=vo → verzuim=nee",
        ])
        #expect(rerouted.allSatisfy { !$0.answerChanged }, "the answers stay the same")
        #expect(rerouted.first?.position?.description.hasSuffix(try place(of: "schooltype", in: "beslisboom/boom.yml", repository)) == true,
                "the naar that leads to the new question: \(String(describing: rerouted.first?.position))")
        #expect(forward.routes(.added).map(\.steps) == [steps("ingeschreven=ja schooltype=po")])
        #expect(forward.routes(.removed).isEmpty && forward.routes(.changed).isEmpty)
        #expect(forward.unchangedRouteCount == 1)
        #expect(forward.questionsAdded.map(\.id) == ["schooltype"])

        // The mirror: compare the first commit's content (as working copy) with the second.
        try repository.git("checkout", "-q", "HEAD~1", "--", "Content")
        let backward = try ContentDiffer.run(content: repository.content, revision: "HEAD", today: fixtureToday).diff
        #expect(backward.routes(.rerouted).map { "\($0.before?.steps.routeDescription ?? "") ⇒ \($0.after?.steps.routeDescription ?? "")" } == [
            "ingeschreven=ja → schooltype=vo → verzuim=ja ⇒ ingeschreven=ja → verzuim=ja",
            "ingeschreven=ja → schooltype=vo → verzuim=nee ⇒ ingeschreven=ja → verzuim=nee",
        ])
        #expect(backward.routes(.removed).map(\.steps) == [steps("ingeschreven=ja schooltype=po")])
        #expect(backward.questionsRemoved.map(\.id) == ["schooltype"])
    }

    @Test("No change: nothing is reported and every route counts as the same")
    func noChange() throws {
        let repository = try tinyTreeRepository()
        let report = try ContentDiffer.run(content: repository.content, revision: "HEAD", today: fixtureToday)
        #expect(report.diff.isEmpty)
        #expect(report.diff.unchangedRouteCount == 3)
        #expect(report.render(.text).hasSuffix("Geen verschil in de beslisboom of de pagina's (3 routes, alle hetzelfde)."))
    }

    @Test("An action given an earlier term changes what the plan puts first: eerst-doen, on the routes whose Eerst doen differs")
    func firstActionsChange() throws {
        let repository = try tinyTreeRepository()
        try repository.edit("beslisboom/acties.yml", "    termijn: { binnen: 2 weken, na: eerste-verzuimdag }", "    termijn: direct")
        let report = try ContentDiffer.run(content: repository.content, revision: "HEAD", today: fixtureToday)
        let changed = report.diff.routes(.changed)
        // ot-thuiszitter has only 'gesprek': its Eerst doen is the same action, now due at once.
        #expect(changed.map(\.steps) == [steps("ingeschreven=ja verzuim=ja")])
        #expect(changed.first?.fields == [.firstActions])
        #expect(changed.first?.actionsAdded == [] && changed.first?.actionsRemoved == [])
        #expect(changed.first?.position?.description.hasSuffix(try place(of: "[melden, gesprek]", in: "beslisboom/uitkomsten.yml", repository)) == true,
                "the outcome's acties: \(String(describing: changed.first?.position))")
        #expect(report.render(.text).contains("eerst-doen: melden → melden, gesprek"), "\(report.render(.text))")
    }

    @Test("Two states of the real content: exactly the routes to the changed outcome are reported, and a reworded question apart")
    func realContentStates() throws {
        let repository = try GitRepository()
        try repository.copyContent(from: realContent)
        try repository.commit("Real content")
        try repository.edit("beslisboom/uitkomsten.yml", """
          - id: ot-thuiszitter-opbouw
            titel: Registreer de leerling in OT als thuiszitter (geoorloofd) en vraag afwijking van de onderwijstijd aan
            registratie: [ot-thuiszitter]
        """, """
          - id: ot-thuiszitter-opbouw
            titel: Registreer de leerling in OT als thuiszitter (geoorloofd) en vraag afwijking van de onderwijstijd aan
            registratie: [duo, ot-thuiszitter]
        """)
        try repository.edit("beslisboom/boom.yml", "    vraag: Waar is de leerling nu tijdens schooltijd?", "    vraag: Waar is de leerling tijdens de lestijd?")
        try repository.commit("One registratie more, one question reworded")

        let diff = try ContentDiffer.run(content: repository.content, revision: "HEAD~1", today: fixtureToday).diff
        // The routes that reach the outcome, worked out from the model itself.
        var loaded: [Diagnostic] = []
        let texts = Dictionary(uniqueKeysWithValues: try TreeLoader.files.map { name in
            (name, try String(contentsOf: realContent.appendingPathComponent("beslisboom/\(name)"), encoding: .utf8))
        })
        let tree = try #require(TreeLoader.load(texts: texts, displayFolder: "Content/beslisboom", diagnostics: &loaded))
        let expected = tree.enumerateRoutes().routes.filter { $0.outcomeID == "ot-thuiszitter-opbouw" }.map(\.steps)
        try #require(!expected.isEmpty)

        #expect(diff.routes.allSatisfy { $0.kind == .changed }, "\(diff.routes.map(\.kind))")
        #expect(Set(diff.routes.map(\.steps.routeDescription)) == Set(expected.map(\.routeDescription)))
        #expect(diff.routes.count == expected.count)
        #expect(diff.routes.allSatisfy { $0.fields == [.attribute(.registration)] && $0.actionsAdded.isEmpty && $0.actionsRemoved.isEmpty })
        let registratie = try place(of: "[duo, ot-thuiszitter]", in: "beslisboom/uitkomsten.yml", repository)
        #expect(diff.routes.allSatisfy { $0.position?.description.hasSuffix(registratie) == true })
        #expect(diff.unchangedRouteCount == tree.enumerateRoutes().routes.count - expected.count)
        #expect(diff.rewordings.map { "\($0.kind.rawValue) \($0.id)" } == ["vraag plek"])
        #expect(diff.pages.isEmpty && diff.actionChanges.isEmpty && diff.optionsAdded.isEmpty && diff.optionsRemoved.isEmpty)
    }

    @Test("A revision git does not know, and a folder outside git, are one clear line each")
    func failures() throws {
        let repository = try tinyTreeRepository()
        #expect(throws: ContentDiffer.Failure.self) { try ContentDiffer.run(content: repository.content, revision: "no-such-branch") }
        do {
            _ = try ContentDiffer.run(content: repository.content, revision: "no-such-branch")
        } catch {
            #expect(error.description == "fout RB903: git kent geen revisie 'no-such-branch' (git rev-parse vond geen commit); geef een commit, branch of tag, zoals main, HEAD~1 of origin/main")
        }
        do {
            _ = try ContentDiffer.run(content: repository.content, revision: "--output=x")
        } catch {
            #expect(error.description.hasPrefix("fout RB903: git kent geen revisie '--output=x' (een revisie is niet leeg en begint niet met '-')"))
        }
        let outside = try Workspace(fixture: "tree-site")
        do {
            _ = try ContentDiffer.run(content: outside.content, revision: "HEAD")
            Issue.record("a folder outside git must fail")
        } catch {
            #expect(error.description.hasPrefix("fout RB902: ") && error.description.hasSuffix("staat niet in een git-repository; routeboek diff vergelijkt met een git-revisie"))
        }
    }

    @Test("A beslisboom that does not load at the revision stops the diff with its errors, named by revision")
    func unreadableRevision() throws {
        let repository = try GitRepository()
        try repository.copyContent(from: Fixtures.url("tree-site"))
        try repository.edit("beslisboom/boom.yml", "    vraag: Is het verzuim ongeoorloofd?", "    vrag: Is het verzuim ongeoorloofd?")
        try repository.commit("Broken")
        try repository.edit("beslisboom/boom.yml", "    vrag: Is het verzuim ongeoorloofd?", "    vraag: Is het verzuim ongeoorloofd?")
        do {
            _ = try ContentDiffer.run(content: repository.content, revision: "HEAD")
            Issue.record("the broken tree at HEAD must stop the diff")
        } catch {
            let lines = error.description.split(separator: "\n").map(String.init)
            #expect(lines.first == "HEAD:Content/beslisboom/boom.yml:18:5: fout RB711: onbekende sleutel 'vrag' in een vraag; bedoel je 'vraag'? (toegestaan: id, vraag, uitleg, opties)")
            #expect(lines.last?.hasPrefix("fout RB909: diff gestopt: de beslisboom in HEAD laadt niet") == true)
        }
    }
}

@Suite("routeboek diff: the formats", .enabled(if: GitRepository.available, "git is not installed"))
struct DiffFormatTests {
    /// The report of the two-commit repository, with the temporary folder and the commit taken out so
    /// it can be compared with the expected files in Fixtures/diff.
    func rendered(_ format: DiffReport.Format) throws -> (String, GitRepository, DiffReport) {
        let (repository, _) = try twoCommitRepository()
        let report = try ContentDiffer.run(content: repository.content, revision: "HEAD~1", today: fixtureToday)
        let text = report.render(format)
            .replacingOccurrences(of: repository.root.path + "/", with: "")
            .replacingOccurrences(of: report.shortCommit, with: "COMMIT")
        return (text, repository, report)
    }

    func expected(_ name: String) throws -> String {
        try String(contentsOf: Fixtures.url("diff/\(name)"), encoding: .utf8).trimmingCharacters(in: .newlines)
    }

    @Test("text, github and markdown print exactly the expected files (Fixtures/diff)", arguments: [
        (DiffReport.Format.text, "expected.text.txt"), (.github, "expected.github.txt"), (.markdown, "expected.markdown.md"),
    ])
    func pinned(format: DiffReport.Format, file: String) throws {
        let (text, _, _) = try rendered(format)
        #expect(text == (try expected(file)), "\(format.rawValue):\n\(text)")
    }

    @Test("github: a changed or vanished answer is a warning, the rest notices; one line per annotation, newlines escaped")
    func githubLevels() throws {
        let (text, _, _) = try rendered(.github)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.hasPrefix("::notice ") || $0.hasPrefix("::warning ") })
        #expect(lines.filter { $0.hasPrefix("::warning ") }.map { slice($0, from: "title=", to: "::") ?? "" }
                == ["Ander antwoord", "Vervallen route", "Actie gewijzigd"])
        #expect(lines.first?.hasPrefix("::notice title=routeboek diff::Beslisboom: 3 routes in HEAD~1 (COMMIT), 3 nu: ") == true)
    }

    @Test("json: every change with full texts and where to look, in a documented shape")
    func json() throws {
        let (text, _, _) = try rendered(.json)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["van", "naar", "routes", "routeWijzigingen", "vragen", "opties", "acties", "verwoording", "paginas"])
        #expect((document["van"] as? [String: Any])?["revisie"] as? String == "HEAD~1")
        #expect(document["routes"] as? [String: Int] == ["voorheen": 3, "nu": 3, "hetzelfde": 1])
        let changes = try #require(document["routeWijzigingen"] as? [[String: Any]])
        #expect(changes.map { $0["soort"] as? String } == ["gewijzigd", "nieuw", "vervallen"], "in route order")
        let changed = try #require(changes.first { $0["soort"] as? String == "gewijzigd" })
        #expect(changed["velden"] as? [String] == ["afwijking"])
        #expect(changed["actiesErbij"] as? [String] == ["melden"])
        #expect(changed["anderAntwoord"] as? Bool == true)
        #expect((changed["voorheen"] as? [String: Any])?["afwijking"] as? String == "keuzehulp")
        #expect((changed["nu"] as? [String: Any])?["afwijking"] as? String == "aanvragen")
        #expect((changed["nu"] as? [String: Any])?["routeTekst"] as? String == "ingeschreven=ja → verzuim=nee")
        #expect((changed["plek"] as? [String: Any])?["bestand"] as? String == "Content/beslisboom/uitkomsten.yml")
        let removed = try #require(changes.first { $0["soort"] as? String == "vervallen" })
        #expect(removed["nu"] == nil, "a removed route has no 'nu'")
        let rewordings = try #require(document["verwoording"] as? [[String: Any]])
        #expect(rewordings.first?["voorheen"] as? String == "Is het verzuim ongeoorloofd?")
        #expect(rewordings.map { $0["soort"] as? String } == ["vraag", "label", "wat", "titel"])
    }

    @Test("markdown and wijzigingen draft an entry that the check accepts in wijzigingen.yml")
    func draftPassesTheCheck() throws {
        let (_, repository, report) = try rendered(.wijzigingen)
        let draft = report.render(.wijzigingen)
        #expect(report.render(.markdown).contains(ChangeDraft(report: report).entryLines().joined(separator: "\n")))
        #expect(draft.contains("    pagina's: [beslisboom/index.md, info.md, nieuw.md]"))
        #expect(draft.contains("    uitkomsten: [duo, ot-thuiszitter, uitzoeken]"))
        // Put the draft into the working copy, as an editor would, and check the site.
        try repository.write("---\ntitel: Wat is er veranderd\nbronnen: []\n---\n\nHet nieuwste eerst.\n", to: "wijzigingen.md")
        try repository.write("pagina: wijzigingen.md\nwijzigingen:\n" + draft + "\n", to: ChangeLog.fileName)
        var options = BuildOptions(content: repository.content, templates: realTemplates, output: repository.root.appendingPathComponent("Public"),
                                   write: false)
        options.today = fixtureToday
        let check = SiteBuilder.run(options)
        #expect(check.diagnostics.filter { $0.file.hasSuffix(ChangeLog.fileName) }.isEmpty, "\(check.listing)")
        let log = try #require(SiteReaderProbe.changeLog(repository.content))
        #expect(log.entries.count == 1 && log.entries[0].date == fixtureToday)
        #expect(log.entries[0].text.hasPrefix("In de beslisboom geeft 1 route een ander antwoord."))
    }
}

/// Reads only wijzigingen.yml of a content folder.
enum SiteReaderProbe {
    static func changeLog(_ content: URL) -> ChangeLog? {
        guard let text = try? String(contentsOf: content.appendingPathComponent(ChangeLog.fileName), encoding: .utf8) else { return nil }
        var diagnostics: [Diagnostic] = []
        return ChangeLog.parse(text, file: ChangeLog.fileName, diagnostics: &diagnostics)
    }
}
