import CSnowball
import GRDB

/// English Snowball stems over FTS5's unicode61 tokenizer: "waiting", "waited" and "waits" all
/// index as "wait". Indexing, querying and highlighting go through this one tokenizer, so they
/// agree on what a word is. A word that is not its own stem is also indexed as written (see
/// `sl_forms`), so that a prefix query ("inspection*") matches words as a reader sees them.
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
        /// Room for the one or two tokens a word becomes.
        let forms: UnsafeMutablePointer<sl_token>
        let callback: FTS5TokenCallback
    }

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        let mode = tokenization.contains(.prefix) ? SL_PREFIX : tokenization.contains(.query) ? SL_QUERY : SL_DOCUMENT
        let forms = UnsafeMutablePointer<sl_token>.allocate(capacity: 2)
        defer { forms.deallocate() }
        var pass = Pass(stemmer: stemmer, context: context, mode: Int32(mode), forms: forms, callback: tokenCallback)
        return withUnsafeMutablePointer(to: &pass) { passPointer in
            wrapped.tokenize(context: passPointer, tokenization: tokenization, pText: pText, nText: nText) {
                raw, flags, token, length, start, end in
                let pass = raw!.assumingMemoryBound(to: Pass.self).pointee
                guard pass.stemmer != nil, let token, length > 0 else {
                    return pass.callback(pass.context, flags, token, length, start, end)
                }
                let forms = pass.forms
                let count = sl_forms(pass.stemmer, token, length, pass.mode, forms)
                guard count > 0 else { return pass.callback(pass.context, flags, token, length, start, end) }
                let first = pass.callback(pass.context, flags, forms[0].text, forms[0].length, start, end)
                guard first == 0, count == 2 else { return first }
                return pass.callback(pass.context, flags | 1, forms[1].text, forms[1].length, start, end) // colocated
            }
        }
    }

    /// FTS5_TOKEN_COLOCATED: a token at the same place as the one before it.
    static let colocated: Int32 = 1
    /// The mark on a word as written, where it is not its own stem.
    static let wordMark: UInt8 = UInt8(ascii: "_")
    /// The mark on a stem that does not begin its word.
    static let stemMark: UInt8 = UInt8(ascii: "~")
}
