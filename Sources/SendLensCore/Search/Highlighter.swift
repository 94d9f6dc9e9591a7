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
    private let tokenizer: any FTS5Tokenizer
    /// Each marker is a run of tokens to find; the last may be a prefix.
    private var markers: [(tokens: [String], prefix: Bool)] = []

    init(db: Database, table: String, query: QueryNode, expand: Bool) throws {
        tokenizer = try db.makeTokenizer(table == "exact"
            ? .unicode61(diacritics: .remove)
            : FTS5TokenizerDescriptor(components: [SnowballTokenizer.name]))
        for (words, prefix) in Self.phrases(in: query, expand: expand) {
            var tokens = words.dropLast().flatMap { tokenize($0, for: .query).map(\.token) }
            if let last = words.last {
                tokens += tokenize(last, for: prefix ? [.query, .prefix] : .query).map(\.token)
            }
            if !tokens.isEmpty { markers.append((tokens, prefix)) }
        }
    }

    /// The passage in pieces, matched pieces marked.
    func highlight(_ text: String) -> [Highlight] {
        let tokens = tokenize(text, for: .document)
        var ranges: [Range<Int>] = []
        for start in tokens.indices {
            for marker in markers where start + marker.tokens.count <= tokens.count {
                let matches = marker.tokens.indices.allSatisfy { offset in
                    let token = tokens[start + offset].token
                    let wanted = marker.tokens[offset]
                    return marker.prefix && offset == marker.tokens.count - 1 ? token.hasPrefix(wanted) : token == wanted
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
    static func phrases(in node: QueryNode, expand: Bool) -> [(words: [String], prefix: Bool)] {
        switch node {
        case .term, .phrase:
            return node.forms(expanding: expand)
        case .near(let items, _):
            return items.flatMap { phrases(in: $0, expand: false) }
        case .and(let nodes), .or(let nodes):
            return nodes.flatMap { phrases(in: $0, expand: expand) }
        case .not(let wanted, _):
            return phrases(in: wanted, expand: expand)
        }
    }

    private final class Collected {
        var tokens: [(token: String, range: Range<Int>)] = []
    }

    private func tokenize(_ text: String, for tokenization: FTS5Tokenization) -> [(token: String, range: Range<Int>)] {
        let collected = Collected()
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                _ = tokenizer.tokenize(context: Unmanaged.passUnretained(collected).toOpaque(), tokenization: tokenization,
                                       pText: characters.baseAddress, nText: CInt(characters.count)) { context, _, token, length, start, end in
                    let collected = Unmanaged<Collected>.fromOpaque(context!).takeUnretainedValue()
                    let word = token.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: Int(length)), as: UTF8.self) } ?? ""
                    collected.tokens.append((word, Int(start)..<Int(end)))
                    return 0
                }
            }
        }
        return collected.tokens
    }
}
