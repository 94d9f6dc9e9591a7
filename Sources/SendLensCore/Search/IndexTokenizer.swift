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

    /// Calls `body` with each word's stem (or, for a prefix query, the word) and its byte range,
    /// without collecting them. The forms the index keeps beside a stem are left out.
    func visit(_ text: String, for tokenization: FTS5Tokenization, _ body: (String, Range<Int>) -> Void) {
        visitForms(text, for: tokenization) { token, colocated, range in
            if !colocated { body(token, range) }
        }
    }

    /// Each word of a document with its stem, the word as written (lower case, without accents)
    /// and its byte range: for marking where a prefix matched.
    func words(in text: String) -> [(stem: String, word: String, range: Range<Int>)] {
        var words: [(stem: String, word: String, range: Range<Int>)] = []
        visitForms(text, for: .document) { token, colocated, range in
            if colocated, let last = words.indices.last {
                words[last].word = String(token.dropFirst())
            } else {
                words.append((token, token, range))
            }
        }
        return words
    }

    /// Every token, with whether it shares the place of the one before. A document's text is read
    /// as FTS5's auxiliary functions read it: each word's stem, then the word as written ("_word")
    /// where they differ.
    private func visitForms(_ text: String, for tokenization: FTS5Tokenization, _ body: (String, Bool, Range<Int>) -> Void) {
        withoutActuallyEscaping(body) { body in
            let visitor = Visitor(body: body)
            var text = text
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { characters in
                    let tokenization = tokenization.contains(.query) ? tokenization : .aux
                    _ = wrapped.tokenize(context: Unmanaged.passUnretained(visitor).toOpaque(), tokenization: tokenization,
                                         pText: characters.baseAddress, nText: CInt(characters.count)) { context, flags, token, length, start, end in
                        let visitor = Unmanaged<Visitor>.fromOpaque(context!).takeUnretainedValue()
                        let buffer = UnsafeRawBufferPointer(start: token, count: token == nil ? 0 : Int(length))
                        visitor.body(String(decoding: buffer, as: UTF8.self), flags & SnowballTokenizer.colocated != 0, Int(start)..<Int(end))
                        return 0
                    }
                }
            }
        }
    }

    private final class Visitor {
        let body: (String, Bool, Range<Int>) -> Void
        init(body: @escaping (String, Bool, Range<Int>) -> Void) { self.body = body }
    }
}
