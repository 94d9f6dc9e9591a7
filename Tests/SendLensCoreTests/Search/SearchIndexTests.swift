import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// The samples, loaded into a library (and so indexed) for these tests.
struct IndexedSamples {
    let library: Library
    var corpus: Corpus { library.corpus }

    init(order: [String] = ["report.md", "response.md", "statement.md"]) throws {
        library = try Library()
        let outcome = library.load(order.map { $0 == "report.md" ? Repository.writtenReport : Repository.samples + "/" + $0 })
        #expect(outcome.failures.isEmpty && outcome.loaded.count == order.count)
        #expect(library.checkInvariants() == [])
    }

    func citations(_ text: String, exact: Bool = false) throws -> [String] {
        try library.search(QueryParser.parse(text), exact: exact, limit: nil).hits.map(\.citation.description)
    }

    func texts(_ text: String) throws -> [String] {
        try library.search(QueryParser.parse(text), limit: nil).hits.map { hit in
            corpus.documents[hit.documentIndex].passages[hit.passageIndex].text
        }
    }
}

struct SearchIndexTests {
    /// For each query, the passages `--exact` finds are the passages the sqlite3 shell's own FTS5
    /// finds for the same query written in FTS5's syntax, over the same text.
    @Test func exactSearchAgreesWithTheSQLiteShell() throws {
        let samples = try IndexedSamples()
        let reportRows = 1...samples.corpus.document(named: "report")!.passages.count
        let cases: [(ours: String, native: String)] = [
            ("waiting", "waiting"),
            ("\"speech and language\"", "\"speech and language\""),
            ("assess*", "assess*"),
            ("waiting OR delay", "waiting OR delay"),
            ("therapy -private", "therapy NOT private"),
            ("therapy NOT private", "therapy NOT private"),
            ("NEAR(waiting therapy, 5)", "NEAR(waiting therapy, 5)"),
            ("(autism OR adhd) assessment", "(autism OR adhd) AND assessment"),
            ("EHCP", "ehcp"),
            ("EHC plans", "ehc AND plans"),
            ("families children", "families AND children"),
            ("\"education, health and care plan\"", "\"education health and care plan\""),
            ("partner*", "partner*"),
            ("tribunal* OR complaint*", "tribunal* OR complaint*"),
            ("exclusion* -part", "exclusion* NOT part"),
            ("NEAR(\"special school\" place, 4)", "NEAR(\"special school\" place, 4)"),
            ("78 weeks", "78 AND weeks"),
            ("\"78 weeks\"", "\"78 weeks\""),
            ("35 days", "35 AND days"),
            ("monitoring inspection", "monitoring AND inspection"),
            ("data dashboard monthly", "data AND dashboard AND monthly"),
            ("co-production", "\"co production\""),
            ("HPCI OR forum", "hpci OR forum"),
            ("CAMHS", "camhs"),
            ("we will", "we AND will"),
            ("\"we will\" -plan", "\"we will\" NOT plan"),
            ("young people 16", "young AND people AND \"16\""),
            ("qualit* OR timel*", "qualit* OR timel*"),
            ("NEAR(errors plans, 10)", "NEAR(errors plans, 10)"),
            ("apologis* OR sorry", "apologis* OR sorry"),
            ("wait OR waiting -long", "wait OR waiting NOT long"),
            ("\"priority action\" (plan OR areas)", "\"priority action\" AND (plan OR areas)"),
            ("nothingmatchesthis", "nothingmatchesthis"),
        ]
        var script = "CREATE VIRTUAL TABLE t USING fts5(text, tokenize='unicode61 remove_diacritics 2');\nBEGIN;\n"
        var row = 0
        for document in samples.corpus.documents {
            for passage in document.passages {
                row += 1
                script += "INSERT INTO t(rowid, text) VALUES (\(row), '\(passage.text.replacingOccurrences(of: "'", with: "''"))');\n"
            }
        }
        script += "COMMIT;\n"
        for (_, native) in cases {
            script += "SELECT coalesce(group_concat(rowid, ' '), '') FROM (SELECT rowid FROM t WHERE t MATCH '\(native.replacingOccurrences(of: "'", with: "''"))' ORDER BY rowid);\n"
        }
        script += "SELECT coalesce(group_concat(rowid, ' '), '') FROM (SELECT rowid FROM t WHERE t MATCH 'waiting' AND rowid BETWEEN \(reportRows.lowerBound) AND \(reportRows.upperBound) ORDER BY rowid);\n"
        let lines = try SQLiteShell.run(script)
        #expect(lines.count == cases.count + 1)
        for ((ours, native), line) in zip(cases + [("waiting in:report", "waiting, in the report's rows")], lines) {
            let expected = line.split(separator: " ").compactMap { Int($0) }
            let found = try samples.library.search(QueryParser.parse(ours), exact: true, limit: nil).matchingRows.map { $0 + 1 }
            #expect(found == expected, "\(ours) ≠ \(native)")
        }
        #expect(lines.filter { !$0.isEmpty }.count >= 30)
    }

    @Test func stemmingFindsOtherFormsOfAWord() throws {
        let samples = try IndexedSamples()
        let waited = try samples.texts("waited")
        #expect(waited.contains { $0.contains("waiting") })
        #expect(waited.contains { $0.contains("wait ") })
        let exactly = try samples.citations("waited", exact: true).count
        #expect(exactly > 0 && exactly < waited.count)
    }

    @Test func acronymsMatchTheirMeaningBothWays() throws {
        let samples = try IndexedSamples()
        let byAcronym = try samples.texts("EHCP")
        #expect(byAcronym.contains { $0.contains("education, health and care plans") })
        #expect(byAcronym.contains { $0.contains("EHC plans") })
        let byMeaning = try samples.texts("\"speech and language therapy\"")
        #expect(byMeaning.contains { $0.contains("(SALT)") })
        let exactly = try samples.citations("EHCP", exact: true).count
        #expect(exactly > 0 && exactly < byAcronym.count)
    }

    @Test func filtersLimitWhereToLook() throws {
        let samples = try IndexedSamples()
        let inResponse = try samples.citations("waiting in:response")
        #expect(!inResponse.isEmpty && inResponse.allSatisfy { $0.hasPrefix("response ") })
        let inStatements = try samples.citations("waiting kind:statement")
        #expect(!inStatements.isEmpty && inStatements.allSatisfy { $0.hasPrefix("statement ") })
        let section = try samples.citations("leaders section:\"priority action\"")
        #expect(!section.isEmpty && section.allSatisfy { $0.hasPrefix("report §7 ") })
        let either = try samples.citations("waiting in:report in:statement")
        #expect(Set(either.map { $0.split(separator: " ")[0] }) == ["report", "statement"])
        #expect(try samples.citations("waiting question:Q1").isEmpty)
        #expect(throws: CitationError.unknownDocument("reprt", known: ["report", "response", "statement"])) {
            try samples.citations("waiting in:reprt")
        }
        #expect(throws: SearchError.unknownKind("memo")) { try samples.citations("waiting kind:memo") }
    }

    @Test func rankingDoesNotDependOnLoadingOrder() throws {
        let forwards = try IndexedSamples(order: ["report.md", "response.md", "statement.md"])
        let backwards = try IndexedSamples(order: ["statement.md", "response.md", "report.md"])
        for query in ["waiting", "EHCP", "assess*", "families OR parents", "\"speech and language\"", "plan -priority"] {
            #expect(try forwards.citations(query) == backwards.citations(query), "\(query)")
        }
    }

    @Test func matchesAreMarked() throws {
        let samples = try IndexedSamples()
        let query = try QueryParser.parse("dashboard OR EHCP")
        let hits = try samples.library.search(query, limit: nil).hits.map { PassageRef(document: $0.citation.document, passage: $0.passageIndex) }
        let dashboard = try #require(hits.first { samples.library.citation(of: $0)?.description == "report §7 ¶1.3" })
        let pieces = try #require(samples.library.highlights(of: [dashboard], query: query.match, exact: false).first)
        #expect(pieces.filter(\.isMatch).map(\.text) == ["dashboard"])
        #expect(pieces.map(\.text).joined() == samples.library.text(of: dashboard))
        #expect(Highlight.spans(of: pieces) == [TextSpan(start: 14, end: 23)])
        // Every hit's pieces put back together are its passage, and each has a match marked.
        let all = samples.library.highlights(of: hits, query: query.match, exact: false)
        #expect(hits.count > 10)
        for (hit, pieces) in zip(hits, all) {
            #expect(pieces.map(\.text).joined() == samples.library.text(of: hit))
            #expect(pieces.contains { $0.isMatch }, "\(hit)")
        }
    }

    @Test func completionOffersIndexedWords() throws {
        let samples = try IndexedSamples()
        let words = samples.library.words(startingWith: "assess")
        #expect(words.contains("assessment") && words.contains("assessed"))
        #expect(!words.isEmpty && words.allSatisfy { $0.hasPrefix("assess") })
        #expect(samples.library.words(startingWith: "").isEmpty)
    }
}

/// The `sqlite3` command-line shell, fed a script on standard input.
enum SQLiteShell {
    static func run(_ script: String) throws -> [String] {
        let file = NSTemporaryDirectory() + "sendlens-differential-\(UUID().uuidString).sql"
        try script.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", ":memory:", ".read \(file)"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}

struct ExactIndexTests {
    /// The exact index is built on first use and rebuilt after each later load.
    @Test func exactSearchSeesDocumentsLoadedAfterItsFirstUse() throws {
        let library = try Library()
        library.load([Repository.samples + "/statement.md"])
        let before = try library.search(QueryParser.parse("families"), exact: true, limit: nil).total
        library.load([Repository.writtenReport])
        let after = try library.search(QueryParser.parse("families"), exact: true, limit: nil)
        #expect(before > 0)
        #expect(after.total > before)
        #expect(after.perDocument.map(\.name) == ["statement", "report"])
    }
}
