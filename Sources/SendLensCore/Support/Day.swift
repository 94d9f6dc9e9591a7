import Foundation

/// A calendar day, with no time or time zone: publication dates and deadlines are days in England.
///
///     Day(year: 2023, month: 11, day: 10)?.description   // "2023-11-10"
///     Day.parse("10 November 2023")                      // 2023-11-10
///     Day.parse("10/11/2023")                            // 2023-11-10 (day first, as in the UK)
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.length(ofMonth: month, in: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Today in England. Only the shell asks; everything else is given its day.
    public static var today: Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(year: 2000, month: 1, day: 1)!
    }

    /// "10 November 2023", as a person writes it in England.
    public var longDescription: String {
        "\(day) \(Day.monthNames[month - 1]) \(year)"
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The month numbered by a name or its usual abbreviation ("Nov", "Sept"), ignoring case.
    static func month(named name: some StringProtocol) -> Int? {
        let lowered = name.lowercased()
        guard lowered.count >= 3 else { return nil }
        for (index, month) in monthNames.enumerated() {
            let full = month.lowercased()
            if lowered == full || (lowered.count <= 4 && full.hasPrefix(lowered) && lowered != "ma") {
                return index + 1
            }
        }
        return nil
    }

    /// Parses a whole string as one date: ISO `2023-11-10`, day-first `10/11/2023` or `10.11.2023`,
    /// or words `10 November 2023`, `Friday 10th November 2023`, `November 10, 2023`.
    public static func parse(_ text: String) -> Day? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numeric = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        if numeric.count == 3, numeric.allSatisfy({ (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCIIDigit } }) {
            let parts = numeric.compactMap { Int($0) }
            if numeric[0].count == 4 { return Day(year: parts[0], month: parts[1], day: parts[2]) }
            if numeric[2].count == 4 { return Day(year: parts[2], month: parts[1], day: parts[0]) }
            return nil
        }
        let words = DateWords(trimmed).words
        guard let found = firstDate(inWords: words), found.end == words.count, found.start <= 1 else { return nil }
        if found.start == 1 && weekday(words[0]) == nil { return nil }
        return found.day
    }

    /// The first day written out in words or ISO form anywhere in a sentence.
    ///
    ///     Day.first(in: "Published on Friday 10 November 2023.")   // 2023-11-10
    public static func first(in text: String) -> Day? {
        let words = DateWords(text).words
        for word in words where word.count == 10 {
            if let day = parse(String(word)), word.contains("-") || word.contains("/") { return day }
        }
        return firstDate(inWords: words)?.day
    }

    private static func firstDate(inWords words: [Substring]) -> (day: Day, start: Int, end: Int)? {
        var index = 0
        while index + 2 < words.count {
            // 10 November 2023
            if let dayNumber = ordinal(words[index]), let month = month(named: words[index + 1]),
               let year = year(words[index + 2]), let day = Day(year: year, month: month, day: dayNumber) {
                return (day, index, index + 3)
            }
            // November 10, 2023
            if let month = month(named: words[index]), let dayNumber = ordinal(words[index + 1]),
               let year = year(words[index + 2]), let day = Day(year: year, month: month, day: dayNumber) {
                return (day, index, index + 3)
            }
            index += 1
        }
        return nil
    }

    private static func ordinal(_ word: Substring) -> Int? {
        var digits = word
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
            digits = digits.dropLast(2)
            break
        }
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }

    private static func year(_ word: Substring) -> Int? {
        guard word.count == 4, word.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(word)
    }

    private static func weekday(_ word: Substring) -> Int? {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        return names.firstIndex(of: word.lowercased())
    }
}

/// Words of a sentence with the punctuation around dates removed ("10 November, 2023." → 10 November 2023).
private struct DateWords {
    let words: [Substring]

    init(_ text: String) {
        words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{A0}" })
            .map { $0.trimmingCharacters(",.;:()[]\"'“”‘’") }
            .filter { !$0.isEmpty }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Substring {
    /// The text without `characters` at either end. (Index steps, not dropLast(), which counts
    /// the whole text each time: a word of 80,000 full stops took minutes.)
    func trimmingCharacters(_ characters: String) -> Substring {
        var (start, end) = (startIndex, endIndex)
        while start < end, characters.contains(self[start]) { start = index(after: start) }
        while end > start, characters.contains(self[index(before: end)]) { end = index(before: end) }
        return self[start..<end]
    }
}

/// In JSON a day is its ISO form, "2023-11-10".
extension Day: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a date")
        }
        self = day
    }
}
