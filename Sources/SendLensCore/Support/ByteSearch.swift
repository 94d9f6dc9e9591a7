import Foundation

extension String {
    /// Whether the text holds this byte (an ASCII character): `memchr` over its UTF-8, where
    /// `utf8.contains` steps through the view one index at a time, several times slower over a
    /// whole document.
    ///
    ///     "needs (SEN)".holds(byte: UInt8(ascii: "("))   // true
    func holds(byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false
        } ?? utf8.contains(byte)
    }

    /// Whether any byte of the text's UTF-8 passes `test`, read as `holds(byte:)` reads it.
    func holds(byteWhere test: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? utf8.contains(where: test)
    }
}
