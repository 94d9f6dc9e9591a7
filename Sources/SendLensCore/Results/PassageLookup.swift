import Foundation

/// Lets a result's JSON carry each passage's text and the words a query matched, looked up in the
/// library as it is encoded: the result itself keeps only citations. Decoding ignores them.
///
///     let encoder = JSONEncoder()
///     encoder.userInfo[PassageLookup.key] = PassageLookup(library: library)
public struct PassageLookup: @unchecked Sendable {
    // Unchecked: the library is used only during one synchronous encode on the caller's thread.
    public static let key = CodingUserInfoKey(rawValue: "sendlens.passages")!

    let library: Library

    public init(library: Library) {
        self.library = library
    }

    static func from(_ encoder: any Encoder) -> PassageLookup? {
        encoder.userInfo[key] as? PassageLookup
    }
}
