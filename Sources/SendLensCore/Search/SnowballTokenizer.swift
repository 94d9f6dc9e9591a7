import CSnowball
import GRDB

/// English Snowball stems over FTS5's unicode61 tokenizer: "waiting", "waited" and "waits" all
/// index as "wait". Indexing, querying and highlighting go through this one tokenizer, so they
/// agree on what a word is. A word that is not its own stem is indexed as written and found by its
/// stem through the stemmer's record of such words (see `sl_forms`), so that a prefix query
/// ("inspection*") matches words as a reader sees them, with one token a word as before.
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
        let mode: Int32
        let callback: FTS5TokenCallback
    }

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        let mode = tokenization.contains(.prefix) ? SL_PREFIX : tokenization.contains(.query) ? SL_QUERY
            : tokenization.contains(.aux) ? SL_STEMS : SL_DOCUMENT
        var pass = Pass(stemmer: stemmer, context: context, mode: Int32(mode), callback: tokenCallback)
        return withUnsafeMutablePointer(to: &pass) { passPointer in
            wrapped.tokenize(context: passPointer, tokenization: tokenization, pText: pText, nText: nText) {
                raw, flags, token, length, start, end in
                let pass = raw!.assumingMemoryBound(to: Pass.self).pointee
                guard pass.stemmer != nil, let token, length > 0 else {
                    return pass.callback(pass.context, flags, token, length, start, end)
                }
                var count: Int32 = 0
                guard let forms = sl_forms(pass.stemmer, token, length, pass.mode, &count), count > 0 else {
                    return 7 // SQLITE_NOMEM
                }
                for index in 0..<Int(count) {
                    // 1 is FTS5_TOKEN_COLOCATED (`Self.colocated`), written out: naming it in this
                    // closure crashes the Swift 6.3 compiler.
                    let status = pass.callback(pass.context, index == 0 ? flags : flags | 1, forms[index].text, forms[index].length, start, end)
                    if status != 0 { return status }
                }
                return 0
            }
        }
    }

    /// FTS5_TOKEN_COLOCATED: a token at the same place as the one before it.
    static let colocated: Int32 = 1
}
