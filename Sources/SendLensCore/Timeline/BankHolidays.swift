/// England's bank holidays (the same in Wales), for counting working days: the rules' @BANK_HOLIDAY.
/// A year not listed counts weekends only.
enum BankHolidays {
    static let england: Set<Day> = Set(DateGrammar.standard.list("BANK_HOLIDAY").all.compactMap { entry in
        Day.parse(entry.words.map { DateGrammar.standard.vocabulary.words[Int($0)] }.joined())
    })
}
