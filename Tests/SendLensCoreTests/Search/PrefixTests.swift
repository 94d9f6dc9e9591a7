import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// `X*` matches every passage holding a word that starts with X, as a scan of the words would
/// find it, whatever the stemmer makes of the words.
@Suite struct PrefixTests {
    /// The words of a passage as the index splits them: runs of letters and digits, lower case,
    /// without accents.
    static func words(of text: String) -> [Substring] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !($0.isLetter || $0.isNumber) }
    }

    static let prefixes = [
        "inspection", "assessment", "tribunal", "monitoring", "famil", "famili", "a", "co", "ehc", "commission",
        "plan", "planning", "children", "child", "waiting", "happ", "improv", "improvement", "educat", "neurodevelop",
        "therap", "exclu", "priorit", "pr", "annual", "send", "partner", "partnership", "leadership", "speech",
    ]

    @Test func aPrefixMatchesWhatAScanOfTheWordsFinds() throws {
        try #require(Repository.reportFiles.count == 19, "the real reports are expected in \(Repository.reports)")
        let library = try Library()
        library.load(Repository.reportFiles)
        let words = library.corpus.documents.flatMap { $0.passages.map { Self.words(of: $0.text) } }
        for prefix in Self.prefixes {
            let expected = words.indices.filter { words[$0].contains { $0.hasPrefix(prefix) } }
            let results = try library.search(QueryParser.parse("\(prefix)*"), limit: 0)
            #expect(!expected.isEmpty, "\(prefix)")
            #expect(results.matchingRows == expected, "\(prefix)*: \(results.total) passages, a scan finds \(expected.count)")
        }
    }

    @Test func aStemmedWordStillFindsEveryFormButAPrefixOnlyItsOwn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prefix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("d.md")
        try "The family waited.\n\nFamilies wait.\n\nThey inspected it.\n\nInspections came.\n".write(to: file, atomically: true, encoding: .utf8)
        let library = try Library()
        library.load([file.path])
        #expect(try library.search(QueryParser.parse("families"), limit: 0).total == 2)
        #expect(try library.search(QueryParser.parse("famili*"), limit: 0).total == 1)
        #expect(try library.search(QueryParser.parse("inspection*"), limit: 0).total == 1)
        #expect(try library.search(QueryParser.parse("inspections"), limit: 0).total == 2)
        #expect(try library.search(QueryParser.parse("\"the family\""), limit: 0).total == 1)
        let pieces = library.highlights(of: [PassageRef(document: "d", passage: 3)], query: try QueryParser.parse("inspection*").match, exact: false)
        #expect(pieces.first?.filter(\.isMatch).map(\.text) == ["Inspections"])
    }
}
