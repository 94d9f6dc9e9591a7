/// A parsed search query: what to match, and which passages to look in.
///
///     try QueryParser.parse("waiting -private in:report")
///     // Query(match: .not(.term("waiting", prefix: false), excluding: .term("private", prefix: false)),
///     //       filters: [.document("report")])
public struct Query: Sendable, Hashable {
    public var match: QueryNode
    public var filters: [QueryFilter]
    /// Where not to look: `-in:news`, `NOT kind:statement`.
    public var exclusions: [QueryFilter] = []
    /// Words side by side with no operator written (`ICB commissioning gaps`): `find` lists the
    /// passages with every word first, then those with some of them. `a AND b` is never relaxed.
    public var wordsSideBySide = false
}

/// The matching part of a query, as a tree.
public indirect enum QueryNode: Sendable, Hashable {
    /// One word; `prefix` for `assess*`.
    case term(String, prefix: Bool)
    /// Words in this order, next to each other; `prefix` when the last is a prefix ("co-produc*").
    case phrase([String], prefix: Bool = false)
    /// Words or phrases within `distance` words of each other.
    case near([QueryNode], distance: Int)
    case and([QueryNode])
    case or([QueryNode])
    /// Passages matching the first and not the second.
    case not(QueryNode, excluding: QueryNode)
}

extension QueryNode {
    /// For a word or phrase: its words, and each other way `glossary` says it ("ehcp" → ["ehcp"],
    /// ["education", "health", "and", "care", "plan"], ["ehc", "plan"]). A prefix is never
    /// expanded. Empty for the other nodes.
    func forms(expanding glossary: Glossary?) -> [(words: [String], prefix: Bool)] {
        let words: [String]
        let prefix: Bool
        switch self {
        case .term(let word, let isPrefix): (words, prefix) = ([word], isPrefix)
        case .phrase(let phrase, let isPrefix): (words, prefix) = (phrase, isPrefix)
        default: return []
        }
        guard let glossary, !prefix else { return [(words, prefix)] }
        return [(words, prefix)] + glossary.alternatives(for: words).map { ($0, false) }
    }
}

/// Restrictions on where to look: a document, a kind, a section heading or a survey question.
public enum QueryFilter: Sendable, Hashable {
    case document(String)
    case kind(String)
    case section(String)
    case question(String)

    public static let names = ["in", "kind", "section", "question"]

    /// A word written as a filter (`in:report`, `-kind:news`): the name before the colon in lower
    /// case, whether it leaves passages out, and what follows the colon; nil for a word with no
    /// colon after its first character. The name may be no filter's (the parser says so).
    public static func written(_ word: Substring) -> (name: String, negated: Bool, value: Substring)? {
        let negated = word.hasPrefix("-")
        let body = negated ? word.dropFirst() : word
        guard let colon = body.firstIndex(of: ":"), colon != body.startIndex else { return nil }
        return (body[..<colon].lowercased(), negated, body[body.index(after: colon)...])
    }
}

/// Why a query could not be understood; `position` counts characters from the query's start.
public enum QueryError: Error, Equatable, Sendable {
    case empty
    case unclosedQuote(position: Int)
    case unclosedParenthesis(position: Int)
    case unexpectedClosingParenthesis(position: Int)
    case missingOperand(operator: String, position: Int)
    case onlyExclusions(position: Int)
    case nothingToSearch(word: String, position: Int)
    case unknownFilter(name: String, position: Int, suggestion: String?)
    case emptyFilter(name: String, position: Int)
    case malformedNear(reason: String, position: Int)
    case emptyPhrase(position: Int)
    case tooDeep(limit: Int, position: Int)
    case tooLong(limit: Int, position: Int)

    public var position: Int? {
        switch self {
        case .empty: nil
        case .unclosedQuote(let position), .unclosedParenthesis(let position), .unexpectedClosingParenthesis(let position),
             .missingOperand(_, let position), .onlyExclusions(let position), .nothingToSearch(_, let position),
             .unknownFilter(_, let position, _), .emptyFilter(_, let position), .malformedNear(_, let position),
             .emptyPhrase(let position), .tooDeep(_, let position), .tooLong(_, let position):
            position
        }
    }
}
