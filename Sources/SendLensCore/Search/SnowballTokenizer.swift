import CStemmer
import GRDB

/// English Snowball stems over FTS5's unicode61 tokenizer: "waiting", "waited" and "waits" all
/// index as "wait". Indexing, querying and highlighting go through this one tokenizer, so they
/// agree on what a word is. Prefix queries ("assess*") are left unstemmed.
final class SnowballTokenizer: FTS5WrapperTokenizer {
    static let name = "snowball"
    let wrappedTokenizer: any FTS5Tokenizer
    private let stemmer: Stemmer

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.unicode61(diacritics: .remove))
        stemmer = Stemmer()
    }

    func accept(token: String, flags: FTS5TokenFlags, for tokenization: FTS5Tokenization,
                tokenCallback: FTS5WrapperTokenCallback) throws {
        if tokenization.contains(.prefix) {
            try tokenCallback(token, flags)
        } else {
            try tokenCallback(stemmer.stem(token), flags)
        }
    }
}

/// One libstemmer English stemmer. Not thread-safe: each tokenizer instance owns its own.
final class Stemmer {
    private let handle: OpaquePointer?

    init() {
        handle = sb_stemmer_new("english", "UTF_8")
    }

    deinit {
        sb_stemmer_delete(handle)
    }

    /// The stem of a lower-case word: "waiting" → "wait", "therapies" → "therapi".
    func stem(_ word: String) -> String {
        guard let handle else { return word }
        var word = word
        return word.withUTF8 { bytes in
            guard let base = bytes.baseAddress,
                  let stemmed = sb_stemmer_stem(handle, base, Int32(bytes.count)) else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        }
    }
}
