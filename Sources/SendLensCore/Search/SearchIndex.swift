import Foundation
import GRDB

/// How to order hits.
public enum SearchOrder: String, Sendable, CaseIterable {
    /// Best first, by BM25.
    case rank
    /// In document order: by document as loaded, then by position.
    case doc
}

/// One matching passage, with the words that matched marked.
public struct SearchHit: Sendable, Hashable {
    public let citation: Citation
    public let passageIndex: Int
    public let documentName: String
    /// The passage's text in pieces; `true` pieces are the matched words.
    public let highlighted: [Highlight]
}

public struct Highlight: Sendable, Hashable {
    public let text: String
    public let isMatch: Bool

    public init(text: String, isMatch: Bool) {
        self.text = text
        self.isMatch = isMatch
    }
}

/// What a search found: how many passages in all and in each document, and the hits to show.
public struct SearchResults: Sendable {
    public let total: Int
    /// Document names with their counts, in corpus order, only those with hits.
    public let perDocument: [(name: String, count: Int)]
    public let hits: [SearchHit]
    /// The global positions of every matching passage, for `count`.
    public let matchingRows: [Int]
}

/// The in-memory full-text index of every loaded passage: SQLite FTS5 through GRDB, with the
/// Snowball tokenizer for ordinary searches and plain unicode61 for `--exact` ones.
public final class SearchIndex {
    private let database: DatabaseQueue
    /// For each row (rowid - 1): its document's position in the corpus and its passage's position.
    private var rows: [(document: Int, passage: Int)] = []
    /// The first row of each document, in corpus order.
    private var documentStarts: [Int] = []

    public init() throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            db.add(tokenizer: SnowballTokenizer.self)
        }
        database = try DatabaseQueue(configuration: configuration)
        try database.write { db in
            try db.execute(sql: """
                CREATE TABLE passage(id INTEGER PRIMARY KEY, text TEXT NOT NULL, sortkey TEXT NOT NULL);
                CREATE VIRTUAL TABLE stemmed USING fts5(text, content='passage', content_rowid='id', tokenize='snowball');
                CREATE VIRTUAL TABLE exact USING fts5(text, content='passage', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE exact_vocabulary USING fts5vocab(exact, 'row');
                """)
        }
    }

    /// Indexes a document that has just been added to the corpus at `documentIndex`.
    public func add(_ document: Document, at documentIndex: Int) throws {
        let first = rows.count + 1
        try database.write { db in
            let insertText = try db.makeStatement(sql: "INSERT INTO passage(id, text, sortkey) VALUES (?, ?, ?)")
            let insertStemmed = try db.makeStatement(sql: "INSERT INTO stemmed(rowid, text) VALUES (?, ?)")
            let insertExact = try db.makeStatement(sql: "INSERT INTO exact(rowid, text) VALUES (?, ?)")
            for (offset, passage) in document.passages.enumerated() {
                let arguments: StatementArguments = [first + offset, passage.text]
                // Equal scores are broken by document name and position, not by loading order.
                try insertText.execute(arguments: arguments + [document.name + "\u{1}" + String(1_000_000_000 + offset)])
                try insertStemmed.execute(arguments: arguments)
                try insertExact.execute(arguments: arguments)
            }
        }
        documentStarts.append(rows.count)
        rows.append(contentsOf: document.passages.indices.map { (documentIndex, $0) })
    }

    public var passageCount: Int { rows.count }

    /// Runs a query. `limit` nil returns every hit.
    public func search(_ query: Query, in corpus: Corpus, exact: Bool = false, limit: Int? = 20,
                       order: SearchOrder = .rank) throws -> SearchResults {
        let table = exact ? "exact" : "stemmed"
        let pattern = FTS5Pattern.make(query.match, expand: !exact)
        let allowed = try allowedRows(for: query.filters, in: corpus)
        if let allowed, allowed.isEmpty {
            return SearchResults(total: 0, perDocument: [], hits: [], matchingRows: [])
        }
        var constraint = ""
        var arguments: StatementArguments = [pattern]
        if let allowed {
            constraint = " AND (" + allowed.map { _ in "rowid BETWEEN ? AND ?" }.joined(separator: " OR ") + ")"
            for range in allowed { arguments += [range.lowerBound + 1, range.upperBound] }
        }
        let ordering = order == .rank ? "rank, (SELECT sortkey FROM passage WHERE id = \(table).rowid)" : "rowid"
        let limitClause = limit.map { " LIMIT \($0)" } ?? ""
        return try database.read { db in
            let matching = try Int.fetchAll(db, sql: "SELECT rowid FROM \(table) WHERE \(table) MATCH ?\(constraint) ORDER BY rowid",
                                            arguments: arguments).map { $0 - 1 }
            let top = try Row.fetchAll(db, sql: """
                SELECT rowid, highlight(\(table), 0, char(1), char(2)) AS marked FROM \(table)
                WHERE \(table) MATCH ?\(constraint) ORDER BY \(ordering)\(limitClause)
                """, arguments: arguments)
            let hits = top.map { row -> SearchHit in
                let (document, passage) = rows[Int(row["rowid"] as Int64) - 1]
                let found = corpus.documents[document]
                return SearchHit(citation: found.passages[passage].citation, passageIndex: passage,
                                 documentName: found.name, highlighted: Self.split(marked: row["marked"]))
            }
            var counts = [Int](repeating: 0, count: corpus.documents.count)
            for row in matching { counts[rows[row].document] += 1 }
            let perDocument = zip(corpus.documents, counts).filter { $0.1 > 0 }.map { ($0.0.name, $0.1) }
            return SearchResults(total: matching.count, perDocument: perDocument, hits: hits, matchingRows: matching)
        }
    }

    /// The passage a global row holds.
    public func location(ofRow row: Int) -> (document: Int, passage: Int) {
        rows[row]
    }

    /// Indexed words starting with a prefix, most widespread first: for TAB completion.
    public func words(startingWith prefix: String, limit: Int = 40) -> [String] {
        let lowered = prefix.lowercased()
        guard !lowered.isEmpty else { return [] }
        return (try? database.read { db in
            try String.fetchAll(db, sql: """
                SELECT term FROM exact_vocabulary WHERE term >= ? AND term < ? ORDER BY doc DESC, term LIMIT ?
                """, arguments: [lowered, lowered + "\u{10FFFF}", limit])
        }) ?? []
    }

    /// Row ranges the filters allow, or nil for everywhere.
    private func allowedRows(for filters: [QueryFilter], in corpus: Corpus) throws -> [Range<Int>]? {
        guard !filters.isEmpty else { return nil }
        var groups: [String: [Range<Int>]] = [:]
        for filter in filters {
            switch filter {
            case .document(let name):
                guard let index = corpus.documents.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
                    throw CitationError.unknownDocument(name, known: corpus.documents.map(\.name))
                }
                groups["in", default: []].append(range(ofDocument: index, in: corpus))
            case .kind(let kind):
                guard DocumentKind(rawValue: kind) != nil else { throw SearchError.unknownKind(kind) }
                let ranges = corpus.documents.indices.filter { corpus.documents[$0].kind.rawValue == kind }
                    .map { range(ofDocument: $0, in: corpus) }
                groups["kind", default: []].append(contentsOf: ranges)
            case .section(let words):
                let wanted = words.lowercased()
                var ranges: [Range<Int>] = []
                for (index, document) in corpus.documents.enumerated() {
                    for section in document.sections where section.headingPath.contains(where: { $0.lowercased().contains(wanted) }) {
                        let start = documentStarts[index]
                        ranges.append((start + section.passageRange.lowerBound)..<(start + section.passageRange.upperBound))
                    }
                }
                groups["section", default: []].append(contentsOf: ranges)
            case .question:
                // Survey questions arrive with the survey loader; until then nothing is a survey answer.
                groups["question", default: []].append(contentsOf: [])
            }
        }
        var allowed: [Range<Int>]? = nil
        for (_, ranges) in groups {
            let merged = Self.merge(ranges)
            allowed = allowed.map { Self.intersect($0, merged) } ?? merged
        }
        return allowed?.filter { !$0.isEmpty }
    }

    private func range(ofDocument index: Int, in corpus: Corpus) -> Range<Int> {
        documentStarts[index]..<(documentStarts[index] + corpus.documents[index].passages.count)
    }

    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    static func intersect(_ a: [Range<Int>], _ b: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for x in a {
            for y in b where x.overlaps(y) {
                result.append(max(x.lowerBound, y.lowerBound)..<min(x.upperBound, y.upperBound))
            }
        }
        return result
    }

    /// "a \u{1}wait\u{2} b" → [a , wait (match),  b]
    static func split(marked: String) -> [Highlight] {
        var pieces: [Highlight] = []
        var current = ""
        var inMatch = false
        for character in marked {
            if character == "\u{1}" || character == "\u{2}" {
                if !current.isEmpty { pieces.append(Highlight(text: current, isMatch: inMatch)) }
                current = ""
                inMatch = character == "\u{1}"
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { pieces.append(Highlight(text: current, isMatch: inMatch)) }
        return pieces
    }
}

/// Search problems that are not about the query's syntax.
public enum SearchError: Error, Equatable, Sendable {
    case unknownKind(String)
    case database(String)
}
