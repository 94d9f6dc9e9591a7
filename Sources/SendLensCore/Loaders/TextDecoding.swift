/// Turns a file's bytes into text: UTF-8 when it is, Windows-1252 (with a warning) when it is not,
/// and a refusal for bytes that are not text at all.
enum TextDecoding {
    struct Decoded {
        var text: String
        var wasUTF8: Bool
    }

    static func decode(_ bytes: [UInt8]) -> Decoded? {
        // UTF-16 with a byte-order mark (Windows "Unicode" text) is text, NULs and all.
        if let text = utf16(bytes) { return Decoded(text: text, wasUTF8: true) }
        guard !looksBinary(bytes) else { return nil }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // A stray NUL (a bad export) is dropped, so it cannot cut the text short.
        if body.contains(0) { body = ArraySlice(body.filter { $0 != 0 }) }
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: text, wasUTF8: true)
        }
        return Decoded(text: windows1252(body), wasUTF8: false)
    }

    /// Text saved as UTF-16, little- or big-endian, when it starts with its byte-order mark.
    static func utf16(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        let units = stride(from: 2, to: bytes.count, by: 2).map { index -> UInt16 in
            littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
        }
        var text = ""
        var decoder = UTF16()
        var iterator = units.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
            case .emptyInput: return text
            case .error: text.unicodeScalars.append("\u{FFFD}")
            }
        }
    }

    /// NUL bytes (more than a stray few), or many control characters, near the start mean the
    /// file is not text.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        let nuls = sample.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        if nuls > 16 || nuls * 50 > sample.count { return true }
        let controls = sample.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        return controls * 10 > sample.count && sample.count > 0
    }

    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = Unicode.Scalar(cp1252High[Int(byte - 0x80)]) {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Windows-1252's characters for bytes 0x80–0x9F; the five undefined bytes keep their Latin-1 value.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
