import CSnowball
import GRDB

/// English Snowball stems over FTS5's unicode61 tokenizer: "waiting", "waited" and "waits" all
/// index as "wait". Indexing, querying and highlighting go through this one tokenizer, so they
/// agree on what a word is. Prefix queries ("assess*") are left unstemmed.
///
/// It wraps unicode61 by hand rather than through GRDB's `FTS5WrapperTokenizer`, which turns every
/// token into a Swift `String` and back: here the stemmer reads unicode61's bytes and hands its own
/// bytes straight to FTS5, which made indexing several times faster (see BENCHMARKS.md).
final class SnowballTokenizer: FTS5CustomTokenizer {
    static let name = "snowball"
    private let wrapped: any FTS5Tokenizer
    private let stemmer: OpaquePointer?

    init(db: Database, arguments: [String]) throws {
        wrapped = try db.makeTokenizer(.unicode61(diacritics: .remove))
        stemmer = sl_stemmer_new()
    }

    deinit {
        sl_stemmer_free(stemmer)
    }

    /// What the C callback needs, passed through unicode61's context pointer.
    private struct Pass {
        let stemmer: OpaquePointer?
        let context: UnsafeMutableRawPointer?
        let stems: Bool
        let callback: FTS5TokenCallback
    }

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        var pass = Pass(stemmer: stemmer, context: context, stems: !tokenization.contains(.prefix) && stemmer != nil,
                        callback: tokenCallback)
        return withUnsafeMutablePointer(to: &pass) { passPointer in
            wrapped.tokenize(context: passPointer, tokenization: tokenization, pText: pText, nText: nText) {
                raw, flags, token, length, start, end in
                let pass = raw!.assumingMemoryBound(to: Pass.self).pointee
                var stemLength: Int32 = 0
                guard pass.stems, let token, length > 0,
                      let stem = sl_stem(pass.stemmer, token, length, &stemLength) else {
                    return pass.callback(pass.context, flags, token, length, start, end)
                }
                return pass.callback(pass.context, flags, stem, stemLength, start, end)
            }
        }
    }
}
