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
        case query, documents, exact, order, total, perDocument, hits
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

