import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// `find` ranks findings first and leaves out nothing relevant: measured against passages of the
/// real reports judged by hand (Tests/Fixtures/relevance), beside plain FTS5 BM25.
@Suite struct RankingTests {
    static let judgements = Repository.root.appendingPathComponent("Tests/Fixtures/relevance/judgements.txt").path

    @Test func theJudgedSetIsWhole() throws {
        let queries = JudgedQuery.parse(try String(contentsOfFile: Self.judgements, encoding: .utf8))
        #expect(queries.count >= 25)
        for judged in queries {
            #expect(judged.grades.values.contains(2), "\(judged.query): nothing judged directly relevant")
            #expect(judged.grades.keys.allSatisfy { Citation.parse($0) != nil }, "\(judged.query)")
        }
    }

    @Test func findBeatsPlainBM25OnTheJudgedQueries() throws {
        try #require(Repository.reportFiles.count == 19, "the real reports are expected in \(Repository.reports)")
        let queries = JudgedQuery.parse(try String(contentsOfFile: Self.judgements, encoding: .utf8))
        let library = try Library()
        library.load(Repository.reportFiles)
        // Every judged passage is a passage of the reports as they are read now.
        let citations = Set(library.corpus.documents.flatMap { $0.passages.map(\.citation.description) })
        for judged in queries {
            #expect(judged.grades.keys.allSatisfy(citations.contains), "\(judged.query): a judged passage is not in the reports")
        }
        func measure(_ ranking: Ranking) throws -> (ndcg: Double, recall: Double) {
            var (ndcg, recall) = (0.0, 0.0)
            for judged in queries {
                let ranked = try library.ranked(judged.query, by: ranking)
                ndcg += judged.ndcg(ranked)
                recall += judged.recall(ranked)
            }
            return (ndcg / Double(queries.count), recall / Double(queries.count))
        }
        let find = try measure(.find)
        for baseline in [Ranking.bm25All, .bm25Any] {
            let plain = try measure(baseline)
            #expect(find.ndcg > plain.ndcg && find.recall >= plain.recall, "\(baseline.rawValue): \(plain) against find's \(find)")
        }
    }

    @Test func measuresFollowTheirDefinitions() {
        let judged = JudgedQuery(query: "q", grades: ["a": 2, "b": 1, "c": 2, "d": 0])
        #expect(judged.ndcg(["a", "c", "b"]) == 1)
        #expect(judged.ndcg(["d", "x"]) == 0)
        #expect(judged.ndcg(["b", "a", "c"]) < 1)
        #expect(judged.recall(["a", "x", "b"]) == 0.5)
        #expect(judged.recall(["x"], at: 20) == 0)
    }
}

/// Words side by side list the passages with every word first, then those with some; `a AND b`,
/// a phrase and --all-words ask for every word; identical passages are listed once.
@Suite struct SomeWordsTests {
    static func library(_ text: String) throws -> (Library, () -> Void) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ranking-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try "# Other\n\nThe forum met in May.\n\nThe short breaks offer has grown.\n".write(
            to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        let library = try Library()
        library.load([folder.appendingPathComponent("a.md").path, folder.appendingPathComponent("b.md").path])
        return (library, { try? FileManager.default.removeItem(at: folder) })
    }

    @Test func everyWordFirstThenSome() throws {
        let (library, done) = try Self.library("""
        # Report

        Short breaks are hard to find for families.

        The forum met in May.

        Short breaks help.

        Breaks in the service are common.
        """)
        defer { done() }
        let results = try library.search(QueryParser.parse("short breaks for families"))
        #expect(results.total == 1 && results.partial == 3)
        #expect(results.hits.first?.citation.description == "a §1 ¶1.1" && results.hits.first?.partial == false)
        let laterArePartial = results.hits.dropFirst().allSatisfy(\.partial)
        #expect(laterArePartial)
        // The passages with more of the words come before those with fewer.
        let citations = results.hits.map(\.citation.description)
        #expect(citations.firstIndex(of: "a §1 ¶3.1")! < citations.firstIndex(of: "a §1 ¶4.1")!)
        // "The forum met in May." is identical in both documents: listed once.
        let forum = try library.search(QueryParser.parse("forum"))
        #expect(forum.total == 2 && forum.hits.count == 1 && forum.hits[0].identical == 1)
        // Every word only: AND, a phrase, --all-words (no some-words ranking).
        for (query, count) in [("short AND breaks AND families", 1), ("\"short breaks\"", 3)] {
            let strict = try library.search(QueryParser.parse(query))
            #expect(strict.partial == 0 && strict.hits.count == count, "\(query)")
        }
        let allWords = try library.search(QueryParser.parse("short breaks for families"), ranking: RankingOptions(someWords: false))
        #expect(allWords.partial == 0 && allWords.hits.count == 1)
        // When the passages with every word fill the list, no others are looked for.
        let filled = try library.search(QueryParser.parse("short breaks for families"), limit: 1)
        #expect(filled.partial == 0 && filled.hits.count == 1 && !filled.hits[0].partial)
        // --all lists what matches every word, as count counts it.
        #expect(try library.search(QueryParser.parse("short breaks families"), limit: nil).hits.count == 1)
    }

    @Test func littleWordsAreNotAskedFor() throws {
        let (library, done) = try Self.library("# Report\n\nCo-production with parents is strong.\n\nParents value co-production.\n")
        defer { done() }
        let results = try library.search(QueryParser.parse("co-production with parents"))
        #expect(results.total == 2 && results.partial == 0)
    }

    @Test func backMatterAndBareHeadingsRankBelowFindings() throws {
        let (library, done) = try Self.library("""
        # Report

        ## Findings

        Waiting lists for therapy are long.

        ## Waiting lists

        ## Inspection team

        Waiting lists were discussed with the inspection team.
        """)
        defer { done() }
        let hits = try library.search(QueryParser.parse("waiting lists")).hits.map(\.citation.description)
        #expect(hits.first == "a §2 ¶1.1")
    }
}
