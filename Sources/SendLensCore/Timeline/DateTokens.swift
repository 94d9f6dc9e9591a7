/// A passage cut into the pieces date patterns are made of: words, numbers and marks, each with
/// where it stands in the passage's UTF-8 and whether it touches the piece before.
///
///     "10th Nov., 2023/24" → number 10 (ordinal) · word nov · mark . · mark , · number 2023 · mark / · number 24
struct DateToken {
    enum Kind: UInt8 { case word, number, mark }

    // Kept small (24 bytes): a passage's every word is one.
    private var packedStart: Int32
    private var packedEnd: Int32
    private var packedValue: Int32
    /// The word's or mark's number in the grammar's vocabulary; -1 for one it does not know.
    var id: Int32
    private var packedDigits: UInt8
    var kind: Kind
    /// "3rd", "10th".
    var ordinal: Bool
    /// A word that starts with a capital ("May", not "may").
    var capitalised: Bool
    /// No space between this and the piece before: "10/11", "18-week".
    var touching: Bool
    /// A word written with "'s" ("review's"): an owner's, or "is" shortened.
    var owner = false

    init(kind: Kind, id: Int32, value: Int, digits: Int, ordinal: Bool, capitalised: Bool, touching: Bool, start: Int, end: Int) {
        (self.kind, self.id, self.ordinal, self.capitalised, self.touching) = (kind, id, ordinal, capitalised, touching)
        (packedValue, packedDigits) = (Int32(truncatingIfNeeded: value), UInt8(min(digits, 255)))
        (packedStart, packedEnd) = (Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end))
    }

    /// A number's value (of its first nine digits); 0 otherwise.
    var value: Int { Int(packedValue) }
    /// A mark of four bytes in UTF-8: an emoji, which ends a message's sentence ("sat 🙄").
    var emoji: Bool { kind == .mark && packedEnd - packedStart == 4 }
    /// A number's digits ("03" has 2).
    var digits: Int { Int(packedDigits) }
    /// Where it is, in the passage's UTF-8 bytes.
    var start: Int { Int(packedStart) }
    var end: Int {
        get { Int(packedEnd) }
        set { packedEnd = Int32(truncatingIfNeeded: newValue) }
    }
}

/// Words are looked up by a hash of their lower-case letters, so that reading a passage makes no
/// string for a word the grammar does not know.
struct DateVocabulary {
    private(set) var ids: [UInt64: Int32] = [:]
    private(set) var words: [String] = []
    /// `ids` again as an open-addressed table of a power-of-two size, looked up by the word's own
    /// hash: a passage's every word is looked up, and the dictionary's hashing costs more.
    private var table: [(key: UInt64, id: Int32)] = Array(repeating: (0, -1), count: 16)

    static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100000001b3
        }
        return hash
    }

    /// The word's number, added if new.
    mutating func id(of word: String) -> Int32 {
        let lowered = word.lowercased()
        let key = Self.hash(lowered.utf8)
        if let id = ids[key] {
            precondition(words[Int(id)] == lowered, "date rules: '\(lowered)' and '\(words[Int(id)])' hash alike")
            return id
        }
        let id = Int32(words.count)
        ids[key] = id
        words.append(lowered)
        if ids.count * 4 > table.count {
            table = Array(repeating: (0, -1), count: table.count * 4)
            for (key, id) in ids { place(key, id) }
        } else {
            place(key, id)
        }
        return id
    }

    /// Makes `word` read as `other` wherever a passage has it ("til" as "till"); the rules
    /// themselves still name each by its own number.
    mutating func read(_ word: String, as other: String) {
        guard let id = ids[Self.hash(other.lowercased().utf8)] else { preconditionFailure("date rules: '\(other)' is in no rule") }
        let key = Self.hash(word.lowercased().utf8)
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while table[slot].id >= 0, table[slot].key != key { slot = (slot + 1) & mask }
        table[slot] = (key, id)
    }

    private mutating func place(_ key: UInt64, _ id: Int32) {
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while table[slot].id >= 0 { slot = (slot + 1) & mask }
        table[slot] = (key, id)
    }

    /// The number of a word of the rules, written out ("to", "."); -1 for one they do not use.
    func lookUp(_ word: String) -> Int32 {
        lookUp(hash: Self.hash(word.utf8))
    }

    func lookUp(hash: UInt64) -> Int32 {
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = table[slot]
            if entry.id < 0 { return -1 }
            if entry.key == hash { return entry.id }
            slot = (slot + 1) & mask
        }
    }

    /// Units of time written straight after a count, as chats and notes write them: "2wks", "6mths"
    /// (not "day": "2day" is today).
    private static let unitsAfterCounts: [[UInt8]] = ["wk", "wks", "week", "weeks", "mth", "mths", "month", "months",
                                                      "yr", "yrs", "year", "years", "days"].map { Array($0.utf8) }

    /// Whether the letters from `start` to `end` are one of `unitsAfterCounts`, in any case
    /// (compared byte by byte: "10am" and "5pm" pass this way on the load path).
    private static func isUnit(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        unitsAfterCounts.contains { unit in
            unit.count == end - start && unit.indices.allSatisfy { bytes[start + $0] | 0x20 == unit[$0] }
        }
    }

    /// Cuts `bytes` into tokens, in place of those in `tokens` (whose storage is kept). Letters
    /// (and any non-ASCII letter) make words, digits numbers (with "st", "nd", "rd", "th" after
    /// them an ordinal), and every other non-space character a mark. An apostrophe inside or at the end of a word ("report's", "years'") stays with
    /// it and the word is looked up without it. Typographic dashes, quotes and spaces are read
    /// as what they are.
    func tokens(in bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [DateToken]) {
        tokens.removeAll(keepingCapacity: true)
        var index = 0
        let count = bytes.count
        var spaced = true
        @inline(__always) func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
        }
        while index < count {
            let byte = bytes[index]
            let start = index
            // Spaces, and the no-break and thin spaces.
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                spaced = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                spaced = true
                index += 2
                continue
            }
            if byte >= 0x30 && byte <= 0x39 {
                var value = 0
                var digits = 0
                while index < count, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                    if digits < 9 { value = value * 10 + Int(bytes[index] - 0x30) }
                    digits += 1
                    index += 1
                }
                var ordinal = false
                if index + 1 < count, isLetter(bytes[index]), isLetter(bytes[index + 1]),
                   index + 2 >= count || !isLetter(bytes[index + 2]) {
                    let suffix = (bytes[index] | 0x20, bytes[index + 1] | 0x20)
                    if suffix == (0x73, 0x74) || suffix == (0x6E, 0x64) || suffix == (0x72, 0x64) || suffix == (0x74, 0x68) {
                        ordinal = true
                        index += 2
                    }
                }
                // "2025-06-11T16:42": the time after an ISO day is a word apart.
                let time = index + 1 < count && bytes[index] == 0x54 && bytes[index + 1] >= 0x30 && bytes[index + 1] <= 0x39
                var letters = index
                while letters < count, isLetter(bytes[letters]) { letters += 1 }
                if !ordinal, !time, letters > index, letters == count || !(bytes[letters] >= 0x30 && bytes[letters] <= 0x39),
                   Self.isUnit(bytes, from: index, to: letters) {
                    // "2wks ago", "6mths": a count and its unit, as if spaced.
                    tokens.append(DateToken(kind: .number, id: -1, value: value, digits: digits, ordinal: false,
                                            capitalised: false, touching: !spaced, start: start, end: index))
                    tokens.append(word(bytes, index, letters, touching: true))
                    index = letters
                } else if !ordinal, !time, index < count, isLetter(bytes[index]) {
                    // "Q1" is a word; so is "2b": read the run of letters and digits as one.
                    while index < count, isLetter(bytes[index]) || (bytes[index] >= 0x30 && bytes[index] <= 0x39) { index += 1 }
                    tokens.append(word(bytes, start, index, touching: !spaced))
                } else {
                    tokens.append(DateToken(kind: .number, id: -1, value: value, digits: digits, ordinal: ordinal,
                                            capitalised: false, touching: !spaced, start: start, end: index))
                }
                spaced = false
                continue
            }
            // "On t'Saturday", as the north of England says "the": the article is read apart.
            if byte | 0x20 == 0x74, index + 2 < count, bytes[index + 1] == 0x27, isLetter(bytes[index + 2]) {
                tokens.append(word(bytes, start, index + 1, touching: !spaced))
                index += 2
                spaced = false
                continue
            }
            if isLetter(byte) || byte >= 0x80 && !isMark(bytes, index) {
                while index < count {
                    let next = bytes[index]
                    if isLetter(next) || next >= 0x30 && next <= 0x39 {
                        index += 1
                    } else if next >= 0x80 {
                        if isMark(bytes, index) {
                            // "report’s": a typographic apostrophe inside a word stays with it.
                            if apostrophe(bytes, index) == 3, index + 3 < count, isLetter(bytes[index + 3]) {
                                index += 3
                                continue
                            }
                            break
                        }
                        index += 1
                    } else if next == 0x27, index + 1 < count, isLetter(bytes[index + 1]) {
                        index += 1
                    } else {
                        break
                    }
                }
                // "FY2023", "FY24/25": a short prefix written onto a year is read as a word and the year.
                if let split = Self.yearAfterPrefix(bytes, start, index) {
                    tokens.append(word(bytes, start, split, touching: !spaced))
                    let year = (split..<index).reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
                    tokens.append(DateToken(kind: .number, id: -1, value: year, digits: index - split, ordinal: false,
                                            capitalised: false, touching: true, start: split, end: index))
                    spaced = false
                    continue
                }
                // "years'" and "years’": the apostrophe of a plural's possessive stays with it.
                var end = index
                if index < count, bytes[index] == 0x27 { end = index + 1 }
                if let width = apostrophe(bytes, index) { end = index + width }
                var token = word(bytes, start, index, touching: !spaced)
                token.end = end
                tokens.append(token)
                index = end
                spaced = false
                continue
            }
            // A mark: one character.
            var width = 1
            if byte >= 0xC0 { width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2 }
            width = min(width, count - index)
            let id = lookUp(hash: Self.hash(UnsafeBufferPointer(rebasing: bytes[index..<(index + width)])))
            tokens.append(DateToken(kind: .mark, id: id, value: 0, digits: 0, ordinal: false, capitalised: false,
                                    touching: !spaced, start: start, end: index + width))
            index += width
            spaced = false
        }
    }

    /// Where the year starts in a word of two or three letters and then a year: four digits, 1900
    /// to 2099 ("FY2023"), or two when a slash or dash and two more digits follow ("FY24/25");
    /// nil for any other word ("Q1", "KS2", the road "A2070", the postcode "SE10").
    private static func yearAfterPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        func isDigit(_ index: Int) -> Bool { index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        for digits in [4, 2] {
            let split = end - digits
            guard (2...3).contains(split - start),
                  (start..<split).allSatisfy({ (bytes[$0] | 0x20) >= 0x61 && (bytes[$0] | 0x20) <= 0x7A }),
                  (split..<end).allSatisfy(isDigit) else { continue }
            if digits == 4 {
                let century = Int(bytes[split] - 0x30) * 10 + Int(bytes[split + 1] - 0x30)
                if century == 19 || century == 20 { return split }
            } else if end < bytes.count, bytes[end] == 0x2F || bytes[end] == 0x2D, isDigit(end + 1), isDigit(end + 2), !isDigit(end + 3) {
                return split
            }
        }
        return nil
    }

    /// A word from `start` to `end`, looked up by its letters before any apostrophe ("report's" as
    /// "report"), except a verb's contraction, looked up whole with a plain apostrophe: "won't" is not
    /// "won", nor "they’d" "they".
    private func word(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, touching: Bool) -> DateToken {
        var hash: UInt64 = 0xcbf29ce484222325
        func add(_ byte: UInt8) {
            hash = (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* 0x100000001b3
        }
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0x27 || byte == 0xE2 {
                let after = index + (byte == 0x27 ? 1 : 3)
                if Self.isContraction(bytes, before: index, from: after, to: end) {
                    add(0x27)
                    for letter in after..<end { add(bytes[letter]) }
                }
                break
            }
            add(byte)
            index += 1
        }
        let first = bytes[start]
        var token = DateToken(kind: .word, id: lookUp(hash: hash), value: 0, digits: 0, ordinal: false,
                              capitalised: first >= 0x41 && first <= 0x5A, touching: touching, start: start, end: end)
        // "review's", "review’s".
        token.owner = end - start > 2 && bytes[end - 1] | 0x20 == 0x73
            && (bytes[end - 2] == 0x27 || end - start > 4 && bytes[end - 2] == 0x99 && bytes[end - 4] == 0xE2)
        return token
    }

    /// Whether the letters from `from` to `to`, after an apostrophe at `before`, end a verb's
    /// contraction: "d", "m", "ll", "re" or "ve" ("they'd", "I'm", "we'll", "we're", "we've"), or "t" after "n"
    /// ("won't", "wasn't").
    private static func isContraction(_ bytes: UnsafeBufferPointer<UInt8>, before: Int, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        let letters = (from..<to).map { bytes[$0] | 0x20 }
        if letters == [0x64] || letters == [0x6D] || letters == [0x6C, 0x6C] || letters == [0x76, 0x65] || letters == [0x72, 0x65] { return true }
        return letters == [0x74] && before > 0 && bytes[before - 1] | 0x20 == 0x6E
    }

    /// Whether the character at `index` is a mark, not a letter: dashes, quotes, £, €, the
    /// no-break space and the other punctuation of the Latin-1 and General Punctuation blocks.
    private func isMark(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0xE2 { return true }     // U+2000–U+2FFF: dashes, quotes, €, arrows, bullets
        if byte == 0xC2 { return true }     // U+0080–U+00BF: £, ©, no-break space, ½
        return byte >= 0xF0                 // U+10000 on: emoji
    }

    /// The width of a typographic apostrophe (’) at `index`, if one is there.
    private func apostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        guard index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 else { return nil }
        return 3
    }
}
