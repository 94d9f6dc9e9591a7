/// Splits a paragraph into sentences, the passages that search and citations work on.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed by a space
/// and a capital letter, digit or opening quote. Abbreviations ("e.g.", "Dr.", "No. 5"), initials
/// ("J. Smith"), decimals ("3.5") and a lower-case word after the stop do not end one.
///
///     SentenceSplitter.split("Dr. Patel spoke. It was clear.")   // ["Dr. Patel spoke.", "It was clear."]
///
/// It works on UTF-8 bytes: every mark it looks for is ASCII or a known three-byte sequence, and
/// loading a large corpus spends much of its time here.
public enum SentenceSplitter {
    /// Words that, followed by a full stop, almost never end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "cllr", "rev", "hon", "sr", "jr", "e.g", "i.e", "eg",
        "ie", "vs", "cf", "approx", "fig", "para", "sec", "ref", "incl", "dept", "est", "ch", "vol", "ca",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    public static func split(_ paragraph: String) -> [String] {
        var paragraph = paragraph
        return paragraph.withUTF8 { bytes in split(bytes) }
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var sentences: [String] = []
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            guard let stopLength = terminatorLength(bytes, index) else {
                index += 1
                continue
            }
            var end = index + stopLength
            while end < count, let length = terminatorLength(bytes, end) { end += length }
            while end < count, let length = closerLength(bytes, end) { end += length }
            guard end < count else { break }
            guard isSpace(bytes[end]) || isNoBreakSpace(bytes, end) else {
                index = end
                continue
            }
            var next = end
            while next < count, isSpace(bytes[next]) || isNoBreakSpace(bytes, next) { next += isSpace(bytes[next]) ? 1 : 2 }
            guard next < count else { break }
            if endsSentence(bytes, stop: index, stopLength: stopLength, next: next) {
                append(bytes, start..<end, to: &sentences)
                start = next
            }
            index = next
        }
        append(bytes, start..<count, to: &sentences)
        return sentences
    }

    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, stop: Int, stopLength: Int, next: Int) -> Bool {
        guard startsSentence(bytes, next) else { return false }
        // Only a lone full stop can belong to an abbreviation; "?", "!" and "..." always end a sentence.
        guard bytes[stop] == UInt8(ascii: "."), stop + 1 >= bytes.count || bytes[stop + 1] != UInt8(ascii: ".") else { return true }
        var begin = stop
        while begin > 0, isASCIILetter(bytes[begin - 1]) || bytes[begin - 1] == UInt8(ascii: ".") { begin -= 1 }
        if begin == stop { return true }
        // A word that carries on in non-ASCII letters is no abbreviation or initial.
        if begin > 0, bytes[begin - 1] >= 0x80 { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<stop]), as: UTF8.self)
        let lowered = word.lowercased()
        if lowered == "no" || lowered == "nos" { return !isDigit(bytes[next]) }
        if abbreviations.contains(lowered) { return false }
        // A single capital is an initial: "J. Smith".
        if stop - begin == 1, isUpper(bytes[begin]) { return false }
        // "U.K." and the like, mid-sentence.
        if word.contains("."), word.count <= 5 { return false }
        return true
    }

    /// A capital letter, digit or opening quote, bracket or currency sign.
    private static func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 {
            return isUpper(byte) || isDigit(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
                || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "$")
        }
        // Decode one scalar to ask Unicode whether it is a capital.
        var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isUppercase || "“‘£€".unicodeScalars.contains(scalar)
    }

    private static func terminatorLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return 1
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6: return 3 // …
        default: return nil
        }
    }

    private static func closerLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): return 1
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99):
            return 3 // ” ’
        default: return nil
        }
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to sentences: inout [String]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        guard lower < upper else { return }
        sentences.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isNoBreakSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        // Usually there is nothing to trim: the first and last bytes say so.
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// Runs of spaces, tabs, line breaks and non-breaking spaces made one space, and the ends trimmed.
    func collapsingWhitespace() -> String {
        // Most paragraphs need nothing done: check the bytes before building anything.
        var clean = true
        var previousSpace = true
        for byte in utf8 {
            let space = byte == 0x20
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xC2 || (space && previousSpace) {
                clean = false
                break
            }
            previousSpace = space
        }
        if clean, utf8.last != 0x20 { return self }
        return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
