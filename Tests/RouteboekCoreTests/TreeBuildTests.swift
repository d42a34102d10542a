import Beslisboom
import Foundation
import Testing
@testable import RouteboekCore

/// The broken copies of the tiny tree under Fixtures/broken-trees/, one break each.
let brokenTreeCases = [
    "broken-link-anchor", "broken-link-page", "cycle", "duo-melding-without-duo", "duplicate-option",
    "impossible-value", "invalid-yaml", "invariant-fails", "keuzehulp-without-note", "missing-file", "one-option",
    "scenario-missing-answer", "scenario-wrong-outcome", "uncovered-option", "unknown-action", "unknown-fact-value",
    "unknown-key", "unknown-naar", "unknown-source", "unknown-subject", "unreachable-question",
    "text-html-and-broken-link", "link-field-not-page", "placeholder-fact-not-set", "scenario-wrong-first-step",
    "markdown-in-plain-text",
]

@Suite("Build: a site with a beslisboom")
struct TreeSiteTests {
    @Test("The tiny tree site builds without a single diagnostic and writes the tree's pages")
    func builds() throws {
        let workspace = try Workspace(fixture: "tree-site")
        let report = workspace.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        #expect(report.written)
        #expect(report.routeCount == 3)
        for page in ["index.html", "info.html", "beslisboom/index.html", "beslisboom/alle-routes.html",
                     "beslisboom/stroomschema.html"] {
            #expect(workspace.outputExists(page), "\(page) missing")
        }
        let routes = try workspace.outputText("beslisboom/alle-routes.html")
        for title in ["Absoluut verzuim", "Meld bij DUO", "Registreer in OT"] { #expect(routes.contains(title)) }
    }

    @Test("Every relative link and source in the tree's pages resolves to a written file")
    func allLinksResolve() throws {
        let workspace = try Workspace(fixture: "tree-site")
        try #require(workspace.build().errorCount == 0)
        let files = snapshot(workspace.output)
        let treePages = files.keys.filter { $0.hasPrefix("beslisboom/") && $0.hasSuffix(".html") }
        // The intro, the overview pages, and one step page per question prefix and per route.
        #expect(treePages.count >= 3 + 2 + 3)
        for problem in unresolvedLinks(in: files, pages: treePages) { Issue.record("\(problem)") }
    }

    @Test("Broken trees: check reports the expected messages and fails", arguments: brokenTreeCases)
    func brokenTree(name: String) throws {
        let workspace = try Workspace(fixture: "tree-site")
        let folder = workspace.content.appendingPathComponent("beslisboom")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".yml") {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(file))
        }
        let source = try Fixtures.url("broken-trees/\(name)")
        var expected: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            if file == "expected.txt" {
                expected = try String(contentsOf: source.appendingPathComponent(file), encoding: .utf8)
                    .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            } else {
                try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: folder.appendingPathComponent(file))
            }
        }
        try #require(!expected.isEmpty, "\(name)/expected.txt is missing or empty")
        let report = workspace.check()
        #expect(report.errorCount > 0, "\(report.listing)")
        for text in expected {
            #expect(!report.matching(text).isEmpty, "no diagnostic contains: \(text)\n--- got:\n\(report.listing)")
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
    }

    @Test("Every folder under broken-trees is in the list of cases, and each is one small edit of the good tree")
    func brokenTreeFolders() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("broken-trees").path).filter { !$0.hasPrefix(".") }
        #expect(folders.sorted() == brokenTreeCases.sorted())
        let good = try Fixtures.url("tree-site/beslisboom")
        for name in brokenTreeCases {
            let folder = try Fixtures.url("broken-trees/\(name)")
            var changed = 0
            for file in TreeLoader.files {
                let broken = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let original = try String(contentsOf: good.appendingPathComponent(file), encoding: .utf8)
                if broken != original { changed += 1 }
            }
            #expect(changed == 1, "\(name) changes \(changed) files")
        }
    }

    @Test("A misspelt action in the outcomes is an error at each reference, not also 'unused' at the action")
    func actionMisspelt() throws {
        let workspace = try Workspace(fixture: "tree-site")
        let outcomes = try workspace.read("beslisboom/uitkomsten.yml")
        try workspace.write(outcomes.replacingOccurrences(of: "gesprek]", with: "gesprk]"), to: "beslisboom/uitkomsten.yml")
        let report = workspace.check()
        #expect(report.diagnostics.map(\.code) == ["RB205", "RB205"], "\(report.listing)")
        #expect(report.diagnostics.allSatisfy { $0.message.hasSuffix("bedoel je 'gesprek'?") }, "\(report.listing)")
    }

    @Test("A misspelt action in what a scenario expects is one error at the expectation, not also a failed expectation",
          arguments: ["acties", "eerst-doen"])
    func scenarioExpectationMisspelt(subject: String) throws {
        let workspace = try Workspace(fixture: "tree-site")
        let scenarios = try workspace.read("beslisboom/scenarios.yml")
        try workspace.write(scenarios.replacingOccurrences(of: "      registratie: { alle: [duo], niet: [ot-thuiszitter] }\n",
                                                           with: "      registratie: { alle: [duo], niet: [ot-thuiszitter] }\n      \(subject): meldn\n"),
                            to: "beslisboom/scenarios.yml")
        let report = workspace.check()
        #expect(report.diagnostics.map(\.code) == ["RB217"], "\(report.listing)")
        #expect(report.diagnostics.first?.message.hasSuffix("bedoel je 'melden'?") == true, "\(report.listing)")
    }

    @Test("An option renamed in boom.yml and not in scenarios.yml is one error, at the scenario's answer")
    func optionRenamed() throws {
        let workspace = try Workspace(fixture: "tree-site")
        let boom = try workspace.read("beslisboom/boom.yml")
        try workspace.write(boom.replacingOccurrences(of: "      - id: nee\n        label: Nee, geoorloofd", with: "      - id: neen\n        label: Nee, geoorloofd"),
                            to: "beslisboom/boom.yml")
        let report = workspace.check()
        #expect(report.diagnostics.map { $0.description.replacingOccurrences(of: workspace.root.path + "/", with: "") } == [
            "Content/beslisboom/scenarios.yml:15:37: fout RB238: scenario 'Langdurig ziek' beantwoordt 'verzuim' met 'nee', maar dat is geen van de opties (ja, neen); bedoel je 'neen'?",
        ], "\(report.listing)")
    }

    @Test("An option removed from boom.yml: the outcome only it reached and the scenario that still answers with it, in one run")
    func optionRemoved() throws {
        let workspace = try Workspace(fixture: "tree-site")
        // 'verzuim' keeps two options ('twijfel' stands in for an option that was there all along); 'nee' was
        // the only way to ot-thuiszitter.
        let boom = try workspace.read("beslisboom/boom.yml")
        try workspace.write(boom.replacingOccurrences(of: "      - id: nee\n        label: Nee, geoorloofd\n        feiten: { verzuim: geoorloofd }\n        naar: ot-thuiszitter",
                                                      with: "      - id: twijfel\n        label: Weet niet\n        feiten: { verzuim: ongeoorloofd }\n        naar: duo"),
                            to: "beslisboom/boom.yml")
        let report = workspace.check()
        #expect(report.diagnostics.map { $0.description.replacingOccurrences(of: workspace.root.path + "/", with: "") } == [
            "Content/beslisboom/scenarios.yml:15:37: fout RB238: scenario 'Langdurig ziek' beantwoordt 'verzuim' met 'nee', maar dat is geen van de opties (ja, twijfel)",
            "Content/beslisboom/uitkomsten.yml:28:5: fout RB229: uitkomst 'ot-thuiszitter' is niet te bereiken: geen route eindigt erin",
        ], "\(report.listing)")
    }

    @Test("A scenario that names an unknown option does not stop the checks per route: a broken rule still shows")
    func scenarioTypoKeepsRules() throws {
        let workspace = try Workspace(fixture: "tree-site")
        let scenarios = try workspace.read("beslisboom/scenarios.yml")
        try workspace.write(scenarios.replacingOccurrences(of: "{ ingeschreven: ja, verzuim: nee }", with: "{ ingeschreven: ja, verzuim: neee }"),
                            to: "beslisboom/scenarios.yml")
        let outcomes = try workspace.read("beslisboom/uitkomsten.yml")
        try workspace.write(outcomes.replacingOccurrences(of: "    registratie: [duo]\n", with: "    registratie: [ot-thuiszitter]\n"), to: "beslisboom/uitkomsten.yml")
        let codes = Set(workspace.check().diagnostics.compactMap(\.code))
        #expect(codes.contains("RB238") && codes.contains { $0 == "RB231" || $0 == "RB232" }, "\(codes.sorted())")
    }

    @Test("A {fact} in an action's text that some routes leave unset is one error at the {fact}, naming the outcomes and one route")
    func placeholderUnset() throws {
        let workspace = try Workspace(fixture: "tree-site")
        // 'gesprek' is shown on the routes to duo and ot-thuiszitter, which set 'verzuim'; absoluut-verzuim
        // gets it here too, and its route does not. The fact is named on the second line of a folded text.
        let outcomes = try workspace.read("beslisboom/uitkomsten.yml")
        try workspace.write(outcomes.replacingOccurrences(of: "    acties: [melden]\n", with: "    acties: [melden, gesprek]\n"), to: "beslisboom/uitkomsten.yml")
        let actions = try workspace.read("beslisboom/acties.yml")
        try workspace.write(actions.replacingOccurrences(of: "    wat: Voer een gesprek met leerling en ouders.\n",
                                                         with: "    wat: >-\n      Voer een gesprek met leerling en ouders over\n      het verzuim ({verzuim}).\n"),
                            to: "beslisboom/acties.yml")
        let report = workspace.check()
        #expect(report.diagnostics.map { $0.description.replacingOccurrences(of: workspace.root.path + "/", with: "") } == [
            "Content/beslisboom/acties.yml:15:20: fout RB235: actie 'gesprek' noemt {verzuim} in de tekst, maar op 1 route naar uitkomst 'absoluut-verzuim' heeft 'verzuim' geen waarde; geef de actie een 'als' op dat feit, haal hem weg bij die uitkomst, of haal {verzuim} uit de tekst [route: ingeschreven=nee]",
        ], "\(report.listing)")
    }

    @Test("Extra scenario files are run: a wrong one fails at its own file and line, a right one passes")
    func extraScenarioFiles() throws {
        let workspace = try Workspace(fixture: "tree-site")
        let extra = workspace.root.appendingPathComponent("extra-scenarios.yml")
        try """
        scenarios:
          - naam: Extra goed
            antwoorden: { ingeschreven: ja, verzuim: ja }
            verwacht:
              uitkomst: duo
          - naam: Extra fout
            antwoorden: { ingeschreven: ja, verzuim: nee }
            verwacht:
              thuiszitter: nee
        """.write(to: extra, atomically: true, encoding: .utf8)
        let report = workspace.check(extraScenarioFiles: [extra])
        #expect(report.errorCount == 1, "\(report.listing)")
        let error = try #require(report.errors.first)
        #expect(error.file.hasSuffix("extra-scenarios.yml"))
        #expect(error.line == 9)
        #expect(error.message.hasPrefix("scenario 'Extra fout' verwacht dat 'thuiszitter' 'nee' is, maar de route geeft ja (uitkomst 'ot-thuiszitter') (de waarde staat op "))
        #expect(error.message.contains("uitkomsten.yml:"))
        #expect(error.message.hasSuffix("[route: ingeschreven=ja → verzuim=nee]"))
    }

    @Test("Extra scenarios count towards option coverage")
    func extraScenarioCoverage() throws {
        let workspace = try Workspace(fixture: "tree-site")
        let scenarios = workspace.content.appendingPathComponent("beslisboom/scenarios.yml")
        let text = try String(contentsOf: scenarios, encoding: .utf8)
        let cut = try #require(text.range(of: "\n  - naam: Langdurig ziek"))
        try String(text[..<cut.lowerBound]).appending("\n").write(to: scenarios, atomically: true, encoding: .utf8)
        #expect(workspace.check().matching("optie 'verzuim=nee' wordt door geen enkel scenario gekozen").count == 1)
        let extra = workspace.root.appendingPathComponent("extra.yml")
        try "scenarios:\n  - naam: Ziek\n    antwoorden: { ingeschreven: ja, verzuim: nee }\n    verwacht: { uitkomst: ot-thuiszitter }\n"
            .write(to: extra, atomically: true, encoding: .utf8)
        let report = workspace.check(extraScenarioFiles: [extra])
        #expect(report.errorCount == 0, "\(report.listing)")
    }

    @Test("An extra scenario file that cannot be read, or has an unknown key")
    func badExtraScenarioFile() throws {
        let workspace = try Workspace(fixture: "tree-site")
        let missing = workspace.root.appendingPathComponent("bestaat-niet.yml")
        #expect(workspace.check(extraScenarioFiles: [missing]).matching("bestaat-niet.yml:1:1: fout RB253: dit scenariobestand kan niet gelezen worden").count == 1)
        let typo = workspace.root.appendingPathComponent("typo.yml")
        try "scenarios:\n  - naam: X\n    antwoorden: { ingeschreven: nee }\n    verwachting: { uitkomst: absoluut-verzuim }\n"
            .write(to: typo, atomically: true, encoding: .utf8)
        let report = workspace.check(extraScenarioFiles: [typo])
        #expect(report.matching("typo.yml:4:5: fout RB711: onbekende sleutel 'verwachting' in een scenario; bedoel je 'verwacht'?").count == 1, "\(report.listing)")
    }

    @Test("A beslisboom folder without its intro page is an error")
    func missingIntroPage() throws {
        let workspace = try Workspace(fixture: "tree-site")
        try FileManager.default.removeItem(at: workspace.content.appendingPathComponent("beslisboom/index.md"))
        try workspace.write("---\ntitel: Welkom\n---\nTekst.\n", to: "index.md")
        let report = workspace.check()
        #expect(report.matching("beslisboom/index.md:1:1: fout RB252: de beslisboom heeft een introductiepagina nodig").count == 1, "\(report.listing)")
    }
}

/// Relative links (href and src) in `pages` that point at no file of `files`, as "page: link".
func unresolvedLinks(in files: [String: Data], pages: [String]) -> [String] {
    var problems: [String] = []
    for path in pages.sorted() {
        let html = String(decoding: files[path] ?? Data(), as: UTF8.self)
        let folder = ContentPath.directory(of: path)
        for target in linkTargets(in: html) where !ContentPath.isExternal(target) && !target.hasPrefix("#") {
            if target.hasPrefix("/") {
                problems.append("\(path): \(target) is not relative")
                continue
            }
            let file = String(target.prefix { $0 != "#" && $0 != "?" })
            guard let resolved = ContentPath.resolve(file, from: folder.isEmpty ? "x" : folder + "/x"), files[resolved] != nil else {
                problems.append("\(path): \(target) points to no file")
                continue
            }
        }
    }
    return problems
}

@Suite("The real site")
struct RealSiteTests {
    @Test("Content/ and Templates/ of the repository pass check with 0 errors")
    func realSiteChecks() {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("routeboek-real-\(UUID().uuidString)")
        let report = SiteBuilder.run(BuildOptions(content: realContent, templates: realTemplates, output: output, write: false))
        #expect(report.errorCount == 0, "\(report.listing)")
        #expect(report.pageCount > 10)
        #expect(report.routeCount > 0)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("The real site builds, and every relative link on every page points at a written file")
    func realSiteLinks() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("routeboek-real-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = SiteBuilder.run(BuildOptions(content: realContent, templates: realTemplates, output: output))
        try #require(report.errorCount == 0, "\(report.listing)")
        let files = snapshot(output)
        let pages = files.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count >= report.pageCount)
        #expect(files["index.html"] != nil)
        for problem in unresolvedLinks(in: files, pages: pages) { Issue.record("\(problem)") }
    }
}
