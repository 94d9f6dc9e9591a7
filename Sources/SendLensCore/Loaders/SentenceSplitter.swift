/// Splits a paragraph into sentences, the passages that search and citations work on.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed by a space
/// and a capital letter, digit or opening quote. Abbreviations ("e.g.", "Dr.", "No. 5"), initials
/// ("J. Smith"), decimals ("3.5") and a lower-case word after the stop do not end one.
///
///     SentenceSplitter.split("Dr. Patel spoke. It was clear.")   // ["Dr. Patel spoke.", "It was clear."]
public enum SentenceSplitter {
    /// Words that, followed by a full stop, almost never end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "cllr", "rev", "hon", "sr", "jr", "e.g", "i.e", "eg",
        "ie", "vs", "cf", "approx", "fig", "para", "sec", "ref", "incl", "dept", "est", "ch", "vol", "ca",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    public static func split(_ paragraph: String) -> [String] {
        let scalars = Array(paragraph.unicodeScalars)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            guard isTerminator(scalars[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, isTerminator(scalars[end]) { end += 1 }
            while end < scalars.count, isCloser(scalars[end]) { end += 1 }
            guard end < scalars.count else { break }
            guard isSpace(scalars[end]) else {
                index = end
                continue
            }
            var next = end
            while next < scalars.count, isSpace(scalars[next]) { next += 1 }
            guard next < scalars.count else { break }
            if endsSentence(scalars, stop: index, lastStop: end, next: next) {
                appendTrimmed(scalars[start..<end], to: &sentences)
                start = next
            }
            index = next
        }
        appendTrimmed(scalars[start...], to: &sentences)
        return sentences
    }

    private static func endsSentence(_ scalars: [Unicode.Scalar], stop: Int, lastStop: Int, next: Int) -> Bool {
        let following = scalars[next]
        let properties = following.properties
        guard properties.isUppercase || isDigit(following) || isOpener(following) else { return false }
        // Only a single full stop can belong to an abbreviation; "?" and "!" always end a sentence.
        guard scalars[stop] == ".", stop + 1 == lastStop || !isTerminator(scalars[stop + 1]) else { return true }
        let word = wordBefore(scalars, stop)
        if word.isEmpty { return true }
        let lowered = word.lowercased()
        if lowered == "no" || lowered == "nos" { return !isDigit(following) }
        if abbreviations.contains(lowered) { return false }
        // A single capital letter is an initial: "J. Smith", "the U.K." mid-sentence stays whole.
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return false }
        if word.contains("."), word.count <= 5 { return false }
        return true
    }

    /// The letters (and inner dots, as in "e.g") just before position `stop`.
    private static func wordBefore(_ scalars: [Unicode.Scalar], _ stop: Int) -> String {
        var begin = stop
        while begin > 0, scalars[begin - 1].properties.isAlphabetic || scalars[begin - 1] == "." { begin -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[begin..<stop])
        return String(view)
    }

    private static func appendTrimmed(_ slice: ArraySlice<Unicode.Scalar>, to sentences: inout [String]) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        let sentence = String(view).trimmingWhitespace()
        if !sentence.isEmpty { sentences.append(sentence) }
    }

    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
    }

    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "'" || scalar == "”" || scalar == "’" || scalar == ")" || scalar == "]"
    }

    private static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "'" || scalar == "“" || scalar == "‘" || scalar == "(" || scalar == "["
            || scalar == "£" || scalar == "€" || scalar == "$"
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{A0}" || scalar == "\r"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar.properties.numericType != nil
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

extension String {
    /// Runs of spaces, tabs, line breaks and non-breaking spaces made one space, and the ends trimmed.
    func collapsingWhitespace() -> String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
