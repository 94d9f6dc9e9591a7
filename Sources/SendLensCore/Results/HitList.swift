import Foundation

/// What `find` found: how many passages match in all and in each document, and the hits listed,
/// best first or in document order.
public struct HitList: Sendable, Hashable, Codable {
    /// The query as typed, without a closing `in DOC…`, spaces tidied.
    public var query: String
    /// The documents a closing `in DOC…` named.
    public var documents: [String]
    public var exact: Bool
    public var order: SearchOrder
    /// Every matching passage, listed or not.
    public var total: Int
    public var perDocument: [DocumentCount]
    /// The passages listed, in order; not their text or citations, which the library looks up.
    public var hits: PassageRefs
    /// For each hit, how many other passages that matched say exactly the same; empty for none.
    public var identical: [Int] = []
    /// For words side by side: how many passages hold some of the words but not all (not in
    /// `total`), and where in `hits` they begin.
    public var partial = 0
    public var firstPartial: Int?

    public init(query: String, documents: [String] = [], exact: Bool = false, order: SearchOrder = .rank,
                total: Int, perDocument: [DocumentCount], hits: PassageRefs) {
        self.query = query
        self.documents = documents
        self.exact = exact
        self.order = order
        self.total = total
        self.perDocument = perDocument
        self.hits = hits
    }

    /// "waiting in report response", as the header names it.
    public var description: String {
        documents.isEmpty ? query : query + " in " + documents.joined(separator: " ")
    }

    /// The query's matching part, parsed again for marking matches (it parsed once already).
    public var match: QueryNode? {
        try? QueryParser.parse(query).match
    }

    private enum CodingKeys: String, CodingKey {
        case query, documents, exact, order, total, perDocument, hits, identical, partial, firstPartial
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        query = try container.decode(String.self, forKey: .query)
        documents = try container.decode([String].self, forKey: .documents)
        exact = try container.decode(Bool.self, forKey: .exact)
        order = try container.decode(SearchOrder.self, forKey: .order)
        total = try container.decode(Int.self, forKey: .total)
        perDocument = try container.decode([DocumentCount].self, forKey: .perDocument)
        hits = try container.decode(PassageRefs.self, forKey: .hits)
        identical = try container.decodeIfPresent([Int].self, forKey: .identical) ?? []
        partial = try container.decodeIfPresent(Int.self, forKey: .partial) ?? 0
        firstPartial = try container.decodeIfPresent(Int.self, forKey: .firstPartial)
    }

    /// How many other passages say the same as hit `index`.
    public func identicalCount(at index: Int) -> Int {
        identical.indices.contains(index) ? identical[index] : 0
    }

    /// With a `PassageLookup`, each hit also carries its citation, text, heading and the spans that matched.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(documents, forKey: .documents)
        try container.encode(exact, forKey: .exact)
        try container.encode(order, forKey: .order)
        try container.encode(total, forKey: .total)
        try container.encode(perDocument, forKey: .perDocument)
        if !identical.isEmpty { try container.encode(identical, forKey: .identical) }
        if partial > 0 {
            try container.encode(partial, forKey: .partial)
            try container.encodeIfPresent(firstPartial, forKey: .firstPartial)
        }
        guard let lookup = PassageLookup.from(encoder), let match else {
            try container.encode(hits, forKey: .hits)
            return
        }
        let pieces = lookup.library.highlights(of: hits, query: match, exact: exact)
        let exported = zip(hits, pieces).map { hit, pieces in
            ExportedHit(reference: hit, citation: lookup.library.citation(of: hit), text: pieces.map(\.text).joined(),
                        heading: lookup.library.heading(of: hit), matches: Highlight.spans(of: pieces))
        }
        try container.encode(exported, forKey: .hits)
    }

    /// A hit's JSON with what the lookup adds.
    private struct ExportedHit: Encodable {
        let reference: PassageRef
        let citation: Citation?
        let text: String
        let heading: String?
        let matches: [TextSpan]

        private enum CodingKeys: String, CodingKey {
            case document, passage, citation, text, heading, matches
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(reference.document, forKey: .document)
            try container.encode(reference.passage, forKey: .passage)
            try container.encodeIfPresent(citation, forKey: .citation)
            try container.encode(text, forKey: .text)
            try container.encodeIfPresent(heading, forKey: .heading)
            try container.encode(matches, forKey: .matches)
        }
    }
}

/// A document's name and how many passages matched there.
public struct DocumentCount: Sendable, Hashable, Codable {
    public var document: String
    public var count: Int

    public init(document: String, count: Int) {
        self.document = document
        self.count = count
    }
}

extension SearchOrder: Codable {}

