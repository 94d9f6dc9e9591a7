import Foundation

/// Counting days on the calendar: what deadlines are made of.
extension Day {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private var date: Date {
        Self.calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    private init(_ date: Date) {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        self = Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// 1 for Monday … 7 for Sunday.
    public var weekday: Int {
        let sunday = Self.calendar.component(.weekday, from: date)
        return sunday == 1 ? 7 : sunday - 1
    }

    public func adding(days: Int) -> Day {
        Day(Self.calendar.date(byAdding: .day, value: days, to: date)!)
    }

    /// The same day `months` later, or the month's last day when it has no such day (31 January + 1 month = 29 February).
    public func adding(months: Int) -> Day {
        Day(Self.calendar.date(byAdding: .month, value: months, to: date)!)
    }

    public func adding(years: Int) -> Day {
        adding(months: 12 * years)
    }

    /// The last day of this day's month.
    public var endOfMonth: Day {
        Day(year: year, month: month, day: Day.length(ofMonth: month, in: year))!
    }

    /// Whether offices are open: not a weekend, not a bank holiday in England.
    public var isWorkingDay: Bool {
        weekday <= 5 && !BankHolidays.england.contains(self)
    }

    /// `count` working days on: weekends and England's bank holidays are skipped.
    public func adding(workingDays count: Int) -> Day {
        var day = self
        var left = count
        while left > 0 {
            day = day.adding(days: 1)
            if day.isWorkingDay { left -= 1 }
        }
        return day
    }

    /// Days from this one to `other` (negative when `other` is earlier).
    public func days(to other: Day) -> Int {
        Self.calendar.dateComponents([.day], from: date, to: other.date).day ?? 0
    }
}
