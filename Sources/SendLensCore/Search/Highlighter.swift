import Foundation
import GRDB

/// Marks where a query matched in a passage, with the index's own tokenizer, so the words marked
/// are the words that matched: every form of a stemmed word, whole phrases, acronyms' meanings.
///
/// FTS5's `highlight()` would do the same but evaluates the MATCH again, which costs as much as
/// the search itself for a prefix query; this works on the few passages shown.
///
///     // "waiting" against "Some wait a long time." → [Some ][wait][ a long time.]
struct Highlighter {
    private let tokenizer: IndexTokenizer
    /// Each marker is a run of tokens to find; the last may be a prefix. `term` numbers the
    /// query's words and phrases: an acronym's forms share their word's number.
    private var markers: [(tokens: [String], prefix: Bool, term: Int)] = []

    init(tokenizer: IndexTokenizer, query: QueryNode, glossary: Glossary?) {
        self.tokenizer = tokenizer
        for (words, prefix, term) in Self.phrases(in: query, glossary: glossary) {
            var tokens = words.dropLast().flatMap { tokenizer.tokens(in: $0, for: .query).map(\.token) }
            if let last = words.last {
                tokens += tokenizer.tokens(in: last, for: prefix ? [.query, .prefix] : .query).map(\.token)
            }
            if !tokens.isEmpty { markers.append((tokens, prefix, term)) }
        }
    }

    /// The passage in pieces, matched pieces marked.
    func highlight(_ text: String) -> [Highlight] {
        let tokens = tokenizer.words(in: text)
        let bytes = Array(text.utf8)
        var ranges: [Range<Int>] = []
        var terms: [Int: Int] = [:]  // by a range's first byte
        for start in tokens.indices {
            for marker in markers where start + marker.tokens.count <= tokens.count {
                let matches = marker.tokens.indices.allSatisfy { offset in
                    let token = tokens[start + offset]
                    let wanted = marker.tokens[offset]
                    // A prefix is matched against the word as written, as the index does.
                    return marker.prefix && offset == marker.tokens.count - 1 ? token.word.hasPrefix(wanted) : token.stem == wanted
                }
                guard matches else { continue }
                // The words matched, and the spaces or hyphens between them, but not brackets or
                // commas: "(EHC) plans" is marked ([EHC]) [plans], "20-week" [20-week].
                var runs = [tokens[start].range]
                for next in tokens[(start + 1)..<(start + marker.tokens.count)] {
                    let run = runs[runs.count - 1]
                    if bytes[run.upperBound..<next.range.lowerBound].allSatisfy({ Self.joinsWords.contains($0) }) {
                        runs[runs.count - 1] = run.lowerBound..<next.range.upperBound
                    } else {
                        runs.append(next.range)
                    }
                }
                ranges += runs
                for run in runs where terms[run.lowerBound] == nil { terms[run.lowerBound] = marker.term }
            }
        }
        let merged = SearchIndex.merge(ranges)
        var pieces: [Highlight] = []
        var position = 0
        for range in merged {
            if range.lowerBound > position {
                pieces.append(Highlight(text: String(decoding: bytes[position..<range.lowerBound], as: UTF8.self), isMatch: false))
            }
            let term = terms.filter { range.contains($0.key) }.min { $0.key < $1.key }?.value
            pieces.append(Highlight(text: String(decoding: bytes[range], as: UTF8.self), isMatch: true, term: term))
            position = range.upperBound
        }
        if position < bytes.count {
            pieces.append(Highlight(text: String(decoding: bytes[position...], as: UTF8.self), isMatch: false))
        }
        return pieces
    }

    /// What may stand between two words of one marked phrase.
    private static let joinsWords: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "/")]

    /// The words and phrases a query looks for (not those it excludes), with acronyms' other
    /// forms, each with the number of the word or phrase of the query it comes from.
    static func phrases(in node: QueryNode, glossary: Glossary?) -> [(words: [String], prefix: Bool, term: Int)] {
        var found: [(words: [String], prefix: Bool, term: Int)] = []
        var terms = 0
        func visit(_ node: QueryNode) {
            switch node {
            case .term, .phrase:
                found += node.forms(expanding: glossary).map { ($0.words, $0.prefix, terms) }
                terms += 1
            case .near(let items, _):
                items.forEach(visit)
            case .and(let nodes), .or(let nodes):
                nodes.forEach(visit)
            case .not(let wanted, _):
                visit(wanted)
            }
        }
        visit(node)
        return found
    }
}

/// A piece of a passage's text, marked when a query matched it.
public struct Highlight: Sendable, Hashable {
    public let text: String
    public let isMatch: Bool
    /// For a match: which of the query's words or phrases it is (its acronym's forms count as it).
    public let term: Int?

    public init(text: String, isMatch: Bool, term: Int? = nil) {
        self.text = text
        self.isMatch = isMatch
        self.term = term
    }

    /// Where the matched pieces lie, in Unicode scalars from the start of the text (as Python
    /// and JavaScript's code-point strings count), for exports.
    public static func spans(of pieces: [Highlight]) -> [TextSpan] {
        var spans: [TextSpan] = []
        var position = 0
        for piece in pieces {
            let length = piece.text.unicodeScalars.count
            if piece.isMatch { spans.append(TextSpan(start: position, end: position + length)) }
            position += length
        }
        return spans
    }
}

/// A stretch of a passage's text, in Unicode scalars: `start` inclusive, `end` exclusive.
public struct TextSpan: Sendable, Hashable, Codable {
    public let start: Int
    public let end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
