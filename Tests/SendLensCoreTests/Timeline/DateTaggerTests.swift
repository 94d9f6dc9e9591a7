import Foundation
import Testing
@testable import SendLensCore

/// Dates marked in the text as ⟦…⟧: the tagger must find exactly those spans, with these kinds and days.
struct DateTaggerTests {
    static let anchor = Day(year: 2023, month: 11, day: 10)!

    @Test(arguments: [
        ("The report was published on ⟦Friday 10 November 2023⟧.", ["date 2023-11-10"]),
        ("We will submit the plan ⟦within 35 days of the report's publication⟧, ⟦by 15 December 2023⟧.",
         ["deadline 2023-12-15", "deadline 2023-12-15"]),
        ("A first version will be in use ⟦by the end of March 2024⟧.", ["deadline 2024-03-31"]),
        ("Inspectors visited ⟦between 10 and 13 July 2023⟧.", ["interval 2023-07-10 2023-07-13"]),
        ("They met on ⟦14–15 June 2023⟧ and again in ⟦April to June 2024⟧.", ["interval 2023-06-14 2023-06-15", "interval 2024-04-01 2024-06-30"]),
        ("The ⟦2023/24⟧ budget and the ⟦2022-23⟧ accounts.", ["interval 2023-04-01 2024-03-31", "interval 2022-04-01 2023-03-31"]),
        ("Children in Year 6 get help 24/7, aged 16 to 25, from 0 to 25, at £2023 a year for 2,021 children, 45% of them.", []),
        ("Some waited more than ⟦78 weeks⟧ for an assessment, and others ⟦18 months⟧.", ["duration", "duration"]),
        ("The plan is due ⟦within 10 working days of the report's publication⟧.", ["deadline 2023-11-24"]),
        ("We will reply to messages ⟦within five working days⟧; plans are issued ⟦within 20 weeks⟧.", ["duration", "duration"]),
        ("Under the Children and Families Act 2014 and the Children Act 2004, ⟦since 2014⟧.", ["interval"]),
        ("Dates written ⟦10/11/2023⟧, ⟦10.11.2023⟧ and ⟦2023-11-22⟧.", ["date 2023-11-10", "date 2023-11-10", "date 2023-11-22"]),
        ("The panel will meet on ⟦22 November⟧.", ["date 2023-11-22"]),
        ("The inspection began on ⟦26 June⟧.", ["date 2023-06-26"]),
        ("The inspection began on ⟦22 November⟧.", ["date 2022-11-22"]),
        ("The dashboard is refreshed ⟦monthly⟧ and reviewed ⟦every three months⟧.", ["recurrence", "recurrence"]),
        ("A monitoring inspection will follow ⟦within 18 months⟧.", ["deadline 2025-05-10"]),
        ("The next full reinspection will be ⟦within approximately three years⟧. © Crown copyright 2023", ["deadline 2026-11-10"]),
        ("Every child will be offered advice ⟦within six weeks of referral⟧.", ["duration"]),
        ("We will appoint a chair ⟦before the end of December 2023⟧.", ["deadline 2023-12-31"]),
        ("The new service opens in ⟦spring 2024⟧, after the census of ⟦2021⟧.", ["interval 2024-03-01 2024-05-31", "year 2021-01-01 2021-12-31"]),
        ("Software will be in place ⟦by September 2024⟧.", ["deadline 2024-09-30"]),
        ("The plan is due ⟦by March⟧.", ["deadline 2024-03-31"]),
        ("He was born on ⟦November 3, 2015⟧; she on ⟦3rd Nov 2015⟧.", ["date 2015-11-03", "date 2015-11-03"]),
        ("Call 01992 555 555 or see section 2023.4.", []),
    ])
    func findsTheMarkedDates(marked: String, expected: [String]) {
        let (text, spans) = DatePhraseTable.unmarked(marked)
        let mentions = DateTagger(anchor: Self.anchor).mentions(in: text)
        #expect(mentions.map(\.span) == spans, "\(mentions.map(\.text))")
        let described = mentions.map { mention -> String in
            var parts = [mention.kind.rawValue]
            if mention.kind == .deadline {
                parts.append(mention.end?.description ?? "?")
            } else if let start = mention.start, let end = mention.end {
                parts.append(start.description)
                if end != start { parts.append(end.description) }
            }
            return parts.joined(separator: " ")
        }
        #expect(described == expected, "\(mentions.map(\.text))")
    }

    /// Waits are listed longest first, by their length in days (a month as 30).
    @Test func aWaitsLengthInDays() {
        func days(_ length: String) -> Int {
            DateMention(kind: .duration, grain: nil, start: nil, end: nil, text: "", span: TextSpan(start: 0, end: 0), anchor: nil, length: length).days
        }
        #expect(days("P78W") == 546 && days("P10D") == 10 && days("P18M") == 540 && days("P3Y") == 1095)
        #expect(days("P2Y3M") == 820 && days("P9.5W") == 66 && days("P1.5Y") == 547)
        #expect(days("") == 0 && days("P") == 0 && days("PXW") == 0 && days("P3T") == 0)
    }

    @Test func withoutAnAnchorRelativeDeadlinesAreWaits() {
        let mentions = DateTagger(anchor: nil).mentions(in: "The plan is due within 35 days, on 15 December 2023.")
        #expect(mentions.map(\.kind) == [.duration, .date])
        // A quarter with its year needs no anchor; "this quarter" does.
        let quarters = DateTagger(anchor: nil).mentions(in: "Figures for Q1 2024, the first quarter of 2025 and this quarter.")
        #expect(quarters.map(\.value) == ["2024-01/2024-03", "2025-01/2025-03"])
    }

    /// A document dated at the calendar's edge counts nothing from its date, and does not fail.
    @Test func aDateAtTheCalendarsEdgeCountsNothing() {
        for anchor in [Day(year: 1, month: 1, day: 1)!, Day(year: 9999, month: 12, day: 31)!] {
            let mentions = DateTagger(anchor: anchor).mentions(in: "Last month, before Christmas and the year before, on the 3rd, we met; next week we meet.")
            #expect(mentions.allSatisfy { $0.start == nil || (1900...2100).contains($0.start!.year) })
            // (And the readings counted from the document's day or month with no year written.)
            let more = DateTagger(anchor: anchor).mentions(in: "This weekend, this quarter, the fourth quarter, the first Monday in May, "
                + "a week on Friday, this time next year, w/c the 9th, on the 3rd, 10th and 17th, the three months to June, "
                + "earlier this week, the first half, late next year: the meeting is in May.")
            #expect(more.allSatisfy { $0.start == nil || (1...9999).contains($0.start!.year) })
        }
    }

    /// Easter Sunday as the Church's tables give it, across the years the tables cover; Good
    /// Friday and Easter Monday are the bank holidays two days before and one after.
    @Test func easterSundayIsReckoned() {
        let known = [(2019, 4, 21), (2023, 4, 9), (2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2027, 3, 28), (2038, 4, 25), (2000, 4, 23)]
        for (year, month, day) in known {
            #expect(Day.easterSunday(in: year) == Day(year: year, month: month, day: day), "\(year)")
        }
        for year in 2022...2027 {
            let easter = Day.easterSunday(in: year)
            #expect(BankHolidays.england.contains(easter.adding(days: -2)) && BankHolidays.england.contains(easter.adding(days: 1)), "\(year)")
        }
    }

    /// The eight bank holidays of every year, worked out, are those GOV.UK announced for the years
    /// with no one-off day (2021 and 2024 to 2027: Christmas on a Saturday, Wednesday, Thursday,
    /// Friday and Saturday), and a year past the table keeps them: the summer bank holiday of 2032
    /// on 30 August.
    @Test func usualBankHolidaysAreThoseAnnounced() {
        for year in [2021, 2024, 2025, 2026, 2027] {
            #expect(Set(BankHolidays.usual(in: year)) == BankHolidays.england.filter { $0.year == year }, "\(year)")
        }
        #expect(BankHolidays.england.contains(Day(year: 2032, month: 8, day: 30)!))
        #expect(BankHolidays.usual(in: 2022).count == 8)
    }

    /// A bank holiday named for its month or season is that year's, moved ones included: the early
    /// May one on Friday 8 May in 2020, the spring one on 2 June in 2022, and beside 2023's extra
    /// Monday for the coronation (8 May) the early and spring ones kept their days.
    @Test func namedBankHolidaysFollowTheTable() {
        let named = { (name: String, year: Int) in BankHolidays.named(name, in: year) }
        #expect(named("early", 2020) == Day(year: 2020, month: 5, day: 8))
        #expect(named("spring", 2022) == Day(year: 2022, month: 6, day: 2))
        #expect(named("early", 2023) == Day(year: 2023, month: 5, day: 1))
        #expect(named("spring", 2023) == Day(year: 2023, month: 5, day: 29))
        #expect(named("summer", 2032) == Day(year: 2032, month: 8, day: 30))
        #expect(named("autumn", 2032) == nil)
    }

    @Test func workingDaysSkipWeekendsAndBankHolidays() {
        // Friday 22 December 2023 + 3 working days: Christmas and Boxing Day are bank holidays.
        #expect(Day(year: 2023, month: 12, day: 22)!.adding(workingDays: 3) == Day(year: 2023, month: 12, day: 29))
        #expect(Day(year: 2024, month: 2, day: 29)!.adding(years: 1) == Day(year: 2025, month: 2, day: 28))
        #expect(Day(year: 2023, month: 11, day: 10)!.weekday == 5)
    }
}

/// Day arithmetic against Foundation's Gregorian calendar, over a wide span of days.
struct DayArithmeticTests {
    @Test func countsDaysAsFoundationsCalendarDoes() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var date = calendar.date(from: DateComponents(year: 1899, month: 12, day: 25))!
        let start = Day(year: 1899, month: 12, day: 25)!
        for offset in stride(from: 0, to: 80_000, by: 37) {
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            let day = start.adding(days: offset)
            #expect((day.year, day.month, day.day) == (parts.year!, parts.month!, parts.day!))
            #expect(day.weekday == (parts.weekday! == 1 ? 7 : parts.weekday! - 1))
            #expect(start.days(to: day) == offset)
            date = calendar.date(byAdding: .day, value: 37, to: date)!
        }
        #expect(Day(year: 2024, month: 1, day: 31)!.adding(months: 1) == Day(year: 2024, month: 2, day: 29))
        #expect(Day(year: 2023, month: 11, day: 30)!.adding(months: -11) == Day(year: 2022, month: 12, day: 30))
        #expect(Day(year: 2023, month: 3, day: 31)!.adding(months: -1) == Day(year: 2023, month: 2, day: 28))
    }
}
