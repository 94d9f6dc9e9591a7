/// England's bank holidays (the same in Wales), for counting working days: the rules'
/// @BANK_HOLIDAY, as announced; for a year not listed there, from 2000 to 2099, the eight kept
/// every year (`usual(in:)`), which is all a year holds until its one-off days are announced.
enum BankHolidays {
    static let england: Set<Day> = {
        let listed = Set(DateGrammar.standard.list("BANK_HOLIDAY").all.compactMap { entry in
            Day.parse(entry.words.map { DateGrammar.standard.vocabulary.words[Int($0)] }.joined())
        })
        let years = Set(listed.map(\.year))
        return listed.union((2000...2099).filter { !years.contains($0) }.flatMap(usual))
    }()

    /// The bank holiday of `year` a name gives: "early" the first in May (the early May bank
    /// holiday, kept on a Friday in 2020), "spring" the last Monday of May or, in a year it was
    /// moved, the first in June, "summer" the one in August.
    static func named(_ name: String, in year: Int) -> Day? {
        let days = england.filter { $0.year == year }.sorted()
        switch name {
        case "early": return days.first { $0.month == 5 }
        case "spring": return days.first { $0.month == 5 && $0.weekday == 1 && $0.adding(days: 7).month == 6 } ?? days.first { $0.month == 6 }
        case "summer": return days.first { $0.month == 8 }
        default: return nil
        }
    }

    /// New Year's Day, Good Friday, Easter Monday, the first and last Mondays of May, the last
    /// Monday of August, Christmas Day and Boxing Day; one that falls on a weekend (or on a day
    /// already kept) is kept on the next weekday free, as GOV.UK announces them.
    static func usual(in year: Int) -> [Day] {
        guard let newYear = Day(year: year, month: 1, day: 1), let may = Day(year: year, month: 5, day: 1),
              let lastOfMay = Day(year: year, month: 5, day: 31), let lastOfAugust = Day(year: year, month: 8, day: 31),
              let christmas = Day(year: year, month: 12, day: 25) else { return [] }
        let easter = Day.easterSunday(in: year)
        var days = [easter.adding(days: -2), easter.adding(days: 1), may.adding(days: -1).next(1),
                    lastOfMay.adding(days: 1).next(1, step: -1), lastOfAugust.adding(days: 1).next(1, step: -1)]
        for day in [newYear, christmas, christmas.adding(days: 1)] {
            var kept = day
            while kept.weekday > 5 || days.contains(kept) { kept = kept.adding(days: 1) }
            days.append(kept)
        }
        return days.sorted()
    }
}
