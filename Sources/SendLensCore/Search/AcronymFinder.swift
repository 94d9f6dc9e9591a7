import Foundation

/// Acronyms a document defines in the usual way, "joint strategic needs assessment (JSNA)": the
/// words just before the brackets whose letters spell the acronym in order, the first letter
/// starting a word (the method of Schwartz and Hearst, 2003).
///
///     AcronymFinder.longForm(of: "JSNA", before: "This is set out in the joint strategic needs assessment")
///     // "joint strategic needs assessment"
enum AcronymFinder {
    /// The acronyms a document defines, each with the first passage that defines it.
    static func definitions(in document: Document) -> [GlossaryEntry] {
        var entries: [GlossaryEntry] = []
        var seen: Set<String> = []
        for passage in document.passages where passage.text.holds(byte: UInt8(ascii: "(")) {
            for (short, long) in definitions(in: passage.text) where seen.insert(short.lowercased()).inserted {
                entries.append(GlossaryEntry(term: short, expansions: [long],
                                             definition: "As \(document.name) defines it: \(long) (\(short)).",
                                             source: passage.citation))
            }
        }
        return entries
    }

    /// Each "long form (SHORT)" in a text.
    static func definitions(in text: String) -> [(short: String, long: String)] {
        var found: [(short: String, long: String)] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "(") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: ")") else { break }
            if let short = shortForm(String(after[..<close])),
               let long = longForm(of: short, before: text[..<open]) {
                found.append((short, long))
            }
            rest = after[close...]
        }
        return found
    }

    /// The acronym written in brackets, if it is one: two to ten letters or digits, starting with a
    /// capital, at least two capitals ("PfA", "SENCo"); a plural "s" is dropped ("PEPs").
    static func shortForm(_ written: String) -> String? {
        var short = written.trimmingWhitespace()
        guard (2...10).contains(short.count), short.first?.isUppercase == true,
              short.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "&" }),
              short.filter(\.isUppercase).count >= 2 else { return nil }
        if short.count > 2, short.last == "s", short.dropLast().allSatisfy({ $0.isUppercase || $0.isNumber }) { short.removeLast() }
        return short
    }

    /// The words before the brackets that spell `short`, or nil.
    static func longForm(of short: String, before text: Substring) -> String? {
        let letters = Array(short.lowercased()).filter { $0.isLetter || $0.isNumber }
        let most = min(letters.count + 5, letters.count * 2)
        let words = text.split(whereSeparator: \.isWhitespace).suffix(most)
        guard !words.isEmpty else { return nil }
        let candidate = Array(words.joined(separator: " ").lowercased())
        // Match the acronym's letters from its last, backwards; its first letter must begin a word.
        var position = candidate.count - 1
        for (index, letter) in letters.enumerated().reversed() {
            while position >= 0, candidate[position] != letter
                    || (index == 0 && position > 0 && (candidate[position - 1].isLetter || candidate[position - 1].isNumber)) {
                position -= 1
            }
            guard position >= 0 else { return nil }
            position -= 1
        }
        var start = position + 1
        while start > 0, candidate[start - 1] != " " { start -= 1 }
        let original = Array(words.joined(separator: " "))
        let long = String(original[start...]).trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        let longWords = long.split(separator: " ")
        guard long.count > short.count, longWords.count >= 2 || letters.count <= 3,
              !longWords.contains(where: { $0.lowercased() == short.lowercased() }) else { return nil }
        return long
    }
}
