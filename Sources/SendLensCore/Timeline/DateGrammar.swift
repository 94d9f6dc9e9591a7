/// `DateRules.text` read into lists of words and patterns the tagger can run: each pattern a
/// small expression over tokens (words, numbers, marks, lists), tried where its first element can
/// stand.
///
/// A class, so that the many readers of a passage share one grammar rather than copy its tables;
/// it is not changed after `init`.
final class DateGrammar: @unchecked Sendable {
    /// What a pattern's words mean (the rules file's READINGS).
    enum Reading: String, Sendable, CaseIterable {
        case date, month, year, weekday, range, season, term, quarter, week, ago, ahead, shift, within, wait, `repeat`, not, open, by
        case financialYear = "financial-year", academicYear = "academic-year", yearPair = "year-pair", soFar = "so-far", endOf = "end-of"
        case byUnlessPast = "by-unless-past", byIfFuture = "by-if-future", due
        case dayWord = "day-word", yearTo = "year-to", holiday, dayOfMonth = "day-of-month", onwards, relative
        case eventMonth = "event-month", listedMonth = "listed-month", seasons, nearest
        case comingMonth = "coming-month", before, decade, monthsOf = "months-of", possessiveWeekday = "weekday's", possessiveMonth = "month's", weekend
        case nthWeekday = "nth-weekday", listedDay = "listed-day", sameDay = "same-day", dueDate = "due-date", byStart = "by-start"
        case asIs = "as-is", dayAhead = "day-ahead", sportSeason = "sport-season"

        /// Words that stand before a date and change what it is, rather than a date.
        var isLead: Bool { [.open, .by, .byUnlessPast, .byIfFuture, .due, .nearest, .before, .byStart, .asIs].contains(self) }
    }

    /// One thing a token can be.
    enum Atom: Sendable, Equatable {
        /// A word or mark of the vocabulary.
        case literal(Int32)
        case number(Int)
        case list(Int)
        case day, ordinalDay, monthNumber, year, twoDigits, count, serial, anyNumber, anyWord
        /// A word written with "'s".
        case owner
        /// An emoji (a mark of four bytes).
        case emoji
        /// The passage's end, or its start: it reads no token.
        case end, start
    }

    indirect enum Node: Sendable {
        /// `touching`: no space between it and what came before ("10/11").
        case atom(Atom, touching: Bool)
        case sequence([Node])
        case choice([Node])
        case optional(Node)
    }

    /// A pattern compiled for `DateMatcher`: a program of steps, as a regular expression engine
    /// compiles its patterns. `split` tries its first branch, then (backtracking) its second.
    enum Step: Sendable {
        case atom(Atom, touching: Bool)
        case split(Int, Int)
        case jump(Int)
        case accept
    }

    struct Pattern: Sendable {
        var reading: Reading
        /// Matched just before the words, and not part of them ("in" of "in March"): its program
        /// and the most tokens it can read.
        var context: (steps: [Step], length: Int)?
        /// Matched just after the words, and not part of them ("meeting" of "the September
        /// meeting"): its program.
        var following: [Step]?
        var body: [Node]
        /// An optional first word ("the?", "between?") taken off the pattern: looked for before
        /// the words the rest of it finds.
        var before: Set<Int32>
        /// The rules file's line, for messages.
        var line: Int
    }

    /// A list's entry: its words (one or more) and its value.
    struct Entry: Sendable {
        var words: [Int32]
        var value: String
        /// Written with a capital in the rules ("May"): must have one in the text.
        var capital: Bool
    }

    /// A class, so that looking at a list in the matcher's inner loop copies nothing; not
    /// changed once the grammar is read.
    final class List: @unchecked Sendable {
        let name: String
        /// Entries (their places in `all`) by their first word.
        var entries: [Int32: [Int]] = [:]
        var all: [Entry] = []
        /// `entries` again for the matcher's inner loop, which must not allocate: by the first
        /// word's vocabulary number less `lowest` (the table spans only the list's own words), a
        /// range of `ordered`, the entries' places in `all` (empty for a word no entry starts
        /// with); and each entry's length in words and whether it needs a capital, by its place.
        var lowest: Int32 = 0
        var firstWord: [Range<Int32>] = []
        var ordered: [Int] = []
        var lengths: [Int] = []
        var capitals: [Bool] = []

        init(name: String) {
            self.name = name
        }

        /// The places in `ordered` of the entries that start with the word, by its vocabulary number.
        @inline(__always)
        func slots(startingWith id: Int32) -> Range<Int> {
            let slot = Int(id) - Int(lowest)
            guard slot >= 0, slot < firstWord.count else { return 0..<0 }
            let range = firstWord[slot]
            return Int(range.lowerBound)..<Int(range.upperBound)
        }

        func starts(with token: DateToken) -> Bool {
            token.kind == .word && token.id >= 0 && !slots(startingWith: token.id).isEmpty
        }

        /// Whether a whole entry stands anywhere in `words` (vocabulary numbers, in order).
        func holdsEntry(in words: [Int32]) -> Bool {
            words.indices.contains { start in
                (entries[words[start]] ?? []).contains { place in
                    let entry = all[place].words
                    return start + entry.count <= words.count && words[start..<start + entry.count].elementsEqual(entry)
                }
            }
        }

        func add(_ entry: Entry) {
            entries[entry.words[0], default: []].append(all.count)
            all.append(entry)
        }

        /// The value of the one-word entry for this word, if the list has one.
        func value(of id: Int32) -> String? {
            entries[id]?.lazy.map { self.all[$0] }.first { $0.words.count == 1 }?.value
        }
    }

    private(set) var vocabulary = DateVocabulary()
    private(set) var lists: [List] = []
    /// Every pattern's program, and its context's, in one array (each program's steps jump
    /// within it), where each starts, and each pattern's reading: apart, for the matcher's inner loop.
    private(set) var steps: [Step] = []
    private(set) var programStart: [Int] = []
    /// -1 for a pattern with no context.
    private(set) var contextStart: [Int] = []
    /// The most tokens each pattern's context can read ("in" 1, "on the" 2).
    private(set) var contextLength: [Int] = []
    /// Where the program of what must follow each pattern starts; -1 for a pattern with none.
    private(set) var followingStart: [Int] = []
    private(set) var readings: [Reading] = []
    /// Each pattern's optional first word, looked for before what the rest finds.
    private(set) var before: [Set<Int32>] = []
    /// Every word that is some pattern's optional first word ("the", "between").
    private(set) var beforeWords: Set<Int32> = []
    /// The patterns that can start at a word of the vocabulary (by its number) or at a number
    /// (by its shape), as ranges of `candidates`.
    private(set) var candidates: [Int] = []
    private(set) var wordCandidates: [Range<Int>] = []
    private(set) var numberCandidates: [Range<Int>] = []
    private var listNumbers: [String: Int] = [:]
    /// The patterns that stand before a date (open, by, by-unless-past), by the word they start with.
    private(set) var leadsStartingAt: [Int32: [Int]] = [:]

    /// Words (by vocabulary number) one of which, or a number, every pattern that finds a date
    /// needs: a passage with none of them has no date, and is not looked at further.
    private(set) var keyWords: [Bool] = []
    /// Whether some pattern can find a date in a passage with no key word (then every passage is read).
    private(set) var readsEveryPassage = false

    /// Something a passage must hold for a pattern to match in it: one of these words (by
    /// vocabulary number; a list's entries by their first words) or a number of one of these
    /// shapes (bits of `numberShapes`).
    struct Requirement: Sendable, Hashable {
        var words: [Int32]
        var shapes: UInt16
    }
    /// Every requirement of some pattern, each once; and, for each pattern, the places in
    /// `requirements` of all that it needs (a range of `requiredBy`). A pattern that could start
    /// at a word but needs a word the passage lacks ("the" of "the summer term" in a passage with
    /// no "term") is not run there.
    private(set) var requirements: [Requirement] = []
    private(set) var requiredBy: [Int] = []
    private(set) var patternRequirements: [Range<Int>] = []

    static let standard = DateGrammar(DateRules.text)

    func list(_ name: String) -> List {
        guard let number = listNumbers[name] else { preconditionFailure("date rules: no list @\(name)") }
        return lists[number]
    }

    /// The value of a one-word entry of a list, by the word.
    func value(in name: String, of word: String) -> String? {
        let list = list(name)
        guard let id = vocabulary.ids[DateVocabulary.hash(word.lowercased().utf8)] else { return nil }
        return list.entries[id]?.lazy.map { list.all[$0] }.first { $0.words.count == 1 }?.value
    }

    /// The entries made from @NUMBER's words once the lists are read: "twenty-seven" and "twenty
    /// seven", each of its tens with each of its units; and @YEAR_WORDS, "nineteen ninety-eight",
    /// "twenty twenty-four", a century's word and a count from ten.
    private func composeNumberWords() {
        let numbers = list("NUMBER")
        let single = numbers.all.filter { $0.words.count == 1 }.compactMap { entry in Int(entry.value).map { (entry.words[0], $0) } }
        let dash = vocabulary.id(of: "-")
        for (ten, tens) in single where tens % 10 == 0 && (20...90).contains(tens) {
            for (unit, units) in single where (1...9).contains(units) {
                for words in [[ten, dash, unit], [ten, unit]] { numbers.add(Entry(words: words, value: String(tens + units), capital: false)) }
            }
        }
        let years = list("YEAR_WORDS")
        for (word, hundreds) in [("nineteen", 1900), ("twenty", 2000)] {
            let first = vocabulary.id(of: word)
            for entry in numbers.all {
                guard let count = Int(entry.value), (10...99).contains(count) else { continue }
                years.add(Entry(words: [first] + entry.words, value: String(hundreds + count), capital: false))
            }
        }
    }

    /// Reads the rules; a rule it cannot read is a mistake in the program, reported with its line.
    init(_ text: String) {
        var lines: [(number: Int, text: String)] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(" ")
            guard !trimmed.isEmpty else { continue }
            // A list runs on over indented lines.
            if line.first == " ", let last = lines.last, last.text.hasPrefix("@") {
                lines[lines.count - 1].text += " " + trimmed
            } else {
                lines.append((offset + 1, String(trimmed)))
            }
        }
        for (number, line) in lines where line.hasPrefix("@") {
            let parts = line.split(separator: " ")
            let name = String(parts[0].dropFirst())
            let list = List(name: name)
            for part in parts.dropFirst() {
                let pieces = part.split(separator: "=", maxSplits: 1)
                let written = pieces[0].split(separator: "_").map(String.init)
                // (A mark inside a word is a piece of its own, as the passage is cut: "drop_-_in",
                // not "drop-in", which no passage's word could ever be.)
                precondition(!written.contains { $0.contains(where: \.isLetter) && $0.contains { "-&/".contains($0) } },
                             "date rules line \(number): in @\(name), write '\(part)' with its marks apart, joined with _")
                list.add(Entry(words: written.map { vocabulary.id(of: $0) }, value: pieces.count > 1 ? String(pieces[1]) : "",
                               capital: written[0].first?.isUppercase == true))
            }
            precondition(listNumbers[name] == nil, "date rules line \(number): @\(name) twice")
            listNumbers[name] = lists.count
            lists.append(list)
        }
        composeNumberWords()
        var patterns: [Pattern] = []
        for (number, line) in lines where !line.hasPrefix("@") {
            guard let colon = line.firstIndex(of: ":"), let reading = Reading(rawValue: String(line[..<colon])) else {
                preconditionFailure("date rules line \(number): no reading before ':' in '\(line)'")
            }
            var pieces = Self.pieces(of: String(line[line.index(after: colon)...]))
            var context: (steps: [Step], length: Int)?
            if let first = pieces.first, first.hasPrefix("<"), first.hasSuffix(">") {
                let node = node(String(first.dropFirst().dropLast()), line: number)
                context = (Self.compile([node]), longest(node))
                pieces.removeFirst()
            }
            var following: [Step]?
            if pieces.count > 1, let last = pieces.last, last.hasPrefix("<"), last.hasSuffix(">") {
                following = Self.compile([node(String(last.dropFirst().dropLast()), line: number)])
                pieces.removeLast()
            }
            // (A context is one piece, its words joined with "_": "<MONTH_(>", not "<MONTH (>".)
            precondition(!pieces.contains { $0.count > 1 && ($0.hasPrefix("<") || $0.hasSuffix(">")) },
                         "date rules line \(number): a context in < > is one piece; join its words with _")
            var position = 0
            let body = sequence(pieces, &position, line: number)
            precondition(position == pieces.count, "date rules line \(number): unbalanced [ ]")
            var rest = body
            var before = Set<Int32>()
            if !reading.isLead, body.count > 1, case .optional(let first) = body[0],
               let words = Self.literals(first) {
                before = words
                rest.removeFirst()
            }
            patterns.append(Pattern(reading: reading, context: context, following: following, body: rest, before: before, line: number))
        }
        for number in lists.indices {
            let list = lists[number]
            let words = list.entries.keys
            list.lowest = words.min() ?? 0
            list.firstWord = Array(repeating: 0..<0, count: words.isEmpty ? 0 : Int(words.max()! - list.lowest) + 1)
            for (word, places) in list.entries {
                list.firstWord[Int(word - list.lowest)] = Int32(list.ordered.count)..<Int32(list.ordered.count + places.count)
                list.ordered += places
            }
            (list.lengths, list.capitals) = (list.all.map(\.words.count), list.all.map(\.capital))
        }
        readings = patterns.map(\.reading)
        before = patterns.map(\.before)
        beforeWords = before.reduce(into: Set()) { $0.formUnion($1) }
        for pattern in patterns {
            programStart.append(steps.count)
            steps += Self.relocated(Self.compile(pattern.body), by: steps.count)
            if let context = pattern.context {
                contextStart.append(steps.count)
                steps += Self.relocated(context.steps, by: steps.count)
                contextLength.append(context.length)
            } else {
                contextStart.append(-1)
                contextLength.append(0)
            }
            followingStart.append(pattern.following == nil ? -1 : steps.count)
            if let following = pattern.following { steps += Self.relocated(following, by: steps.count) }
        }
        var startingAt: [[Int]] = Array(repeating: [], count: vocabulary.words.count)
        var startingAtNumber: [[Int]] = Array(repeating: [], count: Self.numberShapes.count)
        keyWords = Array(repeating: false, count: vocabulary.words.count)
        for (index, pattern) in patterns.enumerated() {
            var atoms: [Atom] = []
            first(of: pattern.body[...], atoms: &atoms)
            var words = Set<Int32>()
            for atom in atoms {
                switch atom {
                case .literal(let id): words.insert(id)
                case .list(let list): words.formUnion(lists[list].entries.keys)
                case .count: words.formUnion(self.list("NUMBER").entries.keys)
                case .anyWord, .owner, .emoji, .end, .start: preconditionFailure("date rules line \(pattern.line): a pattern may not start with WORD, OWNER, EMOJI, END or START")
                default: break
                }
            }
            if pattern.reading.isLead {
                for word in words { leadsStartingAt[word, default: []].append(index) }
                continue
            }
            for word in words { startingAt[Int(word)].append(index) }
            if pattern.reading != .not { addKeys(of: pattern.body) }
            for (shape, token) in Self.numberShapes.enumerated() where atoms.contains(where: { DateMatcher.accepts($0, token, shapeOnly: true) }) {
                startingAtNumber[shape].append(index)
            }
        }
        func flat(_ lists: [[Int]]) -> [Range<Int>] {
            lists.map { list in
                let start = candidates.count
                candidates += list
                return start..<candidates.count
            }
        }
        wordCandidates = flat(startingAt)
        numberCandidates = flat(startingAtNumber)
        var places: [Requirement: Int] = [:]
        for pattern in patterns {
            let start = requiredBy.count
            for requirement in needs(pattern.body).compactMap(requirement) {
                if places[requirement] == nil {
                    places[requirement] = requirements.count
                    requirements.append(requirement)
                }
                if !requiredBy[start...].contains(places[requirement]!) { requiredBy.append(places[requirement]!) }
            }
            patternRequirements.append(start..<requiredBy.count)
        }
        for entry in list("SPELLING").all {
            vocabulary.read(vocabulary.words[Int(entry.words[0])], as: entry.value)
        }
    }

    /// What every match of `nodes` reads: for each part that cannot be left out, the atoms one of
    /// which it reads (for a choice, one such set from each way, together).
    private func needs(_ nodes: [Node]) -> [[Atom]] {
        func needs(_ node: Node) -> [[Atom]] {
            switch node {
            case .atom(let atom, _): return [[atom]]
            case .sequence(let inner): return inner.flatMap(needs)
            case .optional: return []
            case .choice(let inner):
                var all: [Atom] = []
                for way in inner {
                    // The way's most telling part: one that asks for the fewest words, and no number if it can.
                    guard let best = needs(way).min(by: { rarity($0) < rarity($1) }) else { return [] }
                    all += best
                }
                return [all]
            }
        }
        return nodes.flatMap(needs)
    }

    /// How common what the atoms read is, roughly: numbers stand in most passages; any word in all.
    private func rarity(_ atoms: [Atom]) -> Int {
        atoms.reduce(0) { total, atom in
            switch atom {
            case .literal: total + 1
            case .list(let list): total + lists[list].entries.count
            case .count: total + list("NUMBER").entries.count + 1_000
            case .anyWord: Int.max / 2
            default: total + 1_000
            }
        }
    }

    /// The atoms as a requirement; nil where one of them is any word (every passage has one).
    private func requirement(_ atoms: [Atom]) -> Requirement? {
        var words = Set<Int32>()
        var shapes: UInt16 = 0
        for atom in atoms {
            switch atom {
            case .literal(let id): words.insert(id)
            case .list(let list): words.formUnion(lists[list].entries.keys)
            case .anyWord, .owner, .emoji: return nil
            case .count: words.formUnion(list("NUMBER").entries.keys)
            default: break
            }
            for (shape, token) in Self.numberShapes.enumerated() where DateMatcher.accepts(atom, token, shapeOnly: true) {
                shapes |= 1 << shape
            }
        }
        return Requirement(words: words.sorted(), shapes: shapes)
    }

    /// A program's steps as they stand `base` steps into `steps`.
    private static func relocated(_ program: [Step], by base: Int) -> [Step] {
        program.map { step in
            switch step {
            case .split(let first, let second): .split(first + base, second + base)
            case .jump(let to): .jump(to + base)
            default: step
            }
        }
    }

    /// Marks the words of the atoms one of which every match of a pattern must read, choosing,
    /// where there is a choice, the part of the pattern with the fewest plain words ("UNIT" of
    /// "within the? N UNIT", not "within").
    private func addKeys(of body: [Node]) {
        func cover(_ nodes: [Node]) -> [Atom]? {
            nodes.compactMap(cover).min { weight($0) < weight($1) }
        }
        func cover(_ node: Node) -> [Atom]? {
            switch node {
            case .atom(let atom, _): return [atom]
            case .sequence(let inner): return cover(inner)
            case .optional: return nil
            case .choice(let inner):
                var all: [Atom] = []
                for choice in inner {
                    guard let atoms = cover(choice) else { return nil }
                    all += atoms
                }
                return all
            }
        }
        func weight(_ atoms: [Atom]) -> Int {
            atoms.reduce(0) { total, atom in
                switch atom {
                case .literal, .anyWord: total + 100
                case .list(let list): total + lists[list].all.count
                default: total + 1
                }
            }
        }
        guard let atoms = cover(body) else { readsEveryPassage = true; return }
        for atom in atoms {
            switch atom {
            case .literal(let id): keyWords[Int(id)] = true
            case .list(let list): for word in lists[list].entries.keys { keyWords[Int(word)] = true }
            case .count: for word in self.list("NUMBER").entries.keys { keyWords[Int(word)] = true }
            case .anyWord: readsEveryPassage = true
            default: break      // numbers: always looked at
            }
        }
    }

    /// One number of each shape that number patterns tell apart: ordinals, one or two digits (0,
    /// a month's number, a day's, more), three digits, four (a year or not), more.
    private static let numberShapes: [DateToken] = [(2, 10, true), (3, 100, true), (1, 0, false), (2, 10, false), (2, 20, false),
                                                    (2, 50, false), (3, 100, false), (4, 2023, false), (4, 1000, false), (5, 10000, false)]
        .map { digits, value, ordinal in
            DateToken(kind: .number, id: -1, value: value, digits: digits, ordinal: ordinal, capitalised: false, touching: false, start: 0, end: 0)
        }

    /// The years a YEAR can be: four digits, from the nineteenth century to the twenty-first.
    static let years = 1700...2099

    /// The shape of a number, as `numberShapes` sorts them.
    static func numberShape(_ token: DateToken) -> Int {
        if token.ordinal { return token.digits <= 2 && token.value <= 31 ? 0 : 1 }
        switch token.digits {
        case 1, 2: return token.value == 0 ? 2 : token.value <= 12 ? 3 : token.value <= 31 ? 4 : 5
        case 3: return 6
        case 4: return years.contains(token.value) ? 7 : 8
        default: return 9
        }
    }

    /// The most tokens a node can read.
    private func longest(_ node: Node) -> Int {
        switch node {
        case .atom(.list(let list), _): lists[list].all.map(\.words.count).max() ?? 1
        case .atom: 1
        case .sequence(let inner): inner.map(longest).reduce(0, +)
        case .choice(let inner): inner.map(longest).max() ?? 0
        case .optional(let inner): longest(inner)
        }
    }

    /// The words a node is, when it is one word or a choice of single words ("the", "between").
    private static func literals(_ node: Node) -> Set<Int32>? {
        switch node {
        case .atom(.literal(let id), _): return [id]
        case .choice(let inner):
            var words = Set<Int32>()
            for choice in inner {
                guard let found = literals(choice) else { return nil }
                words.formUnion(found)
            }
            return words
        default: return nil
        }
    }

    /// The steps that match `nodes`: optional parts and choices become splits, tried in the
    /// order written (an optional part first present, then absent).
    static func compile(_ nodes: [Node]) -> [Step] {
        var steps: [Step] = []
        func emit(_ node: Node) {
            switch node {
            case .atom(let atom, let touching):
                steps.append(.atom(atom, touching: touching))
            case .sequence(let inner):
                inner.forEach(emit)
            case .optional(let inner):
                let split = steps.count
                steps.append(.accept)
                emit(inner)
                steps[split] = .split(split + 1, steps.count)
            case .choice(let inner):
                var jumps: [Int] = []
                for choice in inner.dropLast() {
                    let split = steps.count
                    steps.append(.accept)
                    emit(choice)
                    jumps.append(steps.count)
                    steps.append(.accept)
                    steps[split] = .split(split + 1, steps.count)
                }
                if let last = inner.last { emit(last) }
                for jump in jumps { steps[jump] = .jump(steps.count) }
            }
        }
        nodes.forEach(emit)
        steps.append(.accept)
        return steps
    }

    /// A pattern's text cut at spaces, with "[" and "]" standing alone.
    private static func pieces(of text: String) -> [String] {
        var pieces: [String] = []
        for part in text.split(separator: " ") {
            var part = Substring(part)
            while part.first == "[" { pieces.append("["); part = part.dropFirst() }
            var closing = 0
            while part.last == "]" { closing += 1; part = part.dropLast() }
            if part.hasSuffix("]?") { preconditionFailure("date rules: '[…]' is already optional") }
            if !part.isEmpty { pieces.append(String(part)) }
            pieces.append(contentsOf: Array(repeating: "]", count: closing))
        }
        return pieces
    }

    private func sequence(_ pieces: [String], _ position: inout Int, line: Int) -> [Node] {
        var nodes: [Node] = []
        while position < pieces.count {
            let piece = pieces[position]
            position += 1
            if piece == "]" { position -= 1; return nodes }
            if piece == "[" {
                let inner = sequence(pieces, &position, line: line)
                precondition(position < pieces.count && pieces[position] == "]", "date rules line \(line): '[' without ']'")
                position += 1
                nodes.append(.optional(.sequence(inner)))
                continue
            }
            nodes.append(node(piece, line: line))
        }
        return nodes
    }

    /// One piece: alternatives split at "|", each a run of touching atoms or words joined by "_";
    /// "?" at its end makes the whole piece optional.
    private func node(_ piece: String, line: Int) -> Node {
        var text = Substring(piece)
        var optional = false
        if text.count > 1, text.last == "?" {
            optional = true
            text = text.dropLast()
        }
        let alternatives = text.split(separator: "|").map { alternative -> Node in
            // "YEAR_to_YEAR" and "TIMES_REPEAT": words apart; "WEEKDAY_SHORT", "WEEKDAY_AT_END": one
            // list's name (the longest run of capitals that names one).
            let parts = alternative.split(separator: "_").map(String.init)
            var words: [String] = []
            var start = 0
            while start < parts.count {
                let named = (start + 1..<parts.count).reversed().first { end in
                    parts[start...end].allSatisfy { Self.isName($0) } && listNumbers[parts[start...end].joined(separator: "_")] != nil
                }
                words.append(parts[start...(named ?? start)].joined(separator: "_"))
                start = (named ?? start) + 1
            }
            let nodes = words.map { touchingAtoms($0, line: line) }
            return nodes.count == 1 ? nodes[0] : .sequence(nodes)
        }
        let choice = alternatives.count == 1 ? alternatives[0] : .choice(alternatives)
        return optional ? .optional(choice) : choice
    }

    private static func isName(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isUppercase || $0 == "_" }
    }

    /// "DAY/MM/YEAR": atoms that touch one another.
    private func touchingAtoms(_ text: String, line: Int) -> Node {
        var atoms: [Node] = []
        var run = ""
        func finish() {
            guard !run.isEmpty else { return }
            atoms.append(.atom(atom(run, line: line), touching: !atoms.isEmpty))
            run = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "_" {
                run.append(character)
            } else {
                finish()
                atoms.append(.atom(.literal(vocabulary.id(of: String(character))), touching: !atoms.isEmpty))
            }
        }
        finish()
        return atoms.count == 1 ? atoms[0] : .sequence(atoms)
    }

    private func atom(_ text: String, line: Int) -> Atom {
        switch text {
        case "DAY": return .day
        case "ORD": return .ordinalDay
        case "MM": return .monthNumber
        case "YEAR": return .year
        case "YY": return .twoDigits
        case "N": return .count
        case "SERIAL": return .serial
        case "NUM": return .anyNumber
        case "WORD": return .anyWord
        case "OWNER": return .owner
        case "EMOJI": return .emoji
        case "END": return .end
        case "START": return .start
        default: break
        }
        if Self.isName(text) {
            guard let list = listNumbers[text] else { preconditionFailure("date rules line \(line): no list @\(text)") }
            return .list(list)
        }
        if let number = Int(text) { return .number(number) }
        return .literal(vocabulary.id(of: text))
    }

    /// What a pattern's first token can be.
    private func first(of nodes: ArraySlice<Node>, atoms: inout [Atom]) {
        guard let head = nodes.first else { return }
        // Whether the head can match nothing, so that what follows can start the pattern too.
        func add(_ node: Node) -> Bool {
            switch node {
            case .atom(let atom, _):
                atoms.append(atom)
                return false
            case .sequence(let inner):
                for node in inner where !add(node) { return false }
                return true
            case .choice(let inner):
                var empty = false
                for node in inner where add(node) { empty = true }
                return empty
            case .optional(let inner):
                _ = add(inner)
                return true
            }
        }
        if add(head) { first(of: nodes.dropFirst(), atoms: &atoms) }
    }
}
