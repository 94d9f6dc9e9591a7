/// Reads the query language: words, `"phrases"`, `prefix*`, `a OR b`, `-word` or `NOT word`,
/// `NEAR(a b, 5)`, parentheses, and the filters `in:DOC`, `kind:KIND`, `section:"…"`, `question:"…"`.
/// Words next to each other must all match. Errors say where the query went wrong.
public struct QueryParser {
    private enum Token: Equatable {
        case word(String)
        case phrase(String)
        case open, close, comma
        /// `in:`, `kind:`, … with the value that follows it; `negated` for `-in:`.
        case filter(name: String, value: String, negated: Bool)
    }

    private var tokens: [(token: Token, position: Int)] = []
    private var index = 0
    private var filters: [QueryFilter] = []
    private var exclusions: [QueryFilter] = []
    /// Whether AND was written anywhere.
    private var sawAnd = false
    /// How many brackets are open where the parser is.
    private var depth = 0
    /// The deepest nesting of brackets a query may have.
    static let maximumDepth = 16
    /// The most words, operators and brackets a query may have: a question, not a document.
    static let maximumTokens = 256

    public static func parse(_ text: String) throws(QueryError) -> Query {
        var parser = QueryParser()
        parser.tokens = try lex(text)
        guard !parser.tokens.isEmpty else { throw .empty }
        if parser.tokens.count > maximumTokens {
            throw .tooLong(limit: maximumTokens, position: parser.tokens[maximumTokens].position)
        }
        let node = try parser.parseOr()
        if parser.index < parser.tokens.count {
            let (token, position) = parser.tokens[parser.index]
            if token == .close { throw .unexpectedClosingParenthesis(position: position) }
            throw .malformedNear(reason: "a comma only separates NEAR's words from its distance", position: position)
        }
        guard let node else {
            if parser.filters.isEmpty { throw .empty }
            throw .nothingToSearch(word: "", position: 0)
        }
        var query = Query(match: node, filters: parser.filters, exclusions: parser.exclusions)
        if case .and(let items) = node, !parser.sawAnd {
            query.wordsSideBySide = items.allSatisfy {
                switch $0 {
                case .term, .phrase: true
                default: false
                }
            }
        }
        return query
    }

    // MARK: Lexing

    private static func lex(_ text: String) throws(QueryError) -> [(token: Token, position: Int)] {
        let characters = Array(text)
        var tokens: [(token: Token, position: Int)] = []
        var index = 0
        func readPhrase(from start: Int) throws(QueryError) -> (String, Int) {
            var end = start + 1
            while end < characters.count, characters[end] != "\"" { end += 1 }
            guard end < characters.count else { throw .unclosedQuote(position: start) }
            return (String(characters[(start + 1)..<end]), end + 1)
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case " ", "\t", "\n":
                index += 1
            case "(":
                tokens.append((.open, index)); index += 1
            case ")":
                tokens.append((.close, index)); index += 1
            case ",":
                tokens.append((.comma, index)); index += 1
            case "\"":
                let (phrase, next) = try readPhrase(from: index)
                tokens.append((.phrase(phrase), index))
                index = next
            default:
                let start = index
                while index < characters.count, !" \t\n()\",".contains(characters[index]) { index += 1 }
                let word = String(characters[start..<index])
                if let (name, negated, written) = QueryFilter.written(word[...]) {
                    guard QueryFilter.names.contains(name) else {
                        throw .unknownFilter(name: name, position: start, suggestion: Nearest.match(for: name, in: QueryFilter.names))
                    }
                    var value = String(written)
                    if value.isEmpty, index < characters.count, characters[index] == "\"" {
                        let (phrase, next) = try readPhrase(from: index)
                        value = phrase
                        index = next
                    }
                    guard !value.trimmingWhitespace().isEmpty else { throw .emptyFilter(name: name, position: start) }
                    tokens.append((.filter(name: name, value: value, negated: negated), start))
                } else {
                    tokens.append((.word(word), start))
                }
            }
        }
        return tokens
    }

    // MARK: Parsing

    private var current: (token: Token, position: Int)? {
        index < tokens.count ? tokens[index] : nil
    }

    private mutating func parseOr() throws(QueryError) -> QueryNode? {
        var alternatives: [QueryNode] = []
        var first = try parseAnd()
        while let (token, position) = current, token == .word("OR") {
            index += 1
            guard let left = first else { throw .missingOperand(operator: "OR", position: position) }
            alternatives.append(left)
            guard let right = try parseAnd() else { throw .missingOperand(operator: "OR", position: position) }
            first = right
        }
        guard let last = first else { return nil }
        if alternatives.isEmpty { return last }
        return .or(alternatives + [last])
    }

    /// Items side by side, with `-word` and `NOT word` collected as exclusions.
    private mutating func parseAnd() throws(QueryError) -> QueryNode? {
        var wanted: [QueryNode] = []
        var excluded: [QueryNode] = []
        var firstExclusion: Int?
        loop: while let (token, position) = current {
            switch token {
            case .close, .comma, .word("OR"):
                break loop
            case .word("AND"):
                index += 1
                sawAnd = true
                guard !wanted.isEmpty || !excluded.isEmpty, current != nil, current?.token != .word("OR"), current?.token != .close else {
                    throw .missingOperand(operator: "AND", position: position)
                }
            case .word("NOT"):
                index += 1
                if case .filter(let name, let value, let negated)? = current?.token {
                    // NOT in:news is -in:news (and NOT -in:news is in:news).
                    index += 1
                    if negated { filters.append(Self.filter(name, value)) } else { exclusions.append(Self.filter(name, value)) }
                    continue
                }
                guard let item = try parseItem() else { throw .missingOperand(operator: "NOT", position: position) }
                excluded.append(item)
                firstExclusion = firstExclusion ?? position
            case .word("-"):
                // -"a phrase"
                index += 1
                guard let item = try parseItem() else { throw .missingOperand(operator: "-", position: position) }
                excluded.append(item)
                firstExclusion = firstExclusion ?? position
            case .word(let word) where word.hasPrefix("-") && word.count > 1:
                tokens[index].token = .word(String(word.dropFirst()))
                tokens[index].position += 1
                guard let item = try parseItem() else { throw .missingOperand(operator: "-", position: position) }
                excluded.append(item)
                firstExclusion = firstExclusion ?? position
            default:
                if let item = try parseItem() { wanted.append(item) }
            }
        }
        if wanted.isEmpty {
            if let firstExclusion { throw .onlyExclusions(position: firstExclusion) }
            return nil
        }
        let positive = wanted.count == 1 ? wanted[0] : .and(wanted)
        guard !excluded.isEmpty else { return positive }
        return .not(positive, excluding: excluded.count == 1 ? excluded[0] : .or(excluded))
    }

    /// One word, phrase, NEAR group or bracketed query; filters are collected and yield nil.
    private mutating func parseItem() throws(QueryError) -> QueryNode? {
        guard let (token, position) = current else { return nil }
        index += 1
        switch token {
        case .filter(let name, let value, let negated):
            if negated { exclusions.append(Self.filter(name, value)) } else { filters.append(Self.filter(name, value)) }
            return nil
        case .open:
            // Brackets nest only so deep: deeper would exhaust the stack here and in FTS5.
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw .tooDeep(limit: Self.maximumDepth, position: position) }
            let inner = try parseOr()
            guard current?.token == .close else { throw .unclosedParenthesis(position: position) }
            index += 1
            return inner
        case .close:
            throw .unexpectedClosingParenthesis(position: position)
        case .comma:
            throw .malformedNear(reason: "a comma only separates NEAR's words from its distance", position: position)
        case .phrase(let text):
            let words = Self.words(in: text)
            guard !words.isEmpty else { throw .emptyPhrase(position: position) }
            return Self.node(words)
        case .word("NEAR") where current?.token == .open:
            return try parseNear(at: position)
        case .word(let word):
            return try Self.term(word, at: position)
        }
    }

    private mutating func parseNear(at position: Int) throws(QueryError) -> QueryNode {
        index += 1 // the "("
        var items: [QueryNode] = []
        var distance = 10
        while let (token, itemPosition) = current {
            switch token {
            case .word(let word):
                index += 1
                items.append(try Self.term(word, at: itemPosition))
            case .phrase(let text):
                index += 1
                let words = Self.words(in: text)
                guard !words.isEmpty else { throw .emptyPhrase(position: itemPosition) }
                items.append(Self.node(words))
            case .comma:
                index += 1
                guard case .word(let number)? = current?.token, number.allSatisfy(\.isASCIIDigit),
                      let value = Int(number.prefix(6)), (1...1000).contains(value), number.count <= 6 else {
                    throw .malformedNear(reason: "NEAR's distance must be a whole number from 1 to 1000, as in NEAR(a b, 5)",
                                         position: current?.position ?? itemPosition)
                }
                distance = value
                index += 1
                guard current?.token == .close else { throw .unclosedParenthesis(position: position + 4) }
            case .close:
                index += 1
                guard items.count >= 2 else {
                    throw .malformedNear(reason: "NEAR needs at least two words, as in NEAR(waiting therapy, 5)", position: position)
                }
                return .near(items, distance: distance)
            default:
                throw .malformedNear(reason: "NEAR takes only words and \"phrases\"", position: itemPosition)
            }
        }
        throw .unclosedParenthesis(position: position + 4)
    }

    private static func term(_ word: String, at position: Int) throws(QueryError) -> QueryNode {
        let prefix = word.hasSuffix("*")
        let body = prefix ? String(word.dropLast()) : word
        let words = Self.words(in: body)
        guard !words.isEmpty else { throw .nothingToSearch(word: word, position: position) }
        if words.count == 1 { return .term(words[0], prefix: prefix) }
        // "co-production" is the phrase "co production", as the index sees it.
        return .phrase(words, prefix: prefix)
    }

    /// A quoted phrase of one word is that word.
    private static func node(_ words: [String]) -> QueryNode {
        words.count == 1 ? .term(words[0], prefix: false) : .phrase(words)
    }

    /// Lower-case runs of letters and digits, as the index splits text.
    static func words(in text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    private static func filter(_ name: String, _ value: String) -> QueryFilter {
        switch name {
        case "in": .document(value)
        case "kind": .kind(value.lowercased())
        case "section": .section(value)
        default: .question(value)
        }
    }
}
