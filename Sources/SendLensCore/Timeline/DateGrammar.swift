/// `DateRules.text` read into lists of words and patterns the tagger can run: each pattern a
/// small expression over tokens (words, numbers, marks, lists), tried where its first element can
/// stand.
struct DateGrammar: Sendable {
    /// What a pattern's words mean (the rules file's READINGS).
    enum Reading: String, Sendable, CaseIterable {
        case date, month, year, weekday, range, season, term, quarter, week, ago, ahead, shift, within, wait, `repeat`, not, open, by
        case financialYear = "financial-year", academicYear = "academic-year", soFar = "so-far", endOf = "end-of"
        case byIfFuture = "by-if-future"
    }

    /// One thing a token can be.
    enum Atom: Sendable, Equatable {
        /// A word or mark of the vocabulary.
        case literal(Int32)
        case number(Int)
        case list(Int)
        case day, monthNumber, year, twoDigits, count, anyNumber, anyWord
    }

    indirect enum Node: Sendable {
        /// `touching`: no space between it and what came before ("10/11").
        case atom(Atom, touching: Bool)
        case sequence([Node])
        case choice([Node])
        case optional(Node)
    }

    struct Pattern: Sendable {
        var reading: Reading
        /// Matched just before the words, and not part of them ("in" of "in March").
        var context: Node?
        var body: [Node]
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

    struct List: Sendable {
        var name: String
        /// Entries by their first word.
        var entries: [Int32: [Entry]] = [:]
        var all: [Entry] = []
    }

    private(set) var vocabulary = DateVocabulary()
    private(set) var lists: [List] = []
    private(set) var patterns: [Pattern] = []
    private var listNumbers: [String: Int] = [:]
    /// Patterns that can start at a word or mark of the vocabulary, by its number; at a number;
    /// at any word.
    private(set) var startingAt: [[Int]] = []
    private(set) var startingAtNumber: [Int] = []
    private(set) var startingAtAnyWord: [Int] = []
    /// The patterns that stand before a date (open, by, by-if-future).
    private(set) var leads: [Int] = []

    static let standard = DateGrammar(DateRules.text)

    func list(_ name: String) -> List {
        guard let number = listNumbers[name] else { preconditionFailure("date rules: no list @\(name)") }
        return lists[number]
    }

    /// The value of a one-word entry of a list, by the word.
    func value(in name: String, of word: String) -> String? {
        let list = list(name)
        guard let id = vocabulary.ids[DateVocabulary.hash(word.lowercased().utf8)] else { return nil }
        return list.entries[id]?.first { $0.words.count == 1 }?.value
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
            var list = List(name: name)
            for part in parts.dropFirst() {
                let pieces = part.split(separator: "=", maxSplits: 1)
                let written = pieces[0].split(separator: "_").map(String.init)
                let entry = Entry(words: written.map { vocabulary.id(of: $0) }, value: pieces.count > 1 ? String(pieces[1]) : "",
                                  capital: written[0].first?.isUppercase == true)
                list.entries[entry.words[0], default: []].append(entry)
                list.all.append(entry)
            }
            precondition(listNumbers[name] == nil, "date rules line \(number): @\(name) twice")
            listNumbers[name] = lists.count
            lists.append(list)
        }
        for (number, line) in lines where !line.hasPrefix("@") {
            guard let colon = line.firstIndex(of: ":"), let reading = Reading(rawValue: String(line[..<colon])) else {
                preconditionFailure("date rules line \(number): no reading before ':' in '\(line)'")
            }
            var pieces = Self.pieces(of: String(line[line.index(after: colon)...]))
            var context: Node?
            if let first = pieces.first, first.hasPrefix("<"), first.hasSuffix(">") {
                context = node(String(first.dropFirst().dropLast()), line: number)
                pieces.removeFirst()
            }
            var position = 0
            let body = sequence(pieces, &position, line: number)
            precondition(position == pieces.count, "date rules line \(number): unbalanced [ ]")
            patterns.append(Pattern(reading: reading, context: context, body: body, line: number))
        }
        startingAt = Array(repeating: [], count: vocabulary.words.count)
        for (index, pattern) in patterns.enumerated() {
            if [.open, .by, .byIfFuture].contains(pattern.reading) {
                leads.append(index)
                continue
            }
            var words = Set<Int32>()
            var numbers = false
            var anyWord = false
            first(of: pattern.body[...], words: &words, numbers: &numbers, anyWord: &anyWord)
            for word in words { startingAt[Int(word)].append(index) }
            if numbers { startingAtNumber.append(index) }
            if anyWord { startingAtAnyWord.append(index) }
        }
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

    private mutating func sequence(_ pieces: [String], _ position: inout Int, line: Int) -> [Node] {
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
    private mutating func node(_ piece: String, line: Int) -> Node {
        var text = Substring(piece)
        var optional = false
        if text.count > 1, text.last == "?" {
            optional = true
            text = text.dropLast()
        }
        let alternatives = text.split(separator: "|").map { alternative -> Node in
            // "YEAR_to_YEAR" and "TIMES_REPEAT": words apart; "WEEKDAY_SHORT": one list's name.
            var words: [String] = []
            for part in alternative.split(separator: "_") {
                if let last = words.last, Self.isName(last), Self.isName(part), listNumbers[last + "_" + part] != nil {
                    words[words.count - 1] += "_" + part
                } else {
                    words.append(String(part))
                }
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
    private mutating func touchingAtoms(_ text: String, line: Int) -> Node {
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

    private mutating func atom(_ text: String, line: Int) -> Atom {
        switch text {
        case "DAY": return .day
        case "MM": return .monthNumber
        case "YEAR": return .year
        case "YY": return .twoDigits
        case "N": return .count
        case "NUM": return .anyNumber
        case "WORD": return .anyWord
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
    private func first(of nodes: ArraySlice<Node>, words: inout Set<Int32>, numbers: inout Bool, anyWord: inout Bool) {
        guard let head = nodes.first else { return }
        // Whether the head can match nothing, so that what follows can start the pattern too.
        func add(_ node: Node) -> Bool {
            switch node {
            case .atom(let atom, _):
                switch atom {
                case .literal(let id): words.insert(id)
                case .list(let list):
                    words.formUnion(lists[list].entries.keys)
                    // "N" is also a number word.
                    if lists[list].name == "NUMBER" { numbers = true }
                case .anyWord: anyWord = true
                case .count: numbers = true; words.formUnion(self.list("NUMBER").entries.keys)
                default: numbers = true
                }
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
        if add(head) { first(of: nodes.dropFirst(), words: &words, numbers: &numbers, anyWord: &anyWord) }
    }
}
