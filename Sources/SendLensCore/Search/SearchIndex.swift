import Foundation
import GRDB
import GRDBSQLite

/// How to order hits.
public enum SearchOrder: String, Sendable, CaseIterable {
    /// Best first, by BM25.
    case rank
    /// In document order: by document as loaded, then by position.
    case doc
}

/// One matching passage.
public struct SearchHit: Sendable, Hashable {
    public let citation: Citation
    /// The document's position in the corpus, and the passage's in the document.
    public let documentIndex: Int
    public let passageIndex: Int
    /// How many other matching passages say exactly the same (listed once, here).
    public var identical = 0
    /// Whether it holds only some of the words of a query of words side by side.
    public var partial = false
}

/// What a search found: how many passages in all and in each document, and the hits to show.
public struct SearchResults: Sendable {
    public let total: Int
    /// Document names with their counts, in corpus order, only those with hits.
    public let perDocument: [(name: String, count: Int)]
    public let hits: [SearchHit]
    /// The global positions of every matching passage, for `count`.
    public let matchingRows: [Int]
    /// For words side by side whose passages with every word do not fill the list: how many more
    /// passages hold some of the words but not all, ranked after those with all of them.
    public var partial = 0
}

/// How `find` orders what matched: best first by BM25, with passages holding every word of a
/// query of words side by side before those holding some, and a prior that puts findings before
/// bare headings, table cells and a report's standard back matter.
public struct RankingOptions: Sendable, Hashable {
    /// List passages with only some of the words after those with all (words side by side only).
    public var someWords = true
    /// Weigh BM25 by each passage's prior.
    public var priors = true
    /// List identical passages once, with how many more there are.
    public var groupIdentical = true

    public init(someWords: Bool = true, priors: Bool = true, groupIdentical: Bool = true) {
        self.someWords = someWords
        self.priors = priors
        self.groupIdentical = groupIdentical
    }

    /// Plain BM25: what the baselines do.
    public static let plain = RankingOptions(someWords: false, priors: false, groupIdentical: false)
}

/// The in-memory full-text index of every loaded passage: SQLite FTS5 through GRDB, with the
/// Snowball tokenizer for ordinary searches and plain unicode61 for `--exact` ones.
final class SearchIndex {
    private let database: DatabaseQueue
    /// For each row (rowid - 1): its document's position in the corpus and its passage's position.
    private var rows = RowTable()
    /// For each row: the weight its BM25 score is given (see `prior(ofText:)`), and its text's
    /// hash, to find identical passages without reading their text.
    private var priors: [Float] = []
    private var textHashes: [Int] = []

    /// The first row of each document, in corpus order.
    private var documentStarts: [Int] = []
    private var exactIsStale = false
    /// While `addingMany` runs, the connection whose one transaction the documents it adds are
    /// indexed in.
    private var batch: Database?

    init() throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            db.add(tokenizer: SnowballTokenizer.self)
        }
        database = try DatabaseQueue(configuration: configuration)
        // Pages freed as FTS5 merges its segments are given back after each load (`addingMany`).
        try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL") }
        try database.write { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE stemmed USING fts5(text, content='', tokenize='snowball');
                CREATE VIRTUAL TABLE exact USING fts5(text, content='', tokenize='unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE exact_vocabulary USING fts5vocab(exact, 'row');
                """)
        }
    }

    /// Indexes a document that is about to join the corpus at `documentIndex`: all its passages in
    /// one transaction, or none of them.
    /// Indexes a document. When `shouldStop` says so (asked every thousand passages), it throws
    /// `CancellationError` and the index is left as it was.
    func add(_ document: Document, at documentIndex: Int, shouldStop: () -> Bool = { false }) throws {
        precondition(documentIndex == documentStarts.count, "documents are indexed in corpus order")
        let first = rows.count + 1
        // Contentless tables: the text lives in the corpus, so SQLite keeps only the index.
        try insert(document, firstRow: first, into: "stemmed", shouldStop: shouldStop)
        documentStarts.append(rows.count)
        rows.append(document: documentIndex, passages: document.passages.count)
        var sectionPriors: [Int: Double] = [:]
        for section in document.sections { sectionPriors[section.number] = Self.prior(ofSection: section.title) }
        for passage in document.passages {
            priors.append(Float(Self.prior(ofText: passage.text) * (sectionPriors[passage.section] ?? 1)))
            // The bytes' hash: String's own hash reads characters, several times slower.
            var hasher = Hasher()
            var text = passage.text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            textHashes.append(hasher.finalize())
        }
        exactIsStale = true
    }

    /// English words too common to ask for in words side by side.
    static let littleWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "for", "with", "in", "on", "to", "at", "by", "from", "about", "into", "as",
        "is", "are", "was", "were", "be", "been", "their", "its", "this", "that", "these", "those", "our", "your", "how",
        "what", "when", "where", "who", "which", "do", "does",
    ]

    static func isLittleWord(_ node: QueryNode) -> Bool {
        if case .term(let word, prefix: false) = node { return littleWords.contains(word) }
        return false
    }

    /// How much a passage with some of the words loses for each word it lacks: its score is
    /// weighed by (words held ÷ words asked)^this. Tuned on the judged queries.
    static let someWordsWeight = 2.0

    /// Sections every Ofsted and CQC area SEND report closes with, about the inspection rather
    /// than the area's work: what they say is rarely what a search is for.
    static let backMatter: Set<String> = [
        "local area partnership details", "information about this inspection", "inspection team", "about this publication",
    ]
    /// Sections of standard facts about the area, found before the findings.
    static let areaFacts: Set<String> = ["information about the local area partnership"]

    /// How much a passage's BM25 score counts (its text's prior times its section's): less for a
    /// bare heading or table cell (three words or fewer, with no full stop) and for a report's
    /// standard facts and back matter. Tuned on the judged queries of `sendlens-bench --relevance`.
    static func prior(ofText text: String) -> Double {
        let bytes = text.utf8
        guard bytes.last != UInt8(ascii: "."), bytes.lazy.filter({ $0 == UInt8(ascii: " ") }).prefix(3).count < 3 else { return 1 }
        return 0.5
    }

    static func prior(ofSection title: String) -> Double {
        let title = title.lowercased()
        return backMatter.contains(title) ? 0.4 : areaFacts.contains(title) ? 0.7 : 1
    }

    /// Runs `body`, indexing the documents it adds in one transaction rather than one each:
    /// FTS5 writes the words it holds out as a new segment at every commit and merges segments as
    /// they pile up, so a folder indexes much faster in one (see BENCHMARKS.md). A document that
    /// fails part way is still taken out whole (`insert`). Should the transaction itself fail,
    /// nothing `body` added is left in the index, and the failure says from which document on.
    func addingMany<T>(_ body: () -> T) -> (result: T, failure: BatchFailure?) {
        guard batch == nil else { return (body(), nil) }
        let before = (documents: documentStarts.count, rows: rows.count)
        var result: T?
        do {
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN")
                batch = db
                defer { batch = nil }
                result = body()
                do {
                    try db.execute(sql: "COMMIT")
                    try? db.execute(sql: "PRAGMA incremental_vacuum")
                } catch {
                    try? db.execute(sql: "ROLLBACK")
                    throw error
                }
            }
        } catch {
            // With no transaction begun, each document is indexed in its own.
            guard let result else { return (body(), nil) }
            documentStarts.removeSubrange(before.documents...)
            rows.keep(first: before.rows)
            priors.removeSubrange(before.rows...)
            textHashes.removeSubrange(before.rows...)
            return (result, BatchFailure(documentsBefore: before.documents, reason: String(describing: error)))
        }
        return (result!, nil)
    }

    /// `addingMany`'s transaction failed: the documents from `documentsBefore` on are not indexed.
    struct BatchFailure: Error {
        let documentsBefore: Int
        let reason: String
    }

    private func insert(_ document: Document, firstRow: Int, into table: String, shouldStop: () -> Bool = { false }) throws {
        guard let db = batch else {
            // One transaction: a stop (thrown out of it) takes back what it had added.
            try database.write { db in
                var added = 0
                try insertRows(of: document, firstRow: firstRow, into: table, in: db, added: &added, shouldStop: shouldStop)
            }
            return
        }
        var added = 0
        do {
            try insertRows(of: document, firstRow: firstRow, into: table, in: db, added: &added, shouldStop: shouldStop)
        } catch {
            // The rows it added are taken out again, given their text (the table keeps none). If
            // that fails, the batch fails (and is rolled back) with it.
            let statement = try db.makeStatement(sql: "INSERT INTO \(table)(\(table), rowid, text) VALUES ('delete', ?, ?)")
            for (offset, passage) in document.passages.prefix(added).enumerated() {
                try statement.execute(arguments: [firstRow + offset, passage.text])
            }
            throw error
        }
    }

    /// Inserts a document's passages as rows from `firstRow`, counting them in `added`. A stop
    /// is asked for every 1,024 passages.
    private func insertRows(of document: Document, firstRow: Int, into table: String, in db: Database, added: inout Int,
                            shouldStop: () -> Bool) throws {
        // Bound and stepped through SQLite's own calls: GRDB's arguments box every value, and its
        // text is copied; here SQLite reads each passage's bytes where they are.
        let prepared = try db.makeStatement(sql: "INSERT INTO \(table)(rowid, text) VALUES (?, ?)")
        // (GRDB's statement finalizes SQLite's when it goes: it is kept until the loop ends.)
        let statement = prepared.sqliteStatement
        defer { withExtendedLifetime(prepared) {} }
        for (offset, passage) in document.passages.enumerated() {
            if offset % 1024 == 1023, shouldStop() { throw CancellationError() }
            var text = passage.text
            let code = text.withUTF8 { bytes in
                sqlite3_bind_int64(statement, 1, Int64(firstRow + offset))
                // (No destructor: SQLite reads the bytes only until the step ends. An empty text,
                // which has no bytes to point at, indexes as nothing, as NULL does.)
                if let base = bytes.baseAddress {
                    sqlite3_bind_text(statement, 2, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil)
                } else {
                    sqlite3_bind_null(statement, 2)
                }
                defer { sqlite3_reset(statement) }
                return sqlite3_step(statement)
            }
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            added += 1
        }
    }

    /// The exact (unstemmed) index is built when first needed: most sessions never use `--exact`,
    /// and loading is faster without it.
    private func prepareExactIndex(for corpus: Corpus) throws {
        guard exactIsStale else { return }
        try database.write { db in try db.execute(sql: "INSERT INTO exact(exact) VALUES('delete-all')") }
        for (index, document) in corpus.documents.enumerated() where index < documentStarts.count {
            try insert(document, firstRow: documentStarts[index] + 1, into: "exact")
        }
        exactIsStale = false
    }

    /// Runs a query. `limit` nil returns every hit.
    func search(_ query: Query, in corpus: Corpus, glossary: Glossary?, exact: Bool = false, limit: Int? = 20,
                order: SearchOrder = .rank, ranking: RankingOptions = RankingOptions()) throws -> SearchResults {
        let table = exact ? "exact" : "stemmed"
        var pattern = FTS5Pattern.make(query.match, glossary: glossary)
        // Words side by side, ranked: those with some of the words are found too, listed after.
        var somePattern: String?
        var itemPatterns: [String] = []
        if ranking.someWords, query.wordsSideBySide, order == .rank, limit != nil, limit != 0, case .and(let items) = query.match {
            // Little words ("with", "for") are not asked for: "co-production with parents" is
            // about co-production and parents.
            let content = items.filter { !Self.isLittleWord($0) }
            let asked = content.isEmpty ? items : content
            if asked.count < items.count { pattern = FTS5Pattern.make(asked.count == 1 ? asked[0] : .and(asked), glossary: glossary) }
            if asked.count > 1 {
                somePattern = FTS5Pattern.make(.or(asked), glossary: glossary)
                itemPatterns = asked.map { FTS5Pattern.make($0, glossary: glossary) }
            }
        }
        // FTS5's own parser gives up past about 30 nested groups; say so plainly before it does.
        guard FTS5Pattern.depth(of: pattern) <= FTS5Pattern.maximumDepth else { throw SearchError.tooComplex }
        var allowed = try allowedRows(for: query.filters, in: corpus)
        if !query.exclusions.isEmpty {
            // Each exclusion leaves out what it alone would select.
            let excluded = try Self.merge(query.exclusions.flatMap { try allowedRows(for: [$0], in: corpus) ?? [] })
            allowed = Self.subtract(excluded, from: allowed ?? [0..<rows.count])
        }
        if let allowed, allowed.isEmpty {
            return SearchResults(total: 0, perDocument: [], hits: [], matchingRows: [])
        }
        if exact { try prepareExactIndex(for: corpus) }
        var constraint = ""
        var bounds: [Int] = []
        var sifted: [Range<Int>]?
        if let allowed {
            if allowed.count <= Self.rangesInSQL {
                constraint = " AND (" + allowed.map { _ in "rowid BETWEEN ? AND ?" }.joined(separator: " OR ") + ")"
                for range in allowed { bounds += [range.lowerBound + 1, range.upperBound] }
            } else {
                // Thousands of ranges (a heading in every document) would make an SQL expression
                // deeper than SQLite allows: the matches are sifted here instead.
                sifted = allowed.sorted { $0.lowerBound < $1.lowerBound }
            }
        }
        let ranked = order == .rank && limit != 0
        do {
            return try run(pattern: pattern, somePattern: somePattern, itemPatterns: itemPatterns, table: table, constraint: constraint, bounds: bounds,
                           ranked: ranked, ranking: ranking, corpus: corpus, limit: limit, sifted: sifted)
        } catch let error as DatabaseError {
            // The database's words only, never the SQL.
            throw SearchError.database(error.message ?? "SQLite error \(error.resultCode.rawValue)")
        }
    }

    /// The most row ranges a filter puts into SQL; more are sifted in Swift.
    static let rangesInSQL = 32

    /// Whether a row lies in one of the sorted ranges.
    static func contains(_ row: Int, in ranges: [Range<Int>]) -> Bool {
        var (low, high) = (0, ranges.count)
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= row { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(row)
    }

    private func run(pattern: String, somePattern: String?, itemPatterns: [String], table: String, constraint: String, bounds: [Int],
                     ranked: Bool, ranking: RankingOptions, corpus: Corpus, limit: Int?, sifted: [Range<Int>]?) throws -> SearchResults {
        try database.read { db in
            // One pass over the matches gives the counts and, when ranking, every score; only the
            // hits shown are then highlighted.
            func matches(of pattern: String, scored: Bool) throws -> (rows: [Int], scores: [Double]) {
                var matching: [Int] = []
                var scores: [Double] = []
                let arguments = StatementArguments([pattern.databaseValue] + bounds.map(\.databaseValue))
                // FTS5 yields rows in rowid order natively, so ORDER BY rowid costs no sort.
                let statement = try db.makeStatement(sql: """
                    SELECT rowid\(scored ? ", rank" : "") FROM \(table) WHERE \(table) MATCH ?\(constraint) ORDER BY rowid
                    """)
                let cursor = try Row.fetchCursor(statement, arguments: arguments)
                while let row = try cursor.next() {
                    let position = Int(row[0] as Int64) - 1
                    if let sifted, !Self.contains(position, in: sifted) { continue }
                    matching.append(position)
                    if scored { scores.append(row[1] as Double) }
                }
                return (matching, scores)
            }
            let (matching, allScores) = try matches(of: pattern, scored: ranked)
            var candidates = matching
            var scores = allScores
            var partial: [Bool] = []
            var partialCount = 0
            // When enough passages hold every word to fill the list, those with some are not
            // looked for: the list is what every word finds, at what every word costs.
            if ranked, let somePattern, matching.count < limit ?? 0 {
                // Every word's passages are among some words' ones; both in rowid order.
                (candidates, scores) = try matches(of: somePattern, scored: true)
                var next = 0
                partial = candidates.map { row in
                    while next < matching.count, matching[next] < row { next += 1 }
                    return !(next < matching.count && matching[next] == row)
                }
                // Of those with some of the words, the more words the better: each score is
                // weighed by the share of the query's words it holds.
                var held = [Int](repeating: 0, count: candidates.count)
                for item in itemPatterns {
                    let rows = try matches(of: item, scored: false).rows
                    var next = 0
                    for (index, row) in candidates.enumerated() {
                        while next < rows.count, rows[next] < row { next += 1 }
                        if next < rows.count, rows[next] == row { held[index] += 1 }
                    }
                }
                for index in scores.indices where partial[index] {
                    scores[index] *= pow(Double(held[index]) / Double(itemPatterns.count), Self.someWordsWeight)
                }
                partialCount = candidates.count - matching.count
            }
            var shown: [Int]
            var identical: [Int: Int] = [:]
            if ranked {
                // BM25 (FTS5's rank: lower is better) weighed by each passage's prior; every word
                // before some; equal scores by document name and position, never by loading order.
                if ranking.priors { for index in scores.indices { scores[index] *= Double(priors[candidates[index]]) } }
                let less: (Int, Int) -> Bool = { a, b in
                    if !partial.isEmpty, partial[a] != partial[b] { return !partial[a] }
                    if scores[a] != scores[b] { return scores[a] < scores[b] }
                    let (rowA, rowB) = (self.rows[candidates[a]], self.rows[candidates[b]])
                    if rowA.document != rowB.document { return corpus.documents[rowA.document].name < corpus.documents[rowB.document].name }
                    return rowA.passage < rowB.passage
                }
                let wanted = min(limit ?? candidates.count, candidates.count)
                if ranking.groupIdentical, limit != nil {
                    // Identical passages (a report's standard sentences) are listed once.
                    // The best few times as many as wanted, more while identical ones fill them.
                    let indices = Array(candidates.indices)
                    var window = wanted * 4
                    var best = Self.smallest(min(window, candidates.count), of: indices, by: less)
                    while best.count < candidates.count, Set(best.map { textHashes[candidates[$0]] }).count < wanted {
                        window *= 8
                        best = Self.smallest(min(window, candidates.count), of: indices, by: less)
                    }
                    var seen: [Int: Int] = [:]
                    shown = []
                    for index in best where shown.count < wanted {
                        let hash = textHashes[candidates[index]]
                        if seen[hash] == nil {
                            seen[hash] = candidates[index]
                            shown.append(candidates[index])
                        }
                    }
                    // How many more say the same, among all that matched (by a 64-bit hash of the
                    // bytes: two different passages sharing one is not to be expected).
                    // A 64-bit mask of the shown hashes' low bits passes over most rows at once.
                    let mask = seen.keys.reduce(UInt64(0)) { $0 | 1 << UInt64($1 & 63) }
                    var counts: [Int: Int] = [:]
                    for row in candidates {
                        let hash = textHashes[row]
                        if mask & 1 << UInt64(hash & 63) != 0, seen[hash] != nil { counts[hash, default: 0] += 1 }
                    }
                    for (hash, row) in seen where (counts[hash] ?? 0) > 1 { identical[row] = counts[hash]! - 1 }
                } else {
                    shown = Self.smallest(wanted, of: Array(candidates.indices), by: less).map { candidates[$0] }
                }
            } else {
                shown = Array(matching.prefix(limit ?? matching.count))
            }
            let partialRows = Set(partial.indices.filter { partial[$0] }.map { candidates[$0] })
            let hits = shown.map { row -> SearchHit in
                let (document, passage) = rows[row]
                var hit = SearchHit(citation: corpus.documents[document].passages[passage].citation,
                                    documentIndex: document, passageIndex: passage)
                hit.identical = identical[row] ?? 0
                hit.partial = partialRows.contains(row)
                return hit
            }
            var counts = [Int](repeating: 0, count: corpus.documents.count)
            for row in matching { counts[rows[row].document] += 1 }
            let perDocument = zip(corpus.documents, counts).filter { $0.1 > 0 }.map { ($0.0.name, $0.1) }
            var results = SearchResults(total: matching.count, perDocument: perDocument, hits: hits, matchingRows: matching)
            results.partial = partialCount
            return results
        }
    }

    /// The `count` smallest elements in order, without sorting everything when few are wanted.
    static func smallest(_ count: Int, of elements: [Int], by less: (Int, Int) -> Bool) -> [Int] {
        guard count < elements.count / 8 else { return Array(elements.sorted(by: less).prefix(count)) }
        var best: [Int] = []
        best.reserveCapacity(count + 1)
        for element in elements {
            if best.count == count, let last = best.last, !less(element, last) { continue }
            let position = best.firstIndex { less(element, $0) } ?? best.count
            best.insert(element, at: position)
            if best.count > count { best.removeLast() }
        }
        return best
    }

    /// Runs `body` with the index's tokenizer (stemmed, or unstemmed for `exact`).
    func withTokenizer<T>(exact: Bool, _ body: (IndexTokenizer) throws -> T) throws -> T {
        try database.read { db in try body(IndexTokenizer(db: db, exact: exact)) }
    }

    /// The number of tokens the index holds for each of a document's passages, read from FTS5's
    /// own record of them (the `_docsize` table) rather than counted again.
    func tokenCount(ofDocument index: Int, passages: Int) throws -> Int {
        let first = documentStarts[index] + 1
        return try database.read { db in
            let sizes = try Data.fetchAll(db, sql: "SELECT sz FROM stemmed_docsize WHERE id BETWEEN ? AND ?",
                                          arguments: [first, first + passages - 1])
            return sizes.reduce(0) { $0 + Self.firstVarint(in: $1) }
        }
    }

    /// FTS5's variable-length integer: seven bits a byte, high bit set on all but the last.
    private static func firstVarint(in data: Data) -> Int {
        var value = 0
        for byte in data {
            value = value << 7 | Int(byte & 0x7F)
            if byte & 0x80 == 0 { break }
        }
        return value
    }

    /// Broken promises between the index and the corpus, for tests: one row a passage, in corpus
    /// order, and FTS5 holding exactly those rows.
    func invariantViolations(for corpus: Corpus) -> [String] {
        var problems: [String] = []
        if documentStarts.count != corpus.documents.count {
            problems.append("\(documentStarts.count) documents indexed, \(corpus.documents.count) in the corpus")
        }
        var next = 0
        for (index, document) in corpus.documents.enumerated() where index < documentStarts.count {
            if documentStarts[index] != next { problems.append("\(document.name) starts at row \(documentStarts[index]), not \(next)") }
            for passage in document.passages.indices where next + passage >= rows.count || rows[next + passage] != (index, passage) {
                problems.append("\(document.name): passage \(passage) is not at row \(next + passage)")
                break
            }
            next += document.passages.count
        }
        if rows.count != next { problems.append("\(rows.count) rows for \(next) passages") }
        let stored = (try? database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM stemmed_docsize") }) ?? nil
        if stored != rows.count { problems.append("FTS5 holds \(stored.map(String.init) ?? "no") rows, not \(rows.count)") }
        return problems
    }

    /// The bare FTS5 query the benchmark compares `find` against: the rowids of the best `limit`
    /// passages for an FTS5 pattern, ranked by BM25, with nothing else done.
    func rawRanked(pattern: String, limit: Int = 20) throws -> [Int] {
        let table = "stemmed"
        return try database.read { db in
            try Int.fetchAll(db, sql: "SELECT rowid FROM \(table) WHERE \(table) MATCH ? ORDER BY bm25(\(table)) LIMIT ?",
                             arguments: [pattern, limit])
        }
    }

    /// The passage a global row holds.
    func location(ofRow row: Int) -> (document: Int, passage: Int) {
        rows[row]
    }

    /// Indexed words starting with a prefix, most widespread first: for TAB completion.
    func words(startingWith prefix: String, in corpus: Corpus, limit: Int = 40) -> [String] {
        let lowered = prefix.lowercased()
        guard !lowered.isEmpty, (try? prepareExactIndex(for: corpus)) != nil else { return [] }
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
                let index = try corpus.position(resolving: name)
                groups["in", default: []].append(range(ofDocument: index, in: corpus))
            case .kind(let kind):
                guard DocumentKind(rawValue: kind) != nil else { throw SearchError.unknownKind(kind) }
                let ranges = corpus.documents.indices.filter { corpus.documents[$0].kind.rawValue == kind }
                    .map { range(ofDocument: $0, in: corpus) }
                groups["kind", default: []].append(contentsOf: ranges)
            case .section(let words):
                let wanted = words.lowercased()
                groups["section", default: []].append(contentsOf: rows(ofSectionsIn: corpus) { _, section in
                    section.headingPath.contains { $0.lowercased().contains(wanted) }
                })
            case .question(let words):
                // A survey's free-text questions are its sections.
                let wanted = words.lowercased()
                groups["question", default: []].append(contentsOf: rows(ofSectionsIn: corpus) { document, section in
                    document.survey != nil && section.title.lowercased().contains(wanted)
                })
            }
        }
        var allowed: [Range<Int>]? = nil
        for (_, ranges) in groups {
            let merged = Self.merge(ranges)
            allowed = allowed.map { Self.intersect($0, merged) } ?? merged
        }
        return allowed?.filter { !$0.isEmpty }
    }

    /// The rows of every section that `wanted` picks, in every document.
    private func rows(ofSectionsIn corpus: Corpus, where wanted: (Document, Section) -> Bool) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for (index, document) in corpus.documents.enumerated() where index < documentStarts.count {
            for section in document.sections where wanted(document, section) {
                let start = documentStarts[index]
                ranges.append((start + section.passageRange.lowerBound)..<(start + section.passageRange.upperBound))
            }
        }
        return ranges
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

    /// The parts of `ranges` outside every one of the sorted, separate `excluded`.
    static func subtract(_ excluded: [Range<Int>], from ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges {
            var start = range.lowerBound
            for cut in excluded where cut.overlaps(range) {
                if cut.lowerBound > start { result.append(start..<cut.lowerBound) }
                start = max(start, cut.upperBound)
            }
            if start < range.upperBound { result.append(start..<range.upperBound) }
        }
        return result
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
}

/// Each row's document and passage positions, four bytes each: a large corpus has millions.
struct RowTable {
    private var documents: [Int32] = []
    private var passages: [Int32] = []

    var count: Int { documents.count }

    subscript(row: Int) -> (document: Int, passage: Int) {
        (Int(documents[row]), Int(passages[row]))
    }

    mutating func append(document: Int, passages count: Int) {
        documents.append(contentsOf: repeatElement(Int32(document), count: count))
        passages.append(contentsOf: (0..<Int32(count)))
    }

    /// Keeps only the first `count` rows.
    mutating func keep(first count: Int) {
        documents.removeSubrange(count...)
        passages.removeSubrange(count...)
    }
}

/// Search problems that are not about the query's syntax.
public enum SearchError: Error, Equatable, Sendable {
    case unknownKind(String)
    case database(String)
    /// A query whose groups nest deeper than the search engine can follow.
    case tooComplex
}
