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
    /// Each marker is a run of tokens to find; the last may be a prefix.
    private var markers: [(tokens: [String], prefix: Bool)] = []

    init(tokenizer: IndexTokenizer, query: QueryNode, glossary: Glossary?) {
        self.tokenizer = tokenizer
        for (words, prefix) in Self.phrases(in: query, glossary: glossary) {
            var tokens = words.dropLast().flatMap { tokenizer.tokens(in: $0, for: .query).map(\.token) }
            if let last = words.last {
                tokens += tokenizer.tokens(in: last, for: prefix ? [.query, .prefix] : .query).map(\.token)
            }
            if !tokens.isEmpty { markers.append((tokens, prefix)) }
        }
    }

    /// The passage in pieces, matched pieces marked.
    func highlight(_ text: String) -> [Highlight] {
        let tokens = tokenizer.words(in: text)
        var ranges: [Range<Int>] = []
        for start in tokens.indices {
            for marker in markers where start + marker.tokens.count <= tokens.count {
                let matches = marker.tokens.indices.allSatisfy { offset in
                    let token = tokens[start + offset]
                    let wanted = marker.tokens[offset]
                    // A prefix is matched against the word as written, as the index does.
                    return marker.prefix && offset == marker.tokens.count - 1 ? token.word.hasPrefix(wanted) : token.stem == wanted
                }
                if matches {
                    ranges.append(tokens[start].range.lowerBound..<tokens[start + marker.tokens.count - 1].range.upperBound)
                }
            }
        }
        let merged = SearchIndex.merge(ranges)
        var pieces: [Highlight] = []
        let bytes = Array(text.utf8)
        var position = 0
        for range in merged {
            if range.lowerBound > position {
                pieces.append(Highlight(text: String(decoding: bytes[position..<range.lowerBound], as: UTF8.self), isMatch: false))
            }
            pieces.append(Highlight(text: String(decoding: bytes[range], as: UTF8.self), isMatch: true))
            position = range.upperBound
        }
        if position < bytes.count {
            pieces.append(Highlight(text: String(decoding: bytes[position...], as: UTF8.self), isMatch: false))
        }
        return pieces
    }

    /// The words and phrases a query looks for (not those it excludes), with acronyms' other forms.
    static func phrases(in node: QueryNode, glossary: Glossary?) -> [(words: [String], prefix: Bool)] {
        switch node {
        case .term, .phrase:
            return node.forms(expanding: glossary)
        case .near(let items, _):
            return items.flatMap { phrases(in: $0, glossary: glossary) }
        case .and(let nodes), .or(let nodes):
            return nodes.flatMap { phrases(in: $0, glossary: glossary) }
        case .not(let wanted, _):
            return phrases(in: wanted, glossary: glossary)
        }
    }
}

/// A piece of a passage's text, marked when a query matched it.
public struct Highlight: Sendable, Hashable {
    public let text: String
    public let isMatch: Bool

    public init(text: String, isMatch: Bool) {
        self.text = text
        self.isMatch = isMatch
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
