/// Runs a pattern of `DateGrammar` over a passage's tokens, trying every way its optional parts
/// and choices can go, and says where each way ends and what its classes and lists read.
struct DateMatcher {
    struct Capture {
        var atom: DateGrammar.Atom
        /// A number's value (a number word's too); a word's vocabulary number for words.
        var value: Int
        /// A list entry's place in its list; -1 for none.
        var entry: Int
    }

    /// A way still to be tried: where in the program, where in the passage, how many captures
    /// it keeps, and the one it adds.
    private struct Branch {
        var step: Int
        var index: Int
        var kept: Int
        var adding: Capture?
    }

    let grammar: DateGrammar
    /// The grammar's words, held here: read through the class for every passage, its tables
    /// would be retained and released each time.
    private let vocabulary: DateVocabulary
    private(set) var tokens: [DateToken]
    private var captures: [Capture] = []
    private var branches: [Branch] = []
    private let stops: (Int32, Int32)
    private let numberWords: Int
    /// The passage's words (by vocabulary number) and the shapes of its numbers (bits of
    /// `DateGrammar.numberShapes`), for `canMatch`.
    private var present: [Bool]
    private var shapes: UInt16 = 0
    /// Each requirement's answer for this passage, good while its stamp is `passage`'s.
    private var answered: [(stamp: UInt32, met: Bool)]
    private var passage: UInt32 = 0
    let requirements: [DateGrammar.Requirement]
    let requiredBy: [Int]
    let patternRequirements: [Range<Int>]

    /// The grammar's tables the inner loops use, held here: a struct's constants are read
    /// without the checks and reference counting a class's properties cost.
    let steps: [DateGrammar.Step]
    let lists: [DateGrammar.List]
    let candidates: [Int]
    let wordCandidates: [Range<Int>]
    let numberCandidates: [Range<Int>]
    let programStart: [Int]
    let contextStart: [Int]
    let contextLength: [Int]
    let followingStart: [Int]
    let keyWords: [Bool]
    /// The lists every passage is looked at for: @DONE, @REPORTED, @PROMISED.
    let done, reported, promised: DateGrammar.List
    /// The words that tell a clause's tense.
    let tense: TenseWords

    /// A matcher with no passage yet: `read` gives it one.
    init(grammar: DateGrammar) {
        self.grammar = grammar
        vocabulary = grammar.vocabulary
        tokens = []
        (steps, lists, candidates) = (grammar.steps, grammar.lists, grammar.candidates)
        (wordCandidates, numberCandidates, programStart, contextStart) =
            (grammar.wordCandidates, grammar.numberCandidates, grammar.programStart, grammar.contextStart)
        (contextLength, followingStart) = (grammar.contextLength, grammar.followingStart)
        keyWords = grammar.keyWords
        tense = TenseWords(grammar)
        (done, reported, promised) = (grammar.list("DONE"), grammar.list("REPORTED"), grammar.list("PROMISED"))
        stops = (grammar.vocabulary.lookUp("."), grammar.vocabulary.lookUp(","))
        numberWords = grammar.lists.firstIndex { $0.name == "NUMBER" } ?? -1
        present = Array(repeating: false, count: grammar.vocabulary.words.count)
        (requirements, requiredBy, patternRequirements) = (grammar.requirements, grammar.requiredBy, grammar.patternRequirements)
        answered = Array(repeating: (0, false), count: grammar.requirements.count)
    }

    /// Reads another passage's tokens, keeping the storage of the last.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        for token in tokens where token.kind != .number && token.id >= 0 { present[Int(token.id)] = false }
        vocabulary.tokens(in: bytes, into: &tokens)
        shapes = 0
        for token in tokens {
            if token.kind == .number {
                shapes |= 1 << DateGrammar.numberShape(token)
            } else if token.id >= 0 {
                present[Int(token.id)] = true
            }
        }
        passage &+= 1
        if passage == 0 {
            // (Once in four billion passages the stamps come round: forget them all.)
            answered = Array(repeating: (0, false), count: answered.count)
            passage = 1
        }
    }

    /// Whether the passage holds what pattern `number` needs to match anywhere in it (a word of
    /// each part it cannot leave out): if not, it need not be run.
    mutating func canMatch(_ number: Int) -> Bool {
        for place in patternRequirements[number] {
            let requirement = requiredBy[place]
            if answered[requirement].stamp != passage {
                let needed = requirements[requirement]
                answered[requirement] = (passage, needed.shapes & shapes != 0 || needed.words.contains { present[Int($0)] })
            }
            if !answered[requirement].met { return false }
        }
        return true
    }

    /// A full stop or comma.
    func isStop(_ token: DateToken) -> Bool {
        token.id == stops.0 || token.id == stops.1
    }

    /// Every end the program starting at step `program` of the grammar can reach from `index`, the longest first, each with the first reading
    /// of its classes found for it.
    mutating func matches(_ program: Int, at index: Int) -> [(end: Int, captures: [Capture])] {
        var results: [(end: Int, captures: [Capture])] = []
        run(program, at: index) { end, captures in
            if !results.contains(where: { $0.end == end }) { results.append((end, captures)) }
        }
        return results.count > 1 ? results.sorted { $0.end > $1.end } : results
    }

    /// Whether a program that reads at most `length` tokens matches the tokens just before
    /// `index` ("in", "mid -"), ending there.
    mutating func matches(_ program: Int, endingAt index: Int, length: Int) -> Bool {
        var found = false
        for start in Swift.stride(from: index - 1, through: max(0, index - length), by: -1) where !found {
            run(program, at: start) { end, _ in if end == index { found = true } }
        }
        // (At the passage's start, only START reads: it reads nothing.)
        if !found, index == 0 { run(program, at: 0) { end, _ in if end == 0 { found = true } } }
        return found
    }

    /// Whether the program matches the tokens from `index` on ("meeting" after "the September").
    mutating func matches(_ program: Int, startingAt index: Int) -> Bool {
        var found = false
        run(program, at: index) { _, _ in found = true }
        return found
    }

    /// Runs a program from `start`, calling `accept` with the end of every way through it.
    private mutating func run(_ first: Int, at start: Int, accept: (Int, [Capture]) -> Void) {
        // The buffers are the matcher's, kept between runs.
        captures.removeAll(keepingCapacity: true)
        branches.removeAll(keepingCapacity: true)
        branches.append(Branch(step: first, index: start, kept: 0, adding: nil))
        let count = tokens.count
        while let branch = branches.popLast() {
            captures.removeSubrange(branch.kept...)
            if let adding = branch.adding { captures.append(adding) }
            var step = branch.step
            var index = branch.index
            running: while true {
                switch steps[step] {
                case .accept:
                    accept(index, captures)
                    break running
                case .jump(let to):
                    step = to
                case .split(let first, let second):
                    branches.append(Branch(step: second, index: index, kept: captures.count, adding: nil))
                    step = first
                case .atom(.end, _):
                    guard index == count else { break running }
                    step += 1
                case .atom(.start, _):
                    guard index == 0 else { break running }
                    step += 1
                case .atom(let atom, let touching):
                    guard index < count, !touching || tokens[index].touching else { break running }
                    let token = tokens[index]
                    switch atom {
                    case .literal(let id):
                        guard token.kind != .number && token.id == id else { break running }
                        captures.append(Capture(atom: atom, value: Int(id), entry: -1))
                    case .anyWord:
                        guard token.kind == .word else { break running }
                        captures.append(Capture(atom: atom, value: Int(token.id), entry: -1))
                    case .owner:
                        guard token.kind == .word, token.owner else { break running }
                        captures.append(Capture(atom: atom, value: Int(token.id), entry: -1))
                    case .emoji:
                        guard token.kind == .mark, token.emoji else { break running }
                        captures.append(Capture(atom: atom, value: Int(token.id), entry: -1))
                    case .count where token.kind != .number, .list:
                        var list = numberWords
                        if case .list(let number) = atom { list = number }
                        // A list's entry may be several words: each way on is a branch.
                        var first: (end: Int, capture: Capture)?
                        let table = lists[list]
                        Self.forEachEnd(in: table, at: index, of: tokens) { end, entry in
                            let value = atom == .count ? Int(table.all[entry].value) ?? 0 : 0
                            let capture = Capture(atom: atom, value: value, entry: entry)
                            if first == nil {
                                first = (end, capture)
                            } else {
                                branches.append(Branch(step: step + 1, index: end, kept: captures.count, adding: capture))
                            }
                        }
                        guard let first else { break running }
                        captures.append(first.capture)
                        index = first.end
                        step += 1
                        continue running
                    default:
                        guard Self.accepts(atom, token) else { break running }
                        captures.append(Capture(atom: atom, value: token.value, entry: -1))
                    }
                    index += 1
                    step += 1
                }
            }
        }
    }

    /// Whether a number atom accepts a number token; with `shapeOnly`, whether it can accept a
    /// number of the token's shape (a literal number, any).
    static func accepts(_ atom: DateGrammar.Atom, _ token: DateToken, shapeOnly: Bool = false) -> Bool {
        guard token.kind == .number else { return false }
        let plain = !token.ordinal
        switch atom {
        case .number(let value): return plain && (shapeOnly || token.value == value)
        case .day: return token.digits <= 2 && (1...31).contains(token.value)
        case .ordinalDay: return token.ordinal && token.digits <= 2 && (1...31).contains(token.value)
        case .monthNumber: return plain && token.digits <= 2 && (1...12).contains(token.value)
        case .year: return plain && token.digits == 4 && DateGrammar.years.contains(token.value)
        case .twoDigits: return plain && token.digits == 2
        case .anyNumber: return true
        case .count: return plain && token.digits <= 3
        case .serial: return plain && token.digits >= 3 && !(token.digits == 4 && DateGrammar.years.contains(token.value))
        case .literal, .anyWord, .owner, .emoji, .list, .end, .start: return false
        }
    }

    /// The entries of a list that stand at `index` (their places in the list) and where each
    /// ends, each given to `body` in the list's order, with nothing allocated: the matcher looks
    /// at a list for most words it reads.
    @inline(__always)
    static func forEachEnd(in list: DateGrammar.List, at index: Int, of tokens: [DateToken], _ body: (_ end: Int, _ entry: Int) -> Void) {
        let token = tokens[index]
        guard list.starts(with: token) else { return }
        for slot in list.slots(startingWith: token.id) {
            let place = list.ordered[slot]
            guard !list.capitals[place] || token.capitalised else { continue }
            let length = list.lengths[place]
            let end = index + length
            guard end <= tokens.count else { continue }
            var whole = true
            var offset = 1
            while whole, offset < length {
                let next = tokens[index + offset]
                // (A mark may be an entry's word: "twenty_-_first".)
                whole = next.kind != .number && next.id == list.all[place].words[offset]
                offset += 1
            }
            if whole { body(end, place) }
        }
    }

    /// Whether the passage can hold a date at all: a number, or a word every pattern that finds
    /// a date needs (`DateGrammar.keyWords`).
    func mayHoldDates() -> Bool {
        grammar.readsEveryPassage || tokens.contains { $0.kind == .number || ($0.id >= 0 && keyWords[Int($0.id)]) }
    }

    /// Whether a word of the list stands anywhere in the tokens.
    func contains(_ list: DateGrammar.List) -> Bool {
        Self.contains(list, in: tokens)
    }

    /// Whether a word of the list starts in `range` of the tokens (all of them when it is nil) and
    /// ends where `ends` allows.
    static func contains(_ list: DateGrammar.List, in tokens: [DateToken], within range: Range<Int>? = nil, ending ends: (Int) -> Bool = { _ in true }) -> Bool {
        // The list's table is taken once: read through the class for every word, it is retained
        // and released for every word, which costs more than the look-up.
        let (lowest, firstWord) = (Int(list.lowest), list.firstWord)
        for index in range ?? tokens.indices {
            let token = tokens[index]
            guard token.kind == .word, token.id >= 0 else { continue }
            let slot = Int(token.id) - lowest
            guard slot >= 0, slot < firstWord.count, !firstWord[slot].isEmpty else { continue }
            var found = false
            forEachEnd(in: list, at: index, of: tokens) { end, _ in found = found || ends(end) }
            if found { return true }
        }
        return false
    }
}

/// What a pattern's classes and lists read, as a reading wants them.
struct DateCaptures {
    private let captures: [DateMatcher.Capture]
    private let grammar: DateGrammar

    init(_ captures: [DateMatcher.Capture], grammar: DateGrammar) {
        self.captures = captures
        self.grammar = grammar
    }

    func entries(in name: String) -> [String] {
        captures.compactMap { capture in
            if case .list(let list) = capture.atom, grammar.lists[list].name == name { return grammar.lists[list].all[capture.entry].value }
            return nil
        }
    }

    private func values(_ atom: DateGrammar.Atom) -> [Int] {
        captures.filter { $0.atom == atom }.map(\.value)
    }

    /// Days as written, plain or ordinal, in order.
    var days: [Int] {
        captures.compactMap { capture in
            if capture.atom == .day || capture.atom == .ordinalDay { return capture.value }
            if case .list(let list) = capture.atom, grammar.lists[list].name == "DAY_WORDS" { return Int(grammar.lists[list].all[capture.entry].value) }
            return nil
        }
    }
    var years: [Int] { values(.year) }
    var counts: [Int] { values(.count) }
    /// Numbers the pattern writes out ("1" of "Autumn 1").
    var numbers: [Int] {
        captures.compactMap { capture in
            if case .number(let number) = capture.atom { return number }
            return nil
        }
    }
    var twoDigits: Int? { values(.twoDigits).first }
    /// Every two-digit year written: "2025/26 to 2027/28" has two.
    var allTwoDigits: [Int] { values(.twoDigits) }
    /// The first year written: four digits, or two, this century's ("31/03/24", "Aug '24", the
    /// 24 of "FY24/25"); nil where none was.
    var firstYear: Int? {
        years.first ?? twoDigits.map { 2000 + $0 }
    }
    /// The two digits that end a span of years: the 24 of "2023/24", the 25 of "24/25".
    var endDigits: Int? {
        years.isEmpty && allTwoDigits.count == 2 ? allTwoDigits[1] : twoDigits
    }
    /// Months by name or number, in the order written.
    var months: [Int] {
        captures.compactMap { capture in
            if capture.atom == .monthNumber { return capture.value }
            if case .list(let list) = capture.atom, ["MONTH", "FIN_MONTH"].contains(grammar.lists[list].name) { return Int(grammar.lists[list].all[capture.entry].value) }
            return nil
        }
    }
    /// Whether any number was read after a count ("9.5": the 5): a fraction.
    var hasFraction: Bool { captures.contains { $0.atom == .anyNumber } }
    /// A count of units: 1 where the text says "a" or "an".
    var amount: Int { counts.first ?? 1 }
    var unit: DateUnit? { entries(in: "UNIT").first.flatMap(DateUnit.init) }
    /// The days a count of weeks or days comes to ("two weeks": 14); 0 for a longer unit, nil for none.
    var unitDays: Int? { unit.map { $0.letter == "W" ? 7 * $0.count * amount : $0.letter == "D" ? amount : 0 } }
    var shift: Int? { entries(in: "SHIFT").first.flatMap { Int($0) } }
    var weekday: Int? {
        (entries(in: "WEEKDAY") + entries(in: "WEEKDAY_SHORT") + entries(in: "WEEKDAY_CAPITAL") + entries(in: "WEEKDAY_PLAIN") + entries(in: "WEEKDAY_NAME")
            + entries(in: "WEEKDAY_LOWER") + entries(in: "WEEKDAY_AT_END")).first.flatMap { Int($0) }
    }
    /// The words that stand for any word (after "within … of").
    var words: [Int32] { values(.anyWord).map { Int32($0) } }
    /// Whether "times" was written: "three times a year".
    var hasTimes: Bool {
        hasWord("times")
    }

    /// Whether the pattern read this word, written in it as a word of its own ("last").
    func hasWord(_ word: String) -> Bool {
        let id = grammar.vocabulary.lookUp(word)
        return captures.contains { $0.atom == .literal(id) }
    }

    func text(in list: String) -> String? {
        entries(in: list).first
    }

    /// A list entry's months, "3-5": March to May.
    func months(in list: String) -> (Int, Int)? {
        text(in: list).flatMap(Self.months)
    }

    static func months(_ value: String) -> (Int, Int)? {
        let parts = value.split(separator: "-").compactMap { Int($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : nil
    }
}

/// The lists that tell a clause's tense, looked up once for every passage. A class, so that
/// each passage's reading holds it without retaining every list.
final class TenseWords: Sendable {
    /// @FUTURE and @PAST; @PAST_ENDING's endings, as bytes ("ed"); @PARTICIPLE_AFTER, the words after
    /// which they are no past tense (with one of @PARTICIPLE_BETWEEN between or not); @NOT_PAST,
    /// words that end so and are not ("Ofsted", "need").
    let future, past: DateGrammar.List
    /// @FUTURE_UNLESS_PAST: words that look forward unless a word of @PAST is there.
    let futureUnlessPast: DateGrammar.List
    /// @LOOKS_BACK: words, not verbs, that look back ("up from"), unless they are of @GOING_UP
    /// ("going up from"); @NOTICE, words that open a notice and are then no past tense ("Closed on
    /// Christmas Day").
    let looksBack, goingUp, notice, figure, object: DateGrammar.List
    let endings: [[UInt8]]
    let participleAfter, participleBetween, notPast: DateGrammar.List
    /// @DETERMINER: words after which a word ending like the past describes ("an updated plan");
    /// @PARTICIPLE_ONLY, words that describe after one and a word ("the amount shown"); @REDUCED,
    /// words after which one is a participle ("anything registered after").
    let determiner, participleOnly, reduced: DateGrammar.List
    /// @HAVE and @HAVE_PRESENT: "have got", the present (and after @HAVE_NOT, any participle);
    /// @IS_SHORTENED, words whose "'s" is "is", and @IS_NEXT, words after which any "'s" is.
    let have, havePresent, haveNot, isShortened, isNext: DateGrammar.List
    /// @IF: words that open a condition.
    let ifWords: DateGrammar.List
    /// @TIMETABLE: present tenses that look forward when nothing looks back; @NEITHER: words that
    /// keep a clause from looking back ("said it would").
    let timetable, neither: DateGrammar.List
    /// @PRESENT: the present tense, which keeps a clause from taking the sentence's.
    let present: DateGrammar.List
    /// @CLAUSE: words that start a clause, which may have a tense of its own ("and", "that");
    /// @SHARED, those of them after which a participle shares the clause before's tense; @AFTER_PAST,
    /// words between a verb in the past tense and a date that make it look back.
    let clause, shared, afterPast: DateGrammar.List
    /// @STARTING: words that start a thing ahead after a perfect ("have offered … starting in March").
    let starting: DateGrammar.List
    /// @OWN_VERB: verbs after "and" that give a clause its own tense.
    let ownVerb: DateGrammar.List
    /// @SAYING: verbs after which what was said is a clause of its own; @FOLLOWING, words that
    /// open a clause about what came before the rest.
    let saying, following: DateGrammar.List
    /// @INTENT, @MODAL and @CONDITION (see the rules); the months, to tell "may" from "May", and
    /// the short weekdays, "sat" from "Sat".
    let intent, modal, condition, months, shortWeekdays: DateGrammar.List
    /// @SAME_PAST: verbs whose past is their present, a past after one of @SUBJECT.
    let samePast, subject: DateGrammar.List
    /// The words the tense's rules look for by themselves, by vocabulary number.
    let the, to, from, since, of, `in`, on, over, then, before, by, a, with, been, dated, start, beginning, end, `is`, until, till: Int32
    let back, between, year, date, `for`, and, not, haveWord, be, that, due: Int32

    init(_ grammar: DateGrammar) {
        (future, past, looksBack, notice) = (grammar.list("FUTURE"), grammar.list("PAST"), grammar.list("LOOKS_BACK"), grammar.list("NOTICE"))
        (goingUp, figure, object) = (grammar.list("GOING_UP"), grammar.list("FIGURE"), grammar.list("OBJECT"))
        futureUnlessPast = grammar.list("FUTURE_UNLESS_PAST")
        endings = grammar.list("PAST_ENDING").all.map { Array(grammar.vocabulary.words[Int($0.words[0])].utf8) }
        (participleAfter, participleBetween, notPast) = (grammar.list("PARTICIPLE_AFTER"), grammar.list("PARTICIPLE_BETWEEN"), grammar.list("NOT_PAST"))
        (determiner, participleOnly, reduced) = (grammar.list("DETERMINER"), grammar.list("PARTICIPLE_ONLY"), grammar.list("REDUCED"))
        (have, havePresent, isShortened, isNext) = (grammar.list("HAVE"), grammar.list("HAVE_PRESENT"), grammar.list("IS_SHORTENED"), grammar.list("IS_NEXT"))
        haveNot = grammar.list("HAVE_NOT")
        ifWords = grammar.list("IF")
        (timetable, neither, present) = (grammar.list("TIMETABLE"), grammar.list("NEITHER"), grammar.list("PRESENT"))
        (clause, shared, afterPast) = (grammar.list("CLAUSE"), grammar.list("SHARED"), grammar.list("AFTER_PAST"))
        starting = grammar.list("STARTING")
        ownVerb = grammar.list("OWN_VERB")
        (saying, following) = (grammar.list("SAYING"), grammar.list("FOLLOWING"))
        (intent, modal) = (grammar.list("INTENT"), grammar.list("MODAL"))
        (samePast, subject) = (grammar.list("SAME_PAST"), grammar.list("SUBJECT"))
        (condition, months, shortWeekdays) = (grammar.list("CONDITION"), grammar.list("MONTH"), grammar.list("WEEKDAY_SHORT"))
        (the, to, from) = (grammar.vocabulary.lookUp("the"), grammar.vocabulary.lookUp("to"), grammar.vocabulary.lookUp("from"))
        since = grammar.vocabulary.lookUp("since")
        (of, `in`) = (grammar.vocabulary.lookUp("of"), grammar.vocabulary.lookUp("in"))
        (on, over) = (grammar.vocabulary.lookUp("on"), grammar.vocabulary.lookUp("over"))
        (then, before, a) = (grammar.vocabulary.lookUp("then"), grammar.vocabulary.lookUp("before"), grammar.vocabulary.lookUp("a"))
        by = grammar.vocabulary.lookUp("by")
        (with, been, dated) = (grammar.vocabulary.lookUp("with"), grammar.vocabulary.lookUp("been"), grammar.vocabulary.lookUp("dated"))
        (start, beginning, end) = (grammar.vocabulary.lookUp("start"), grammar.vocabulary.lookUp("beginning"), grammar.vocabulary.lookUp("end"))
        `is` = grammar.vocabulary.lookUp("is")
        (until, till) = (grammar.vocabulary.lookUp("until"), grammar.vocabulary.lookUp("till"))
        (back, between) = (grammar.vocabulary.lookUp("back"), grammar.vocabulary.lookUp("between"))
        (year, date) = (grammar.vocabulary.lookUp("year"), grammar.vocabulary.lookUp("date"))
        (`for`, and, not) = (grammar.vocabulary.lookUp("for"), grammar.vocabulary.lookUp("and"), grammar.vocabulary.lookUp("not"))
        haveWord = grammar.vocabulary.lookUp("have")
        (be, that, due) = (grammar.vocabulary.lookUp("be"), grammar.vocabulary.lookUp("that"), grammar.vocabulary.lookUp("due"))
    }
}
