/// Counting days on the calendar: what deadlines are made of. Plain integer arithmetic on the
/// proleptic Gregorian calendar (days since 1 January 1970, by Howard Hinnant's civil-date
/// formulas), since a timeline counts many thousands of days and Foundation's calendar is slow.
extension Day {
    /// Days since 1 January 1970.
    var ordinal: Int {
        let year = month <= 2 ? self.year - 1 : self.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `ordinal` days after 1 January 1970.
    init(ordinal: Int) {
        let shifted = ordinal + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self = Day(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)!
    }

    /// 1 for Monday … 7 for Sunday.
    public var weekday: Int {
        // 1 January 1970 was a Thursday.
        ((ordinal % 7) + 7 + 3) % 7 + 1
    }

    public func adding(days: Int) -> Day {
        Day(ordinal: ordinal + days)
    }

    /// The same day `months` later, or the month's last day when it has no such day (31 January + 1 month = 29 February).
    public func adding(months: Int) -> Day {
        let total = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (total / 12, total % 12 + 1)
        return Day(year: newYear, month: newMonth, day: min(day, Day.length(ofMonth: newMonth, in: newYear)))!
    }

    public func adding(years: Int) -> Day {
        adding(months: 12 * years)
    }

    /// The first day after this one (`step` 1) or before it (-1) that falls on `weekday` (1 is
    /// Monday): "the Friday after", "the Thursday before Easter".
    func next(_ weekday: Int, step: Int = 1) -> Day {
        adding(days: step * (((step > 0 ? weekday - self.weekday : self.weekday - weekday) + 6) % 7 + 1))
    }

    /// The first day of the calendar quarter this day falls in.
    var startOfQuarter: Day {
        Day(year: year, month: (month - 1) / 3 * 3 + 1, day: 1)!
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

    /// Easter Sunday in a year of the Gregorian calendar (the Meeus–Jones–Butcher reckoning of
    /// the Church's tables): 31 March 2024, 20 April 2025.
    static func easterSunday(in year: Int) -> Day {
        let golden = year % 19
        let (century, ofCentury) = (year / 100, year % 100)
        let leapCenturies = century / 4
        let correction = (century + 8) / 25
        let moon = (century - leapCenturies - (century - correction + 1) / 3 + 19 * golden + 15) % 30
        let weekdayShift = (32 + 2 * (century % 4) + 2 * (ofCentury / 4) - moon - ofCentury % 4) % 7
        let late = (golden + 11 * moon + 22 * weekdayShift) / 451
        let offset = moon + weekdayShift - 7 * late + 114
        return Day(year: year, month: offset / 31, day: offset % 31 + 1)!
    }

    /// Days from this one to `other` (negative when `other` is earlier).
    public func days(to other: Day) -> Int {
        other.ordinal - ordinal
    }
}
