import GRDB

/// The index's own tokenizer, seen from Swift: the same Snowball-over-unicode61 tokenizer that
/// FTS5 indexes and queries with, so the words the highlighter marks and the words counted for a
/// document are the words `find` matches.
///
///     tokenizer.tokens(in: "Families waited.", for: .document)
///     // [("famili", 0..<8), ("wait", 9..<15)]
struct IndexTokenizer {
    private let wrapped: any FTS5Tokenizer

    /// The stemmed tokenizer, or plain unicode61 for the `--exact` table. Made inside a database
    /// access and used only there.
    init(db: Database, exact: Bool) throws {
        wrapped = try db.makeTokenizer(exact
            ? .unicode61(diacritics: .remove)
            : FTS5TokenizerDescriptor(components: [SnowballTokenizer.name]))
    }

    /// Each token with its range of UTF-8 bytes in `text`.
    func tokens(in text: String, for tokenization: FTS5Tokenization) -> [(token: String, range: Range<Int>)] {
        var tokens: [(token: String, range: Range<Int>)] = []
        visit(text, for: tokenization) { token, range in tokens.append((token, range)) }
        return tokens
    }

    /// Calls `body` with each token and its byte range, without collecting them.
    func visit(_ text: String, for tokenization: FTS5Tokenization, _ body: (String, Range<Int>) -> Void) {
        withoutActuallyEscaping(body) { body in
            let visitor = Visitor(body: body)
            var text = text
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { characters in
                    _ = wrapped.tokenize(context: Unmanaged.passUnretained(visitor).toOpaque(), tokenization: tokenization,
                                         pText: characters.baseAddress, nText: CInt(characters.count)) { context, _, token, length, start, end in
                        let visitor = Unmanaged<Visitor>.fromOpaque(context!).takeUnretainedValue()
                        let word = token.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: Int(length)), as: UTF8.self) } ?? ""
                        visitor.body(word, Int(start)..<Int(end))
                        return 0
                    }
                }
            }
        }
    }

    private final class Visitor {
        let body: (String, Range<Int>) -> Void
        init(body: @escaping (String, Range<Int>) -> Void) { self.body = body }
    }
}
