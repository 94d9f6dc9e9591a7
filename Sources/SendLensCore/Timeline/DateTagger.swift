/// Finds dates in UK public-sector prose by the rules in `DateRules` (DESIGN.md, "The timeline's
/// rules"): day first, the financial year from 1 April, a bare day or month read back in a
/// past-tense sentence and on in a future one, deadlines counted from the document's date (`anchor`).
///
///     DateTagger(anchor: Day.parse("2023-11-10")).mentions(in: "The plan is due within 35 days.")
///     // deadline "within 35 days", ends 2023-12-15
public struct DateTagger: Sendable {
    public let anchor: Day?
    let grammar: DateGrammar

    /// A document dated outside the years 1000 to 9000 ("0001-01-01" in its front matter) has no
    /// date to count from: counting a month back from the year 1 would leave the calendar.
    public init(anchor: Day?) {
        self.anchor = anchor.flatMap { (1000...9000).contains($0.year) ? $0 : nil }
        grammar = .standard
    }

    public func mentions(in text: String) -> [DateMention] {
        read(text, askingWhetherDone: false).mentions
    }

    /// The passage's dates, and (when asked) whether it reports something done, not promised:
    /// a word of the rules' @DONE ("submitted", "in place"), and one of @REPORTED ("has been",
    /// "was") or none of @PROMISED ("will"). Such passages are where a deadline is looked for as met.
    func read(_ text: String, askingWhetherDone: Bool) -> (mentions: [DateMention], reportsDone: Bool) {
        var matcher = DateMatcher(grammar: grammar)
        var events = DateEvents(grammar: grammar)
        return read(text, askingWhetherDone: askingWhetherDone, matcher: &matcher, events: &events)
    }

    /// Reading many passages, pass the same `matcher` to each: its storage is kept between them;
    /// and, reading one document's passages in order, the same `events`: what the document has
    /// said happened when, for a wait counted from it further on.
    func read(_ text: String, askingWhetherDone: Bool, matcher: inout DateMatcher,
              events: inout DateEvents) -> (mentions: [DateMention], reportsDone: Bool) {
        var text = text
        return text.withUTF8 { bytes in
            matcher.read(bytes)
            var done = false
            if askingWhetherDone {
                done = matcher.contains(matcher.done) && (matcher.contains(matcher.reported) || !matcher.contains(matcher.promised))
            }
            // Most passages hold no date: left before anything is set up to read them.
            guard matcher.mayHoldDates() else { return ([], done) }
            var reading = PassageReading(grammar: grammar, anchor: anchor, bytes: bytes, matcher: matcher, events: events)
            let mentions = reading.mentions(&matcher)
            if let anchor { events.note(mentions, in: matcher.tokens, before: anchor) }
            return (mentions, done)
        }
    }
}

/// What a document has said happened when ("the area SEND inspection published on 6 December
/// 2024", "the last full inspection, in June 2024"), so that a wait counted from it further on
/// ("within 35 working days of the report's publication") is counted from that day rather than
/// the document's own (a response written weeks after the report it answers).
struct DateEvents {
    /// Each event a passage named with a date before the document's: what it is (@EVENT_NAME's
    /// value), the words of @EVENT_DETAIL said with it, and its last day.
    private var events: [(name: String, details: Set<Int32>, day: Day)] = []
    /// @EVENT_NAME and @EVENT_DETAIL, looked up once for the document.
    private let names, details: DateGrammar.List

    init(grammar: DateGrammar) {
        (names, details) = (grammar.list("EVENT_NAME"), grammar.list("EVENT_DETAIL"))
    }

    /// Notes the events a passage names beside its first date of the past (not a deadline, a
    /// wait or a repeat).
    mutating func note(_ mentions: [DateMention], in tokens: [DateToken], before anchor: Day) {
        guard let date = mentions.first(where: { [.date, .month, .interval].contains($0.kind) }),
              let last = date.end ?? date.start, last < anchor, DateMatcher.contains(names, in: tokens) else { return }
        let details = details
        let said = Set(tokens.lazy.filter { $0.kind == .word && details.entries[$0.id] != nil }.map(\.id))
        for token in tokens where token.kind == .word {
            if let name = names.value(of: token.id), !events.contains(where: { $0.name == name && $0.details == said && $0.day == last }) {
                events.append((name, said, last))
            }
        }
    }

    /// The day of the latest event of this name said with these details, if the document was
    /// written after it and before twice the wait had passed (so that the wait is one the document
    /// looks to, not an old one of the same name).
    func day(named words: [Int32], anchor: Day, wait: (Day) -> Day?) -> Day? {
        guard let name = words.last(where: { names.entries[$0] != nil }).flatMap({ names.value(of: $0) }) else { return nil }
        let wanted = Set(words.filter { details.entries[$0] != nil && details.value(of: $0) != "latest" })
        guard let event = events.last(where: { $0.name == name && wanted.isSubset(of: $0.details) }),
              let due = wait(event.day), let twice = wait(due), anchor <= twice else { return nil }
        return event.day
    }
}

/// What a pattern's words mean, before they are placed in the passage.
struct DateDraft {
    var kind: DateMention.Kind
    var grain: DateMention.Grain?
    var start: Day?
    var end: Day?
    var anchor: Day?
    var length: String?
    /// The year was not written but inferred from the sentence's tense.
    var inferred = false
    /// A named time of year ("the autumn", "the summer term"): "since" makes it an interval's start.
    var named = false
    /// The nearest such month, whatever the tense ("the November series"): a story's order does
    /// not move it ("entries for the November series closed in October").
    var nearest = false
    /// A wait counted from the document's date ("within 35 days"): the day it ends, should "due"
    /// before it make it a deadline.
    var dueBy: Day?
    /// "The year before": so many years, months or weeks from the date written before it.
    var step: (unit: String, count: Int)?
    /// A half term read as its month, and the Monday its week usually starts: "before half term"
    /// is by the day before that.
    var weekStarts: Day?
}

extension DateDraft {
    /// The same day or month in another year, or a span of days or months starting in it (nil
    /// for anything else, or a day the year lacks).
    func moved(toYear year: Int) -> DateDraft? {
        guard let start, let end, [.date, .month].contains(kind) || kind == .interval && [.day, .month].contains(grain),
              let first = Day(year: year, month: start.month, day: start.day) else { return nil }
        var moved = self
        moved.start = first
        switch kind {
        case .month: moved.end = first.endOfMonth
        case .interval:
            let last = end.adding(years: year - start.year)
            moved.end = grain == .month ? last.endOfMonth : last
        default: moved.end = Day(year: year, month: end.month, day: end.day)
        }
        return moved.end == nil ? nil : moved
    }
}

/// One passage being read: its tokens, what has been found, and the sentence's tense.
private struct PassageReading {
    let grammar: DateGrammar
    let anchor: Day?
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [DateToken]
    /// Whether a clause or sentence looks forward ("will", "shall", "by the end of": @FUTURE) or
    /// back ("was", "took", "closed": @PAST, @PAST_ENDING); one that does neither reads a bare date
    /// as the nearest.
    enum Tense { case forward, back, neither }
    /// The passage's clauses, where each starts and its tense once read (nil inside: it has no
    /// word of tense), and whether it says what was meant to be done ("agreed last month | to do
    /// so from June"); empty until a date needs them.
    private var clauses: [(start: Int, tense: Tense??, intent: Bool)] = []
    /// Each sentence's tense, for a clause with no word of its own, by where the sentence starts;
    /// read when a date needs it.
    private var sentences: [Int: Tense] = [:]
    /// Where the date being read starts: its clause's tense is the one that counts.
    var focus = 0
    /// The last date found, and where its words start and end: a month listed after it is read
    /// after it.
    private var previous: (start: Int, end: Int, draft: DateDraft)?
    /// The last day found (a date's, or a span's first), and where its words end: a day of the
    /// month told after it in its sentence may come after it.
    private var previousDay: (end: Int, day: Day)?
    private let tenseWords: TenseWords
    /// What the document said happened before this passage.
    private let events: DateEvents

    init(grammar: DateGrammar, anchor: Day?, bytes: UnsafeBufferPointer<UInt8>, matcher: borrowing DateMatcher, events: DateEvents) {
        self.events = events
        self.grammar = grammar
        self.anchor = anchor
        self.bytes = bytes
        tokens = matcher.tokens
        tenseWords = matcher.tense
    }

    /// Whether the clause of the date being read (`focus`) looks forward; where the clause says
    /// nothing of its tense, whether the sentence does.
    mutating func future() -> Bool {
        tense(at: focus) == .forward
    }

    mutating func past() -> Bool {
        tense(at: focus) == .back
    }

    /// The tense of the clause the token at `index` is in ("the team started in April" of "…
    /// and will be fully staffed by September"), or the sentence's where the clause has no word
    /// of tense ("in March" of "in March, the plan will be published").
    mutating func tense(at index: Int) -> Tense {
        let (clause, range) = clause(at: index)
        // "Will be completed by the summer and brought to the committee in September": a clause of
        // "and" (@SHARED) and a participle shares "will be" with the clause before, and "must be"
        // ("must be reviewed and amended by 15 February": no past), and so does one whose own
        // subject comes first ("must be amended and the new school named by 15 February").
        if clause > 0, word(at: range.lowerBound, in: tenseWords.shared),
           let participle = participleOpening(range, after: clauses[clause - 1].start..<range.lowerBound),
           !word(at: participle, in: tenseWords.ownVerb) {
            let before = tense(at: clauses[clause - 1].start)
            if before != .back { return before }
            // ("Co-produce a policy, starting this month and finished by September": with no word
            // of the past before it in its sentence, the participle is a target, as plans write
            // them, and the sentence looks back only by it.)
            if !looksBack(before: range.lowerBound, inSentenceOf: index) { return .neither }
        }
        // "Children referred in September will be seen by Christmas": a date just after a verb in
        // the past tense and "in", "on" or "during" (@AFTER_PAST), or those with "us", "me" and the
        // like between ("told us in the summer"), looks back, whatever the clause does.
        if index >= 2, word(at: index - 1, in: tenseWords.afterPast),
           isPastVerb(at: index - 2) || index >= 3 && word(at: index - 2, in: tenseWords.object) && isPastVerb(at: index - 3) { return .back }
        // "KYLE: Back in April, just after my birthday": "back in" opening its sentence, or what a
        // speaker says, tells of a time gone by ("we'll be back in September", "we're off for the
        // summer, back in September", a return, open none).
        if index >= 2, tokens[index - 1].id == tenseWords.in, tokens[index - 2].id == tenseWords.back,
           index - 2 == sentence(at: index).lowerBound || index >= 3 && mark(tokens[index - 3], is: ":") { return .back }
        // "Thanks for calling us on Friday": what is thanked for (@THANKS and a verb's "-ing") was
        // done on the day ("thank you for booking a table on Saturday" is what was booked; "thanks
        // for agreeing to meet on Friday", what is to be done, where "coming to the clinic on
        // Tuesday" was done). Looked for in the date's clause, read once for the passage.
        if index >= 1, tokens[index - 1].id == tenseWords.on, case let opening = range.lowerBound,
           DateMatcher.contains(grammar.list("THANKS"), in: tokens, within: opening..<index, ending: { $0 < index && self.endsInIng(at: $0) }),
           !(opening..<index).contains(where: {
               tokens[$0].id == tenseWords.to && !word(at: $0 + 1, in: tenseWords.determiner) && !tokens[$0 + 1].capitalised
           }), !self.clause(at: index, says: "BOOKED") { return .back }
        // A word of @STARTING just before the date, or before its "in", "on" or "from".
        if let starting = index >= 1 && word(at: index - 1, in: tenseWords.starting) ? index - 1
            : index >= 2 && [tenseWords.in, tenseWords.on, tenseWords.from].contains(tokens[index - 1].id)
                && word(at: index - 2, in: tenseWords.starting) ? index - 2 : nil {
            // "We have offered her sessions, weekly, starting in March": a thing done now (in the
            // sentence, "have" and a verb in the past), to start ahead.
            let opening = sentence(at: index).lowerBound
            if starting == index - 2, starting >= opening,
               (opening..<starting).contains(where: { word(at: $0, in: tenseWords.have) && (isPastVerb(at: $0 + 1) || isPastVerb(at: $0 + 2)) }) {
                return .forward
            }
            // ("The panel agreed overnight care, starting from 4 April": what a thing told of in
            // the past starts with, the nearest, as likely to come as gone.)
            if looksBack(before: starting, inSentenceOf: index) { return .neither }
        }
        // "Action 3.4: a new transport policy, completed by December": a participle that opens
        // its clause just before "by", in a sentence with no word of the past, is a target.
        if index - 2 >= range.lowerBound, tokens[index - 1].id == tenseWords.by, isPastVerb(at: index - 2),
           (range.lowerBound..<index - 2).allSatisfy({ tokens[$0].kind == .mark || word(at: $0, in: tenseWords.shared) }),
           !looksBack(before: index - 2, inSentenceOf: index) {
            return .neither
        }
        if isCondition(at: index) { return .neither }
        // "They promised a response by Christmas": what a promise reported is due by, the nearest
        // (@PROMISE), as likely to come as gone.
        if (max(range.lowerBound, index - 4)..<index).contains(where: { tokens[$0].id == tenseWords.by }),
           self.clause(at: index, says: "PROMISE") { return .neither }
        // "His parents asked that a transition plan be in place before the summer term": a thing
        // asked for, "be" after "that" with no word before it to make it an infinitive, is to come.
        if let that = (range.lowerBound..<index).last(where: { tokens[$0].id == tenseWords.that }), (that + 2..<max(that + 2, index)).contains(where: {
            let be = $0
            return tokens[be].id == tenseWords.be && !isModal(at: be - 1) && tokens[be - 1].id != tenseWords.to && !word(at: be - 1, in: tenseWords.neither)
                && !DateMatcher.contains(tenseWords.future, in: tokens, within: be - 1..<be, ending: { $0 == be })
        }) { return .forward }
        if let said = ownTense(clause, range) { return said }
        // "…so it's six weeks from then, 12 April", "meant to be last Tuesday, then the 21st": a
        // date standing alone after a comma says again or goes on with what the clause before it
        // said, and takes its tense.
        // (So does one in brackets: "to suspend Callum for two days (11 and 12 May)".)
        if clause > 0, mark(tokens[range.lowerBound], is: ",") || mark(tokens[range.lowerBound], is: "("), range.allSatisfy({
            tokens[$0].kind != .word || word(at: $0, in: tenseWords.months) || [tenseWords.the, tenseWords.on, tenseWords.then].contains(tokens[$0].id)
        }) {
            return tense(at: clauses[clause - 1].start)
        }
        // ("It's half term", "the panel's on the 8th": "'s", "is", is the present too.)
        if DateMatcher.contains(tenseWords.present, in: tokens, within: range)
            || range.contains(where: { isShortenedIs($0) }) { return .neither }
        // What was said with no tense of its own takes the saying's: "the Minister told | the House
        // on Tuesday that…".
        if clause > 0, word(at: range.lowerBound - 1, in: tenseWords.saying) { return tense(at: range.lowerBound - 1) }
        // "Following the decision on 16 July, | your rate will fall": what came before, the nearest
        // (and so "and" a date more: "following the assessments on 28 September | and 5 October").
        // ("Following the inspection in January, we sat on the board": what came before a thing
        // told of in the past is gone by too.)
        if word(at: range.lowerBound, in: tenseWords.following)
            || clause > 0 && word(at: range.lowerBound, in: tenseWords.shared) && word(at: clauses[clause - 1].start, in: tenseWords.following) {
            return sentenceTense(at: index) == .back ? .back : .neither
        }
        // "I said I'd chase it | and ring her back by Friday": a clause of "and" with no word of
        // tense goes on with the clause before, where that one has a tense of its own.
        if clause > 0, word(at: range.lowerBound, in: tenseWords.shared) {
            let before = clauses[clause - 1].start..<range.lowerBound
            if let said = ownTense(clause - 1, before) { return said }
        }
        return sentenceTense(at: index)
    }

    /// The tense of the sentence the token at `index` is in, read once.
    private mutating func sentenceTense(at index: Int) -> Tense {
        let sentence = sentence(at: index)
        if let said = sentences[sentence.lowerBound] { return said }
        let said = tense(of: sentence, sentence: true) ?? .neither
        sentences[sentence.lowerBound] = said
        return said
    }

    /// The sentence the token at `index` is in: a passage may hold several, and each has its own
    /// tense ("Have you sent them back? She needs them by the 20th."). A sentence ends at "?", "!",
    /// or a full stop before a word with a capital ("Oct. 3" and "p.m. on" end none).
    private func sentence(at index: Int) -> Range<Int> {
        var start = index
        while start > 0, !endsSentence(at: start - 1) { start -= 1 }
        var end = index
        while end < tokens.count, !endsSentence(at: end) { end += 1 }
        return start..<min(end + 1, tokens.count)
    }

    /// Whether the token at `position` ends a sentence: "?", "!", an emoji as a message's
    /// sentences end ("Moved to 26th Feb 🙄 SENCo's off till half term"), or a full stop before a
    /// word with a capital.
    private func endsSentence(at position: Int) -> Bool {
        let token = tokens[position]
        guard token.kind == .mark else { return false }
        if token.emoji { return true }
        if mark(token, is: "?") || mark(token, is: "!") || mark(token, is: ";") { return true }
        return mark(token, is: ".") && position + 1 < tokens.count && tokens[position + 1].kind == .word && tokens[position + 1].capitalised
    }

    /// What a clause's own words say of its tense (nil: nothing), read once.
    private mutating func ownTense(_ clause: Int, _ range: Range<Int>) -> Tense? {
        // What was meant to be done ("agreed to do so from June") looks neither way, whatever the
        // sentence's verb did: the nearest June.
        if clauses[clause].tense == nil { clauses[clause].tense = .some(tense(of: range) ?? (clauses[clause].intent ? .neither : nil)) }
        return clauses[clause].tense!
    }

    /// Whether the date at `index` follows "after" or "before" (@CONDITION) within what its clause
    /// is about, before the clause's word of the future or of what may be done: "referrals received
    /// after 1 April will be seen", "children on the list before April will keep their place". Such
    /// a date says when a thing came about, the nearest, and sets no deadline. ("Before April, the
    /// council will…" and "no child will lose support before 2029" do.)
    mutating func isCondition(at index: Int) -> Bool {
        let range = clause(at: index).range
        var lead = index - 1
        if lead > range.lowerBound, tokens[lead].id == tenseWords.the { lead -= 1 }
        guard lead > range.lowerBound, word(at: lead, in: tenseWords.condition) else { return false }
        // (The whole of a list's entry: "are" alone is not @FUTURE's "are due".)
        let rest = index..<range.upperBound
        return DateMatcher.contains(tenseWords.future, in: tokens, within: rest) || rest.contains { isModal(at: $0) }
    }

    /// Whether the word at `index` says what may or must be done (@MODAL; "may", not the month "May").
    func isModal(at index: Int) -> Bool {
        word(at: index, in: tenseWords.modal) && !(tokens[index].capitalised && word(at: index, in: tenseWords.months))
    }

    /// The clause the token at `index` is in: its number and its tokens.
    private mutating func clause(at index: Int) -> (number: Int, range: Range<Int>) {
        if clauses.isEmpty { clauses = clauseStarts() }
        var clause = clauses.count - 1
        while clause > 0, clauses[clause].start > index { clause -= 1 }
        let end = clause + 1 < clauses.count ? clauses[clause + 1].start : tokens.count
        return (clause, clauses[clause].start..<end)
    }

    /// Whether the clause the token at `index` is in holds a word of the list: one that says what
    /// may be done (@STANDING: "families can request a review within two months"), or that a date
    /// was moved (@MOVED: "extended"). A word that is also a month counts only in lower case ("may",
    /// not "May").
    mutating func clause(at index: Int, says name: String) -> Bool {
        let list = grammar.list(name)
        // The whole of an entry: "put" alone is not @MOVED's "put back".
        return clause(at: index).range.contains {
            DateMatcher.contains(list, in: tokens, within: $0..<$0 + 1) && !(tokens[$0].capitalised && word(at: $0, in: tenseWords.months))
        }
    }

    /// Where each clause starts: after a comma, semicolon, colon, bracket or spaced dash, at a
    /// word of @CLAUSE ("and", "but", "that", "which"), after one of @SAYING ("said"), and at a
    /// sentence's start; none has its tense read yet.
    private func clauseStarts() -> [(start: Int, tense: Tense??, intent: Bool)] {
        var starts: [(start: Int, tense: Tense??, intent: Bool)] = [(0, nil, false)]
        let to = tenseWords.to
        for index in tokens.indices.dropFirst() {
            let token = tokens[index]
            // ("The Local Government and Social Care Ombudsman": "and" between words with capitals,
            // inside a name, starts no clause.)
            // (Not after a month: "closed since October and Highways expect…".)
            let inName = token.id == tenseWords.and && index + 1 < tokens.count && tokens[index - 1].kind == .word
                && tokens[index - 1].capitalised && !word(at: index - 1, in: tenseWords.months)
                && tokens[index + 1].kind == .word && tokens[index + 1].capitalised && !endsSentence(at: index - 1)
            let breaks = token.kind == .mark ? isClauseBreak(token) && !(token.touching && index + 1 < tokens.count && tokens[index + 1].touching)
                || mark(token, is: ")") : tenseWords.clause.starts(with: token) && !inName || endsSentence(at: index - 1) || word(at: index - 1, in: tenseWords.saying)
            // "to" and a word a few words after a verb of @INTENT, with no mark between: "agreed last
            // month | to do so", "ours was meant | to be the 16th".
            var intent = false
            if token.id == to, index + 1 < tokens.count, tokens[index + 1].kind == .word {
                var back = index - 1
                while back >= max(starts.last!.start, index - 4), tokens[back].kind != .mark, !intent {
                    intent = word(at: back, in: tenseWords.intent)
                    back -= 1
                }
            }
            if breaks || intent { starts.append((index, nil, intent)) }
        }
        return starts
    }

    /// What the words in `range` say of their tense: neither for a word of @NEITHER ("said it
    /// would", "told it would be ready by the end of September"); forward for a word of @FUTURE,
    /// or of @TIMETABLE with none looking back; back for a word of @PAST or one ending like it,
    /// or of @LOOKS_BACK; nil for no word of tense.
    private func tense(of whole: Range<Int>, sentence: Bool = false) -> Tense? {
        // (A sentence's words in brackets are an aside, their tense not the sentence's: "the
        // deadline is two months from the letter (dated 3 September), so 3 November".)
        let pieces = sentence ? outsideBrackets(whole) : [whole]
        let range = pieces.joined()
        func has(_ list: DateGrammar.List, ending ends: (Int) -> Bool = { _ in true }) -> Bool {
            pieces.contains { DateMatcher.contains(list, in: tokens, within: $0, ending: ends) }
        }
        // ("Up from 1,650 in April" compares a figure; "pick them up from school" does not, nor
        // "coming down from the 23rd", a day of the month.)
        func figureAfter(_ end: Int) -> Bool {
            guard tokens[end - 1].id == tenseWords.from else { return true }
            guard end < tokens.count else { return false }
            if tokens[end].id == tenseWords.the, end + 1 < tokens.count, tokens[end + 1].ordinal { return false }
            return tokens[end].kind != .word || word(at: end, in: tenseWords.figure)
        }
        // ("The plan should have been amended after the review in May", "would have liked it in
        // March": a word of @MODAL or @NEITHER, "have" and a participle tell of what was, or was
        // not, done; "we'd have it done by the end of term" looks ahead.)
        if range.contains(where: {
            (isModal(at: $0) || word(at: $0, in: tenseWords.neither)) && $0 + 2 < tokens.count && tokens[$0 + 1].id == tenseWords.haveWord
                && (tokens[$0 + 2].id == tenseWords.been || isPastVerb(at: $0 + 2))
        }) { return .back }
        // (A sentence's "would" is its own clause's: "Sentencing him on Wednesday, | the judge said
        // | he would serve…" looks back.)
        // ("The unit would now open after Christmas": "would now", a plan changed, looks ahead.)
        if !sentence, range.contains(where: {
            word(at: $0, in: tenseWords.neither) && !isHad(at: $0) && !DateMatcher.contains(tenseWords.future, in: tokens, within: $0..<$0 + 1)
        }) { return .neither }
        // ("Will be backdated to April": a word of @LOOKS_BACK outweighs "will"; "going up from"
        // looks forward.)
        if has(tenseWords.looksBack, ending: figureAfter), !has(tenseWords.goingUp) { return .back }
        // ("Reviews must be held before Christmas": "held" after "be" is no past tense; nor, in a
        // clause that says what may be done, a word that only ends like one: "applications
        // received after 30 June may not be processed".)
        let modal = has(tenseWords.modal) && range.contains { isModal(at: $0) }
        // (Nor, in such a clause, one of @PAST just after a noun that opens the sentence, or
        // follows a determiner, which it describes: "money left unspent at the end of the
        // financial year may be taken back"; "we sent" is a verb.)
        func describesNoun(_ at: Int) -> Bool {
            guard modal, at > 0, tokens[at - 1].kind == .word, !word(at: at - 1, in: tenseWords.subject), !word(at: at - 1, in: tenseWords.object) else { return false }
            return at - 1 == self.sentence(at: at).lowerBound || word(at: at - 2, in: tenseWords.determiner)
        }
        // (Nor is the date's own word a verb: "u coming 2 the party sat??".)
        let pastWord = range.contains {
            word(at: $0, in: tenseWords.past) && isPastVerb(at: $0) && !isShortWeekday(at: $0) && $0 != focus && !describesNoun($0) || isSamePast(at: $0)
                || word(at: $0, in: tenseWords.neither) && isHad(at: $0)
        }
        // ("If things haven't improved by Easter": a participle after "have" in a condition looks
        // ahead; "the top-up still hasn't arrived", what is overdue, back.)
        let back = pastWord || !modal && range.contains {
            endsLikeThePast(at: $0, tenseWords.endings) && !(isPresentAfterHave(at: $0) && inCondition($0))
        }
        // ("Started going to a group in September", "sent the plan to them", "to Ofsted": "going
        // to", "plan to" before "a", "the", "them" or a name is no future.)
        let future = has(tenseWords.future) { end in
            !(tokens[end - 1].id == tenseWords.to && (word(at: end, in: tenseWords.determiner) || word(at: end, in: tenseWords.object)
                || end < tokens.count && tokens[end].kind == .word && tokens[end].capitalised))
        }
        if future || (!back && has(tenseWords.timetable)) || (!pastWord && has(tenseWords.futureUnlessPast)) { return .forward }
        // A clause of what may or must be, with no verb of the past, looks neither way, whatever
        // the sentence's verb did: "reminded members that the inspection could take place from May".
        if modal && !back { return .neither }
        return back ? .back : nil
    }

    /// Whether the clause of the weekday at `index` opens by saying what day it is: "it's", "today
    /// is" just before it, or opening the clause ("It's twenty past five on Friday afternoon"; not
    /// "it's been hard since Friday", "it's on Friday").
    private mutating func saysWhatDayItIs(at index: Int) -> Bool {
        let today = grammar.list("TODAY_IS")
        func says(_ at: Int) -> Bool {
            guard at >= 0, word(at: at, in: today) else { return false }
            // ("It's on Friday", "it's been…": when a thing is, not what day it is.)
            let next = tokens[at].owner ? at + 1 : at + 2
            guard tokens[at].owner || at + 1 < tokens.count && tokens[at + 1].id == tenseWords.is else { return false }
            return next >= tokens.count || ![tenseWords.been, tenseWords.on].contains(tokens[next].id)
        }
        if says(index - 1) || says(index - 2) { return true }
        let start = clause(at: index).range.lowerBound
        return says(start) || start + 1 < tokens.count && tokens[start].kind == .word && says(start + 1) && word(at: start, in: tenseWords.shared)
    }

    /// Whether the word at `index` is one of @PARTICIPLE_ONLY after a determiner and a word: "please
    /// pay the amount shown within seven days", no past tense.
    private func describesAfterNoun(_ index: Int) -> Bool {
        index >= 2 && word(at: index, in: tenseWords.participleOnly) && word(at: index - 2, in: tenseWords.determiner)
            && tokens[index - 1].kind == .word
    }

    /// Where the participle of a clause of "and" stands: just after "and" ("and amended by"), or,
    /// where the clause before it says what is to be done to a thing ("must be amended"), after a
    /// subject of a determiner and a word or two ("and the new school named by"; not "and the
    /// council agreed in October").
    private func participleOpening(_ range: Range<Int>, after before: Range<Int>) -> Int? {
        let first = range.lowerBound + 1
        if isPastVerb(at: first) { return first }
        guard word(at: first, in: tenseWords.determiner),
              before.contains(where: { $0 > 0 && word(at: $0 - 1, in: tenseWords.participleAfter) && tokens[$0].kind == .word }) else { return nil }
        return (first + 2...first + 3).first { at in
            at < range.upperBound && isPastVerb(at: at) && (first + 1..<at).allSatisfy { tokens[$0].kind == .word && !isPastVerb(at: $0) }
        }
    }

    /// Whether the word at `index` ends in "ing" ("receiving").
    private func endsInIng(at index: Int) -> Bool {
        let token = tokens[index]
        return token.end - token.start > 4 && zip(bytes[token.end - 3..<token.end], "ing".utf8).allSatisfy { $0 | 0x20 == $1 }
    }

    /// The parts of `range` outside brackets, or all of it where every word is inside them.
    private func outsideBrackets(_ range: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        for index in range where tokens[index].kind == .mark {
            if mark(tokens[index], is: "(") {
                if depth == 0 { pieces.append(start..<index) }
                depth += 1
            } else if mark(tokens[index], is: ")"), depth > 0 {
                depth -= 1
                if depth == 0 { start = index + 1 }
            }
        }
        if depth == 0 { pieces.append(start..<range.upperBound) }
        // (A sentence all in brackets is read whole: "(We met on 3 March.)")
        return pieces.joined().contains { tokens[$0].kind == .word } ? pieces : [range]
    }

    /// Whether the word at `index`, of four letters or more, ends in one of the endings
    /// ("closed"), not just after "be" (`isAfterBe`: "are invited"), not one of @NOT_PAST
    /// ("Ofsted"), not one of @NOTICE opening the passage or after a colon ("Closed on Christmas
    /// Day", "Boxing Day: closed"), not between a word of @DETERMINER and another word ("an
    /// updated plan", not "the undersigned,"), and not a word's two after "with" ("with funding
    /// allocated").
    private func endsLikeThePast(at index: Int, _ suffixes: [[UInt8]]) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.end - token.start >= 4, tenseWords.notPast.entries[token.id] == nil else { return false }
        if isAfterBe(index) { return false }
        // ("A mixed-ability group starts in September": the first half of a word with a hyphen
        // describes.)
        if index + 2 < tokens.count, mark(tokens[index + 1], is: "-"), tokens[index + 1].touching, tokens[index + 2].touching,
           tokens[index + 2].kind == .word { return false }
        if index == 0 || mark(tokens[index - 1], is: ":"), word(at: index, in: tenseWords.notice) { return false }
        // ("Agreed: review the plan before Christmas": a note's label, not a verb.)
        if index == 0, tokens.count > 1, mark(tokens[1], is: ":") { return false }
        if word(at: index - 1, in: tenseWords.determiner), index + 1 < tokens.count, tokens[index + 1].kind == .word { return false }
        // ("Anything registered after the 1st": after @REDUCED, a participle.)
        if word(at: index - 1, in: tenseWords.reduced) { return false }
        // ("With funding allocated in the autumn": what is done, not when.)
        if index >= 2, tokens[index - 2].id == tenseWords.with { return false }
        // ("The tribunal is 23rd Feb so fingers crossed": a saying of @SET_PHRASE, not a verb.)
        if index > 0, DateMatcher.contains(grammar.list("SET_PHRASE"), in: tokens, within: index - 1..<index, ending: { $0 == index + 1 }) { return false }
        // ("Can't, grounded till Sunday", "closed until the 5th": a state, first in its clause with
        // no one to do it, that lasts till a day.)
        if index == 0 || isClauseBreak(tokens[index - 1]), word(at: index + 1, in: grammar.list("LASTS")) { return false }
        // ("Dinosaurs Uncovered runs until 5 March": a word of a name, its capital after another
        // word, no verb.)
        if token.capitalised, index > 0, tokens[index - 1].kind == .word { return false }
        // ("Supported internships run from September": opening its clause, it describes the word
        // or two after it, the subject of a word of @TIMETABLE in the present.)
        if index == 0 || isClauseBreak(tokens[index - 1]), let verb = (index + 2...index + 3).first(where: {
            $0 < tokens.count && word(at: $0, in: tenseWords.timetable)
        }), (index + 1..<verb).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].capitalised }),
           !endsLikeThePast(at: verb, suffixes) { return false }
        return suffixes.contains { suffix in
            suffix.count < token.end - token.start && suffix.indices.allSatisfy { bytes[token.end - suffix.count + $0] | 0x20 == suffix[$0] }
        }
    }

    /// A number token's digits as written ("05" stays "05"); nil where there is no number.
    func writtenNumber(at index: Int) -> String? {
        guard tokens.indices.contains(index), tokens[index].kind == .number else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].start..<tokens[index].end]), as: UTF8.self)
    }

    /// Whether "asked to" or "asked for" (a verb of @ASKED in the past tense) stands a few words
    /// before `index`, in the same clause: "were told to publish their plans within", "members asked
    /// for a further update within six months".
    func wasAsked(before index: Int) -> Bool {
        let (to, `for`) = (tenseWords.to, tenseWords.for)
        let asked = grammar.list("ASKED")
        for back in 2...6 where index - back - 1 >= 0 {
            let word = tokens[index - back]
            if word.kind == .mark { return false }
            if word.id == to || word.id == `for`, self.word(at: index - back - 1, in: asked) { return isPastVerb(at: index - back - 1) }
        }
        return false
    }

    /// Whether the passage counts pupils (@PUPILS) and no money (@MONEY): "in 2023/24, 1.6 million
    /// pupils had SEN" is a school year; "£1,200 a pupil in 2024/25" a financial one.
    func aboutPupils() -> Bool {
        DateMatcher.contains(grammar.list("PUPILS"), in: tokens) && !DateMatcher.contains(grammar.list("MONEY"), in: tokens)
    }

    /// Whether the token at `index` is a word of the list (false past either end of the passage).
    func word(at index: Int, in list: DateGrammar.List) -> Bool {
        tokens.indices.contains(index) && tokens[index].kind == .word && list.entries[tokens[index].id] != nil
    }

    /// Whether the token is the mark written.
    func mark(_ token: DateToken, is text: String) -> Bool {
        token.kind == .mark && bytes[token.start..<token.end].elementsEqual(text.utf8)
    }

    /// Whether the token ends a clause: a comma, semicolon, colon, bracket or dash ("75%" does not).
    func isClauseBreak(_ token: DateToken) -> Bool {
        [",", ";", ":", "(", "—", "–"].contains { mark(token, is: $0) }
    }

    /// Whether the word at `index` is a weekday shortened as a verb is spelt ("sat"): with a
    /// capital ("see you Sat"), or before a day of a month ("can you do sat 8th feb?", not "she
    /// sat 2 papers in June").
    func isShortWeekday(at index: Int) -> Bool {
        guard word(at: index, in: tenseWords.shortWeekdays) else { return false }
        return tokens[index].capitalised || index + 1 < tokens.count && tokens[index + 1].kind == .number
            && (tokens[index + 1].ordinal || word(at: index + 2, in: tenseWords.months))
    }

    /// Whether "next" or "coming" follows "within" ("within the next fortnight"): counted from now.
    func isAhead(after index: Int) -> Bool {
        let ahead = grammar.list("AHEAD")
        return (index + 1...index + 2).contains { word(at: $0, in: ahead) }
    }

    /// Whether the word at `index` is a verb in the past tense: one of @PAST, or ending like it
    /// ("replied", not "be completed", nor "would be made").
    func isPastVerb(at index: Int) -> Bool {
        guard tokens.indices.contains(index), tokens[index].kind == .word else { return false }
        if isAfterBe(index) || isPresentAfterHave(at: index) || describesAfterNoun(index) { return false }
        return word(at: index, in: tenseWords.past)
            || endsLikeThePast(at: index, tenseWords.endings)
            || isSamePast(at: index)
    }

    /// Whether the word at `index` is one of @SAME_PAST after one of @SUBJECT, with no word of
    /// @MODAL or the future before them: "they cut his taxi in January" (not "will they cut").
    func isSamePast(at index: Int) -> Bool {
        word(at: index, in: tenseWords.samePast) && word(at: index - 1, in: tenseWords.subject)
            && !isModal(at: index - 2) && !DateMatcher.contains(tenseWords.future, in: tokens, within: max(0, index - 2)..<index - 1)
    }

    /// Whether a word from the start of `index`'s sentence up to `end` looks back: a verb in the
    /// past, or one of @NEITHER ("would"), which tells of a time gone by too. Where none does, a
    /// participle after it is a target, as plans write them.
    /// (A clause may open before its sentence, where a sentence ends before a mark: "…July 20?`and";
    /// then no word of the sentence comes before `end`.)
    func looksBack(before end: Int, inSentenceOf index: Int) -> Bool {
        let start = sentence(at: index).lowerBound
        return start < end && (start..<end).contains { isPastVerb(at: $0) || word(at: $0, in: tenseWords.neither) }
    }

    /// Whether the sentence `index` is in opens with a word of @ORDER, telling the reader to do a
    /// thing: "Apply by 31 May for travel in the autumn".
    func opensWithOrder(_ index: Int) -> Bool {
        let start = sentence(at: index).lowerBound
        return tokens[start].capitalised && word(at: start, in: grammar.list("ORDER"))
    }

    /// Whether the number at `index` and its unit stand in brackets just after a name: "Ava (22
    /// months)".
    func isAgeAfterName(at index: Int) -> Bool {
        guard index >= 2, index + 2 < tokens.count, mark(tokens[index - 1], is: "("), mark(tokens[index + 2], is: ")") else { return false }
        let name = tokens[index - 2]
        return name.kind == .word && name.capitalised && name.end - name.start > 1 && bytes[name.start + 1] >= 0x61 && bytes[name.start + 1] <= 0x7A
    }

    /// Whether the word at `index` ends in "'s" or "’s" ("Friday's", "last summer’s"), as the
    /// tokens note it.
    func isPossessive(_ index: Int) -> Bool {
        tokens[index].owner
    }

    /// Whether a word of @LIMIT ("by", "until", "before") stands just before `index`, in a clause
    /// that does not look back: the day it limits is ahead ("please return it by Friday", "he's
    /// off till half term").
    mutating func limitAhead(before index: Int) -> Bool {
        isLimit(before: index) && !past()
    }

    /// Whether a word of @MOVED and "to" stand just before `index`: "moved to Thursday".
    func movedTo(_ index: Int) -> Bool {
        index > 0 && tokens[index - 1].id == tenseWords.to
            && DateMatcher.contains(grammar.list("MOVED"), in: tokens, within: max(0, index - 4)..<index - 1, ending: { $0 == index - 1 })
    }

    /// Whether "from" stands just before `index` in a clause of something moved (@MOVED): "moved
    /// from 3 March to 10 March", where what follows is the day it was, not a span's start.
    mutating func isMovedFrom(_ index: Int) -> Bool {
        index > 0 && tokens[index - 1].id == tenseWords.from && clause(at: index, says: "MOVED")
    }

    /// Whether a word of @LIMIT stands just before `index`.
    func isLimit(before index: Int) -> Bool {
        word(at: index - 1, in: grammar.list("LIMIT"))
    }

    /// Whether the word at `index` follows a word of "be" (@PARTICIPLE_AFTER: "are invited") or
    /// a word whose "'s" is "is" (`isShortenedIs`: "it's pencilled in"), after which a participle
    /// is no past tense.
    func isAfterBe(_ index: Int) -> Bool {
        if word(at: index - 1, in: tenseWords.participleAfter) || index > 0 && isShortenedIs(index - 1) { return true }
        // ("Are usually sorted", "has been pro-rated": a word in "-ly" between, or the first half
        // of a word with a hyphen, looked past.)
        guard index >= 2 else { return false }
        let before = tokens[index - 1]
        if before.kind == .mark, tokens[index].touching, before.touching, mark(before, is: "-"), tokens[index - 2].kind == .word { return isAfterBe(index - 2) }
        // ("Are not allowed", "were all invited".)
        if word(at: index - 1, in: tenseWords.participleBetween), word(at: index - 2, in: tenseWords.participleAfter) { return true }
        // ("Any money not spent by the end of the year": after "not" with no "be", a participle
        // too; a verb in the past has its "did", "was" or "had" before "not", which says so.)
        if tokens[index - 1].id == tenseWords.not { return true }
        if before.kind == .word, before.end - before.start >= 4, bytes[before.end - 2] | 0x20 == 0x6C, bytes[before.end - 1] | 0x20 == 0x79 { return isAfterBe(index - 1) }
        return false
    }

    /// Whether the word at `index` ends in an "'s" that is "is": one of @IS_SHORTENED ("it's"), or
    /// any word before one of @IS_NEXT, which follow no owner ("the panel's on the 8th").
    /// ("Its on 14th dec", typed without the apostrophe: @ITS before one of @IS_NEXT.)
    func isShortenedIs(_ index: Int) -> Bool {
        (word(at: index, in: tenseWords.isShortened) || word(at: index + 1, in: tenseWords.isNext)) && isPossessive(index)
            || word(at: index, in: grammar.list("ITS")) && word(at: index + 1, in: tenseWords.isNext)
    }

    /// Whether the word at `index` is a "'d" that is "had", before a participle ("he'd stopped",
    /// "we'd been waiting"), not "would" ("he'd have liked").
    func isHad(at index: Int) -> Bool {
        let token = tokens[index]
        guard token.end - token.start > 2, bytes[token.end - 1] | 0x20 == 0x64, index + 1 < tokens.count else { return false }
        let next = index + 1
        return tokens[next].id == tenseWords.been || word(at: next, in: tenseWords.past)
            || endsLikeThePast(at: next, tenseWords.endings)
    }

    /// "Got" after "have", a word between or none ("what have I got on Wednesday?"), or after a
    /// word's "'s" ("Kian's got a hospital appointment"): the present. So is a participle after
    /// "have" in a condition ("if you have not heard from us by 8 May"), which looks ahead, and one
    /// after "haven't" (@HAVE_NOT: "we haven't seen anything yet").
    func isPresentAfterHave(at index: Int) -> Bool {
        if word(at: index - 1, in: tenseWords.haveNot) || word(at: index - 2, in: tenseWords.haveNot) { return true }
        let afterHave = word(at: index - 1, in: tenseWords.have) || word(at: index - 2, in: tenseWords.have)
        if word(at: index, in: tenseWords.havePresent) { return afterHave || index > 0 && tokens[index - 1].owner }
        // ("Have you had your consultations for September yet?": what is waited for, the present.)
        return afterHave && (inCondition(index)
                             || (index + 1..<min(tokens.count, index + 12)).contains { word(at: $0, in: grammar.list("YET")) })
    }

    /// Whether the word at `index` comes a few words after one of @IF ("if you have not heard").
    func inCondition(_ index: Int) -> Bool {
        (max(0, index - 8)..<index).contains { word(at: $0, in: tenseWords.ifWords) }
    }

    /// The passage's dates; `matcher` has read its tokens, which may hold one.
    mutating func mentions(_ matcher: inout DateMatcher) -> [DateMention] {
        let (programStart, contextStart, contextLength, candidates) = (matcher.programStart, matcher.contextStart, matcher.contextLength, matcher.candidates)
        let (numberCandidates, wordCandidates, followingStart) = (matcher.numberCandidates, matcher.wordCandidates, matcher.followingStart)
        var found: [(range: Range<Int>, draft: DateDraft)] = []
        func candidateRange(_ token: DateToken) -> Range<Int> {
            switch token.kind {
            case .number: numberCandidates[DateGrammar.numberShape(token)]
            case .word, .mark: token.id >= 0 ? wordCandidates[Int(token.id)] : 0..<0
            }
        }
        // The longest reading of the patterns in `range` at `position` (of those whose optional
        // first word is `after`, when it is given); the first written wins a tie.
        func longest(_ range: Range<Int>, at position: Int, after word: Int32? = nil) -> (end: Int, draft: DateDraft?, pattern: Int, from: Int)? {
            var best: (end: Int, draft: DateDraft?, pattern: Int, from: Int)?
            for number in candidates[range] {
                if let word, !grammar.before[number].contains(word) { continue }
                guard matcher.canMatch(number) else { continue }
                if contextStart[number] >= 0, !matcher.matches(contextStart[number], endingAt: position, length: contextLength[number]) { continue }
                for (end, captures) in matcher.matches(programStart[number], at: position) {
                    if let best, end <= best.end { break }
                    if followingStart[number] >= 0, !matcher.matches(followingStart[number], startingAt: end) { continue }
                    guard let outcome = read(grammar.readings[number], DateCaptures(captures, grammar: grammar), at: position) else { continue }
                    best = (end, outcome, number, position)
                    break
                }
            }
            return best
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let range = candidateRange(token)
            guard !range.isEmpty else { index += 1; continue }
            var best = longest(range, at: index)
            // A pattern that starts with "the" found here ("the summer") competes with those that
            // take "the" as their optional first word and start on the next word ("the summer term").
            if let here = best, token.kind == .word, grammar.beforeWords.contains(token.id), index + 1 < tokens.count,
               let ahead = longest(candidateRange(tokens[index + 1]), at: index + 1, after: token.id), ahead.end > here.end {
                best = ahead
            }
            guard var best else { index += 1; continue }
            var start = best.from
            // The pattern's optional first word ("the", "between"), if it stands just before.
            if start > (found.last?.range.upperBound ?? 0), tokens[start - 1].kind == .word,
               grammar.before[best.pattern].contains(tokens[start - 1].id) {
                start -= 1
            }
            // A full stop or comma before or after the words is not one of them.
            while start < best.end - 1, matcher.isStop(tokens[start]) { start += 1 }
            while best.end - 1 > start, matcher.isStop(tokens[best.end - 1]) { best.end -= 1 }
            if let draft = best.draft {
                found.append((start..<best.end, draft))
                previous = (start, best.end, draft)
                if draft.grain == .day, let day = draft.start { previousDay = (best.end, day) }
            }
            index = best.end
        }
        countFromTheDateBefore(&found)
        countOnFromTheYearWritten(&found)
        applyLeads(&found, &matcher)
        applyAtTheLatest(&found)
        joinFromAndUntil(&found)
        putWhatADeadlineIsForAfterIt(&found)
        // After the leads, so that a start or a deadline ("closed since March") is no part of the story.
        keepTheStorysOrder(&found)
        // Spans in Unicode scalars, counted on from one date to the next (in order, so once over
        // the passage however many dates it holds).
        var counted = (bytes: 0, scalars: 0)
        func scalars(before offset: Int) -> Int {
            for index in counted.bytes..<offset where bytes[index] & 0xC0 != 0x80 { counted.scalars += 1 }
            counted.bytes = offset
            return counted.scalars
        }
        return found.map { range, draft in
            let start = tokens[range.lowerBound].start, end = tokens[range.upperBound - 1].end
            return DateMention(kind: draft.kind, grain: draft.grain, start: draft.start, end: draft.end,
                               text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
                               span: TextSpan(start: scalars(before: start), end: scalars(before: end)),
                               anchor: draft.anchor, length: draft.length)
        }
    }

    /// In a clause that looks back, a day or month with no year that follows a date with one is
    /// the first such after it (after its end, for a period), as a story is told: "the green paper
    /// was published in March 2022 and the consultation closed in July" is July 2022, not the July
    /// before the document.
    /// Whatever the tense, one that follows a year written alone is in that year: "Dates for 2026:
    /// 29 January, 26 March, 21 May and 9 July" (but not one told of ahead after a year told in the
    /// past).
    mutating func countOnFromTheYearWritten(_ found: inout [(range: Range<Int>, draft: DateDraft)]) {
        guard found.count > 1, found.contains(where: \.draft.inferred), let anchor else { return }
        var written: Day?
        var (yearAlone, yearToldBack) = (false, false)
        for number in found.indices {
            let draft = found[number].draft
            if !draft.inferred {
                // ("Flooded three times since 2020, most recently on Boxing Day": a span's start holds
                // no date told after it.)
                let start = found[number].range.lowerBound
                if start > 0, tokens[start - 1].id == tenseWords.since {
                    (written, yearAlone) = (nil, false)
                    continue
                }
                // (Nor a date told in an aside between commas before what someone said: "Sarah
                // Lowe, who took over in 2031, said trading since Christmas had been tough" is
                // said now. "The plan, which was agreed in March 2022, was reviewed in July" goes
                // on with the story.)
                if isAsideBeforeSaying(clause(at: start).range) {
                    (written, yearAlone) = (nil, false)
                    continue
                }
                // (Nor one a figure is set against: "bookings are up on last year, with 41 in May".)
                if start >= 2, [tenseWords.on, tenseWords.with].contains(tokens[start - 1].id),
                   word(at: start - 2, in: grammar.list("COMPARED")) {
                    (written, yearAlone) = (nil, false)
                    continue
                }
                // After a period, what follows it: "the annual report for 2022/23 was published in November".
                if draft.kind == .interval, let end = draft.end {
                    written = end
                } else if [.date, .month, .year, .interval].contains(draft.kind), let start = draft.start {
                    written = start
                }
                // (A year written, not one counted: "rent for the coming year is due on 1 October"
                // is this October's.)
                yearAlone = draft.kind == .year && writesYear(found[number].range)
                yearToldBack = yearAlone && tense(at: found[number].range.lowerBound) == .back
                continue
            }
            let tense = tense(at: found[number].range.lowerBound)
            let back = tense == .back
            // ("The pool, which opened in 1974, will close on New Year's Eve": a year told in the
            // past does not hold a day told of ahead.)
            let inTheYear = yearAlone && !(yearToldBack && tense == .forward)
            guard let after = written, [.date, .month].contains(draft.kind), let start = draft.start, back || inTheYear else { continue }
            var year = after.year
            if let day = Day(year: year, month: start.month, day: min(start.day, Day.length(ofMonth: start.month, in: year))),
               day < after, draft.kind == .date || day.month != after.month {
                year += 1
            }
            if year != start.year, let moved = draft.moved(toYear: year), let first = moved.start, !back || !(anchor < first) {
                found[number].draft = moved
            }
        }
    }

    /// Whether a clause is an aside between commas that opens with a word of @ASIDE and is
    /// followed by a word of @SAYING: ", who took over in 2031, said".
    func isAsideBeforeSaying(_ clause: Range<Int>) -> Bool {
        guard clause.lowerBound > 0, clause.count > 2, word(at: clause.lowerBound, in: grammar.list("ASIDE")) else { return false }
        return mark(tokens[clause.lowerBound - 1], is: ",") && clause.upperBound + 1 < tokens.count
            && mark(tokens[clause.upperBound], is: ",") && word(at: clause.upperBound + 1, in: tenseWords.saying)
    }

    /// In a clause that looks back, days and months with no year are told in order: "timeliness
    /// improved from 32% in January to 61% in December", said in February, is last January's, not
    /// this January's (which would come after December).
    mutating func keepTheStorysOrder(_ found: inout [(range: Range<Int>, draft: DateDraft)]) {
        guard found.count > 1 else { return }
        // (Waits and the like between them are passed over: "from 20 weeks in November to 31 weeks in October".)
        let told = found.indices.filter {
            found[$0].draft.inferred && !found[$0].draft.nearest && [.date, .month].contains(found[$0].draft.kind)
                && tense(at: found[$0].range.lowerBound) == .back
        }
        for (number, next) in zip(told.dropLast(), told.dropFirst()).reversed() {
            // Only where the second goes on with the first's clause ("in September and January") or
            // is joined to it by "and" (@SHARED: "we applied in January and got the plan in
            // August"): "parents told us in December that the portal, launched in November, is
            // hard to use" tells the launch in a clause of its own, after, not in order.
            // Nor where the words between say where it started: "improved to 64% in February, from
            // 38% in September", "fell to 2.4% in February from 2.9% in January" tell the end first.
            let (first, second) = (clause(at: found[number].range.lowerBound), clause(at: found[next].range.lowerBound))
            let from = tenseWords.from
            let startsOver = (found[number].range.upperBound..<found[next].range.lowerBound).contains { tokens[$0].id == from }
            let joined = second.number == first.number + 1 && word(at: second.range.lowerBound, in: tenseWords.shared)
            guard !startsOver, first.number == second.number || joined || ownTense(second.number, second.range) == nil,
                  let start = found[number].draft.start, let following = found[next].draft.start, following < start,
                  let moved = found[number].draft.moved(toYear: start.year - 1) else { continue }
            found[number].draft = moved
        }
    }

    /// "Apply by 31 May for travel that starts in the autumn", said in October: what a deadline
    /// is for comes after it. A month, season or term with no year written, after "for" just after
    /// the deadline in its sentence, that would end before the deadline is the first after it.
    mutating func putWhatADeadlineIsForAfterIt(_ found: inout [(range: Range<Int>, draft: DateDraft)]) {
        guard found.count > 1 else { return }
        for number in found.indices.dropFirst() {
            let draft = found[number].draft
            guard draft.inferred || draft.named && !writesYear(found[number].range), [.month, .interval].contains(draft.kind),
                  let start = draft.start, let end = draft.end,
                  let deadline = found[..<number].last(where: { $0.draft.kind == .deadline }), let due = deadline.draft.end, end < due,
                  deadline.range.upperBound < tokens.count, tokens[deadline.range.upperBound].id == tenseWords.for,
                  !(deadline.range.upperBound..<found[number].range.lowerBound).contains(where: endsSentence)
            else { continue }
            var year = start.year + 1
            while let later = draft.moved(toYear: year)?.end, later < due { year += 1 }
            if let moved = draft.moved(toYear: year) { found[number].draft = moved }
        }
    }

    /// "The year before", "the following month": counted from the last date written before them
    /// in the passage, or from the document's date when none was. The year before a financial or
    /// academic year is the one before it ("in 2023-24, up on the year before": 2022-23).
    func countFromTheDateBefore(_ found: inout [(range: Range<Int>, draft: DateDraft)]) {
        guard found.contains(where: { $0.draft.step != nil }) else { return }
        var base: DateDraft? = anchor.map { DateDraft(kind: .date, grain: .day, start: $0, end: $0) }
        var written = false
        var kept: [(range: Range<Int>, draft: DateDraft)] = []
        for (range, draft) in found {
            guard let step = draft.step else {
                if draft.start != nil { (base, written) = (draft, true) }
                kept.append((range, draft))
                continue
            }
            // ("Must not eat after midnight the night before": a day counted from no date written
            // in the passage is from an event, not the document's date; none. Nor from a year or a
            // month: "last year, and cancelled the day before".)
            guard let base, let from = base.start, written || step.unit != "D", step.unit != "D" || base.grain == .day else { continue }
            var counted: DateDraft
            if step.unit == "Y", base.kind == .interval, base.grain == .month, let end = base.end, from.adding(months: 12).adding(days: -1) == end {
                counted = DateDraft(kind: .interval, grain: .month, start: from.adding(months: 12 * step.count), end: end.adding(days: 1).adding(months: 12 * step.count).adding(days: -1))
            } else if step.unit == "Q" {
                // "June to August, lower than the previous quarter": the three months before a span
                // of three; otherwise the calendar quarter before (or after) the one it falls in.
                let first = base.kind == .interval && base.grain == .month && base.end.map({ from.adding(months: 3).adding(days: -1) == $0 }) == true
                    ? from : from.startOfQuarter
                let start = first.adding(months: 3 * step.count)
                counted = DateDraft(kind: .interval, grain: .month, start: start, end: start.adding(months: 3).adding(days: -1))
            } else if step.unit == "D" {
                // "signed the day after": the day after the date before.
                let day = from.adding(days: step.count)
                counted = DateDraft(kind: .date, grain: .day, start: day, end: day)
            } else {
                guard let period = period(step.unit, step.count, from: from) else { continue }
                counted = period
            }
            counted.anchor = from
            kept.append((range, counted))
        }
        found = kept
    }

    /// "I'll have it back to you Friday at the latest": a date (a month, an interval with an end)
    /// that a word of @AT_THE_LATEST follows, with no lead before it, is a deadline, its last day
    /// the date's own.
    func applyAtTheLatest(_ found: inout [(range: Range<Int>, draft: DateDraft)]) {
        let latest = grammar.list("AT_THE_LATEST")
        for number in found.indices where [.date, .month, .year, .interval].contains(found[number].draft.kind) {
            let after = found[number].range.upperBound
            guard after < tokens.count, let end = found[number].draft.end,
                  DateMatcher.contains(latest, in: tokens, within: after..<after + 1) else { continue }
            found[number].draft.kind = .deadline
            found[number].draft.start = end
        }
    }

    /// Whether a year of four digits is among the tokens.
    func writesYear(_ range: Range<Int>) -> Bool {
        range.contains { tokens[$0].kind == .number && tokens[$0].digits == 4 }
    }

    /// "From 1 November until Candlemas", "from Christmas Eve to 2 January": a day that starts
    /// an interval with no end (after "from") and a day just after it, after "until", "till" or
    /// "to", are one interval, both ends days. (Not in a clause of something moved: "moved from
    /// 3 March to 10 March" is two days.)
    mutating func joinFromAndUntil(_ found: inout [(range: Range<Int>, draft: DateDraft)]) {
        guard found.count > 1 else { return }
        let limits = [tenseWords.until, tenseWords.till]
        var number = 0
        while number + 1 < found.count {
            let (first, next) = (found[number], found[number + 1])
            let gap = first.range.upperBound
            let joined = next.range.lowerBound == gap ? limits.contains(tokens[gap].id) && next.draft.kind == .deadline
                : next.range.lowerBound == gap + 1 && (limits + [tenseWords.to]).contains(tokens[gap].id) && [.date, .deadline].contains(next.draft.kind)
            if joined, tokens[first.range.lowerBound].id == tenseWords.from, first.draft.kind == .interval, first.draft.end == nil,
               first.draft.grain == .day, next.draft.grain == .day, let start = first.draft.start,
               var end = next.draft.kind == .deadline ? next.draft.start : next.draft.end, start < end,
               !clause(at: gap, says: "MOVED") {
                // ("The lights will be on from 1 December until Twelfth Night", said on 10
                // December: with no year written, the span under way, not next year's.)
                if let anchor, anchor < start, !writesYear(first.range), !writesYear(next.range),
                   start.adding(years: -1) <= anchor, anchor <= end.adding(years: -1) {
                    found[number].draft.start = start.adding(years: -1)
                    end = end.adding(years: -1)
                }
                found[number].draft.end = end
                // (Marked as a range is, without "from".)
                found[number].range = first.range.lowerBound + 1..<next.range.upperBound
                found.remove(at: number + 1)
            }
            number += 1
        }
    }

    /// "since", "from": the start of an interval with no end; "by", "no later than": a deadline.
    mutating func applyLeads(_ found: inout [(range: Range<Int>, draft: DateDraft)], _ matcher: inout DateMatcher) {
        for number in found.indices {
            let first = found[number].range.lowerBound
            let floor = number > 0 ? found[number - 1].range.upperBound : 0
            // The longest lead that ends where the date starts.
            var lead: (start: Int, reading: DateGrammar.Reading, pattern: Int)?
            // (Twelve tokens back at most: "no later than 5:00 p.m. on" is eleven. Only a deadline's
            // name reaches back over a date before it: "the closing date for applications for
            // September 2093 was 31 October".)
            for start in Swift.stride(from: max(0, first - 12), to: first, by: 1) where tokens[start].kind == .word {
                for pattern in grammar.leadsStartingAt[tokens[start].id] ?? []
                where (start >= floor || grammar.readings[pattern] == .due) && (grammar.contextStart[pattern] < 0
                       || matcher.matches(grammar.contextStart[pattern], endingAt: start, length: grammar.contextLength[pattern]))
                    && matcher.matches(grammar.programStart[pattern], at: start).contains(where: { $0.end == first }) {
                    lead = (start, grammar.readings[pattern], pattern)
                    break
                }
                if lead != nil { break }
            }
            guard let lead else { continue }
            focus = first
            var draft = found[number].draft
            switch lead.reading {
            case .open:
                // "from 2019 onwards" is open already; "from 6 to 10 November" is no start; nor is
                // "data from the 2024 school census", "from the autumn 2025 census" (a date ending in
                // its year before a noun: where the data came from), nor "feedback from last
                // summer's scheme" (a date that owns what came from it), nor "up 10.8% from 2025"
                // (a year a figure is compared with; "will fall by 2% from 1 October" is a start).
                // ("Since the 2021 revisit" is a start, and so is "from the summer term".)
                let openAlready = draft.kind == .interval && draft.end == nil
                let last = found[number].range.upperBound
                let the = tenseWords.the
                let from = tokens[lead.start].id == tenseWords.from
                // ("I've attached his SEN support plan from Sept", "bring his old insoles from 2051":
                // a thing someone owns, handed over (@HANDED), came from then; "I'm in my second year
                // from September" is a start.)
                let (owners, handed) = (grammar.list("OWNERS"), grammar.list("HANDED"))
                let owned = from && (max(0, lead.start - 4)..<lead.start).contains { at in
                    word(at: at, in: owners) && (at + 1..<lead.start).allSatisfy { tokens[$0].kind == .word }
                        && (sentence(at: at).lowerBound..<at).contains { word(at: $0, in: handed) }
                }
                let sent = from && word(at: lead.start - 1, in: grammar.list("SENT")) || owned
                    || from && draft.kind == .year && word(at: lead.start - 1, in: grammar.list("ORIGIN"))
                // (Not before "until": "from the autumn of 2088 until he was excluded" starts a span.)
                let source = from && ((tokens[first - 1].id == the || tokens[first].id == the)
                    && tokens[last - 1].kind == .number && !tokens[last - 1].ordinal && last < tokens.count && tokens[last].kind == .word
                    && !word(at: last, in: grammar.list("LIMIT")) || isPossessive(last - 1)
                    || sent
                    || draft.kind == .year && lead.start > 0 && (mark(tokens[lead.start - 1], is: "%") || tokens[lead.start - 1].kind == .number))
                // ("Please send us the report from June": what was sent is from a time gone by,
                // however the request looks.)
                if sent, draft.inferred, let anchor, let start = draft.start, anchor < start, let gone = draft.moved(toYear: start.year - 1) {
                    found[number].draft = gone
                }
                // ("The offer is valid for six months from 2 January", said in February: a length
                // counted from a day with no year, the nearest such day, as a length is most often
                // told of while it runs.)
                let afterLength = from && number > 0 && found[number - 1].draft.kind == .duration
                    && found[number - 1].range.upperBound == lead.start
                if afterLength, draft.inferred, let anchor, let start = draft.start,
                   let nearest = [start.year - 1, start.year, start.year + 1].compactMap({ draft.moved(toYear: $0) })
                       .min(by: { abs(anchor.days(to: $0.start ?? start)) < abs(anchor.days(to: $1.start ?? start)) }) {
                    draft = nearest
                    found[number].draft = nearest
                }
                // ("Action 14, from the September meeting": what came from a meeting, no start.)
                let meeting = from && word(at: found[number].range.upperBound, in: grammar.list("EVENT"))
                // ("Since last week": whatever span "since" stands before starts one with no end.)
                let since = tokens[lead.start].id == tenseWords.since && draft.kind == .interval
                guard [.date, .month, .year].contains(draft.kind) || draft.named || openAlready || since, !source, !meeting else { continue }
                // ("They've agreed to name the school from September", in a clause that looks
                // neither way: a start to come, not the nearest gone.)
                // (Not one a length is counted from, read above: "the diary for the two weeks from
                // 23 April", said in May.)
                if from, !afterLength, draft.inferred, !past(), !future(), let anchor,
                   let end = draft.end, end < anchor, let start = draft.start, let next = draft.moved(toYear: start.year + 1) {
                    draft = next
                }
                // ("Since the end of the summer term": from its last month on, or its last day.)
                if (lead.start..<first).contains(where: { tokens[$0].id == tenseWords.end }), let end = draft.end {
                    draft.start = draft.grain == .day ? end : Day(year: end.year, month: end.month, day: 1)
                    if draft.grain == .year { draft.grain = .month }
                }
                draft.kind = .interval
                draft.end = nil
            case .by where draft.kind == .duration:
                // "due within 35 days": counted from the document's date.
                guard let end = draft.dueBy else { continue }
                (draft.kind, draft.grain, draft.start, draft.end, draft.anchor, draft.length) = (.deadline, .day, anchor, end, anchor, nil)
            case .by, .byUnlessPast, .byIfFuture, .due, .before, .byStart:
                guard [.date, .month, .year, .interval].contains(draft.kind), draft.end != nil else { continue }
                // "The tribunal is not until next February", "isn't until November": when it
                // happens, no deadline. (Not "isn't until the end of April", whose end is the day.)
                if lead.reading == .byUnlessPast, !past(), word(at: lead.start - 1, in: grammar.list("NEGATION")),
                   !(lead.start..<first).contains(where: { tokens[$0].id == tenseWords.end }) { continue }
                // "Children on the list before April will keep their place": when, not a deadline; nor
                // "the payment will not be made before 1 April".
                if lead.reading == .before, isCondition(at: first) || clause(at: first, says: "NEGATION") { continue }
                // "Paid for by last summer's quiz night": a time gone by that owns what did a thing,
                // no deadline. ("Comments by Friday's meeting" is one.)
                if isPossessive(found[number].range.upperBound - 1), !future(), let anchor, let end = draft.end, end < anchor { continue }
                // ("Papers a week before the 7 December meeting": a wait counted back from the day,
                // which is when, not a deadline.)
                if lead.reading == .before, number > 0, found[number - 1].draft.kind == .duration,
                   found[number - 1].range.upperBound == lead.start { continue }
                // (A time before a year written that is wholly to come is no past, whatever the verb:
                // "with the main works finished before winter 2028". "Extended until 2028" is when.)
                let toCome = lead.reading == .before && !draft.inferred && anchor.map { anchor in draft.start.map { anchor < $0 } ?? false } ?? false
                if [.byUnlessPast, .before].contains(lead.reading) && past() && !toCome {
                    // "The Chair was on leave until 10 March": no deadline, but the end of something
                    // that may not have come yet: the nearest 10 March, not the last, if it is near
                    // (a season ahead at most) or the clause says the date was moved ("the hearing
                    // was postponed until June"). ("He was not told until October": when it
                    // happened, gone; so is "we waited till March" said in November, and one after a
                    // year written: "last year's dahlias flowered until November".)
                    if draft.inferred, let anchor, let start = draft.start, [.date, .month].contains(draft.kind),
                       !DateMatcher.contains(grammar.list("NEGATION"), in: tokens),
                       !found[..<number].contains(where: { $0.draft.kind == .year }),
                       let moved = draft.moved(toYear: Self.nearestYear(month: start.month, day: start.day, to: anchor)),
                       let day = moved.start, day < anchor.adding(months: 3) || clause(at: first, says: "MOVED") {
                        found[number].draft = moved
                    }
                    continue
                }
                // A lead the rules give a word before it: "they said end of Jan", "target end of
                // April", "all trained – end of spring term".
                let said = grammar.contextStart[lead.pattern] >= 0
                // "By January 2024 the figure was 434,354": how things stood then, not a deadline.
                // ("By March 2026: 85% of plans…", a label, is one; so is one said.)
                let label = found[number].range.upperBound < tokens.count && mark(tokens[found[number].range.upperBound], is: ":") || said
                // (So is one opening a sentence or following "and": "… in 2024, and by Christmas it
                // was already cracked"; not "due": "her annual review, due in January, had not
                // happened".)
                if lead.reading == .by, past(), !label, tokens[lead.start].id != tenseWords.due,
                   lead.start == 0 || isClauseBreak(tokens[lead.start - 1])
                    || endsSentence(at: lead.start - 1) || word(at: lead.start - 1, in: tenseWords.shared) { continue }
                if lead.reading == .byIfFuture && !future() { continue }
                // A deadline with no year in a clause that neither looks forward nor back is the
                // nearest such day: "reply by 5 January" is next January's; so is one moved ("the
                // council has extended the deadline to 1 December"), or one said or set ("the school
                // said end of November"). In one that looks back, the last: "the closing date was 31
                // October"; "the forms were due by 3 November".
                // (So is one worked out from a rule: "a plan should be issued within 20 weeks of the
                // request, so by 22 May", whatever the tense.)
                let workedOut = word(at: lead.start - 1, in: grammar.list("WORKED_OUT"))
                if draft.inferred, !future() || workedOut, !past() || clause(at: first, says: "MOVED") || said || workedOut, let anchor, let start = draft.start {
                    // A month's deadline is its last day.
                    let day = draft.kind == .month ? 31 : start.day
                    var year = Self.nearestYear(month: start.month, day: day, to: anchor)
                    func last(in year: Int) -> Day? { Day(year: year, month: start.month, day: min(day, Day.length(ofMonth: start.month, in: year))) }
                    // One that comes round again ("published by 31 May each year"), or one the reader
                    // is told to meet ("you must reply by 6 May", @YOU): the next. (A rule told of,
                    // "reviews must be completed by 15 February", said in March, is the nearest.)
                    // So is a target in a line with no verb of its own that tells of a rule, a
                    // promise reported or a time gone by: "Action 3.1: new policy, completed by
                    // December", said in April. ("We were told it would be done by the end of
                    // August", "the plan should have been issued … so by May": the nearest.)
                    let target = lead.reading == .by && !said && !sentence(at: first).contains {
                        isModal(at: $0) || word(at: $0, in: tenseWords.neither) || word(at: $0, in: tenseWords.intent)
                            || word(at: $0, in: tenseWords.saying) || word(at: $0, in: tenseWords.past)
                    }
                    if !past(), !workedOut, found.contains(where: { $0.draft.kind == .recurrence }) || clause(at: first, says: "YOU") || opensWithOrder(first) || target,
                       let last = last(in: year), last < anchor {
                        year += 1
                    }
                    // "We put the request in just before Christmas", said in January: a day before
                    // one gone by, with nothing to say it is still to come, is when, not a deadline.
                    if lead.reading == .before, !said, let last = last(in: year), last < anchor { continue }
                    draft.end = last(in: year)
                    draft.start = Day(year: year, month: start.month, day: start.day)
                }
                // "Before 1 September", "before 2029": the last day allowed is the one before.
                if lead.reading == .before, let start = draft.weekStarts ?? draft.start { draft.end = start.adding(days: -1) }
                // "We guarantee a decision before the start of the autumn term", said in September
                // with the term under way: before the start of a term or season with no year
                // written, in a sentence that does not look back, the next one's, not a day gone by.
                // ("Sorted before the summer holidays", said in June, is this summer's.)
                if lead.reading == .before, !past(), draft.named, draft.kind == .interval, !writesYear(found[number].range),
                   (lead.start..<first).contains(where: { [tenseWords.start, tenseWords.beginning].contains(tokens[$0].id) }),
                   let anchor, let end = draft.end, end < anchor, let start = draft.start, let next = draft.moved(toYear: start.year + 1),
                   let first = next.start {
                    draft = next
                    draft.end = first.adding(days: -1)
                }
                // "By the start of the autumn term 2024": its first day.
                if lead.reading == .byStart { draft.end = draft.start }
                // "Clearing opens in early July and runs until 20 October": what runs until a day
                // with no year ends after what the sentence said began before it.
                if lead.reading == .byUnlessPast, draft.inferred, number > 0, let begun = found[number - 1].draft.start,
                   let end = draft.end, end < begun, let later = Day(year: end.year + 1, month: end.month, day: end.day) {
                    draft.end = later
                }
                draft.kind = .deadline
                draft.start = draft.end
            case .nearest:
                // "The hearing was moved to 14 March", "we got a tribunal date in mid-March": an
                // appointment, the nearest such day whatever the tense; the words before not marked.
                // ("At an earlier hearing in January": one gone by, read by the tense.)
                // (And a span of days or months with no year among its words, as a day: "will publish
                // its report on the inspection of 12–14 August".)
                let yearless = draft.kind == .interval && !writesYear(found[number].range)
                guard draft.inferred || yearless, let anchor, let start = draft.start, !word(at: lead.start - 1, in: grammar.list("GONE_BEFORE")),
                      let moved = draft.moved(toYear: Self.nearestYear(month: start.month, day: start.day, to: anchor)) else { continue }
                found[number].draft = moved
                continue
            default:
                continue
            }
            // "The deadline for plans is 15 February": the date's words alone are marked.
            found[number] = ((lead.reading == .due ? first : lead.start)..<found[number].range.upperBound, draft)
        }
    }

    // MARK: Readings

    /// What the words mean; nil when the pattern does not fit after all ("2023/25" is no
    /// financial year), a draft with nothing when the words are taken but are no date.
    mutating func read(_ reading: DateGrammar.Reading, _ slots: DateCaptures, at position: Int) -> DateDraft?? {
        focus = position
        switch reading {
        case .not:
            return .some(nil)
        case .date:
            guard let day = slots.days.first, let month = slots.months.first else { return nil }
            // After a colon, a day is a label's value, out of the sentence's tense ("we finally got a
            // date for the tribunal: 2 June"): the nearest.
            let label = slots.shift == nil && position > 0 && mark(tokens[position - 1], is: ":") ? anchor : nil
            // "The 22nd of July last year": that year's.
            let shifted = slots.hasWord("year") ? slots.shift.flatMap { shift in anchor.map { $0.year + shift } } : nil
            guard let year = slots.firstYear ?? shifted ?? label.map({ Self.nearestYear(month: month, day: day, to: $0) })
                ?? inferredYear(month: month, day: day, shift: slots.shift) else { return nil }
            guard let date = Day(year: year, month: month, day: day) else { return .some(nil) }
            // "Closed on Monday 4 May": with no year, the weekday names it (2026's, when 4 May
            // 2025 was a Sunday), if a year either side of the one the tense gave has it so and
            // is within a year of the document ("sat 8th feb", said in November 2032, is no
            // Saturday of February 2031's: a weekday mistaken, as the date is kept).
            if slots.firstYear == nil, slots.shift == nil, let weekday = slots.weekday, date.weekday != weekday,
               let other = yearNamed(by: weekday, around: year, day: { Day(year: $0, month: month, day: day) }),
               let named = Day(year: other, month: month, day: day) {
                return DateDraft(kind: .date, grain: .day, start: named, end: named)
            }
            // "Rent is payable in three instalments: 12 September, 9 January and 24 April": a day
            // listed just after another, in a sentence that does not look back, comes after it.
            if slots.firstYear == nil, slots.shift == nil, label == nil, !past(), let previous, previous.draft.kind == .date,
               previous.draft.grain == .day, let before = previous.draft.start, date < before, listed(at: position, after: previous.end),
               let later = [before.year, before.year + 1].lazy.compactMap({ Day(year: $0, month: month, day: day) }).first(where: { before < $0 }) {
                return DateDraft(kind: .date, grain: .day, start: later, end: later, inferred: true)
            }
            return DateDraft(kind: .date, grain: .day, start: date, end: date, inferred: slots.firstYear == nil && slots.shift == nil)
        case .dueDate:
            // "After the 31 January submission deadline": the day, its year as a date's, is a deadline.
            guard case .some(.some(var draft)) = read(.date, slots, at: position) else { return nil }
            draft.kind = .deadline
            return draft
        case .month:
            // A month to come is one not yet over: "will close at the end of April", said on 8 April,
            // is this April.
            // ("At Month 10": the financial year's tenth month, January.)
            let financial = slots.hasWord("month") ? slots.counts.first.flatMap { (1...12).contains($0) ? ($0 + 2) % 12 + 1 : nil } : nil
            guard let month = slots.months.first ?? financial else { return nil }
            // ("He wants to be May's friend": "May's" names a person, unless what follows is an event.)
            if month == 5, isPossessive(position), !word(at: position + 1, in: grammar.list("EVENT")) { return .some(nil) }
            // "June 2024. He started that September": that month of the date before it in the
            // passage, or the first after it; with no date before it, none. ("Said last week that
            // September had been wet": "that" before a verb's subject is no date's.)
            if slots.hasWord("that") {
                let next = position + 2
                if next < tokens.count, word(at: next, in: tenseWords.past) || word(at: next, in: tenseWords.future) || tokens[next].id == tenseWords.is {
                    return nil
                }
                guard let base = previous?.draft.start, var start = Day(year: base.year, month: month, day: 1) else { return .some(nil) }
                if start.endOfMonth < base { start = start.adding(years: 1) }
                return monthDraft(start, inferred: false)
            }
            // "This September, and the school the September after": the first such month after the
            // date before it in the passage; with none before it, none.
            if slots.hasWord("after") {
                guard let end = previous?.draft.end, var start = Day(year: end.year, month: month, day: 1) else { return .some(nil) }
                if start <= end { start = start.adding(years: 1) }
                return monthDraft(start, inferred: false)
            }
            // "Will open in January, not September as first planned": a month set against the
            // date before it (@CONTRAST), the one nearest that date; one that was planned (@PLANNED
            // after it), the last before that date, as a plan most often slips ("will open in
            // September, not January as first planned", said in February, this January).
            // ("Not in July as planned": "in" between.)
            let contrasted = position > 0 && tokens[position - 1].id == tenseWords.in ? position - 1 : position
            if slots.firstYear == nil, let base = previous?.draft.start,
               DateMatcher.contains(grammar.list("CONTRAST"), in: tokens, within: max(0, contrasted - 2)..<contrasted, ending: { $0 == contrasted }) {
                let plannedWords = grammar.list("PLANNED")
                let planned = (position + 1..<min(position + 5, tokens.count)).contains { word(at: $0, in: plannedWords) }
                let year = planned ? (month < base.month ? base.year : base.year - 1) : Self.nearestYear(month: month, day: 15, to: base)
                if let start = Day(year: year, month: month, day: 1) { return monthDraft(start, inferred: true) }
            }
            // "Jan last year", "March next year": that month of the year SHIFT names.
            if slots.hasWord("year"), let shift = slots.shift, let anchor, let start = Day(year: anchor.year + shift, month: month, day: 1) {
                return monthDraft(start, inferred: false)
            }
            guard var year = slots.firstYear ?? inferredYear(month: month, day: future() ? 31 : 1, shift: slots.shift) else { return nil }
            // ("At Month 10 of 2046/47": January 2047, of the financial year written.)
            if financial != nil || slots.text(in: "FIN_MONTH") != nil, slots.firstYear != nil, slots.endDigits != nil,
               month < startMonth(of: "financial") ?? 4 {
                year += 1
            }
            // "The annual meeting is in May", said in October: in a clause that looks neither way, the
            // next May, as a weekday is read (but not what was meant to be: "our review was meant
            // to be in November", the nearest).
            // (Not a figure reported for a month, "41 in May", "58% in May": the nearest. "Start
            // Year 7 in September" is no figure.)
            let figure = position >= 2 && (tokens[position - 2].kind == .number && !(position >= 3 && tokens[position - 3].id == tenseWords.year)
                || mark(tokens[position - 2], is: "%"))
            if slots.firstYear == nil, slots.shift == nil, let anchor, position > 0, tokens[position - 1].id == tenseWords.in, !figure,
               tense(at: position) == .neither, !clauses[clause(at: position).number].intent {
                year = Day(year: anchor.year, month: month, day: 1)!.endOfMonth < anchor ? anchor.year + 1 : anchor.year
            }
            guard let start = Day(year: year, month: month, day: 1) else { return nil }
            return monthDraft(start, inferred: slots.firstYear == nil && slots.shift == nil)
        case .eventMonth:
            // "The September meeting": one meeting, the nearest, though the sentence looks back
            // ("members asked for an update at the September meeting").
            // ("The precept will be set at the January meeting", said in May: the next; not "the
            // figures for February will be revised", a month reported.)
            guard let anchor, let month = slots.months.first,
                  var start = Day(year: Self.nearestYear(month: month, day: 15, to: anchor), month: month, day: 1) else { return nil }
            // (A word of @FUTURE, not a timetable's present: "the January window shut yesterday".)
            if start.endOfMonth < anchor, word(at: position + 1, in: grammar.list("EVENT")), clause(at: position, says: "FUTURE") {
                start = start.adding(months: 12)
            }
            var draft = monthDraft(start, inferred: true)
            draft.nearest = true
            return draft
        case .comingMonth:
            // "Places for September are allocated in April": this September or the next.
            // (In a clause that looks back, the nearest: "have you had your consultation for September?")
            guard let anchor, let month = slots.months.first, let this = Day(year: anchor.year, month: month, day: 1) else { return nil }
            let year = past() ? Self.nearestYear(month: month, day: 15, to: anchor) : this.endOfMonth < anchor ? anchor.year + 1 : anchor.year
            guard let start = Day(year: year, month: month, day: 1) else { return nil }
            return monthDraft(start, inferred: true)
        case .listedMonth:
            // "in October, February and June": only just after another month; the first such
            // month after it, unless the months' year was not written and the clause looks back
            // (then each is read alone, and `keepTheStorysOrder` puts them in order).
            // (With a capital: "in May and march again in June" lists no month.)
            guard let previous, previous.end == position - 1, previous.draft.kind == .month, let before = previous.draft.start,
                  tokens[position].capitalised, let month = slots.months.first else { return nil }
            var start: Day?
            if previous.draft.inferred && past() {
                start = inferredYear(month: month, day: 1, shift: nil).flatMap { Day(year: $0, month: month, day: 1) }
            } else {
                start = Day(year: month > before.month ? before.year : before.year + 1, month: month, day: 1)
            }
            guard let start else { return nil }
            return monthDraft(start, inferred: true)
        case .listedDay:
            // "On the 3rd, 10th and 17th", "Friday and the 18th": only just after another day; the
            // first such day after it.
            // ("Tuesday the 19th at 4.40 or Thursday morning": a time of the day before between.)
            let timed = previous.map { previous in
                previous.end < position - 1 && word(at: previous.end, in: grammar.list("AT"))
                    && (previous.end + 1..<position - 1).allSatisfy { tokens[$0].kind != .word || word(at: $0, in: grammar.list("AM_PM")) || word(at: $0, in: grammar.list("TIME")) }
            } ?? false
            guard let previous, previous.end == position - 1 || previous.end == position - 2 && tokens[position - 1].id == tenseWords.the || timed,
                  previous.draft.grain == .day, let before = previous.draft.start else { return nil }
            // "Next week, the 17th": the day of a span just before it that falls in it.
            if previous.draft.kind == .interval {
                guard let end = previous.draft.end, let day = slots.days.first, let date = Self.day(day, from: before, to: end) else { return nil }
                return DateDraft(kind: .date, grain: .day, start: date, end: date)
            }
            guard previous.draft.kind == .date else { return nil }
            // "This Thursday or next": a week on ("or last", a week back).
            if slots.days.isEmpty, slots.weekday == nil {
                let date = before.adding(days: slots.hasWord("next") ? 7 : -7)
                return DateDraft(kind: .date, grain: .day, start: date, end: date)
            }
            // "On Monday and Tuesday": the first such weekday after it.
            if let weekday = slots.weekday {
                let date = before.next(weekday)
                return DateDraft(kind: .date, grain: .day, start: date, end: date)
            }
            guard let day = slots.days.first else { return nil }
            let month = Day(year: before.year, month: before.month, day: 1)!.adding(months: day > before.day ? 0 : 1)
            guard let date = Day(year: month.year, month: month.month, day: day) else { return .some(nil) }
            return DateDraft(kind: .date, grain: .day, start: date, end: date)
        case .dayAhead:
            // "On 27 or 29 October", "3, 10 and 17 November": a day listed before others, of the
            // month written after the last of them, in the year that one is read in; "the weekends
            // of 10–11 and 17–18 August", days from one to another so (the span three words, "10",
            // "–", "11", before the list goes on).
            // ("Monday 2 and Thursday 5 April": a weekday before each day is passed over.)
            let days = slots.days
            let named = slots.weekday != nil ? 1 : 0
            guard let day = days.first, let (month, year, last) = monthAhead(after: position + named + (days.count > 1 ? 3 : 1)),
                  let end = days.last, day <= end, end < last, let year = year ?? inferredYear(month: month, day: last, shift: nil),
                  let date = Day(year: year, month: month, day: day), let until = Day(year: year, month: month, day: end) else { return nil }
            return DateDraft(kind: days.count > 1 ? .interval : .date, grain: .day, start: date, end: until)
        case .sameDay:
            // "This time last year": the document's day, a year back.
            guard let anchor, let shift = slots.shift, let unit = slots.unit, ["Y", "M", "W"].contains(unit.letter),
                  let day = unit.add(shift, to: anchor) else { return nil }
            return DateDraft(kind: .date, grain: .day, start: day, end: day, anchor: anchor)
        case .year:
            guard let year = slots.years.first ?? slots.text(in: "YEAR_WORDS").flatMap({ Int($0) }) else { return nil }
            return yearDraft(year)
        case .weekday:
            guard let anchor, let weekday = slots.weekday else { return nil }
            // ("Skipped school monday": @WEEKDAY_LOWER only as written, in lower case.)
            if !slots.entries(in: "WEEKDAY_LOWER").isEmpty, tokens[position].capitalised { return nil }
            // "Saturday's result", "Monday's minutes", "the minutes of Tuesday's meeting", "actions
            // from Monday's meeting", "your call from Tuesday" (@SENT): a day gone by (today's, said
            // on the day).
            let from = position > 0 && tokens[position - 1].id == tenseWords.from
            let goneBy = grammar.list("GONE_BY")
            // ("An update from the Tuesday meeting": the same.)
            let fromTheMeeting = position >= 2 && tokens[position - 1].id == tenseWords.the && tokens[position - 2].id == tenseWords.from
                && word(at: position + 1, in: grammar.list("EVENT"))
            if isPossessive(position) && (word(at: position + 1, in: goneBy) || from
                                          || position >= 2 && tokens[position - 1].id == tenseWords.of && word(at: position - 2, in: goneBy))
                || from && word(at: position - 2, in: grammar.list("SENT")) || fromTheMeeting {
                let day = anchor.adding(days: -((anchor.weekday - weekday + 7) % 7))
                return DateDraft(kind: .date, grain: .day, start: day, end: day)
            }
            // "Please return the form by Friday": a weekday a deadline falls on is ahead, unless
            // the sentence looks back ("it was sent by Friday"); so is one in a clause that looks
            // neither way ("agreed to meet on Friday", "see you first thing Monday"): a weekday
            // gone by is told of in the past tense.
            // "Tue: chase LA", "Sunday. Worst week ever.", "Sat – half day" (a diary's label, first
            // in its passage), "It's Wednesday", "today is Friday", "it's twenty past five on Friday
            // afternoon": that day of the document's week; a label told of in the past, one not
            // after the document's date ("Sat – best day he's had in weeks", written on a Wednesday).
            let label = position == 0 && tokens.count > 1 && [":", ".", "–", "—", "-"].contains { mark(tokens[1], is: $0) }
            if label || saysWhatDayItIs(at: position) {
                var day = anchor.adding(days: weekday - anchor.weekday)
                if label, anchor < day, past() { day = day.adding(days: -7) }
                return DateDraft(kind: .date, grain: .day, start: day, end: day)
            }
            // "Tuesday last week", "Friday this week": that day of the week SHIFT names.
            if let shift = slots.shift, slots.hasWord("week") {
                let day = anchor.adding(days: 7 * shift + weekday - anchor.weekday)
                return DateDraft(kind: .date, grain: .day, start: day, end: day)
            }
            // "Next Friday and the Friday after": the first such day after the date before it.
            if slots.hasWord("after") || slots.hasWord("following"), slots.text(in: "AFTER_NEXT") == nil, let previous,
               let before = previous.draft.end, previous.draft.grain == .day {
                let day = before.next(weekday)
                return DateDraft(kind: .date, grain: .day, start: day, end: day)
            }
            // "Monday gone", "Monday last": the last; "a week on Friday", "Friday week": so long
            // after the next; "the Monday before last", a week before the last.
            let twice = slots.text(in: "AFTER_NEXT").flatMap { Int($0) }
            let shift = twice.map { $0.signum() } ?? slots.shift
                ?? (slots.hasWord("gone") || slots.hasWord("last") ? -1 : slots.hasWord("next") ? 1 : nil)
            // ("A month on Friday": four weeks after the next Friday, a Friday still.)
            let months = slots.unit.map { $0.letter == "M" ? 28 * $0.count * slots.amount : 0 } ?? 0
            let later = slots.hasWord("week") ? 7 : slots.hasWord("fortnight") ? 14 : twice.map { 7 * $0.signum() }
                ?? (months > 0 ? months : slots.unitDays ?? 0)
            // ("Training's moved to Thursday", "GP appt booked Thursday", "booked her in for Friday":
            // where a thing is moved or booked to is ahead, whatever the tense, a clause of @BOOKED
            // read as it is for a day of the month; "I booked it on Monday" is when.)
            let booked = clause(at: position, says: "BOOKED") && !(position > 0 && tokens[position - 1].id == tenseWords.on)
            let forward = later > 0 || (shift.map { $0 >= 0 } ?? (future() || limitAhead(before: position) || movedTo(position) || booked
                                                                 || tense(at: position) == .neither))
            var offset = (weekday - anchor.weekday + 7) % 7
            // (Told of in the past on the day itself, a bare weekday is that day, as news reports
            // say it: "the ONS said on Wednesday", in a report of Wednesday's; "returned by
            // Friday", a limit, is the one before.)
            let today = shift == nil && later == 0 && !isLimit(before: position)
            if forward { offset = offset == 0 ? 7 : offset } else { offset = offset == 0 ? (today ? 0 : -7) : offset - 7 }
            if shift == 0 && offset == 7 { offset = 0 }
            let day = anchor.adding(days: offset + later)
            return DateDraft(kind: .date, grain: .day, start: day, end: day)
        case .range:
            return range(slots)
        case .yearTo:
            // The twelve months to the end of the month written, or to the day written; or as many
            // months, weeks or days as are written ("the three months to August", "the quarter
            // ending September 2025"). A span reported: with no year, the nearest, whatever the
            // tense ("results for the three months to 30 September will be published").
            guard let month = slots.months.first,
                  let year = slots.firstYear ?? anchor.map({ Self.nearestYear(month: month, day: slots.days.first ?? 28, to: $0) }),
                  let first = Day(year: year, month: month, day: 1) else { return nil }
            let unit = slots.unit
            let months = unit.map { $0.letter == "M" ? $0.count * slots.amount : $0.letter == "Y" ? 12 * slots.amount : 0 } ?? 12
            let days = slots.unitDays ?? 0
            guard months > 0 || days > 0 else { return nil }
            if let day = slots.days.first {
                guard let end = Day(year: year, month: month, day: day) else { return .some(nil) }
                let start = months > 0 ? end.adding(days: 1).adding(months: -months) : end.adding(days: 1 - days)
                return DateDraft(kind: .interval, grain: .day, start: start, end: end)
            }
            guard months > 0 else { return nil }
            return DateDraft(kind: .interval, grain: .month, start: first.adding(months: 1 - months), end: first.endOfMonth)
        case .possessiveWeekday:
            // "Friday's meeting": a weekday with no word before it is a date only when it owns something.
            guard isPossessive(position) else { return nil }
            return read(.weekday, slots, at: position)
        case .possessiveMonth:
            // "Has everyone finished November's book?" ("May's mum" names a person.)
            guard isPossessive(position), slots.months.first != 5 else { return nil }
            return read(.month, slots, at: position)
        case .monthsOf:
            // "The first nine months of 2024/25": of a financial year (or an academic one, as
            // "2023/24" alone is read); "the last six months of 2024".
            guard let unit = slots.unit, unit.letter == "M" || unit.letter == "Y", let year = slots.firstYear else { return nil }
            let count = unit.letter == "Y" ? 12 * slots.amount : unit.count * slots.amount
            var month = 1
            if let end = slots.endDigits {
                guard end == (year + 1) % 100 else { return nil }
                month = startMonth(of: aboutPupils() ? "academic" : "financial") ?? 1
            }
            guard count < 12, let start = Day(year: year, month: month, day: 1) else { return nil }
            let last = slots.hasWord("last")
            let first = last ? start.adding(months: 12 - count) : start
            return DateDraft(kind: .interval, grain: .month, start: first, end: first.adding(months: count).adding(days: -1))
        case .decade:
            // "The 12th century": 1100 to 1199, as the years are written; "the early 20th
            // century" the tens of years @DECADE_PART gives.
            if slots.hasWord("century") {
                guard let ordinal = slots.days.first, (1...22).contains(ordinal) else { return nil }
                let (first, last) = slots.months(in: "DECADE_PART").map { ($0.0 * 10, $0.1 * 10 + 9) } ?? (0, 99)
                let century = (ordinal - 1) * 100
                return DateDraft(kind: .interval, grain: .year, start: yearDraft(century + first).start, end: yearDraft(century + last).end, named: true)
            }
            guard let decade = slots.text(in: "DECADE").flatMap({ Int($0) }) else { return nil }
            // "The early 1990s": the years @DECADE_PART gives of it.
            let (first, last) = slots.months(in: "DECADE_PART") ?? (0, 9)
            return DateDraft(kind: .interval, grain: .year, start: yearDraft(decade + first).start, end: yearDraft(decade + last).end, named: true)
        case .financialYear, .academicYear, .yearPair, .sportSeason:
            // "2023/24" alone: a financial year, or an academic one where the passage is about
            // pupils; "the 2026/27 tax year" a tax year; "the 2061/62 season" a sport's.
            let kind = slots.hasWord("tax") ? "tax" : reading == .sportSeason ? "season"
                : reading == .financialYear || (reading == .yearPair && !aboutPupils()) ? "financial" : "academic"
            // Its first month, and day where it is not the 1st ("4-6": the tax year's 6 April).
            let starts = (grammar.value(in: "STARTS", of: kind) ?? "1").split(separator: "-").compactMap { Int($0) }
            let (month, day) = (starts.first ?? 1, starts.count > 1 ? starts[1] : 1)
            let grain: DateMention.Grain = day == 1 ? .month : .day
            // "2025/26 to 2027/28": from the first year's start to the second's end.
            let ends = slots.allTwoDigits
            if ends.count == 2, slots.years.count == 2 {
                let (first, last) = (slots.years[0], slots.years[1])
                guard ends[0] == (first + 1) % 100, ends[1] == (last + 1) % 100, first < last else { return nil }
                guard let start = Day(year: first, month: month, day: day), let end = Day(year: last + 1, month: month, day: day) else { return nil }
                return DateDraft(kind: .interval, grain: grain, start: start, end: end.adding(days: -1))
            }
            // "the last academic year", "next financial year": counted from the one under way (itself,
            // with no word to shift it: "the start of the school year").
            if slots.firstYear == nil, let anchor {
                let underWay = (anchor.month, anchor.day) >= (month, day) ? anchor.year : anchor.year - 1
                guard let start = Day(year: underWay, month: month, day: day)?.adding(years: slots.shift ?? 0) else { return nil }
                return DateDraft(kind: .interval, grain: grain, start: start, end: start.adding(months: 12).adding(days: -1), anchor: anchor, named: true)
            }
            guard let first = slots.firstYear, let second = slots.years.dropFirst().first ?? slots.endDigits.map({ first / 100 * 100 + $0 }),
                  second == first + 1 else { return nil }
            guard let start = Day(year: first, month: month, day: day) else { return nil }
            let months = grammar.value(in: "YEAR_MONTHS", of: kind).flatMap { Int($0) } ?? 12
            // A named year: "from 2027/28" starts with it.
            return DateDraft(kind: .interval, grain: grain, start: start, end: start.adding(months: months).adding(days: -1), named: true)
        case .season:
            guard var (first, last) = slots.months(in: "SEASON") ?? slots.months(in: "HALF") ?? slots.months(in: "HALF_YEAR")
                    ?? slots.months(in: "PART") ?? slots.months(in: "HOLIDAYS") ?? slots.months(in: "HALF_TERMS")
                    ?? unnamedHolidays(slots) else { return nil }
            // "H1" alone, as public bodies write it, a half of the financial year ("H2 2024" is
            // the calendar's), as "Q2" alone is a quarter of it.
            if slots.months(in: "HALF_YEAR") != nil, slots.years.isEmpty {
                let shift = (startMonth(of: "financial") ?? 4) - 1
                (first, last) = ((first + shift - 1) % 12 + 1, (last + shift - 1) % 12 + 1)
            }
            // "The first half of the year": this year's; "of last year", the one before; "early next
            // year", the next's.
            let ofAYear = slots.months(in: "HALF") != nil || slots.months(in: "PART") != nil
            // ("Scored twice in the second half": a game's half, in a passage with a word of
            // @GAME, when no year is said.)
            if slots.months(in: "HALF") != nil, slots.years.isEmpty, !slots.hasWord("year"),
               DateMatcher.contains(grammar.list("GAME"), in: tokens, within: tokens.indices) { return .some(nil) }
            // ("They've been late this year": how the cherries were; "this year" is read alone.)
            if slots.months(in: "PART") != nil, slots.shift != nil, word(at: position - 1, in: grammar.list("BE_LATE")) { return nil }
            if var year = slots.years.first ?? (ofAYear ? anchor.map { $0.year + (slots.shift ?? 0) } : nil) {
                // "Winter 2024/25" starts in 2024, "spring 2024/25" in 2025: of a pair of years,
                // a season starting before September is the second's.
                if let end = slots.endDigits {
                    guard end == (year + 1) % 100 else { return nil }
                    if first < 9 { year += 1 }
                }
                guard let season = Self.span(first, last, startingIn: year) else { return nil }
                return DateDraft(kind: .interval, grain: .month, start: season.start, end: season.end, named: true)
            }
            // "last spring": the last gone; "next summer": the next to come; "this autumn": this
            // year's; "the summer before last", the one before the last gone.
            if let shift = slots.shift ?? slots.entries(in: "AFTER_NEXT").first.flatMap({ Int($0) }), let anchor {
                let spans = Self.spans(first, last, around: anchor)
                let (gone, coming) = (spans.filter { $0.end < anchor }, spans.filter { anchor < $0.start })
                let chosen = shift < 0 ? (gone.count >= -shift ? gone[gone.count + shift] : nil)
                    : shift > 0 ? (coming.count >= shift ? coming[shift - 1] : nil) : spans.first { $0.start.year == anchor.year }
                guard let chosen else { return nil }
                return DateDraft(kind: .interval, grain: .month, start: chosen.start, end: chosen.end, anchor: anchor, named: true)
            }
            // "The following spring": the first after the date before it in the passage; "the
            // previous summer", the last before it. (With no date before it, no date: "our
            // daughter was diagnosed the following spring".)
            // "That summer": the one the date before it falls in, or the next.
            if let step = slots.text(in: "RELATIVE").flatMap({ Int($0) }) ?? (slots.hasWord("that") ? 0 : nil) {
                guard let base = step > 0 ? previous?.draft.end : previous?.draft.start else { return .some(nil) }
                let spans = Self.spans(first, last, around: base)
                guard let chosen = step > 0 ? spans.first(where: { base < $0.start }) : step < 0 ? spans.last(where: { $0.end < base })
                        : spans.first(where: { !($0.end < base) }) else { return nil }
                return DateDraft(kind: .interval, grain: .month, start: chosen.start, end: chosen.end, named: true)
            }
            // "In 2021, at parents' evening in the autumn": of a year written alone before it in
            // its sentence, that year's ("next year … in the autumn" is told from the document's;
            // "first promised in 2039, is now due to open in the spring" holds no season ahead in a
            // year told of in the past).
            if let previous, previous.draft.kind == .year, let year = previous.draft.start?.year,
               sentence(at: previous.end - 1) == sentence(at: position),
               !(tense(at: previous.start) == .back && tense(at: position) == .forward),
               (previous.start..<previous.end).contains(where: { tokens[$0].kind == .number }),
               let season = Self.span(first, last, startingIn: year) {
                return DateDraft(kind: .interval, grain: .month, start: season.start, end: season.end, named: true)
            }
            // "the summer" with no year: chosen by the sentence's tense.
            guard let anchor, let season = byTense(Self.spans(first, last, around: anchor)) else { return nil }
            return DateDraft(kind: .interval, grain: .month, start: season.start, end: season.end, named: true)
        case .seasons:
            // "the autumn and winter of 2023": from the first's start to the end of the second after it.
            let seasons = slots.entries(in: "SEASON").compactMap(DateCaptures.months)
            guard seasons.count == 2, let year = slots.years.first, let first = Self.span(seasons[0].0, seasons[0].1, startingIn: year),
                  let second = Self.span(seasons[1].0, seasons[1].1, startingIn: seasons[1].0 < seasons[0].0 ? year + 1 : year) else { return nil }
            return DateDraft(kind: .interval, grain: .month, start: first.start, end: second.end, named: true)
        case .holiday:
            return holiday(slots)
        case .dayOfMonth:
            // "on the 14th": this month's, last month's or next month's, by the sentence's tense.
            // "Thursday 16th", "next Thursday, 16th": of those, one whose 16th is a Thursday.
            guard let anchor, let day = slots.days.first else { return nil }
            // "On the 3rd of next month": of the month SHIFT names; "the 28th ult.", as old letters
            // write it, of the month @MONTH_SAID names.
            let said = position + 1 < tokens.count ? grammar.list("MONTH_SAID").value(of: tokens[position + 1].id).flatMap { Int($0) } : nil
            if let shift = said ?? (slots.hasWord("month") ? slots.shift : nil) {
                let month = Day(year: anchor.year, month: anchor.month, day: 1)!.adding(months: shift)
                guard let date = Day(year: month.year, month: month.month, day: day) else { return .some(nil) }
                return DateDraft(kind: .date, grain: .day, start: date, end: date)
            }
            // "In March: Friday 21st and Thursday 27th": a day listed just after a month (a mark or
            // "and" between) is of that month, and one just after such a day, later in it, too.
            if slots.shift == nil, slots.days.count == 1, let previous, let before = previous.draft.start, listed(at: position, after: previous.end),
               previous.draft.kind == .month || previous.draft.kind == .date && previous.draft.grain == .day && day > before.day,
               let date = Day(year: before.year, month: before.month, day: day), slots.weekday.map({ $0 == date.weekday }) ?? true {
                return DateDraft(kind: .date, grain: .day, start: date, end: date)
            }
            // "Just before Christmas, on the 18th", "in March, on the 3rd", "this Saturday (28th)": a
            // day put after a date, to say which day it was, is of its month.
            if slots.shift == nil, slots.days.count == 1, let previous, let before = previous.draft.start, position > previous.end,
               previous.draft.kind == .month || previous.draft.kind == .date && previous.draft.grain == .day,
               mark(tokens[previous.end], is: ",") || mark(tokens[previous.end], is: "("),
               (previous.end + 1..<position).allSatisfy({ [tenseWords.on, tenseWords.the].contains(tokens[$0].id) }),
               let date = Day(year: before.year, month: before.month, day: day), slots.weekday.map({ $0 == date.weekday }) ?? true {
                return DateDraft(kind: .date, grain: .day, start: date, end: date)
            }
            // ("See section 4 (2nd)": a day in brackets names one just before it, or nothing.)
            let bracket = position - (position > 1 && tokens[position - 1].id == tenseWords.the ? 2 : 1)
            if bracket >= 0, mark(tokens[bracket], is: "("), previous.map({ $0.end != bracket }) ?? true { return .some(nil) }
            // "INSET day Monday 20th July, so the children break up on the 17th": a day after a day
            // and month written earlier in its sentence is of that month; in a story told in order,
            // the first such day after it ("we met on 28 February and replied on the 3rd").
            // ("Runs from 5 December to 3 January, with a signed show on the 19th": the one in the span.)
            // (So is one after a weekday and a day, whose month the weekday chose: "can't do Thursday
            // the 13th, could we do the 20th?")
            let weekdays = grammar.list("WEEKDAY")
            if slots.shift == nil, slots.days.count == 1, let previous, previous.draft.grain == .day,
               let before = previous.draft.start, sentence(at: previous.end - 1) == sentence(at: position),
               (previous.start..<previous.end).contains(where: { word(at: $0, in: tenseWords.months) })
                || (previous.start..<previous.end).contains(where: { word(at: $0, in: weekdays) })
                && (previous.start..<previous.end).contains(where: { tokens[$0].kind == .number }) {
                var date: Day?
                if previous.draft.kind == .interval, let end = previous.draft.end {
                    date = Self.day(day, from: before, to: end)
                } else if previous.draft.kind == .date {
                    let month = Day(year: before.year, month: before.month, day: 1)!.adding(months: past() && day <= before.day ? 1 : 0)
                    if let candidate = Day(year: month.year, month: month.month, day: day), slots.weekday.map({ $0 == candidate.weekday }) ?? true {
                        date = candidate
                    }
                }
                if let date { return DateDraft(kind: .date, grain: .day, start: date, end: date) }
            }
            // "From the 17th to the 21st": to the second day, of that month or the next.
            let last = slots.days.count == 2 ? slots.days[1] : nil
            let end = { (start: Day) -> Day? in
                guard let last else { return start }
                let month = last > day ? start : Day(year: start.year, month: start.month, day: 1)!.adding(months: 1)
                return Day(year: month.year, month: month.month, day: last)
            }
            // "For the 20th, a Friday": the weekday said after it chooses the month, as one before does.
            let after = slots.weekday == nil && position + 3 < tokens.count && mark(tokens[position + 1], is: ",")
                && tokens[position + 2].id == tenseWords.a ? grammar.list("WEEKDAY").value(of: tokens[position + 3].id).flatMap { Int($0) } : nil
            guard var chosen = dayOfMonth(day, at: position, slots: slots, weekday: after, end: end) else { return nil }
            // "Away from the 6th for ten days, back the 16th": a day of coming back (@LATER_DAY)
            // after another in its sentence, in one that does not look back, is the first such
            // after it. ("The 19th instead of the 16th" is no story.)
            // (The word is looked at first: the tense is read only for a day of coming back.)
            if last == nil, after == nil, slots.weekday == nil, slots.shift == nil, let earlier = previousDay, chosen.start < earlier.day,
               let told = (max(0, position - 3)..<position).reversed().first(where: { ![tenseWords.the, tenseWords.on].contains(tokens[$0].id) }),
               word(at: told, in: grammar.list("LATER_DAY")), sentence(at: earlier.end - 1) == sentence(at: position), !past(),
               let later = Self.day(day, from: earlier.day.adding(days: 1),
                                    to: Day(year: earlier.day.year, month: earlier.day.month, day: 1)!.adding(months: 1).endOfMonth) {
                chosen = (later, later)
            }
            return DateDraft(kind: last == nil ? .date : .interval, grain: .day, start: chosen.start, end: chosen.end)
        case .nthWeekday:
            // "The first Monday in May", "the last Friday of March".
            guard let anchor, let month = slots.months.first, let weekday = slots.weekday else { return nil }
            // ("The 2nd Tuesday in November": the same.)
            let nth = Int(slots.text(in: "NTH") ?? "") ?? slots.days.first
            if let nth, !(1...5).contains(nth) { return .some(nil) }
            func day(in year: Int) -> Day? {
                guard let first = Day(year: year, month: month, day: 1) else { return nil }
                if let nth { return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1)) }
                let last = first.endOfMonth
                return last.adding(days: -((last.weekday - weekday + 7) % 7))
            }
            let years = slots.years.first.map { [$0] } ?? [anchor.year - 1, anchor.year, anchor.year + 1]
            let days = years.compactMap(day).filter { $0.month == month }.map { ($0, $0) }
            let chosen = slots.years.isEmpty && !past() && !future() ? days.first { !($0.0 < anchor) } : byTense(days)
            guard let chosen else { return nil }
            return DateDraft(kind: .date, grain: .day, start: chosen.0, end: chosen.1)
        case .weekend:
            // "This weekend": the Saturday and Sunday of the document's week; "last weekend" (or
            // "the weekend" in a sentence that looks back) the one before the document's date;
            // "next weekend", "the weekend" otherwise, the next to start after it.
            guard let anchor else { return nil }
            // "The weekend of 17th July": the Saturday and Sunday that day falls in or before.
            // ("That weekend": the one of the day before it in the passage; with none, no date.)
            let that = slots.hasWord("that")
            if that || !slots.days.isEmpty {
                let date: Day
                if that {
                    guard let previous, previous.draft.grain == .day, let day = previous.draft.start else { return .some(nil) }
                    date = day
                } else if slots.months.isEmpty {
                    // ("The weekend of the 27th": of the month a day alone is read in.)
                    guard let day = slots.days.first, let written = dayOfMonth(day, at: position, slots: slots)?.start else { return nil }
                    date = written
                } else {
                    guard let day = slots.days.first, let month = slots.months.first,
                          let year = slots.firstYear ?? inferredYear(month: month, day: day, shift: nil),
                          let written = Day(year: year, month: month, day: day) else { return nil }
                    date = written
                }
                let start = date.weekday == 7 ? date.adding(days: -1) : date.adding(days: 6 - date.weekday)
                return DateDraft(kind: .interval, grain: .day, start: start, end: start.adding(days: 1), named: true)
            }
            // "The 13th-15th March or the weekend after": the one after the date before it (after
            // the weekend a Friday, Saturday or Sunday is in).
            if slots.hasWord("after"), slots.text(in: "AFTER_NEXT") == nil, let previous, let before = previous.draft.end, previous.draft.grain == .day {
                let saturday = before.adding(days: 6 - before.weekday)
                let start = before.weekday >= 5 ? saturday.adding(days: 7) : saturday
                return DateDraft(kind: .interval, grain: .day, start: start, end: start.adding(days: 1), named: true)
            }
            let saturday = anchor.adding(days: 6 - anchor.weekday)
            // "The weekend after next": a week after the next; "before last", before the last.
            // ("This weekend instead of next weekend": set against this one, the one after it.)
            let this = grammar.vocabulary.lookUp("this"), ahead = [grammar.vocabulary.lookUp("weekend"), grammar.vocabulary.lookUp("one")]
            let setAgainstThis = slots.shift == 1
                && tokens.indices.dropLast().contains { tokens[$0].id == this && ahead.contains(tokens[$0 + 1].id) }
            let twice = slots.text(in: "AFTER_NEXT").flatMap { Int($0) } ?? (setAgainstThis && anchor < saturday ? 1 : nil)
            let shift = twice ?? slots.shift ?? (past() ? -1 : 1)
            let start = switch shift {
            case 0: saturday
            case ..<0: saturday.adding(days: (saturday.adding(days: 1) < anchor ? 0 : -7) - (twice != nil ? 7 : 0))
            default: saturday.adding(days: (anchor < saturday ? 0 : 7) + (twice != nil ? 7 : 0))
            }
            // (Named, as a time of year is: "since the weekend" starts from it.)
            return DateDraft(kind: .interval, grain: .day, start: start, end: start.adding(days: 1), named: true)
        case .onwards:
            // "2019 onwards", "September 2023 onwards", "2024/25 onwards": from its first day.
            guard let year = slots.years.first else { return nil }
            let month = slots.twoDigits != nil ? startMonth(of: "financial") ?? 4 : slots.months.first ?? 1
            guard let start = Day(year: year, month: month, day: slots.days.first ?? 1) else { return .some(nil) }
            var grain = DateMention.Grain.day
            if slots.days.isEmpty { grain = slots.months.isEmpty && slots.twoDigits == nil ? .year : .month }
            return DateDraft(kind: .interval, grain: grain, start: start, end: nil)
        case .term:
            return term(slots)
        case .quarter:
            return quarter(slots)
        case .week:
            // "Mon–Wed next week": those days of the week SHIFT names.
            let weekdays = (slots.entries(in: "WEEKDAY") + slots.entries(in: "WEEKDAY_SHORT")).compactMap { Int($0) }
            if weekdays.count == 2, let shift = slots.shift, let anchor, weekdays[0] < weekdays[1],
               let monday = period("W", shift, from: anchor)?.start {
                return DateDraft(kind: .interval, grain: .day, start: monday.adding(days: weekdays[0] - 1), end: monday.adding(days: weekdays[1] - 1))
            }
            // "The first week of November": its first seven days; "the last week", its last seven;
            // "the first two weeks of January", its first fourteen; "the first week of next month";
            // "the last two weeks of the month", this month's.
            let shifted = slots.hasWord("month") ? anchor.flatMap { period("M", slots.shift ?? 0, from: $0)?.start } : nil
            // ("1st wk of aug": the first written as a number.)
            let numbered = slots.unit != nil && slots.days.count == 1 ? slots.days.first : nil
            if slots.days.isEmpty || numbered != nil, let month = slots.months.first ?? shifted?.month, let anchor {
                let nth = Int(slots.text(in: "NTH") ?? "") ?? numbered
                let span = slots.unitDays ?? 7
                let year = slots.firstYear ?? shifted?.year ?? inferredYear(month: month, day: 1, shift: nil) ?? anchor.year
                let length = Day.length(ofMonth: month, in: year)
                guard span > 0, let start = Day(year: year, month: month, day: nth.map { 1 + span * ($0 - 1) } ?? length - span + 1),
                      start.day + span - 1 <= length else { return nil }
                return DateDraft(kind: .interval, grain: .day, start: start, end: start.adding(days: span - 1))
            }
            // "w/c the 9th": the week from that day of this month, or of the one before or after; a
            // week commencing is a Monday, so one whose 9th is, where there is one ("w/c 9th?" said
            // on Monday 5 July: 9 August). "The week of the 9th" may start on any day.
            if slots.months.isEmpty, let day = slots.days.first {
                let commencing = !slots.hasWord("of")
                let week: (Day) -> Day? = { $0.adding(days: 6) }
                guard let chosen = (commencing ? dayOfMonth(day, at: position, slots: slots, weekday: 1, end: week) : nil)
                        ?? dayOfMonth(day, at: position, slots: slots, end: week) else { return nil }
                return DateDraft(kind: .interval, grain: .day, start: chosen.start, end: chosen.end)
            }
            guard let day = slots.days.first, let month = slots.months.first,
                  var year = slots.firstYear ?? inferredYear(month: month, day: day, shift: nil) else { return nil }
            // A week with no year and no "will" is the nearest such week: "applications open w/c 8 April".
            if slots.firstYear == nil, !future(), let anchor { year = Self.nearestYear(month: month, day: day, to: anchor) }
            guard let day = Day(year: year, month: month, day: day) else { return nil }
            // "week ending 7 April": the seven days to it.
            let start = slots.text(in: "ENDING_WEEK") == nil ? day : day.adding(days: -6)
            return DateDraft(kind: .interval, grain: .day, start: start, end: start.adding(days: 6))
        case .ago, .ahead:
            // ("A week tomorrow": counted from tomorrow.)
            guard let anchor, let unit = slots.unit,
                  let day = unit.add(reading == .ago ? -slots.amount : slots.amount, to: anchor.adding(days: slots.hasWord("tomorrow") ? 1 : 0))
            else { return nil }
            var draft: DateDraft
            // ("A year ago today", "a week tomorrow": that day; "two years ago this month", that month.)
            switch slots.hasWord("today") || slots.hasWord("tomorrow") ? "D" : slots.hasWord("month") ? "M" : unit.letter {
            case "M": draft = monthDraft(Day(year: day.year, month: day.month, day: 1)!)
            case "Y": draft = yearDraft(day.year)
            default: draft = DateDraft(kind: .date, grain: .day, start: day, end: day)
            }
            draft.anchor = anchor
            return draft
        case .shift:
            // ("The start of the year": this one; "the week after next": two on.)
            let shift = slots.shift ?? slots.text(in: "AFTER_NEXT").flatMap { Int($0) } ?? 0
            // ("Early next week": "week" written as a word, not a unit.)
            guard let anchor, let unit = slots.unit ?? (slots.hasWord("week") ? DateUnit("W") : nil), unit.count == 1,
                  var draft = period(unit.letter, shift, from: anchor) else { return nil }
            draft.anchor = anchor
            // "Early next week": those days of it (@WEEK_PART).
            if unit.letter == "W", let (first, last) = slots.months(in: "WEEK_PART") ?? slots.months(in: "WEEK_PART_LATER"), let monday = draft.start {
                (draft.start, draft.end) = (monday.adding(days: first - 1), monday.adding(days: last - 1))
            }
            // ("From next week", "from this week": a start, as a season is; "the emails from last
            // week" say where they came from.)
            draft.named = unit.letter == "W" && shift >= 0
            return draft
        case .relative:
            // Counted once the passage's dates are all found (countFromTheDateBefore).
            let written = slots.text(in: "RELATIVE") ?? slots.text(in: "THAT") ?? (slots.hasWord("same") ? "0" : slots.hasWord("next") ? "1" : nil)
            // ("The same day", "the same week": how soon, more often than a day: "they ring back
            // the same day".)
            guard let count = written.flatMap({ Int($0) }), let unit = slots.unit else { return nil }
            var draft = DateDraft(kind: .year)
            // ("The previous quarter": three months, counted as a quarter.)
            if unit.letter == "M", unit.count == 3, !slots.hasWord("same") {
                draft.step = ("Q", count)
                return draft
            }
            guard unit.count == 1, (slots.hasWord("same") ? ["Y", "M"] : ["Y", "M", "W", "D"]).contains(unit.letter) else { return nil }
            draft.step = (unit.letter, count)
            return draft
        case .soFar:
            // "Later this summer", "later this summer term": from the document's date to the
            // season's end (the whole season, if it has not begun).
            if slots.text(in: "REST") != nil, let anchor, let (first, last) = slots.months(in: "SEASON") ?? slots.months(in: "TERM") {
                guard let season = Self.spans(first, last, around: anchor).first(where: { !($0.end < anchor) }) else { return nil }
                let begun = !(anchor < season.start)
                return DateDraft(kind: .interval, grain: begun ? .day : .month, start: begun ? anchor : season.start, end: season.end, anchor: anchor)
            }
            guard let anchor, let unit = slots.unit else { return nil }
            let start: Day
            switch unit.letter {
            case "Y": start = Day(year: anchor.year, month: 1, day: 1)!
            case "M": start = Day(year: anchor.year, month: anchor.month, day: 1)!
            case "W" where unit.count == 1: start = anchor.adding(days: 1 - anchor.weekday)
            default: return nil
            }
            // "Later this year": from the document's date to the end.
            if slots.text(in: "REST") != nil {
                let end = switch unit.letter {
                case "Y": Day(year: anchor.year, month: 12, day: 31)!
                case "M": start.endOfMonth
                default: start.adding(days: 6)
                }
                return DateDraft(kind: .interval, grain: .day, start: anchor, end: end, anchor: anchor)
            }
            return DateDraft(kind: .interval, grain: .day, start: start, end: anchor, anchor: anchor)
        case .within:
            guard let unit = slots.unit else { return nil }
            // ("Within 3–5 working days": the longer.)
            let amount = slots.counts.max() ?? 1
            let (ofWords, notLast, ending) = (slots.words, grammar.list("NOT_LAST"), grammar.list("NOT_WITHIN"))
            if let last = ofWords.last, notLast.entries[last] != nil { return nil }
            // ("Within 28 days of the date this decision was sent": the date, told by what was done
            // on it, @DATED; "which" and the verb there end nothing.)
            let dated = ofWords.count > 3 && ofWords[0] == tenseWords.the && ofWords[1] == tenseWords.date
                && grammar.list("DATED").entries[ofWords[ofWords.count - 1]] != nil
            if !dated, ofWords.contains(where: { ending.entries[$0] != nil }) { return nil }
            // ("Within 6 weeks of arrival | the full amount is payable": a word of @DETERMINER
            // starts what follows, unless just after one of @NOT_LAST or a verb's "-ing", as in
            // "of the date of the request", "of receiving the request".)
            if !dated, ofWords.count > 1, position + ofWords.count <= tokens.count,
               let first = (position...tokens.count - ofWords.count).first(where: { start in ofWords.indices.allSatisfy { tokens[start + $0].id == ofWords[$0] } }),
               (first + 1..<first + ofWords.count).contains(where: {
                   word(at: $0, in: tenseWords.determiner) && !word(at: $0 - 1, in: notLast) && !endsInIng(at: $0 - 1)
               }) {
                return nil
            }
            let counted = grammar.list("COUNTED_FROM")
            // ("Within eight weeks of that letter": another letter, told of before.)
            let named = counted.holdsEntry(in: ofWords) && !grammar.list("NOT_THIS").holdsEntry(in: ofWords)
            let long = unit.letter == "M" || unit.letter == "Y"
            // "within 35 days of the report's publication" and "within 18 months" count from the
            // document; "within six weeks of referral" and "reply within five working days" are standards.
            // ("Before the expiration of three years from the date of this permission": the day before.)
            let end = anchor.flatMap { unit.add(amount, to: $0) }.map { tokens[position].id == tenseWords.before ? $0.adding(days: -1) : $0 }
            // "The council replied within a month": how long something took, not a deadline; "they
            // were asked to reply within a month": a wait counted from the asking.
            if !isAhead(after: position), isPastVerb(at: position - 1) || wasAsked(before: position) {
                return DateDraft(kind: .duration, length: unit.length(amount))
            }
            // "I asked in March and was promised an answer within a month": a promise (@PROMISE) in
            // a clause that looks back, after a date gone by in its sentence, a wait counted from
            // then, not from the document's date ("published in May, with a monitoring visit within
            // 18 months" is due).
            if !isAhead(after: position), ofWords.isEmpty, clause(at: position, says: "PROMISE"), earlierDateGoneBy() != nil, past() {
                return DateDraft(kind: .duration, length: unit.length(amount))
            }
            // "Within 20 working days of a child coming into care, then within three months": the
            // next step of a standard told before it is a standard too.
            if position > 0, tokens[position - 1].id == tenseWords.then, previous?.draft.kind == .duration {
                return DateDraft(kind: .duration, length: unit.length(amount))
            }
            // "Any tree which dies within five years shall be replaced": what a thing does within
            // the time, told of in a clause about it (@WHICH and one verb), is a condition.
            if word(at: position - 2, in: grammar.list("WHICH")), tokens[position - 1].kind == .word,
               !word(at: position - 1, in: tenseWords.modal), !word(at: position - 1, in: tenseWords.future) {
                return DateDraft(kind: .duration, length: unit.length(amount))
            }
            // "Families can request a review within two months", "you can ask for a review within 20
            // working days of the decision": a time limit, not a deadline; but "you can appeal within
            // two months of the date of this letter" counts from the document itself (@SELF). So
            // does a sentence that names the law (@LAW): "by law, the council must respond within
            // 15 days of the notice".
            let selfNamed = ofWords.contains { grammar.list("SELF").entries[$0] != nil }
            if !selfNamed, !isAhead(after: position), clause(at: position, says: "STANDING") || DateMatcher.contains(grammar.list("LAW"), in: tokens) {
                return DateDraft(kind: .duration, length: unit.length(amount))
            }
            // "Within 35 working days of the report's publication" in a response written after it:
            // from the day the document gave for the report's publication (unless that puts a
            // promise in the past: "a reinspection will follow within three years of the previous
            // inspection", given as 2019, is not 2022's).
            if named, let anchor, let event = events.day(named: ofWords, anchor: anchor, wait: { unit.add(amount, to: $0) }),
               let due = unit.add(amount, to: event), !(future() && due < anchor) {
                return DateDraft(kind: .deadline, grain: .day, start: event, end: due, anchor: event)
            }
            // ("The canal opened in 1794, and within ten years it was carrying coal": how long, told
            // of by a verb in the past after it; "with a monitoring visit within 18 months" is due.)
            if !named, ofWords.isEmpty, !isAhead(after: position),
               (position + 1..<clause(at: position).range.upperBound).contains(where: { isPastVerb(at: $0) }) {
                return DateDraft(kind: .duration, length: unit.length(amount))
            }
            if named || (ofWords.isEmpty && (long || isAhead(after: position))), let end {
                return DateDraft(kind: .deadline, grain: .day, start: anchor, end: end, anchor: anchor)
            }
            return DateDraft(kind: .duration, length: unit.length(amount), dueBy: end)
        case .endOf:
            guard let anchor else { return nil }
            if let (_, last) = slots.months(in: "QUARTER") {
                // ("At the end of Q1 2026/27": a quarter of a year written, read as one, the words
                // before it a lead.)
                let quarter = grammar.list("QUARTER")
                if let at = (position..<min(position + 6, tokens.count)).first(where: { word(at: $0, in: quarter) }),
                   at + 1 < tokens.count, tokens[at + 1].kind == .number { return nil }
                // "by the end of Q2": of the document's year, or the next once it is past.
                guard var end = Day(year: anchor.year, month: last, day: 1)?.endOfMonth else { return nil }
                if end < anchor && future() { end = end.adding(years: 1) }
                return DateDraft(kind: .deadline, grain: .day, start: anchor, end: end, anchor: anchor)
            }
            guard let period = slots.text(in: "PERIOD"), var end = end(of: period, around: anchor) else { return nil }
            // ("Pay my share end of the month": "end of" with no word before it that reads it
            // otherwise: not "towards the end of the year", "due end of the month", whose lead is "due".)
            if tokens[position].id == tenseWords.end, position > 0,
               word(at: position - 1, in: grammar.list("NOT_BARE_END")) || grammar.leadsStartingAt[tokens[position - 1].id] != nil {
                return nil
            }
            // "Membership grew to 2,340 families by the end of the year": in a clause that looks
            // back, the end gone by (the period before this one's); not one said ("they said end of
            // the week").
            if past(), anchor < end, !word(at: position - 1, in: tenseWords.saying) {
                var day = anchor
                for _ in 0..<400 where self.end(of: period, around: day) == end { day = day.adding(days: -1) }
                guard let earlier = self.end(of: period, around: day), earlier < anchor else { return nil }
                end = earlier
            }
            return DateDraft(kind: .deadline, grain: .day, start: anchor, end: end, anchor: anchor)
        case .wait:
            // ("Over the last 6/52": weeks, as doctors write them, six of the fifty-two; "in
            // 3/12", months, three of the twelve.)
            let shorthand = slots.numbers.contains(52) ? DateUnit("W") : slots.numbers.contains(12) && (slots.counts.last ?? 12) < 12 ? DateUnit("M") : nil
            guard let unit = slots.unit ?? shorthand else { return nil }
            // "Mum reports Ava (22 months) is not yet walking": a child's age in brackets after her
            // name (a word with a capital and then small letters: "CAMHS (18 months)" is a wait).
            if isAgeAfterName(at: position) { return .some(nil) }
            // "9.5 weeks": the whole number, and the fraction as written two tokens on.
            if slots.hasFraction {
                guard let whole = slots.counts.first, let fraction = writtenNumber(at: position + 2) else { return nil }
                return DateDraft(kind: .duration, length: unit.length(whole: whole, fraction: fraction))
            }
            // "two years and three months": P2Y3M (years and months only: ISO 8601 writes no weeks beside them).
            let units = slots.entries(in: "UNIT").compactMap(DateUnit.init)
            if units.count == 2 {
                guard units.map(\.letter) == ["Y", "M"], units.allSatisfy({ $0.count == 1 }), slots.counts.count == 2 else { return nil }
                return DateDraft(kind: .duration, length: "P\(slots.counts[0])Y\(slots.counts[1])M")
            }
            if let half = slots.text(in: "FRACTION") {
                return DateDraft(kind: .duration, length: unit.length(whole: slots.counts.first ?? 1, fraction: half))
            }
            // "Due in six months": a wait after "in" ends somewhere, should a "due" before it
            // make it a deadline ("reduced by six months" does not).
            let dueBy = tokens.indices.contains(position - 1) && tokens[position - 1].id == tenseWords.in
                ? anchor.flatMap { unit.add(slots.counts.last ?? 1, to: $0) } : nil
            return DateDraft(kind: .duration, length: unit.length(slots.counts.last ?? 1), dueBy: dueBy)
        case .repeat:
            // ("Moved from Tuesday to Thursday": two days, not the days between, as a range.)
            if slots.weekday != nil, isMovedFrom(position) { return nil }
            // ("10 monthly instalments": ten of them, a month apart; "monthly" alone is read.)
            if !slots.counts.isEmpty, slots.text(in: "REPEAT") != nil,
               (position + 2...position + 3).contains(where: { word(at: $0, in: grammar.list("INSTALMENTS")) }) { return nil }
            return DateDraft(kind: .recurrence, length: every(slots))
        case .dayWord:
            guard let anchor, let shift = slots.text(in: "DAY_WORD").flatMap({ Int($0) }) else { return nil }
            let day = anchor.adding(days: shift)
            return DateDraft(kind: .date, grain: .day, start: day, end: day, anchor: anchor)
        case .open, .by, .byUnlessPast, .byIfFuture, .due, .nearest, .before, .byStart, .asIs:
            return nil
        }
    }

    /// The year, month or week (`unit` Y, M or W) `shift` of them from the one `base` falls in.
    func period(_ unit: String, _ shift: Int, from base: Day) -> DateDraft? {
        switch unit {
        case "Y": return yearDraft(base.year + shift)
        case "M":
            return monthDraft(Day(year: base.year, month: base.month, day: 1)!.adding(months: shift))
        case "W":
            let monday = base.adding(days: 1 - base.weekday + 7 * shift)
            return DateDraft(kind: .interval, grain: .day, start: monday, end: monday.adding(days: 6))
        default: return nil
        }
    }

    func yearDraft(_ year: Int) -> DateDraft {
        DateDraft(kind: .year, grain: .year, start: Day(year: year, month: 1, day: 1), end: Day(year: year, month: 12, day: 31))
    }

    /// The month that starts on `first`.
    func monthDraft(_ first: Day, inferred: Bool = false) -> DateDraft {
        DateDraft(kind: .month, grain: .month, start: first, end: first.endOfMonth, inferred: inferred)
    }

    /// A day or month with no year: the anchor's year, moved back or on by the sentence's tense
    /// or by "last", "next", "this".
    mutating func inferredYear(month: Int, day: Int, shift: Int?) -> Int? {
        guard let anchor else { return nil }
        guard let candidate = Day(year: anchor.year, month: month, day: min(day, Day.length(ofMonth: month, in: anchor.year))) else { return nil }
        if let shift {
            // "Last June" said in July is a year back: the June just gone is "this June".
            let justGone = candidate < anchor && anchor.month - month <= 1
            if shift < 0 { return candidate < anchor && !justGone ? anchor.year : anchor.year - 1 }
            // ("Next September", said in September: the one after this.)
            if shift > 0 { return anchor < candidate && month != anchor.month ? anchor.year : anchor.year + 1 }
            return anchor.year
        }
        // "I've booked them into a camp the first week of August" (@BOOKED), said in July: an
        // appointment, the nearest, whatever the tense (but "booked it back in January", when the
        // booking was made, by the tense).
        let back = focus >= 2 && tokens[focus - 2].id == tenseWords.back
        if !back, clause(at: focus, says: "BOOKED") { return Self.nearestYear(month: month, day: day, to: anchor) }
        if future() && candidate < anchor { return anchor.year + 1 }
        if past() && anchor < candidate { return anchor.year - 1 }
        // Neither: the nearest such day.
        if !future() && !past() { return Self.nearestYear(month: month, day: day, to: anchor) }
        return anchor.year
    }

    /// Months that come round each year ("summer" June to August, "the spring term" January to
    /// March), from the month `first` of `year` to `last` (of the next year when it comes sooner).
    static func span(_ first: Int, _ last: Int, startingIn year: Int) -> (start: Day, end: Day)? {
        guard let start = Day(year: year, month: first, day: 1),
              let end = Day(year: last < first ? year + 1 : year, month: last, day: 1)?.endOfMonth else { return nil }
        return (start, end)
    }

    /// Those months in the years around `anchor`, earliest first.
    static func spans(_ first: Int, _ last: Int, around anchor: Day) -> [(start: Day, end: Day)] {
        (anchor.year - 2...anchor.year + 1).compactMap { span(first, last, startingIn: $0) }
    }

    /// Of spans in order, the one a sentence means with no year: the one under way or to come in a
    /// future-tense sentence, under way or gone in a past one, else the nearest.
    mutating func byTense(_ spans: [(start: Day, end: Day)]) -> (start: Day, end: Day)? {
        guard let anchor else { return nil }
        if future() { return spans.first { !($0.end < anchor) } }
        if past() { return spans.last { !(anchor < $0.start) } }
        // "Back in April, the council promised the plan would be ready by the summer", said in
        // February: what was said of a time to come when an earlier date of the sentence tells,
        // the first not gone by then (last summer).
        if let then = earlierDateGoneBy()?.start, let first = spans.first(where: { !($0.end < then) }) {
            return first
        }
        func distance(_ span: (start: Day, end: Day)) -> Int {
            anchor < span.start ? anchor.days(to: span.start) : span.end < anchor ? span.end.days(to: anchor) : 0
        }
        return spans.min { distance($0) < distance($1) }
    }

    /// The date found just before the one being read, in its sentence, where it has gone by: when
    /// what the sentence tells of was said or done ("Back in April, the council promised…").
    func earlierDateGoneBy() -> (start: Day, end: Day)? {
        guard let previous, let anchor, previous.start >= sentence(at: focus).lowerBound,
              [.date, .month, .year].contains(previous.draft.kind), let start = previous.draft.start else { return nil }
        let end = previous.draft.end ?? start
        return end < anchor ? (start, end) : nil
    }

    /// The first day `day` of a month from `start` to `end`, both days included; nil if none falls
    /// between them.
    static func day(_ day: Int, from start: Day, to end: Day) -> Day? {
        var month = Day(year: start.year, month: start.month, day: 1)!
        while !(end < month) {
            if let date = Day(year: month.year, month: month.month, day: day), !(date < start), !(end < date) { return date }
            month = month.adding(months: 1)
        }
        return nil
    }

    /// The year, of the anchor's and those either side, in which the day of the month falls
    /// nearest the anchor (a day past the month's end is its last day).
    static func nearestYear(month: Int, day: Int, to anchor: Day) -> Int {
        func distance(_ year: Int) -> Int {
            Day(year: year, month: month, day: min(day, Day.length(ofMonth: month, in: year))).map { abs(anchor.days(to: $0)) } ?? .max
        }
        return [anchor.year - 1, anchor.year, anchor.year + 1].min { distance($0) < distance($1) } ?? anchor.year
    }

    /// A day of a month with no month written ("the 14th"), and the span from it `end` gives:
    /// this month's, last month's or next month's, by the sentence's tense or as SHIFT says, one
    /// whose day is the weekday written ("Thursday 16th"). In a clause that looks neither way ("the
    /// school is closed from the 24th"), the first whose span has not ended, as a weekday is read;
    /// but "your email of the 20th" names one gone by, and a weekday written with it ("Monday,
    /// 6th") says which.
    mutating func dayOfMonth(_ day: Int, at position: Int, slots: DateCaptures, weekday said: Int? = nil, end: (Day) -> Day? = { $0 }) -> (start: Day, end: Day)? {
        guard let anchor else { return nil }
        let weekday = slots.weekday ?? said
        let thisMonth = Day(year: anchor.year, month: anchor.month, day: 1)!
        let months = (-2...2).compactMap { shift -> (start: Day, end: Day)? in
            let first = thisMonth.adding(months: shift)
            guard let start = Day(year: first.year, month: first.month, day: day), let last = end(start) else { return nil }
            return (start, last)
        }.filter { weekday == nil || $0.start.weekday == weekday }
        switch slots.shift {
        case let shift? where shift > 0: return months.first { anchor < $0.start }
        case let shift? where shift < 0: return months.last { $0.start < anchor }
        default:
            // ("Your email of the 20th", "it's dated the 18th": a day gone by, unless the clause
            // looks forward.)
            let named = position >= 2 && [tenseWords.of, tenseWords.dated].contains(tokens[position - 2].id)
            // (Not "instead of the 16th": "of" after a thing sent, @SENT.)
            let sentOn = named && (tokens[position - 2].id == tenseWords.dated || word(at: position - 3, in: grammar.list("SENT")))
            if sentOn, !future(), let gone = months.last(where: { !(anchor < $0.start) }) { return gone }
            // "Parents' evening got moved to the 11th": what a thing is moved to is ahead, as a
            // weekday is; "moved" elsewhere in the clause, the nearest, one to come where two are as
            // near.
            if movedTo(position - (position > 0 && tokens[position - 1].id == tenseWords.the ? 1 : 0)) { return months.first { !($0.end < anchor) } }
            if clause(at: position, says: "MOVED") {
                return months.min { abs(anchor.days(to: $0.start)) < abs(anchor.days(to: $1.start))
                    || abs(anchor.days(to: $0.start)) == abs(anchor.days(to: $1.start)) && anchor < $0.start }
            }
            // "I booked a dentist for the 23rd" (@BOOKED): an appointment, the next.
            if clause(at: position, says: "BOOKED") { return months.first { !($0.end < anchor) } }
            // "The home has been closed from Monday 14th": what has been so from a day, the last.
            let lead = position - (position > 0 && tokens[position - 1].id == tenseWords.the ? 2 : 1)
            if lead >= 0, tokens[lead].id == tenseWords.from, !past(),
               clause(at: position).range.contains(where: { tokens[$0].id == tenseWords.been && word(at: $0 - 1, in: tenseWords.have) }) {
                return months.last { !(anchor < $0.start) } ?? months.first { !($0.end < anchor) }
            }
            let chosen = past() || future() || named ? byTense(months) : months.first { !($0.end < anchor) }
            // "It was on Monday 9th", said on the 4th: a weekday and a day that fall together only
            // ahead are that day, whatever the tense.
            guard chosen == nil, weekday != nil else { return chosen }
            return months.min { abs(anchor.days(to: $0.start)) < abs(anchor.days(to: $1.start)) }
        }
    }

    /// Whether the words at `position` follow a date ending at `end` as the next of a list: a
    /// mark or "and"/"or" between, or nothing ("Friday 21st and Thursday 27th", "12 September, 9
    /// January").
    func listed(at position: Int, after end: Int) -> Bool {
        position >= end && position - end <= 2
            && (end..<position).allSatisfy { tokens[$0].kind == .mark || word(at: $0, in: tenseWords.shared) }
    }

    /// After a day listed before others ("27 | or 29 October", "3 | , 10 and 17 November"): the
    /// month written after the last day of the list, the year written after it, and that day.
    func monthAhead(after start: Int) -> (month: Int, year: Int?, day: Int)? {
        var (index, day) = (start, 0)
        while index + 1 < tokens.count, mark(tokens[index], is: ",") || mark(tokens[index], is: "&") || word(at: index, in: tenseWords.shared) {
            index += tokens[index + 1].id == tenseWords.the ? 2 : 1
            if index + 1 < tokens.count, word(at: index, in: grammar.list("WEEKDAY")) || word(at: index, in: tenseWords.shortWeekdays) { index += 1 }
            guard index < tokens.count, tokens[index].kind == .number, tokens[index].digits <= 2, (1...31).contains(tokens[index].value) else { return nil }
            (day, index) = (tokens[index].value, index + 1)
            // ("10–11 and 17–18 August": a span of days listed, its last day the one that counts.)
            if index + 1 < tokens.count, tokens[index + 1].touching, mark(tokens[index], is: "–") || mark(tokens[index], is: "-"),
               tokens[index + 1].kind == .number, tokens[index + 1].digits <= 2 {
                (day, index) = (tokens[index + 1].value, index + 2)
            }
            if index + 1 < tokens.count, tokens[index].id == tenseWords.of { index += 1 }
            if index < tokens.count, tokens[index].kind == .word, let month = tenseWords.months.value(of: tokens[index].id).flatMap({ Int($0) }) {
                let year = index + 1 < tokens.count && tokens[index + 1].kind == .number && tokens[index + 1].digits == 4 ? tokens[index + 1].value : nil
                return (month, year, day)
            }
        }
        return nil
    }

    /// Of the years either side of `year`, the first whose `day` falls on `weekday` within a year
    /// of the document's date: the year a weekday written beside a day with no year names.
    func yearNamed(by weekday: Int, around year: Int, day: (Int) -> Day?) -> Int? {
        [year + 1, year - 1].first { other in
            guard let candidate = day(other), candidate.weekday == weekday else { return false }
            return anchor.map { abs($0.days(to: candidate)) <= 366 } ?? true
        }
    }

    /// From the first day, month or year written to the second; what is written once is shared
    /// ("10 to 13 July 2023"), and a start later than the end is in the year before ("December
    /// to March 2024").
    mutating func range(_ slots: DateCaptures) -> DateDraft?? {
        // "Moved from 3 March to 10 March": two days, one it was and one it is, no span.
        if isMovedFrom(focus) { return nil }
        // (Years of two digits are this century's: "01/03/26 - 31/03/26".)
        let (days, months) = (slots.days, slots.months)
        let years = slots.years.isEmpty ? slots.allTwoDigits.map { 2000 + $0 } : slots.years
        if days.isEmpty && months.isEmpty {
            // ("1914–18": the second year's last two digits, a span of years, not a financial
            // year's; the year after is "1914–15", read as year-pair reads it.)
            if slots.years.count == 1, let year = slots.years.first, let end = slots.twoDigits {
                let last = year - year % 100 + end
                guard last > year + 1 else { return nil }
                return DateDraft(kind: .interval, grain: .year, start: yearDraft(year).start, end: yearDraft(last).end)
            }
            guard years.count == 2, years[0] < years[1] else { return nil }
            return DateDraft(kind: .interval, grain: .year, start: yearDraft(years[0]).start, end: yearDraft(years[1]).end)
        }
        guard let lastMonth = months.last else { return nil }
        // ("13 and 14 July": two days side by side, a span; "10 and 17 November" two days, and
        // "24, 25 and 26 December" three, as day-ahead reads them.)
        if days.count == 2, months.count == 1, slots.hasWord("and") || slots.hasWord("&"),
           !(focus > 0 && tokens[focus - 1].id == tenseWords.between),
           days[1] != days[0] + 1 || focus > 1 && mark(tokens[focus - 1], is: ",") && tokens[focus - 2].kind == .number { return nil }
        let lastDay = days.last ?? Day.length(ofMonth: lastMonth, in: 2000)
        // ("Between March and May last year": the year SHIFT names.)
        let shifted = slots.shift.flatMap { shift in slots.hasWord("year") ? anchor.map { $0.year + shift } : nil }
        guard var lastYear = years.last ?? shifted ?? inferredYear(month: lastMonth, day: min(lastDay, 28), shift: nil) else { return nil }
        var (firstMonth, firstDay) = (months[0], days.first ?? 1)
        // ("From the 29th to the 1st of September": one month written, a first day after the last
        // is of the month before.)
        if months.count == 1, days.count == 2, firstDay > lastDay { firstMonth = lastMonth == 1 ? 12 : lastMonth - 1 }
        func span(endingIn lastYear: Int) -> (start: Day, end: Day)? {
            var firstYear = years.count > 1 ? years[0] : lastYear
            if years.count < 2 && (firstMonth, firstDay) > (lastMonth, lastDay) { firstYear -= 1 }
            guard let start = Day(year: firstYear, month: firstMonth, day: firstDay),
                  let end = days.isEmpty ? Day(year: lastYear, month: lastMonth, day: 1)?.endOfMonth : Day(year: lastYear, month: lastMonth, day: lastDay),
                  start < end else { return nil }
            return (start, end)
        }
        // With no year, in a sentence that looks neither way, the span nearest the document's date
        // as a whole, under way or the nearer of the last and the next: "£12 a month from September
        // to June", said in late August, is the season to come. In one that looks back, the last
        // begun ("the scheme ran from July to September", said on 10 September, is this year's).
        if years.isEmpty, shifted == nil, !future(), let anchor,
           let nearest = byTense((anchor.year - 1...anchor.year + 1).compactMap { span(endingIn: $0) }) {
            lastYear = nearest.end.year
        }
        // ("Fri 5 Aug – Sun 7 Aug", with no year: the weekday names it, as a day's does, where a
        // year either side has it so and is within a year of the document.)
        if years.isEmpty, shifted == nil, let weekday = slots.weekday, !days.isEmpty,
           let written = span(endingIn: lastYear), written.start.weekday != weekday,
           let named = yearNamed(by: weekday, around: lastYear, day: { span(endingIn: $0)?.start }) {
            lastYear = named
        }
        guard let (start, end) = span(endingIn: lastYear) else { return nil }
        return DateDraft(kind: .interval, grain: days.isEmpty ? .month : .day, start: start, end: end)
    }

    /// A school term: in the year written ("the autumn term 2023"), in the academic year written
    /// ("summer term 2023/24"), or the term of the document's academic year, moved by the tense.
    mutating func term(_ slots: DateCaptures) -> DateDraft?? {
        guard var (first, last) = slots.months(in: "TERM") else {
            // "last term", "next term", "this term": counted in terms from the one under way
            // (or, in a holiday, the one to come); "the start of term", the one under way.
            guard let anchor else { return nil }
            let shift = slots.shift ?? 0
            // ("This half term": of the terms' halves, the first half of the spring term January
            // and February.)
            let halves = slots.hasWord("half")
            var terms = grammar.list("TERM").all.compactMap { DateCaptures.months($0.value) }
                .flatMap { first, last in halves ? [(first, first + (last - first) / 2), (last - (last - first) / 2, last)] : [(first, last)] }
                .flatMap { Self.spans($0.0, $0.1, around: anchor) }
            terms.sort { $0.start < $1.start }
            guard let now = terms.firstIndex(where: { !($0.end < anchor) }) else { return nil }
            // In a holiday, "next term" and "this term" are both the one to come; so, in a
            // sentence that looks forward, is "the start of term" ("families will get a timetable
            // before the start of term", said in December, is January's).
            let underWay = !(anchor < terms[now].start)
            var index = underWay || shift <= 0 ? now + shift : now + shift - 1
            let starts = focus >= 2 && [tenseWords.start, tenseWords.beginning].contains(tokens[focus - 2].id)
            if starts, slots.shift == nil, underWay, future() { index += 1 }
            guard terms.indices.contains(index) else { return nil }
            return DateDraft(kind: .interval, grain: .month, start: terms[index].start, end: terms[index].end, anchor: anchor, named: true)
        }
        // "Autumn 1", "Spring 2": the first or second half of the term (of spring's three
        // months, January and February, then February and March).
        // (And "the first half of the autumn term".)
        if let half = slots.numbers.first ?? slots.months(in: "HALF").map({ $0.0 == 1 ? 1 : 2 }), first <= last {
            let span = (last - first) / 2
            (first, last) = half == 1 ? (first, first + span) : (last - span, last)
        }
        guard var year = slots.years.first else {
            // No year: the last gone in a sentence that looks back, else the one under way or to
            // come, as a school's calendar is read ("visits take place in the summer term").
            guard let anchor else { return nil }
            let terms = Self.spans(first, last, around: anchor)
            guard let term = past() ? byTense(terms) : terms.first(where: { !($0.end < anchor) }) else { return nil }
            return DateDraft(kind: .interval, grain: .month, start: term.start, end: term.end, named: true)
        }
        // "the summer term 2023/24": the year of the academic year the term falls in.
        let academicStart = startMonth(of: "academic") ?? 9
        if slots.twoDigits != nil || slots.years.count > 1, first < academicStart { year += 1 }
        guard let start = Day(year: year, month: first, day: 1), let end = Day(year: year, month: last, day: 1)?.endOfMonth else { return nil }
        return DateDraft(kind: .interval, grain: .month, start: start, end: end, named: true)
    }

    /// "Christmas", "Easter", "half term": the one the sentence's tense points to, as a day
    /// ("12-25"; Easter Sunday, reckoned for the year; "11-7:2", the second Sunday of November)
    /// or a month (of those a value lists).
    mutating func holiday(_ slots: DateCaptures) -> DateDraft?? {
        guard let anchor, let value = slots.text(in: "HOLIDAY") ?? slots.text(in: "HALF_TERM") ?? slots.text(in: "BANK_DAY")
                ?? slots.text(in: "BANK_MONDAY") ?? slots.text(in: "BANK_NAMED").map({ "bank:" + $0 })
                ?? slots.text(in: "BANK_MONTH").map({ "bank:" + $0 }) else { return nil }
        // "The Easter before last", "the Christmas after next": two back or on.
        let twice = slots.entries(in: "AFTER_NEXT").first.flatMap { Int($0) }
        // "Easter 2025": that year's (the only one byTense has to choose from).
        let years = slots.years.first.map { $0...$0 } ?? anchor.year - (twice == nil ? 1 : 3)...anchor.year + (twice == nil ? 1 : 3)
        // "Three weeks before Christmas", "the day after Boxing Day": so long from the day.
        let sign = twice != nil ? 0 : slots.hasWord("before") ? -1 : slots.hasWord("after") ? 1 : 0
        let unit = slots.unit ?? DateUnit("D")
        let counted = { (day: Day) -> Day in sign == 0 ? day : unit?.add(sign * slots.amount, to: day) ?? day }
        // A day "on" or "over" which something is, in a clause that looks neither way, is the next,
        // as a weekday is ("the school is closed on Remembrance Sunday", "there are no collections
        // over Christmas"), and so is a day counted from one ("the fair is three weeks before
        // Christmas"), and "bank holiday Monday", said as a weekday is: one gone by is told in the
        // past tense.
        // (Others are the nearest: "they said they'd apply after Christmas".)
        // (A pattern's "the?" is found after the rest: "on the late May bank holiday" may start at
        // "late".)
        let before = focus > 0 && tokens[focus - 1].id == tenseWords.the ? focus - 2 : focus - 1
        let on = before >= 0 && [tenseWords.on, tenseWords.over].contains(tokens[before].id) || sign != 0
            || slots.text(in: "BANK_MONDAY") != nil || slots.text(in: "BANK_NAMED") != nil && slots.hasWord("monday")
        // "The week before Christmas": the seven days before it; "the Thursday after the bank
        // holiday", the first Thursday after it.
        let week = sign != 0 && slots.unit == nil && slots.hasWord("week")
        let weekday = sign != 0 ? slots.weekday : nil
        func chosen(_ days: [Day]) -> (start: Day, end: Day)? {
            let spans = days.sorted().map { day -> (Day, Day) in
                if let weekday {
                    let next = day.next(weekday, step: sign)
                    return (next, next)
                }
                return week ? (sign < 0 ? (day.adding(days: -7), day.adding(days: -1)) : (day.adding(days: 1), day.adding(days: 7))) : (counted(day), counted(day))
            }
            // "Last Christmas", "next Easter", "this Christmas": as SHIFT says (or "next" and
            // "last" after it, as old letters write: "at Lady Day next").
            switch slots.shift ?? twice ?? (slots.hasWord("next") ? 1 : slots.hasWord("last") ? -1 : nil) {
            case let shift? where shift < 0:
                let gone = spans.filter { $0.1 < anchor }
                return gone.count >= -shift ? gone[gone.count + shift] : nil
            case let shift? where shift > 0:
                let coming = spans.filter { anchor < $0.0 }
                return coming.count >= shift ? coming[shift - 1] : nil
            case .some: return spans.first { $0.0.year == anchor.year }
            case nil:
                // ("They said Easter, then they said after Easter": what was said of a day is the
                // nearest, whatever the tense, as "they said October" is.)
                let said = word(at: focus - 1, in: tenseWords.saying)
                    || word(at: focus - 1, in: grammar.list("RELATIVE")) && word(at: focus - 2, in: tenseWords.saying)
                if said, slots.years.isEmpty { return spans.min { abs(anchor.days(to: $0.0)) < abs(anchor.days(to: $1.0)) } }
                // ("Closed on Christmas Eve, Christmas Day or Boxing Day": one listed just after
                // another day shares its "on", in a clause that looks neither way.)
                if let previous, previous.draft.kind == .date, listed(at: focus, after: previous.end), slots.years.isEmpty, !past(), !future() {
                    return spans.first { !($0.1 < anchor) }
                }
                return past() || future() || !on || slots.years.count == 1 ? byTense(spans) : spans.first { !($0.1 < anchor) }
            }
        }
        // (A day of the same date each year with no year written has its year inferred: "in
        // September 2022. By Christmas he'd stopped eating" is that Christmas, as a story is told.
        // Easter's days move, and are not moved so.)
        func draft(_ span: (start: Day, end: Day), fixed: Bool = false) -> DateDraft {
            DateDraft(kind: span.start == span.end ? .date : .interval, grain: .day, start: span.start, end: span.end,
                      inferred: fixed && slots.years.isEmpty && sign == 0 && slots.shift == nil)
        }
        // "The bank holiday": one of England's, from the table; "the bank holiday weekend", the
        // weekend it makes longer (a Monday's from the Saturday, a Friday's to the Sunday).
        if value == "bank" || value.hasPrefix("bank:") {
            // ("Bank holiday Monday": one that falls on a Monday; "the early May bank holiday",
            // the one of each year that name says.)
            let monday = slots.text(in: "BANK_MONDAY") != nil
            let named = value.dropFirst("bank:".count).split(separator: ",")
            let days = value == "bank" ? Array(BankHolidays.england.filter { years.contains($0.year) && (!monday || $0.weekday == 1) })
                : years.flatMap { year in named.compactMap { BankHolidays.named(String($0), in: year) } }
            guard let day = chosen(days) else { return nil }
            guard slots.hasWord("weekend") else { return draft(day) }
            switch day.start.weekday {
            case 1: return draft((day.start.adding(days: -2), day.start))
            case 5: return draft((day.start, day.start.adding(days: 2)))
            default: return draft(day)
            }
        }
        // "The Easter weekend": Good Friday to Easter Monday, the two bank holidays and the days
        // between (no other day of @HOLIDAY names a weekend).
        let weekend = slots.hasWord("weekend")
        if weekend, value != "easter" { return nil }
        // "easter-2": Good Friday, two days before Easter Sunday.
        if value.hasPrefix("easter") {
            let offset = Int(value.dropFirst("easter".count).replacingOccurrences(of: "+", with: "")) ?? 0
            guard let day = chosen(years.map { Day.easterSunday(in: $0).adding(days: offset) }) else { return nil }
            return weekend ? draft((day.start.adding(days: -2), day.end.adding(days: 1))) : draft(day)
        }
        // "11-27>7": the first Sunday (weekday 7) on or after 27 November, as Advent Sunday is;
        // "11-27>7/12-24", from that day to 24 December, as Advent is.
        if let mark = value.firstIndex(of: ">"), let (month, day) = DateCaptures.months(String(value[..<mark])) {
            let rest = value[value.index(after: mark)...].split(separator: "/", maxSplits: 1)
            guard let weekday = rest.first.flatMap({ Int($0) }) else { return nil }
            let last = rest.count > 1 ? DateCaptures.months(String(rest[1])) : nil
            let spans = years.compactMap { year -> (Day, Day)? in
                guard let from = Day(year: year, month: month, day: day) else { return nil }
                let first = from.adding(days: (weekday - from.weekday + 7) % 7)
                guard let last else { return (first, first) }
                return Day(year: year, month: last.0, day: last.1).map { (first, $0) }
            }
            guard let span = chosen(spans.map(\.0)), let end = spans.first(where: { $0.0 == span.start })?.1 else { return nil }
            return draft((span.start, sign == 0 ? end : span.end))
        }
        // "11-7:2": the second Sunday (weekday 7) of November, as Remembrance Sunday is.
        if let colon = value.firstIndex(of: ":"), let nth = Int(value[value.index(after: colon)...]),
           let (month, weekday) = DateCaptures.months(String(value[..<colon])) {
            let days = years.compactMap { Day(year: $0, month: month, day: 1) }
                .map { first in first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1)) }
            guard let day = chosen(days) else { return nil }
            return draft(day)
        }
        // "12-25": a month and its day, written as a list's span of months is.
        if let (month, day) = DateCaptures.months(value) {
            guard let day = chosen(years.compactMap { Day(year: $0, month: month, day: day) }) else { return nil }
            return draft(day, fixed: true)
        }
        // "the October half term": that one of them.
        let named = slots.text(in: "TERM_HALF_TERM").flatMap { Int($0) }.map { [$0] }
        let months = named ?? (slots.months.isEmpty ? value.split(separator: ",").compactMap { Int($0) } : slots.months)
        // Each as its usual week where @HALF_TERM_WEEK gives one, to tell one gone from one to come
        // ("struggling since half term", said on 14 May, is February's), read as its month.
        func halfTermWeek(_ month: Day) -> Day? {
            grammar.value(in: "HALF_TERM_WEEK", of: String(month.month)).flatMap { Int($0) }
                .flatMap { Day(year: month.year, month: month.month, day: $0) }.map { $0.adding(days: -1).next(1) }
        }
        let firsts = years.flatMap { year in months.compactMap { Day(year: year, month: $0, day: 1) } }.sorted()
        let weeks = firsts.map { first in halfTermWeek(first).map { ($0, $0.adding(days: 6)) } ?? (first, first.endOfMonth) }
        // One a limit is set by, in a clause that does not look back, is the next ("he's off till
        // half term", said in March, is May's), as a weekday is; so is one booked ("dentist –
        // booked for May half term"), as a day of the month is. (Not one reported with "would":
        // "they said it'd be paid by half term", said in November, the nearest, October's.)
        let limit = limitAhead(before: focus) && !clause(at: focus, says: "NEITHER") || clause(at: focus, says: "BOOKED")
        // "The week before half term": the seven days before its week (or after it), chosen so.
        if week {
            let beside = weeks.map { sign < 0 ? ($0.0.adding(days: -7), $0.0.adding(days: -1)) : ($0.1.adding(days: 1), $0.1.adding(days: 7)) }
            guard let chosen = limit ? beside.first(where: { !($0.1 < anchor) }) : byTense(beside) else { return nil }
            return draft(chosen)
        }
        guard let chosen = limit ? weeks.first(where: { !($0.1 < anchor) }) : byTense(weeks),
              let first = Day(year: chosen.0.year, month: chosen.0.month, day: 1) else { return nil }
        var draft = monthDraft(first)
        draft.weekStarts = halfTermWeek(first)
        return draft
    }

    /// "Q1 2024" (January to March), "Q1 2024/25" (a quarter of the financial year: April to June
    /// 2024), "the second quarter of 2024".
    mutating func quarter(_ slots: DateCaptures) -> DateDraft?? {
        let number = slots.months(in: "QUARTER").map { ($0.0 + 2) / 3 } ?? Int(slots.text(in: "NTH") ?? "")
        // "This quarter", "last quarter": counted from the calendar quarter under way.
        if number == nil, slots.firstYear == nil {
            guard let anchor else { return nil }
            let under = anchor.startOfQuarter.adding(months: 3 * (slots.shift ?? 0))
            return DateDraft(kind: .interval, grain: .month, start: under, end: under.adding(months: 2).endOfMonth, anchor: anchor, named: true)
        }
        guard let number, (1...4).contains(number) else { return nil }
        // "The first quarter of this year", "of last year": of the calendar year SHIFT names.
        if slots.firstYear == nil, slots.hasWord("year"), let shift = slots.shift, let anchor,
           let first = Day(year: anchor.year + shift, month: 3 * number - 2, day: 1) {
            return DateDraft(kind: .interval, grain: .month, start: first, end: first.adding(months: 2).endOfMonth, anchor: anchor, named: true)
        }
        // "The fourth quarter" with no year: of a calendar year, chosen by the sentence's tense;
        // "Q2" alone, as public bodies write it, of the financial year ("cancer performance in
        // Q2", said in November, is July to September).
        guard let year = slots.firstYear else {
            guard let anchor else { return nil }
            let financial = slots.months(in: "QUARTER") != nil ? (startMonth(of: "financial") ?? 4) - 1 : 0
            let spans = (anchor.year - 2...anchor.year + 1).compactMap { Day(year: $0, month: 3 * number - 2, day: 1)?.adding(months: financial) }
                .map { ($0, $0.adding(months: 2).endOfMonth) }
            // Told of in the past, a quarter of the calendar is one over, as results are reported
            // ("profits fell in the fourth quarter"); a public body's "Q2" is the last begun, as a
            // month is, for its papers report the quarter under way ("rose from 38% in Q1 to 54% in
            // Q2", said in September).
            let told = financial > 0 ? { (span: (Day, Day)) in span.0 <= anchor } : { (span: (Day, Day)) in span.1 < anchor }
            // (In a sentence that looks neither way, a public body's quarter is one it reports on,
            // the last begun too: "Appendix B shows the movement between Q1 and Q2".)
            let reported = past() || financial > 0 && !future()
            guard let chosen = reported ? spans.last(where: told) : byTense(spans) else { return nil }
            return DateDraft(kind: .interval, grain: .month, start: chosen.0, end: chosen.1, named: true)
        }
        var first = Day(year: year, month: 3 * number - 2, day: 1)
        if let next = slots.endDigits {
            guard next == (year + 1) % 100 else { return nil }
            first = Day(year: year, month: startMonth(of: "financial") ?? 4, day: 1)?.adding(months: 3 * (number - 1))
        }
        guard let first else { return nil }
        // (Named, as a season is: "from Q1 2026/27" is a start.)
        return DateDraft(kind: .interval, grain: .month, start: first, end: first.adding(months: 2).endOfMonth, named: true)
    }

    /// The months of "the holidays" with no name, by the month the document was written in
    /// (@UNNAMED_HOLIDAYS): the summer's or Christmas's.
    func unnamedHolidays(_ slots: DateCaptures) -> (Int, Int)? {
        guard slots.hasWord("holidays") || slots.hasWord("hols"), let anchor,
              let months = grammar.value(in: "UNNAMED_HOLIDAYS", of: String(anchor.month)) else { return nil }
        return DateCaptures.months(months)
    }

    /// The month a kind of year starts in, as @STARTS gives it ("financial" 4, "academic" 9; the
    /// tax year's "4-6" is April).
    func startMonth(of kind: String) -> Int? {
        grammar.value(in: "STARTS", of: kind)?.split(separator: "-").first.flatMap { Int($0) }
    }

    /// The last day of the document's month, year, financial or academic year, term or week.
    func end(of period: String, around anchor: Day) -> Day? {
        switch period {
        case "month": return anchor.endOfMonth
        case "year": return Day(year: anchor.year, month: 12, day: 31)
        case "financial", "academic":
            let month = startMonth(of: period) ?? 1
            let year = anchor.month >= month ? anchor.year + 1 : anchor.year
            return Day(year: year, month: month, day: 1)?.adding(days: -1)
        case "week": return anchor.adding(days: 7 - anchor.weekday)
        case "term":
            for entry in grammar.list("TERM").all {
                guard let (first, last) = DateCaptures.months(entry.value) else { continue }
                if (first...last).contains(anchor.month) { return Day(year: anchor.year, month: last, day: 1)?.endOfMonth }
            }
            return nil
        default: return nil
        }
    }

    /// How often, in ISO 8601: "monthly" P1M, "every three months" P3M, "twice a year" P6M,
    /// "every Monday" P1W; nil for "every term".
    func every(_ slots: DateCaptures) -> String? {
        // "Monday to Friday", "weekdays", "every weekday": days of the week, not one repeat; "every
        // few days", "every 3 to 6 months", "once or twice a week", no one length.
        if (slots.entries(in: "WEEKDAY") + slots.entries(in: "WEEKDAY_SHORT")).count > 1 || slots.entries(in: "WEEKDAYS").count > 1
            || slots.text(in: "WORKDAYS") != nil
            || slots.text(in: "WORKDAY") != nil || slots.hasWord("few") || slots.counts.count > 1 || slots.entries(in: "TIMES").count > 1 { return nil }
        // "Every weekend", "every other weekend": a week or two apart.
        if slots.hasWord("weekend") { return "P\(slots.text(in: "OTHER").flatMap { Int($0) } ?? 1)W" }
        // "every other week".
        if let other = slots.text(in: "OTHER").flatMap({ Int($0) }) {
            if slots.weekday != nil || slots.text(in: "WEEKDAYS") != nil { return "P\(other)W" }
            return slots.unit?.length(other)
        }
        // "the first Tuesday of each month": once a month.
        if slots.weekday != nil, let unit = slots.unit { return unit.length(1) }
        if slots.weekday != nil || slots.text(in: "WEEKDAYS") != nil { return "P1W" }
        let repeated = slots.text(in: "REPEAT")
        // "each spring", "every summer term", "every November": once a year.
        if slots.text(in: "SEASON") != nil || slots.text(in: "TERM") != nil || !slots.months.isEmpty || slots.text(in: "STARTS") != nil {
            return "P1Y"
        }
        // "six-monthly": the period of "monthly", six times as long.
        if let repeated, let count = slots.counts.first, let unit = DateUnit(String(repeated.dropFirst())), slots.text(in: "TIMES") == nil {
            return unit.length(count)
        }
        // "bi-monthly": the period of "monthly", twice as long.
        if let repeated, let times = slots.text(in: "BI").flatMap({ Int($0) }), let unit = DateUnit(String(repeated.dropFirst())) {
            return unit.length(times)
        }
        if let repeated, slots.text(in: "TIMES") == nil { return repeated.hasPrefix("P") ? repeated : nil }
        // "twice-monthly": the unit of "monthly", twice.
        guard let unit = slots.unit ?? repeated.flatMap({ DateUnit(String($0.dropFirst())) }) else { return nil }
        let times = slots.text(in: "TIMES").flatMap { Int($0) } ?? (slots.hasTimes ? slots.counts.first : nil)
        guard let times, times > 1 else { return unit.length(slots.counts.first ?? 1) }
        switch unit.letter {
        case "Y" where 12 % (times * unit.count) == 0: return "P\(12 / (times * unit.count))M"
        case "M" where times == 2 && unit.count == 1: return "P2W"
        case "M" where times == 4 && unit.count == 1: return "P1W"
        case "W" where 7 % times == 0: return "P\(7 / times)D"
        // "twice a week": every three and a half days.
        case "W" where unit.count == 1 && 700 % times == 0:
            let hundredths = 700 / times
            var fraction = String(hundredths % 100 + 100).dropFirst()
            while fraction.last == "0" { fraction.removeLast() }
            return "P\(hundredths / 100).\(fraction)D"
        // "twice a day": every twelve hours.
        case "D" where unit.count == 1 && 24 % times == 0: return "PT\(24 / times)H"
        default: return nil
        }
    }
}

/// A unit of time as the rules write it: "D", "WD" (working days), "2W" (a fortnight), "3M", "Y", "T".
struct DateUnit {
    var count: Int
    var letter: String

    init?(_ value: String) {
        let digits = value.prefix { $0.isNumber }
        count = Int(digits) ?? 1
        letter = String(value.dropFirst(digits.count))
        guard ["D", "WD", "W", "M", "Y", "T"].contains(letter) else { return nil }
    }

    /// "P78W", "P10D" (working days as days), "P3Y"; nil for terms.
    func length(_ amount: Int) -> String? {
        switch letter {
        case "D", "WD": "P\(amount * count)D"
        case "W": "P\(amount * count)W"
        case "M": "P\(amount * count)M"
        case "Y": "P\(amount * count)Y"
        default: nil
        }
    }

    /// "P9.5W": a length with a fraction, for a unit of one (not "a fortnight", not a term).
    func length(whole: Int, fraction: String) -> String? {
        guard count == 1, let one = length(1) else { return nil }
        return "P\(whole).\(fraction)" + one.dropFirst("P1".count)
    }

    /// The day `amount` units after `day` (before it, when negative).
    func add(_ amount: Int, to day: Day) -> Day? {
        switch letter {
        case "WD": amount >= 0 ? day.adding(workingDays: amount * count) : nil
        case "D": day.adding(days: amount * count)
        case "W": day.adding(days: 7 * amount * count)
        case "M": day.adding(months: amount * count)
        case "Y": day.adding(years: amount * count)
        default: nil
        }
    }
}
