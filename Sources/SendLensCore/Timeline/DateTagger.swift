import Foundation

/// A date, deadline, interval, wait or repeat found in a passage, normalised: the words it came
/// from and where, its kind, its grain and the days it stands for.
///
///     DateTagger(anchor: Day.parse("2023-11-10")).mentions(in: "The plan is due within 35 days.")
///     // deadline "within 35 days", ends 2023-12-15
public struct DateMention: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case date, month, year, interval, deadline, duration, recurrence
    }

    public enum Grain: String, Sendable, Hashable, Codable {
        case day, month, year
    }

    public var kind: Kind
    public var grain: Grain?
    /// The first day it covers; nil for a duration or a repeat, or a relative date with no anchor.
    public var start: Day?
    /// The last day it covers (the day itself for a date; the deadline's day).
    public var end: Day?
    /// The words, as written.
    public var text: String
    /// Where they are in the passage, in Unicode scalars.
    public var span: TextSpan
    /// For a relative expression ("within 35 days"), the day it was counted from.
    public var anchor: Day?
    /// For a duration, its length in ISO 8601: "P78W", "P18M"; nil when not a number of units.
    public var length: String?

    /// ISO 8601 at its grain: "2023-11-10", "2024-03", "2021", "2023-07-10/2023-07-13",
    /// "2023-04/2024-03"; a deadline's last allowed day; a duration's length.
    public var value: String {
        func written(_ day: Day) -> String {
            switch grain {
            case .month: String(day.description.prefix(7))
            case .year: String(day.year)
            default: day.description
            }
        }
        switch kind {
        case .duration, .recurrence: return length ?? ""
        case .deadline: return end?.description ?? ""
        case .interval: return "\(start.map(written) ?? "..")/\(end.map(written) ?? "..")"
        default: return start.map(written) ?? ""
        }
    }

    private enum CodingKeys: String, CodingKey {
        case kind, grain, start, end, text, span, anchor, length, value
    }

    public init(kind: Kind, grain: Grain?, start: Day?, end: Day?, text: String, span: TextSpan, anchor: Day?, length: String?) {
        (self.kind, self.grain, self.start, self.end, self.text, self.span, self.anchor, self.length)
            = (kind, grain, start, end, text, span, anchor, length)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        grain = try container.decodeIfPresent(Grain.self, forKey: .grain)
        start = try container.decodeIfPresent(Day.self, forKey: .start)
        end = try container.decodeIfPresent(Day.self, forKey: .end)
        text = try container.decode(String.self, forKey: .text)
        span = try container.decode(TextSpan.self, forKey: .span)
        anchor = try container.decodeIfPresent(Day.self, forKey: .anchor)
        length = try container.decodeIfPresent(String.self, forKey: .length)
    }

    /// The fields, and `value`, the mention in ISO 8601.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(grain, forKey: .grain)
        try container.encodeIfPresent(start, forKey: .start)
        try container.encodeIfPresent(end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encode(span, forKey: .span)
        try container.encodeIfPresent(anchor, forKey: .anchor)
        try container.encodeIfPresent(length, forKey: .length)
        try container.encode(value, forKey: .value)
    }

    /// Days a duration lasts, roughly (a month as 30 days), for putting the longest first.
    public var days: Int {
        guard let length, let number = Int(length.dropFirst().dropLast()) else { return 0 }
        switch length.last {
        case "D": return number
        case "W": return number * 7
        case "M": return number * 30
        case "Y": return number * 365
        default: return 0
        }
    }
}

/// Finds dates in UK public-sector prose (DESIGN.md, "The timeline's rules"): day first, the
/// financial year from 1 April, a bare day or month read back in a past-tense sentence and forward
/// in a future one, deadlines counted from the document's date (`anchor`). Not dates: year groups
/// ("Year 6"), "24/7", ages, money, percentages, counts with a thousands comma.
public struct DateTagger: Sendable {
    public let anchor: Day?

    public init(anchor: Day?) {
        self.anchor = anchor
    }

    static let monthPattern = "(January|February|March|April|May|June|July|August|September|October|November|December|"
        + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?"
    static let numberWords = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                              "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30]
    static let numberPattern = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty)"
    static let unitPattern = "(working days?|days?|weeks?|months?|years?|terms?)"

    private static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    // Each pattern, in the order they claim words: longer and more specific first.
    private static let withinPattern = regex("\\bwithin\\s+(?:the\\s+)?(?:approximately\\s+|about\\s+|around\\s+)?" + numberPattern + "[\\s-]+" + unitPattern + "(?:\\s+of\\s+([\\w'’]+(?:\\s+[\\w'’]+){0,3}))?")
    private static let intervalPattern = regex("\\b(?:between\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+" + monthPattern + "(?:\\s+(\\d{4}))?\\b")
    private static let monthRangePattern = regex("\\b" + monthPattern + "\\s+(?:to|-|–|until)\\s+" + monthPattern + "\\s+(\\d{4})\\b")
    private static let dayMonthPattern = regex("\\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+" + monthPattern + "(?:,?\\s+(\\d{4}))?\\b")
    private static let monthDayPattern = regex("\\b" + monthPattern + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s+(\\d{4})\\b")
    private static let numericPattern = regex("(?<![\\d/.£$])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?![\\d/])")
    private static let isoPattern = regex("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b")
    private static let financialPattern = regex("\\b(20\\d\\d)[/-](\\d\\d)\\b(?![/-]\\d)")
    private static let academicPattern = regex("\\b(?:the\\s+)?(?:(20\\d\\d)\\s*(?:to|-|–|/)\\s*(?:20)?(\\d\\d)\\s+academic\\s+year|academic\\s+year\\s+(20\\d\\d)\\s*(?:to|-|–|/)\\s*(?:20)?(\\d\\d))\\b")
    private static let quarterPattern = regex("\\bQ([1-4])\\s+(20\\d\\d)\\b")
    private static let weekPattern = regex("\\b(?:w/c|week\\s+commencing|week\\s+beginning)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+" + monthPattern + "(?:\\s+(\\d{4}))?\\b")
    private static let termPattern = regex("\\b(?:the\\s+)?(autumn|spring|summer)\\s+term(?:\\s+(\\d{4}))?\\b")
    private static let relativePattern = regex("\\b(?:(" + numberPattern.dropFirst().dropLast() + ")\\s+(days?|weeks?|months?|years?)\\s+ago|(last|next|this)\\s+(week|month|year)|earlier\\s+this\\s+year|in\\s+(" + numberPattern.dropFirst().dropLast() + ")\\s+(weeks?|months?|years?)['’]?\\s+time)\\b")
    private static let endOfPattern = regex("\\bby\\s+the\\s+end\\s+of\\s+the\\s+(month|year|financial\\s+year|academic\\s+year|school\\s+year)\\b")
    private static let openLead = regex("\\b(?:since|from|starting)\\s+(?:the\\s+)?$")
    private static let seasonPattern = regex("\\b(spring|summer|autumn|winter)\\s+(?:term\\s+)?(\\d{4})\\b")
    private static let monthYearPattern = regex("\\b" + monthPattern + "\\s+(\\d{4})\\b")
    private static let bareMonthPattern = regex("\\b(?:in|by|since|from|until|before|after|during|end of)\\s+(" + "January|February|March|April|May|June|July|August|September|October|November|December" + ")\\b(?!\\s+\\d)")
    private static let yearPattern = regex("(?<![£$\\d,.])\\b(19[5-9]\\d|20[0-4]\\d)\\b(?![,.]?\\d|%|/|-\\d)")
    private static let durationPattern = regex("\\b" + numberPattern + "[\\s-]+" + unitPattern + "\\b")
    private static let recurrencePattern = regex("\\b(monthly|quarterly|annually|weekly|every\\s+(?:" + numberPattern + "\\s+)?(?:day|week|month|term|year|quarter)s?)\\b")
    private static let futureWords = regex("\\b(will|shall|due|aim|plan to|expected|by the end of|next|no later than|deadline)\\b")
    private static let deadlineLead = regex("(?:\\bby|\\bno later than|\\bbefore|\\buntil|\\bdue)\\s+(?:the\\s+end\\s+of\\s+)?(?:the\\s+)?$")

    /// One look at a passage, word by word, says which patterns can match at all: each needs four
    /// digits together (a year), a month's name, "within", a season, a word of repeating, a unit of
    /// time with a number before it.
    private struct Features {
        var year = false, digit = false, month = false, within = false, season = false, repeating = false, unit = false, number = false
        /// A unit of time right after a number: what a wait needs.
        var counted = false
        /// Words of relative time ("ago", "last", "next", "this", "earlier") and of ends ("end").
        var relative = false, end = false, week = false

        static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                          "sep", "sept", "oct", "nov", "dec"]
        static let seasons: Set<String> = ["spring", "summer", "autumn", "winter"]
        static let repeats: Set<String> = ["monthly", "weekly", "quarterly", "annually", "every"]
        static let units: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years", "term", "terms"]

        init(_ text: String) {
            var word: [UInt8] = []
            var digits = 0
            // Whether the word before was a number: "78 weeks", "two years", "13-month".
            var afterNumber = false
            func finish() {
                if digits >= 4 { year = true }
                if digits > 0 { digit = true; number = true; afterNumber = true }
                digits = 0
                guard !word.isEmpty else { return }
                let lowered = String(decoding: word, as: UTF8.self)
                word.removeAll(keepingCapacity: true)
                if afterNumber && Self.units.contains(lowered) { counted = true }
                afterNumber = DateTagger.numberWords[lowered] != nil
                if Self.months.contains(lowered) { month = true }
                if lowered == "within" { within = true }
                if ["ago", "last", "next", "this", "earlier", "time"].contains(lowered) { relative = true }
                if lowered == "end" { end = true }
                if lowered == "c" || lowered == "commencing" || lowered == "beginning" { week = true }
                if lowered == "academic" || lowered == "term" { season = true }
                if Self.seasons.contains(lowered) { season = true }
                if Self.repeats.contains(lowered) { repeating = true }
                // "13-month" and "18-week" join a number to the unit.
                if Self.units.contains(lowered) { unit = true }
                if DateTagger.numberWords[lowered] != nil { number = true }
            }
            for byte in text.utf8 {
                switch byte {
                case 0x30...0x39:
                    if !word.isEmpty { finish() }
                    digits += 1
                case 0x41...0x5A: // upper case
                    if digits > 0 { finish() }
                    word.append(byte + 0x20)
                case 0x61...0x7A:
                    if digits > 0 { finish() }
                    word.append(byte)
                default:
                    finish()
                }
            }
            finish()
        }

        var any: Bool { digit || month || within || season || repeating || unit || relative || end }
    }

    public func mentions(in text: String) -> [DateMention] {
        let string = text as NSString
        let has = Features(text)
        guard has.any else { return [] }
        var taken: [NSRange] = []
        var found: [(NSRange, DateMention)] = []
        // The sentence's tense, looked at only when a date without a year needs it.
        var tense: Bool?
        var future: Bool {
            if let tense { return tense }
            let found = Self.futureWords.firstMatch(in: text, range: NSRange(location: 0, length: string.length)) != nil
            tense = found
            return found
        }

        func free(_ range: NSRange) -> Bool {
            !taken.contains { NSIntersectionRange($0, range).length > 0 }
        }
        func capture(_ match: NSTextCheckingResult, _ group: Int) -> String? {
            let range = match.range(at: group)
            return range.location == NSNotFound ? nil : string.substring(with: range)
        }
        func add(_ range: NSRange, _ kind: DateMention.Kind, _ grain: DateMention.Grain?, _ start: Day?, _ end: Day?) {
            taken.append(range)
            found.append((range, DateMention(kind: kind, grain: grain, start: start, end: end, text: string.substring(with: range),
                                             span: TextSpan(start: 0, end: 0), anchor: nil, length: nil)))
        }
        func each(_ pattern: NSRegularExpression, when possible: Bool, _ body: (NSTextCheckingResult) -> Void) {
            guard possible else { return }
            for match in pattern.matches(in: text, range: NSRange(location: 0, length: string.length)) where free(match.range) {
                body(match)
            }
        }
        // A day or month with no year: the anchor's year, moved back or on by the sentence's tense.
        func inferredYear(month: Int, day: Int) -> Int? {
            guard let anchor else { return nil }
            guard let candidate = Day(year: anchor.year, month: month, day: min(day, Day.length(ofMonth: month, in: anchor.year))) else { return nil }
            if future && candidate < anchor { return anchor.year + 1 }
            if !future && anchor < candidate { return anchor.year - 1 }
            return anchor.year
        }

        each(Self.withinPattern, when: has.within && has.unit) { match in
            guard let amount = Self.number(capture(match, 1)), let unit = capture(match, 2)?.lowercased() else { return }
            let of = capture(match, 3)?.lowercased() ?? ""
            // "within 35 days of the report's publication" and "within 18 months" count from the document;
            // "within six weeks of referral" and "reply within five working days" are standards, waits.
            let named = ["publication", "report", "letter", "inspection", "this", "date"].contains { of.contains($0) }
            let long = unit.hasPrefix("month") || unit.hasPrefix("year")
            let fromDocument = named || (of.isEmpty && long)
            guard fromDocument, let anchor, let end = Self.add(amount, unit, to: anchor) else {
                add(match.range, .duration, nil, nil, nil)
                found[found.count - 1].1.length = Self.length(amount, unit)
                return
            }
            add(match.range, .deadline, .day, anchor, end)
            found[found.count - 1].1.anchor = anchor
        }
        each(Self.endOfPattern, when: has.end) { match in
            guard let anchor else { return }
            let what = (capture(match, 1) ?? "").lowercased()
            let end: Day
            if what == "month" {
                end = anchor.endOfMonth
            } else if what.hasPrefix("financial") {
                end = Day(year: anchor.month >= 4 ? anchor.year + 1 : anchor.year, month: 3, day: 31)!
            } else if what.hasPrefix("academic") || what.hasPrefix("school") {
                end = Day(year: anchor.month >= 9 ? anchor.year + 1 : anchor.year, month: 8, day: 31)!
            } else {
                end = Day(year: anchor.year, month: 12, day: 31)!
            }
            add(match.range, .deadline, .day, anchor, end)
            found[found.count - 1].1.anchor = anchor
        }
        each(Self.relativePattern, when: has.relative) { match in
            guard let anchor else { return }
            let lowered = string.substring(with: match.range).lowercased()
            if let amount = Self.number(capture(match, 1)), let unit = capture(match, 2)?.lowercased(),
               let back = Self.add(-amount, unit, to: anchor) {
                add(match.range, .date, .day, back, back)               // "two weeks ago"
            } else if let which = capture(match, 3)?.lowercased(), let unit = capture(match, 4)?.lowercased() {
                let step = which == "last" ? -1 : which == "next" ? 1 : 0
                switch unit {
                case "year":
                    let year = anchor.year + step
                    add(match.range, .year, .year, Day(year: year, month: 1, day: 1), Day(year: year, month: 12, day: 31))
                case "month":
                    let first = Day(year: anchor.year, month: anchor.month, day: 1)!.adding(months: step)
                    add(match.range, .month, .month, first, first.endOfMonth)
                default:
                    let monday = anchor.adding(days: 1 - anchor.weekday + 7 * step)
                    add(match.range, .interval, .day, monday, monday.adding(days: 6))
                }
            } else if lowered.hasPrefix("earlier") {
                add(match.range, .interval, .day, Day(year: anchor.year, month: 1, day: 1), anchor)
            } else if let amount = Self.number(capture(match, 5)), let unit = capture(match, 6)?.lowercased(),
                      let ahead = Self.add(amount, unit, to: anchor) {
                add(match.range, .date, unit.hasPrefix("year") ? .year : .month, ahead, ahead)   // "in two years' time"
            }
            found[found.count - 1].1.anchor = anchor
        }
        each(Self.academicPattern, when: has.year && has.season) { match in
            // "the 2023 to 2024 academic year": 1 September 2023 to 31 August 2024.
            guard let first = Int(capture(match, 1) ?? capture(match, 3) ?? ""),
                  let start = Day(year: first, month: 9, day: 1), let end = Day(year: first + 1, month: 8, day: 31) else { return }
            add(match.range, .interval, .month, start, end)
        }
        each(Self.quarterPattern, when: has.year) { match in
            guard let quarter = Int(capture(match, 1) ?? ""), let year = Int(capture(match, 2) ?? ""),
                  let start = Day(year: year, month: 3 * quarter - 2, day: 1) else { return }
            add(match.range, .interval, .month, start, start.adding(months: 2).endOfMonth)
        }
        each(Self.weekPattern, when: has.week && has.month && has.digit) { match in
            guard let day = Int(capture(match, 1) ?? ""), let month = Day.month(named: capture(match, 2) ?? ""),
                  let year = capture(match, 3).flatMap({ Int($0) }) ?? inferredYear(month: month, day: day),
                  let start = Day(year: year, month: month, day: day) else { return }
            add(match.range, .interval, .day, start, start.adding(days: 6))
        }
        each(Self.termPattern, when: has.season) { match in
            // School terms: autumn September to December, spring January to March, summer April to July.
            guard let anchor else { return }
            let season = (capture(match, 1) ?? "").lowercased()
            let (first, last) = season == "autumn" ? (9, 12) : season == "spring" ? (1, 3) : (4, 7)
            // The academic year the document is in (from September), or the year written.
            let academic = anchor.month >= 9 ? anchor.year : anchor.year - 1
            var year = capture(match, 2).flatMap { Int($0) } ?? (season == "autumn" ? academic : academic + 1)
            if capture(match, 2) == nil {
                let candidate = Day(year: year, month: last, day: 1)!.endOfMonth
                if future && candidate < anchor { year += 1 }
                if !future && anchor < Day(year: year, month: first, day: 1)! { year -= 1 }
            }
            guard let start = Day(year: year, month: first, day: 1), let end = Day(year: year, month: last, day: 1)?.endOfMonth else { return }
            add(match.range, .interval, .month, start, end)
        }
        each(Self.intervalPattern, when: has.digit && has.month) { match in
            guard let first = Int(capture(match, 1) ?? ""), let last = Int(capture(match, 2) ?? ""),
                  let month = Day.month(named: capture(match, 3) ?? "") else { return }
            let year = capture(match, 4).flatMap { Int($0) } ?? inferredYear(month: month, day: first)
            guard let year, first < last, let start = Day(year: year, month: month, day: first),
                  let end = Day(year: year, month: month, day: last) else { return }
            add(match.range, .interval, .day, start, end)
        }
        each(Self.monthRangePattern, when: has.year && has.month) { match in
            guard let first = Day.month(named: capture(match, 1) ?? ""), let last = Day.month(named: capture(match, 2) ?? ""),
                  let year = Int(capture(match, 3) ?? ""), let start = Day(year: year, month: first, day: 1),
                  let end = Day(year: year, month: last, day: 1)?.endOfMonth, start < end else { return }
            add(match.range, .interval, .month, start, end)
        }
        each(Self.dayMonthPattern, when: has.digit && has.month) { match in
            guard let day = Int(capture(match, 1) ?? ""), let month = Day.month(named: capture(match, 2) ?? "") else { return }
            guard let year = capture(match, 3).flatMap({ Int($0) }) ?? inferredYear(month: month, day: day) else { return }
            // "30 February 2024" is no day, and no month or year either.
            guard let date = Day(year: year, month: month, day: day) else { return taken.append(match.range) }
            add(match.range, .date, .day, date, date)
        }
        each(Self.monthDayPattern, when: has.year && has.month) { match in
            guard let month = Day.month(named: capture(match, 1) ?? ""), let day = Int(capture(match, 2) ?? ""),
                  let year = Int(capture(match, 3) ?? ""), let date = Day(year: year, month: month, day: day) else { return }
            add(match.range, .date, .day, date, date)
        }
        each(Self.isoPattern, when: has.year) { match in
            guard let date = Day(year: Int(capture(match, 1) ?? "") ?? 0, month: Int(capture(match, 2) ?? "") ?? 0,
                                 day: Int(capture(match, 3) ?? "") ?? 0) else { return }
            add(match.range, .date, .day, date, date)
        }
        each(Self.numericPattern, when: has.year) { match in
            // Day first, as in the UK.
            guard let date = Day(year: Int(capture(match, 3) ?? "") ?? 0, month: Int(capture(match, 2) ?? "") ?? 0,
                                 day: Int(capture(match, 1) ?? "") ?? 0) else { return taken.append(match.range) }
            add(match.range, .date, .day, date, date)
        }
        each(Self.financialPattern, when: has.year) { match in
            // "2023/24": the financial year, 1 April 2023 to 31 March 2024.
            guard let first = Int(capture(match, 1) ?? ""), let second = Int(capture(match, 2) ?? ""),
                  second == (first + 1) % 100, let start = Day(year: first, month: 4, day: 1),
                  let end = Day(year: first + 1, month: 3, day: 31) else { return }
            add(match.range, .interval, .month, start, end)
        }
        each(Self.seasonPattern, when: has.season && has.year) { match in
            guard let year = Int(capture(match, 2) ?? "") else { return }
            let months: (Int, Int, Int) = switch (capture(match, 1) ?? "").lowercased() {
            case "spring": (3, 5, year)
            case "summer": (6, 8, year)
            case "autumn": (9, 11, year)
            default: (12, 2, year + 1)
            }
            guard let start = Day(year: year, month: months.0, day: 1), let end = Day(year: months.2, month: months.1, day: 1)?.endOfMonth else { return }
            add(match.range, .interval, .month, start, end)
        }
        each(Self.monthYearPattern, when: has.year && has.month) { match in
            guard let month = Day.month(named: capture(match, 1) ?? ""), let year = Int(capture(match, 2) ?? ""),
                  let start = Day(year: year, month: month, day: 1) else { return }
            add(match.range, .month, .month, start, start.endOfMonth)
        }
        each(Self.bareMonthPattern, when: has.month) { match in
            let range = match.range(at: 1)
            guard free(range), let month = Day.month(named: string.substring(with: range)),
                  let year = inferredYear(month: month, day: 1), let start = Day(year: year, month: month, day: 1) else { return }
            add(range, .month, .month, start, start.endOfMonth)
        }
        each(Self.yearPattern, when: has.year) { match in
            // "Year 6" is a school year group, not a year; "the Children Act 2004" names a law.
            let before = string.substring(to: match.range.location).lowercased()
            guard !["year ", "act ", "regulations ", "order ", "copyright "].contains(where: before.hasSuffix), let year = Int(capture(match, 1) ?? ""),
                  let start = Day(year: year, month: 1, day: 1), let end = Day(year: year, month: 12, day: 31) else { return }
            add(match.range, .year, .year, start, end)
        }
        each(Self.recurrencePattern, when: has.repeating) { match in
            add(match.range, .recurrence, nil, nil, nil)
        }
        each(Self.durationPattern, when: has.counted) { match in
            add(match.range, .duration, nil, nil, nil)
            if let amount = Self.number(capture(match, 1)), let unit = capture(match, 2)?.lowercased() {
                found[found.count - 1].1.length = Self.length(amount, unit)
            }
        }

        // "since September 2022", "from April 2024": from then on, with no end.
        for index in found.indices where [.date, .month, .year].contains(found[index].1.kind) {
            let (before, offset) = Self.tail(of: string, before: found[index].0.location)
            guard var lead = Self.openLead.firstMatch(in: before, range: NSRange(location: 0, length: (before as NSString).length))?.range else { continue }
            lead.location += offset
            let after = string.substring(from: NSMaxRange(found[index].0)).lowercased()
            if after.hasPrefix(" to ") || after.hasPrefix(" until ") || after.hasPrefix("–") || after.hasPrefix(" - ") { continue }
            let whole = NSRange(location: lead.location, length: NSMaxRange(found[index].0) - lead.location)
            found[index].0 = whole
            found[index].1.text = string.substring(with: whole)
            found[index].1.kind = .interval
            found[index].1.end = nil
        }
        // A date after "by", "no later than", "before" or "until" is a deadline: its last day.
        for index in found.indices where [.date, .month, .year, .interval].contains(found[index].1.kind) {
            let (before, offset) = Self.tail(of: string, before: found[index].0.location)
            guard var lead = Self.deadlineLead.firstMatch(in: before, range: NSRange(location: 0, length: (before as NSString).length))?.range else { continue }
            lead.location += offset
            // "not told until October" is an event; "in place until July 2024" a limit.
            if !future && string.substring(with: lead).lowercased().hasPrefix("until") { continue }
            let whole = NSRange(location: lead.location, length: NSMaxRange(found[index].0) - lead.location)
            found[index].0 = whole
            found[index].1.text = string.substring(with: whole)
            found[index].1.kind = .deadline
            found[index].1.start = found[index].1.end
        }
        return found.sorted { $0.0.location < $1.0.location }.map { range, mention in
            var mention = mention
            mention.span = Self.scalarSpan(of: range, in: text)
            return mention
        }
    }

    /// "P78W", "P10D" (working days as days), "P3Y"; nil for terms.
    static func length(_ amount: Int, _ unit: String) -> String? {
        if unit.hasPrefix("working") || unit.hasPrefix("day") { return "P\(amount)D" }
        if unit.hasPrefix("week") { return "P\(amount)W" }
        if unit.hasPrefix("month") { return "P\(amount)M" }
        if unit.hasPrefix("year") { return "P\(amount)Y" }
        return nil
    }

    /// The last few words before a position: where "by the end of" or "since" would stand.
    static func tail(of string: NSString, before location: Int) -> (String, Int) {
        let start = max(0, location - 40)
        return (string.substring(with: NSRange(location: start, length: location - start)), start)
    }

    static func number(_ text: String?) -> Int? {
        guard let text = text?.lowercased() else { return nil }
        return Int(text) ?? numberWords[text]
    }

    /// The day `amount` units after `day`.
    static func add(_ amount: Int, _ unit: String, to day: Day) -> Day? {
        if unit.hasPrefix("working") { return day.adding(workingDays: amount) }
        if unit.hasPrefix("day") { return day.adding(days: amount) }
        if unit.hasPrefix("week") { return day.adding(days: 7 * amount) }
        if unit.hasPrefix("month") { return day.adding(months: amount) }
        if unit.hasPrefix("year") { return day.adding(years: amount) }
        return nil
    }

    /// An NSRange of UTF-16 units as a span of Unicode scalars.
    static func scalarSpan(of range: NSRange, in text: String) -> TextSpan {
        let utf16 = text.utf16
        let start = utf16.index(utf16.startIndex, offsetBy: range.location)
        let end = utf16.index(start, offsetBy: range.length)
        let scalars = text.unicodeScalars
        return TextSpan(start: scalars.distance(from: scalars.startIndex, to: start), end: scalars.distance(from: scalars.startIndex, to: end))
    }
}
