import Foundation

/// The loaded documents and their full-text index, kept in step: a document joins the corpus only
/// once every passage of it is indexed, so a corpus position is always an index position.
/// Searching, counting and word statistics all go through here.
///
///     let library = try Library()
///     let outcome = library.load(["samples/report.pdf"])
///     try library.find(QueryParser.parse("waiting")).total   // 9
public final class Library {
    public private(set) var corpus = Corpus()
    /// The built-in SEND glossary with the acronyms the loaded documents define.
    public private(set) var glossary = Glossary.standard
    private(set) var index: SearchIndex
    /// Word counts by document position, worked out when first asked for.
    private var wordCounts: [Int: Int] = [:]
    /// Each document's dates (keyed by `datesKey`), read at load or by the first `timeline` after.
    var dates: [String: DocumentDates] = [:]

    public init() throws {
        do {
            index = try SearchIndex()
        } catch {
            throw SearchError.database("an in-memory search index could not be created (\(error))")
        }
    }

    /// The bytes the documents' dates take, kept from their loading (`sendlens-bench` reports it).
    public var datesFootprint: Int {
        dates.values.reduce(0) { $0 + $1.footprint }
    }

    /// Adds one document and indexes it, both or neither. Returns false, and adds nothing, when
    /// the same document (its name and its bytes) is loaded already. `dates`, when given, are the
    /// document's as `DocumentDates(reading:)` finds them.
    @discardableResult
    public func add(_ document: Document, dates: DocumentDates? = nil, shouldStop: () -> Bool = { false }) throws(LoadError) -> Bool {
        // (An old name of a renamed document is free to take.)
        if let existing = corpus.document(nowNamed: document.name) {
            if existing.contentHash == document.contentHash { return false }
            throw .duplicateName(name: document.name, existingSource: existing.path, path: document.path)
        }
        do {
            try index.add(document, at: corpus.documents.count, shouldStop: shouldStop)
        } catch is CancellationError {
            throw .stopped(remaining: 1)
        } catch {
            throw .notIndexed(path: document.path, reason: String(describing: error))
        }
        try corpus.add(document)
        learnAcronyms(from: document)
        if let dates { self.dates[Self.datesKey(document)] = dates }
        return true
    }

    /// Loads files and folders; each document is indexed as it arrives, while the files after it
    /// are still being parsed. `shouldStop` is asked between files (Ctrl-C).
    @discardableResult
    public func load(_ paths: [String], options: LoadOptions = LoadOptions(), using loader: DocumentLoader = DocumentLoader(),
                     shouldStop: @escaping @Sendable () -> Bool = { false }, progress: LoadProgress? = nil) -> LoadOutcome {
        // Each document's dates are read on the threads that parse it, while this one indexes,
        // all in one transaction.
        func loading() -> LoadOutcome {
            loader.load(paths, options: options, readingDates: true, adding: { document, dates throws(LoadError) in
                            try add(document, dates: dates, shouldStop: shouldStop)
                        },
                        shouldStop: shouldStop, progress: progress)
        }
        var (outcome, failure) = index.addingMany(loading)
        if let failure { takeOut(documentsFrom: failure.documentsBefore, from: &outcome, reason: failure.reason) }
        // The same bytes under another name: loaded, as asked, but said.
        for document in outcome.loaded {
            if let twin = corpus.documents.first(where: { $0.contentHash == document.contentHash && $0.name != document.name }),
               let position = corpus.position(ofDocumentNamed: twin.name),
               position < (corpus.position(ofDocumentNamed: document.name) ?? 0) {
                outcome.warnings.append(.sameContents(path: document.path, name: document.name, existing: twin.name, existingPath: twin.path))
            }
        }
        return outcome
    }

    /// Takes the documents from position `first` on out of the corpus (the index has none of
    /// them), reporting each as not indexed: a load whose transaction failed.
    private func takeOut(documentsFrom first: Int, from outcome: inout LoadOutcome, reason: String) {
        guard first < corpus.documents.count else { return }
        let removed = corpus.documents[first...]
        for position in corpus.documents.indices.reversed() where position >= first { corpus.remove(at: position) }
        let names = Set(removed.map(\.name))
        outcome.loaded.removeAll { names.contains($0.name) }
        outcome.failures += removed.map { .notIndexed(path: $0.path, reason: reason) }
        forgetWhatWasRemoved()
    }

    /// After documents leave the corpus: what was kept for them goes, and the glossary holds only
    /// the acronyms of those that stay.
    private func forgetWhatWasRemoved() {
        wordCounts = [:]
        let kept = Set(corpus.documents.map(Self.datesKey))
        dates = dates.filter { kept.contains($0.key) }
        glossary = Glossary.standard
        corpus.documents.forEach(learnAcronyms)
    }

    /// Takes a document out of the corpus and the index. The index is built again from the
    /// documents that stay (row positions follow the corpus), in one transaction: about as long
    /// as indexing them took at load (0.2 s for 10 MB).
    public func unload(_ name: String) throws {
        let position = try corpus.position(resolving: name)
        var remaining = corpus
        remaining.remove(at: position)
        let rebuilt = try SearchIndex()
        let (failed, failure) = rebuilt.addingMany { () -> (any Error)? in
            do {
                for (offset, document) in remaining.documents.enumerated() { try rebuilt.add(document, at: offset) }
            } catch {
                return error
            }
            return nil
        }
        if let failed { throw failed }
        if let failure { throw SearchError.database("the index could not be built again (\(failure.reason))") }
        index = rebuilt
        corpus = remaining
        forgetWhatWasRemoved()
    }

    /// The acronyms a document defines join the glossary (the first definition of each stands).
    private func learnAcronyms(from document: Document) {
        for entry in AcronymFinder.definitions(in: document) { glossary.add(entry) }
    }

    /// Gives a document a new name; its citations use it, and results made before still find
    /// their passages under the old one.
    public func rename(_ name: String, to newName: String) throws {
        let position = try corpus.position(resolving: name)
        guard DocumentLoader.isValidName(newName) else { throw LoadError.invalidName(newName) }
        if let taken = corpus.document(nowNamed: newName), taken.name != corpus.documents[position].name {
            throw LoadError.nameTaken(name: newName, existingSource: taken.path)
        }
        // The index knows documents by position only: it stays as it is.
        corpus.rename(at: position, to: newName)
    }

    // MARK: Searching

    /// The passages a query matches: the total, the count in each document, and the `limit` best
    /// (or first, in document order); `limit` nil for every one.
    public func search(_ query: Query, exact: Bool = false, limit: Int? = 20, order: SearchOrder = .rank,
                       ranking: RankingOptions = RankingOptions()) throws -> SearchResults {
        try index.search(query, in: corpus, glossary: exact ? nil : glossary, exact: exact, limit: limit, order: order, ranking: ranking)
    }

    /// How many passages a query matches, grouped by document, section or survey question.
    public func count(_ query: Query, exact: Bool = false, by grouping: CountGrouping) throws -> [CountTable.Row] {
        let results = try index.search(query, in: corpus, glossary: exact ? nil : glossary, exact: exact, limit: 0)
        var rows: [CountTable.Row] = []
        var position: [String: Int] = [:]
        for matching in results.matchingRows {
            let (documentIndex, passageIndex) = index.location(ofRow: matching)
            let document = corpus.documents[documentIndex]
            if grouping == .question && document.survey == nil { continue }
            var section: Section?
            if grouping != .document, let found = document.section(numbered: document.passages[passageIndex].section),
               found.number > 0 {
                section = found
            }
            let key = document.name + "\u{0}" + String(section?.number ?? -1)
            if let existing = position[key] {
                rows[existing].count += 1
            } else {
                position[key] = rows.count
                rows.append(CountTable.Row(document: document.name, section: section?.number, title: section?.title, count: 1))
            }
        }
        return rows
    }

    /// Each passage's text in pieces, the words the query matched marked, with the same tokenizer
    /// the index uses.
    public func highlights(of hits: some Collection<PassageRef>, query: QueryNode, exact: Bool) -> [[Highlight]] {
        let texts = hits.map { text(of: $0) ?? "" }
        let highlighted = try? index.withTokenizer(exact: exact) { tokenizer in
            let highlighter = Highlighter(tokenizer: tokenizer, query: query, glossary: exact ? nil : glossary)
            return texts.map { highlighter.highlight($0) }
        }
        return highlighted ?? texts.map { [Highlight(text: $0, isMatch: false)] }
    }

    /// Indexed words starting with a prefix, most widespread first: for TAB completion.
    public func words(startingWith prefix: String, limit: Int = 40) -> [String] {
        index.words(startingWith: prefix, in: corpus, limit: limit)
    }

    // MARK: Words

    /// How many words a document has, as the index counts them.
    public func wordCount(ofDocumentAt position: Int) -> Int {
        if let known = wordCounts[position] { return known }
        let counted = (try? index.tokenCount(ofDocument: position, passages: corpus.documents[position].passages.count)) ?? 0
        wordCounts[position] = counted
        return counted
    }

    /// How often each indexed word (a Snowball stem) occurs in a document.
    public func termFrequencies(ofDocumentAt position: Int) throws -> [String: Int] {
        try index.withTokenizer(exact: false) { tokenizer in
            var counts: [String: Int] = [:]
            for passage in corpus.documents[position].passages {
                tokenizer.visit(passage.text, for: .document) { token, _ in counts[token, default: 0] += 1 }
            }
            return counts
        }
    }

    // MARK: Passages

    /// The passage a reference names, if its document is loaded and holds it.
    public func passage(_ reference: PassageRef) -> Passage? {
        corpus.passage(reference)
    }

    public func text(of reference: PassageRef) -> String? {
        passage(reference)?.text
    }

    public func citation(of reference: PassageRef) -> Citation? {
        passage(reference)?.citation
    }

    /// The title of the section a passage is in; nil before the first heading.
    public func heading(of reference: PassageRef) -> String? {
        guard let passage = passage(reference), let document = corpus.document(named: reference.document),
              let section = document.section(numbered: passage.section), section.number > 0 else { return nil }
        return section.title
    }

    /// Broken promises of the corpus and the index, for tests; empty when all is well.
    public func checkInvariants() -> [String] {
        corpus.documents.flatMap { $0.invariantViolations() } + index.invariantViolations(for: corpus)
    }

    // MARK: Benchmarks

    /// The FTS5 pattern a query becomes (acronyms expanded unless `exact`): what MATCH is given.
    public func pattern(for query: Query, exact: Bool = false) -> String {
        FTS5Pattern.make(query.match, glossary: exact ? nil : glossary)
    }

    /// The bare FTS5 query `find` is measured against: the best `limit` rows for a pattern by BM25.
    public func rawRanked(pattern: String, limit: Int = 20) throws -> [Int] {
        try index.rawRanked(pattern: pattern, limit: limit)
    }
}

/// How `count` groups the passages it counts.
public enum CountGrouping: String, Sendable, Hashable, Codable, CaseIterable {
    case document, section, question
}
