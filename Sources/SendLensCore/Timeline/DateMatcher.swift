/// Runs a pattern of `DateGrammar` over a passage's tokens, trying every way its optional parts
/// and choices can go, and says where each way ends and what its classes and lists read.
final class DateMatcher {
    struct Capture {
        var atom: DateGrammar.Atom
        /// A number's value (a number word's too); a word's vocabulary number for words.
        var value: Int
        /// A list entry's value.
        var entry: String?
    }

    let grammar: DateGrammar
    let tokens: [DateToken]
    private var captures: [Capture] = []
    private let stops: (Int32, Int32)

    init(grammar: DateGrammar, tokens: [DateToken]) {
        self.grammar = grammar
        self.tokens = tokens
        stops = (grammar.vocabulary.lookUp(hash: DateVocabulary.hash(".".utf8)), grammar.vocabulary.lookUp(hash: DateVocabulary.hash(",".utf8)))
    }

    /// A full stop or comma.
    func isStop(_ token: DateToken) -> Bool {
        token.id == stops.0 || token.id == stops.1
    }

    /// Every end a pattern can reach from `index`, the longest first, each with the first reading
    /// of its classes found for it.
    func matches(_ body: [DateGrammar.Node], at index: Int) -> [(end: Int, captures: [Capture])] {
        var results: [(end: Int, captures: [Capture])] = []
        captures.removeAll(keepingCapacity: true)
        match(body[...], at: index) { end in
            if !results.contains(where: { $0.end == end }) { results.append((end, captures)) }
        }
        return results.sorted { $0.end > $1.end }
    }

    /// Whether `node` matches the token just before `index`, ending there.
    func matches(_ node: DateGrammar.Node, endingAt index: Int) -> Bool {
        guard index > 0 else { return false }
        var found = false
        let saved = captures
        match(node, at: index - 1) { end in if end == index { found = true } }
        captures = saved
        return found
    }

    private func match(_ nodes: ArraySlice<DateGrammar.Node>, at index: Int, then: (Int) -> Void) {
        guard let head = nodes.first else { return then(index) }
        match(head, at: index) { next in self.match(nodes.dropFirst(), at: next, then: then) }
    }

    private func match(_ node: DateGrammar.Node, at index: Int, then: (Int) -> Void) {
        switch node {
        case .atom(let atom, let touching):
            guard index < tokens.count, !touching || tokens[index].touching else { return }
            for (end, capture) in ends(of: atom, at: index) {
                captures.append(capture)
                then(end)
                captures.removeLast()
            }
        case .sequence(let inner):
            match(inner[...], at: index, then: then)
        case .choice(let inner):
            for choice in inner { match(choice, at: index, then: then) }
        case .optional(let inner):
            match(inner, at: index, then: then)
            then(index)
        }
    }

    /// Where an atom standing at `index` ends (a list's entry may be several words), and what it read.
    private func ends(of atom: DateGrammar.Atom, at index: Int) -> [(Int, Capture)] {
        let token = tokens[index]
        func number(_ accept: Bool) -> [(Int, Capture)] {
            accept ? [(index + 1, Capture(atom: atom, value: token.value))] : []
        }
        let plain = token.kind == .number && !token.ordinal
        switch atom {
        case .literal(let id):
            return token.kind != .number && token.id == id ? [(index + 1, Capture(atom: atom, value: Int(id)))] : []
        case .number(let value):
            return number(plain && token.value == value)
        case .day:
            return number(token.kind == .number && token.digits <= 2 && (1...31).contains(token.value))
        case .monthNumber:
            return number(plain && token.digits <= 2 && (1...12).contains(token.value))
        case .year:
            return number(plain && token.digits == 4 && (1900...2099).contains(token.value))
        case .twoDigits:
            return number(plain && token.digits == 2)
        case .anyNumber:
            return number(token.kind == .number)
        case .anyWord:
            return token.kind == .word ? [(index + 1, Capture(atom: atom, value: Int(token.id)))] : []
        case .count:
            if plain && token.digits <= 3 { return number(true) }
            return listEnds(grammar.list("NUMBER"), at: index).map { end, entry in
                (end, Capture(atom: atom, value: Int(entry.value) ?? 0, entry: entry.value))
            }
        case .list(let list):
            return listEnds(grammar.lists[list], at: index).map { end, entry in
                (end, Capture(atom: atom, value: 0, entry: entry.value))
            }
        }
    }

    /// The entries of a list that stand at `index`, and where each ends.
    func listEnds(_ list: DateGrammar.List, at index: Int) -> [(Int, DateGrammar.Entry)] {
        let token = tokens[index]
        guard token.kind == .word, let entries = list.entries[token.id] else { return [] }
        var found: [(Int, DateGrammar.Entry)] = []
        for entry in entries where !entry.capital || token.capitalised {
            let end = index + entry.words.count
            guard end <= tokens.count else { continue }
            if (1..<entry.words.count).allSatisfy({ tokens[index + $0].kind == .word && tokens[index + $0].id == entry.words[$0] }) {
                found.append((end, entry))
            }
        }
        return found
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

    private func entries(in name: String) -> [String] {
        captures.compactMap { capture in
            if case .list(let list) = capture.atom, grammar.lists[list].name == name { return capture.entry }
            return nil
        }
    }

    private func values(_ atom: DateGrammar.Atom) -> [Int] {
        captures.filter { $0.atom == atom }.map(\.value)
    }

    var days: [Int] { values(.day) }
    var years: [Int] { values(.year) }
    var counts: [Int] { values(.count) }
    var twoDigits: Int? { values(.twoDigits).first }
    /// Months by name or number, in the order written.
    var months: [Int] {
        captures.compactMap { capture in
            if capture.atom == .monthNumber { return capture.value }
            if case .list(let list) = capture.atom, grammar.lists[list].name == "MONTH" { return capture.entry.flatMap { Int($0) } }
            return nil
        }
    }
    /// A count of units: 1 where the text says "a" or "an".
    var amount: Int { counts.first ?? 1 }
    var unit: DateUnit? { entries(in: "UNIT").first.flatMap(DateUnit.init) }
    var shift: Int? { entries(in: "SHIFT").first.flatMap { Int($0) } }
    var weekday: Int? { (entries(in: "WEEKDAY") + entries(in: "WEEKDAY_SHORT")).first.flatMap { Int($0) } }
    /// The words that stand for any word (after "within … of").
    var words: [Int32] { values(.anyWord).map { Int32($0) } }
    /// Whether "times" was written: "three times a year".
    var hasTimes: Bool {
        let times = grammar.vocabulary.lookUp(hash: DateVocabulary.hash("times".utf8))
        return captures.contains { $0.atom == .literal(times) }
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
