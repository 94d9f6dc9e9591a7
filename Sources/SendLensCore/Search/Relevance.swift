import Foundation

/// Queries with the passages judged relevant to them by hand, and the measures of a ranking
/// against them: NDCG@10 (graded) and recall@20 (of the passages judged directly relevant).
///
/// A judgements file holds, for each query, a `# query: …` line and then one line a judged
/// passage, `GRADE CITATION`: 2 directly relevant, 1 partly, 0 judged and not relevant.
/// Passages no one judged count as not relevant.
public struct JudgedQuery: Sendable {
    public let query: String
    /// Each judged passage's grade, by its citation as printed.
    public var grades: [String: Int]

    public static func parse(_ text: String) -> [JudgedQuery] {
        var queries: [JudgedQuery] = []
        for line in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
            if line.hasPrefix("# query:") {
                queries.append(JudgedQuery(query: line.dropFirst("# query:".count).trimmingCharacters(in: .whitespaces), grades: [:]))
            } else if !line.hasPrefix("#"), let space = line.firstIndex(of: " "), let grade = Int(line[..<space]), !queries.isEmpty {
                queries[queries.count - 1].grades[String(line[line.index(after: space)...])] = grade
            }
        }
        return queries
    }

    /// Discounted cumulative gain of the first `k`, over that of the best possible order.
    public func ndcg(_ ranked: [String], at k: Int = 10) -> Double {
        func gain(_ grades: [Int]) -> Double {
            grades.prefix(k).enumerated().reduce(0) { $0 + (pow(2, Double($1.element)) - 1) / log2(Double($1.offset) + 2) }
        }
        let ideal = gain(grades.values.sorted(by: >))
        return ideal == 0 ? 0 : gain(ranked.map { grades[$0] ?? 0 }) / ideal
    }

    /// The share of the directly relevant passages found in the first `k`.
    public func recall(_ ranked: [String], at k: Int = 20) -> Double {
        let relevant = Set(grades.filter { $0.value == 2 }.map(\.key))
        return relevant.isEmpty ? 0 : Double(Set(ranked.prefix(k)).intersection(relevant).count) / Double(relevant.count)
    }
}

/// The rankings compared: `find` as a person uses it, and the two plain BM25 baselines over the
/// same pattern, every word required (AND) or any (OR).
public enum Ranking: String, Sendable, CaseIterable {
    case find
    case bm25All = "FTS5 BM25, every word"
    case bm25Any = "FTS5 BM25, any word"
}

extension Library {
    /// The citations of the best `limit` passages for a query as `ranking` orders them.
    public func ranked(_ text: String, by ranking: Ranking, options: RankingOptions = RankingOptions(), limit: Int = 20) throws -> [String] {
        let query = try QueryParser.parse(text)
        switch ranking {
        case .find:
            // A line that stands for identical passages counts as those passages, in its place.
            var citations: [String] = []
            for hit in try search(query, limit: limit, ranking: options).hits {
                citations.append(hit.citation.description)
                guard hit.identical > 0 else { continue }
                let text = corpus.documents[hit.documentIndex].passages[hit.passageIndex].text
                let same = corpus.documents.flatMap(\.passages).filter { $0.text == text && $0.citation != hit.citation }
                citations += same.prefix(hit.identical).map(\.citation.description)
            }
            return Array(citations.prefix(limit))
        case .bm25All, .bm25Any:
            var match = query.match
            if ranking == .bm25Any, case .and(let nodes) = match { match = .or(nodes) }
            let pattern = FTS5Pattern.make(match, glossary: glossary)
            return try rawRanked(pattern: pattern, limit: limit).map { row in
                let (document, passage) = index.location(ofRow: row - 1)
                return corpus.documents[document].passages[passage].citation.description
            }
        }
    }
}
