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
    /// For a duration, its length in ISO 8601: "P78W", "P18M"; for a recurrence, how often ("P1M");
    /// nil when not a number of days, weeks, months or years (terms).
    public var length: String?

    /// ISO 8601 at its grain: "2023-11-10", "2024-03", "2021", "2023-07-10/2023-07-13",
    /// "2023-04/2024-03", "2022-09/.." (since September 2022); a deadline's last allowed day; a
    /// duration's length, "P78W"; a recurrence's, "R/P1M".
    public var value: String {
        func written(_ day: Day) -> String {
            switch grain {
            case .month: String(day.description.prefix(7))
            case .year: String(day.description.prefix(4))
            default: day.description
            }
        }
        switch kind {
        case .duration: return length ?? ""
        // ISO 8601's repeating interval, with no count and no start: "R/P1M", monthly.
        case .recurrence: return length.map { "R/" + $0 } ?? ""
        case .deadline: return end?.description ?? ""
        case .interval: return "\(start.map(written) ?? "..")/\(end.map(written) ?? "..")"
        default: return start.map(written) ?? ""
        }
    }

    private enum CodingKeys: String, CodingKey {
        case kind, grain, start, end, due, text, span, anchor, length, value
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

    /// The fields, `value` (the mention in ISO 8601) and, for a deadline, `due`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(grain, forKey: .grain)
        try container.encodeIfPresent(start, forKey: .start)
        try container.encodeIfPresent(end, forKey: .end)
        // A deadline's last allowed day, by the name a reader of the JSON looks for.
        if kind == .deadline { try container.encodeIfPresent(end, forKey: .due) }
        try container.encode(text, forKey: .text)
        try container.encode(span, forKey: .span)
        try container.encodeIfPresent(anchor, forKey: .anchor)
        try container.encodeIfPresent(length, forKey: .length)
        try container.encode(value, forKey: .value)
    }

    /// Days a duration lasts, roughly (a month as 30 days), for putting the longest first:
    /// "P78W" 546, "P2Y3M" 820.
    public var days: Int {
        guard let length, length.first == "P" else { return 0 }
        var (total, number) = (0.0, "")
        for character in length.dropFirst() {
            if character.isNumber || character == "." {
                number.append(character)
                continue
            }
            guard let count = Double(number) else { return 0 }
            switch character {
            case "D": total += count
            case "W": total += count * 7
            case "M": total += count * 30
            case "Y": total += count * 365
            default: return 0
            }
            number = ""
        }
        return Int(total)
    }
}

