/// The documents loaded in a session, in the order they were loaded. Held in memory only.
public struct Corpus: Sendable {
    public private(set) var documents: [Document] = []
    /// Each document's position, by its name in lower case (names are unique whatever their case).
    private var positions: [String: Int] = [:]
    /// Old names of renamed documents, lower case, with the names they have now: results made
    /// before a `rename` still find their passages.
    private var aliases: [String: String] = [:]

    public init() {}

    /// The document with this name, in any mix of case (or the one an old name was renamed to).
    public func document(named name: String) -> Document? {
        position(ofDocumentNamed: name).map { documents[$0] }
    }

    /// The document that has this name now; an old name of a renamed one finds nothing.
    public func document(nowNamed name: String) -> Document? {
        positions[name.lowercased()].map { documents[$0] }
    }

    public func position(ofDocumentNamed name: String) -> Int? {
        let key = name.lowercased()
        return positions[key] ?? aliases[key].flatMap { positions[$0.lowercased()] }
    }

    /// The document a name typed by a person means: the one of that name, else the only one whose
    /// name starts with it (`hcc` for `hcc-send-improvement-plan`).
    public func resolve(_ name: String) throws(CitationError) -> Document {
        documents[try position(resolving: name)]
    }

    /// The position of the document `resolve` finds.
    public func position(resolving name: String) throws(CitationError) -> Int {
        if let position = position(ofDocumentNamed: name) { return position }
        let typed = name.lowercased()
        let candidates = typed.isEmpty ? [] : documents.indices.filter { documents[$0].name.lowercased().hasPrefix(typed) }
        guard candidates.count <= 1 else { throw .ambiguousDocument(name, candidates: candidates.map { documents[$0].name }) }
        guard let only = candidates.first else { throw .unknownDocument(name, known: documents.map(\.name)) }
        return only
    }

    /// The passage a reference names, if its document is loaded and holds it.
    public func passage(_ reference: PassageRef) -> Passage? {
        passage(reference.passage, inDocumentAt: position(ofDocumentNamed: reference.document))
    }

    private func passage(_ index: Int, inDocumentAt position: Int?) -> Passage? {
        guard let position, documents[position].passages.indices.contains(index) else { return nil }
        return documents[position].passages[index]
    }

    /// Where the passages many references name are (each document's name looked up once: a
    /// timeline of a large corpus names hundreds of thousands), to be read in place, not copied.
    public func locations(_ references: some Sequence<PassageRef>) -> [(document: Int, passage: Int)?] {
        var positions: [String: Int?] = [:]
        return references.map { reference in
            let found = positions[reference.document] ?? {
                let position = position(ofDocumentNamed: reference.document)
                positions[reference.document] = position
                return position
            }()
            guard let found, documents[found].passages.indices.contains(reference.passage) else { return nil }
            return (found, reference.passage)
        }
    }

    public var passageCount: Int {
        documents.reduce(0) { $0 + $1.passages.count }
    }

    /// Adds a document; its name must not be taken (an old name of a renamed one is free again).
    public mutating func add(_ document: Document) throws(LoadError) {
        if let existing = self.document(nowNamed: document.name) {
            throw .duplicateName(name: document.name, existingSource: existing.path, path: document.path)
        }
        aliases[document.name.lowercased()] = nil
        positions[document.name.lowercased()] = documents.count
        documents.append(document)
    }

    /// Takes a document out; the documents after it move up one place.
    mutating func remove(at position: Int) {
        let name = documents[position].name
        documents.remove(at: position)
        positions = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($0.element.name.lowercased(), $0.offset) })
        aliases = aliases.filter { $0.value.lowercased() != name.lowercased() }
    }

    /// Gives a document another name, its citations with it; the old name stays an alias.
    mutating func rename(at position: Int, to name: String) {
        let old = documents[position].name
        documents[position] = documents[position].renamed(to: name)
        positions[old.lowercased()] = nil
        positions[name.lowercased()] = position
        for (key, value) in aliases where value.lowercased() == old.lowercased() { aliases[key] = name }
        if old.lowercased() != name.lowercased() { aliases[old.lowercased()] = name }
    }

    /// The passages a citation names, or an error saying which part of it matched nothing.
    public func passages(at citation: Citation) throws(CitationError) -> (Document, ArraySlice<Passage>) {
        let document = try resolve(citation.document)
        var resolved = citation
        resolved.document = document.name
        let found = document.passages(at: resolved)
        guard !found.isEmpty else { throw .noSuchPassage(resolved) }
        return (document, found)
    }
}

/// Why a citation could not be followed.
public enum CitationError: Error, Equatable, Sendable {
    case unknownDocument(String, known: [String])
    /// A name that starts the names of several documents.
    case ambiguousDocument(String, candidates: [String])
    case noSuchPassage(Citation)
    case notACitation(String)
}
