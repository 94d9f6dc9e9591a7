import Foundation
import SendLensCore

/// `sendlens-bench --relevance [--pool N]`: how well `find` ranks real reports against passages
/// judged by hand (Tests/Fixtures/relevance/judgements.txt), beside plain FTS5 BM25 with every
/// word required and with any word. With `--pool N`, prints instead each query's passages in
/// the first N of any ranking that no one has judged yet, for judging.
enum RelevanceBench {
    static let judgements = "Tests/Fixtures/relevance/judgements.txt"

    static func run(reports: String, pool: Int?) {
        guard let text = try? String(contentsOfFile: judgements, encoding: .utf8) else {
            FileHandle.standardError.write(Data("cannot read \(judgements)\n".utf8))
            exit(2)
        }
        let queries = JudgedQuery.parse(text)
        let library = try! Library()
        let paths = ((try? FileManager.default.contentsOfDirectory(atPath: reports)) ?? []).filter { $0.hasSuffix(".pdf") }.sorted()
        library.load(paths.map { reports + "/" + $0 })
        if let pool {
            for judged in queries {
                print("# query: \(judged.query)")
                var seen = Set(judged.grades.keys)
                for ranking in Ranking.allCases {
                    for citation in (try? library.ranked(judged.query, by: ranking, limit: pool)) ?? [] where seen.insert(citation).inserted {
                        let text = Citation.parse(citation).flatMap { try? library.corpus.passages(at: $0).1.first?.text } ?? ""
                        print("? \(citation)    \(text)")
                    }
                }
            }
            return
        }
        print("\(queries.count) queries over \(library.corpus.documents.count) reports (\(library.corpus.passageCount.formatted()) passages), "
            + "\(queries.reduce(0) { $0 + $1.grades.values.filter { $0 == 2 }.count }) passages judged directly relevant, "
            + "\(queries.reduce(0) { $0 + $1.grades.values.filter { $0 == 1 }.count }) partly.\n")
        if ProcessInfo.processInfo.environment["SENDLENS_RELEVANCE_DETAIL"] != nil {
            for judged in queries {
                let figures = Ranking.allCases.map { ranking -> String in
                    let ranked = (try? library.ranked(judged.query, by: ranking)) ?? []
                    return String(format: "%.2f/%.0f%%", judged.ndcg(ranked), 100 * judged.recall(ranked))
                }
                print(figures.joined(separator: "  ") + "  " + judged.query)
            }
        }
        print("| ranking | NDCG@10 | recall@20 |")
        print("|---|---|---|")
        // find, then find with each of its steps taken away, then the two baselines.
        let variants: [(String, Ranking, RankingOptions)] = [
            ("`find`", .find, RankingOptions()),
            ("`find` without some-of-the-words", .find, RankingOptions(someWords: false)),
            ("`find` without priors", .find, RankingOptions(priors: false)),
            ("`find` without grouping identical passages", .find, RankingOptions(groupIdentical: false)),
            (Ranking.bm25All.rawValue + " (`find` before this work)", .bm25All, RankingOptions()),
            (Ranking.bm25Any.rawValue, .bm25Any, RankingOptions()),
        ]
        for (name, ranking, options) in variants {
            var (ndcg, recall) = (0.0, 0.0)
            for judged in queries {
                let ranked = (try? library.ranked(judged.query, by: ranking, options: options)) ?? []
                ndcg += judged.ndcg(ranked)
                recall += judged.recall(ranked)
            }
            let count = Double(max(queries.count, 1))
            print("| \(name) | \(String(format: "%.2f", ndcg / count)) | \(String(format: "%.0f %%", 100 * recall / count)) |")
        }
    }
}
