import Crypto

/// A document's content hash: the SHA-256 of its bytes, in hex, which session scripts record so
/// that a replay can tell when a document has changed. Computed by swift-crypto.
///
///     ContentHash.hex(of: Array("abc".utf8)).prefix(8)   // "ba7816bf"
public enum ContentHash {
    public static func hex(of bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
