import Foundation
import Testing
@testable import Messages

/// The repository's root, found from this file (Tests/MessagesTests/CatalogueTests.swift).
private let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every Swift file below a folder of the repository, with its text.
private func swiftFiles(under folder: String) throws -> [(path: String, text: String)] {
    let root = repositoryRoot.appendingPathComponent(folder)
    let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
    return try files.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.map {
        ($0.path, try String(contentsOf: $0, encoding: .utf8))
    }
}

/// Every match of a regular expression's first group.
private func captures(_ pattern: String, in text: String) throws -> [String] {
    let regex = try NSRegularExpression(pattern: pattern)
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
        Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
}

@Suite("The message catalogue")
struct CatalogueTests {
    @Test("Every code is RB and three digits, in the hundred of its area, and listed once")
    func codesAreUniqueAndWellFormed() {
        var seen: Set<String> = []
        for area in MessageCatalogue.areas {
            for entry in area.entries {
                #expect(entry.code.wholeMatch(of: /RB[1-9][0-9][0-9]/) != nil, "\(entry.code)")
                #expect(entry.code.dropFirst(2).first == Character(String(area.hundred)), "\(entry.code) is not in area RB\(area.hundred)xx")
                #expect(seen.insert(entry.code).inserted, "\(entry.code) is listed twice")
                #expect(!entry.meaning.isEmpty && !entry.fix.isEmpty, "\(entry.code) has no explanation")
            }
        }
    }

    @Test("Each constructor has its own code, and every code made in the sources is in the catalogue")
    func constructorsMatchTheCatalogue() throws {
        var made: [String] = []
        for (_, text) in try swiftFiles(under: "Sources/Messages") {
            made += try captures(#"Message\("(RB[0-9]{3})""#, in: text)
        }
        #expect(Set(made).count == made.count, "a code is made by two constructors: \(made.sorted())")
        #expect(Set(made) == Set(MessageCatalogue.entries.map(\.code)))
    }

    @Test("Every constructor is used outside the catalogue")
    func everyConstructorIsUsed() throws {
        var constructors: [String] = []
        for (_, text) in try swiftFiles(under: "Sources/Messages") {
            constructors += try captures(#"public static func ([A-Za-z0-9]+)\("#, in: text)
        }
        let users = try ["Sources/RouteboekCore", "Sources/Beslisboom", "Sources/Flowchart", "Sources/RouteboekServe", "Sources/routeboek"]
            .flatMap { try swiftFiles(under: $0) }.map(\.text).joined(separator: "\n")
        for name in constructors {
            let used = users.contains(".\(name)(") || users.contains(".\(name))") || users.contains(".\(name),")
            #expect(used, "the message \(name) is never used")
        }
    }

    @Test("docs/meldingen.md is the catalogue (regenerate with: routeboek meldingen > docs/meldingen.md)")
    func documentationMatches() throws {
        let documented = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/meldingen.md"), encoding: .utf8)
        let codesInDocs = try captures(#"(?m)^### (RB[0-9]{3})"#, in: documented)
        let codes = MessageCatalogue.entries.map(\.code)
        #expect(Set(codesInDocs).subtracting(codes).isEmpty, "documented but unknown: \(Set(codesInDocs).subtracting(codes).sorted())")
        #expect(Set(codes).subtracting(codesInDocs).isEmpty, "not documented: \(Set(codes).subtracting(codesInDocs).sorted())")
        #expect(documented == MessageCatalogue.markdown + "\n", "docs/meldingen.md differs from the catalogue")
    }

    @Test("Placeholders show in the documented text")
    func placeholdersShow() throws {
        let entry = try #require(MessageCatalogue.entries.first { $0.code == "RB711" })
        #expect(entry.example.text == "onbekende sleutel '‹sleutel›' in ‹onderdeel›; bedoel je '‹bekende sleutel›'? (toegestaan: ‹sleutels›)")
        #expect(entry.example.severity == .error)
    }
}
