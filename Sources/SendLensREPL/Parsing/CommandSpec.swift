import SendLensCore

/// One option a command accepts: `--context N` takes a value, `--all` does not.
struct OptionSpec: Sendable {
    let name: String
    let value: String?
    let help: String
}

/// A closing phrase a command accepts after its arguments: `in DOC…`, `by section`, `as KIND`.
/// Clauses may come in any order at the end of the line; a quoted keyword is an ordinary word.
struct ClauseSpec: Sendable {
    enum Value: Sendable {
        /// One or more loaded documents' names; otherwise the words are not a clause but part of the query.
        case documents
        /// One word from a list, each written form with the value it means ("docs" → "document").
        case choice([(written: String, meaning: String)])
        /// A kind of document.
        case kind
        /// One or more words, whatever they are.
        case words
    }

    let keyword: String
    let value: Value
}

/// What a word after `in` names, as the parser asks the corpus.
enum NameLookup: Equatable, Sendable {
    /// A loaded document, by its full name (the word may be a unique start of it).
    case document(String)
    /// The start of several documents' names.
    case ambiguous([String])
    /// No document; `occurs` when the word is in some passage, so it may be meant as a search word.
    case unknown(occurs: Bool, known: [String])
}

/// A command as a person meets it in `help`, and as the parser and completer see it.
struct CommandSpec: Sendable {
    let name: String
    let summary: String
    /// Arguments after the name, as `help` prints them: `PATH… [as KIND]`.
    let arguments: String
    let options: [OptionSpec]
    let clauses: [ClauseSpec]
    let details: String
    let examples: [String]
    /// What TAB completes in argument position.
    let completes: ArgumentCompletion
    /// Whether the arguments are a search query, kept as typed (quotes included) rather than split.
    let takesQuery: Bool
    let run: @Sendable (Invocation, Shell) throws -> CommandResult

    init(name: String, summary: String, arguments: String, options: [OptionSpec], clauses: [ClauseSpec] = [],
         details: String, examples: [String], completes: ArgumentCompletion, takesQuery: Bool = false,
         run: @escaping @Sendable (Invocation, Shell) throws -> CommandResult) {
        self.name = name
        self.summary = summary
        self.arguments = arguments
        self.options = options
        self.clauses = clauses
        self.details = details
        self.examples = examples
        self.completes = completes
        self.takesQuery = takesQuery
        self.run = run
    }

    var usage: String {
        let optionList = options.map { option in option.value.map { "[\(option.name) \($0)]" } ?? "[\(option.name)]" }
        return ([name, arguments] + optionList).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The name and arguments, without options: "load PATH… [as KIND]".
    var signature: String {
        arguments.isEmpty ? name : name + " " + arguments
    }
}

enum ArgumentCompletion: Sendable {
    case none, paths, documents, commands, words, glossary, questions
}

/// What a command hands back: a result to keep in a numbered cell, with what went wrong along the
/// way; or a line said and not kept (`export`); or the end of the session.
enum CommandResult {
    case value(ResultValue, diagnostics: [Diagnostic] = [])
    /// Nothing worth a cell: every part of the command failed.
    case failed([Diagnostic])
    case said(String)
    /// A script's lines run one by one, each with its outcome.
    case replayed(Outcome)
    case quit
}

/// Where `COMMAND > FILE` sends a result.
struct Redirect: Equatable, Sendable {
    /// `>` a new file only (create), `>|` a new file or the old replaced (replace), `>>` added to (append).
    typealias Mode = AtomicFile.Mode

    var path: String
    var mode: Mode
}

/// A command line read against its command's spec, in one place for every command: options
/// (`--limit 5`), closing clauses (`in report`, `by section`, `as survey`), a redirection
/// (`> waiting.md`), and what is left: the arguments, or for a query command the query as typed.
struct Invocation: Sendable {
    let name: String
    let line: String
    var arguments: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []
    /// Each clause's keyword with its words (a choice's meaning, not its written form).
    var clauses: [String: [String]] = [:]
    var redirect: Redirect?
    /// The line without its redirection: what the result is a result of.
    var command: String
    /// For query commands: the query as typed, with options, clauses and redirection blanked out
    /// so positions still match, and where it starts in the line.
    var query = ""
    var queryOffset = 0
    /// When a closing `in …` was read as query words because some of them occur in passages:
    /// the error to give instead if the query then matches nothing.
    var unreadDocuments: CommandError?

    /// Reads `line`, whose first word is the command's name. `lookUp` tells what a word after `in`
    /// names, for `in DOC…`.
    init(line: String, spec: CommandSpec, lookUp: (String) -> NameLookup) throws(CommandError) {
        name = spec.name
        self.line = line
        command = line
        let words = try LineSplitter.split(line, style: spec.takesQuery ? .query : .shell)
        var rest = Array(words.dropFirst())
        var removed: [Range<Int>] = []

        // A word that starts with an unquoted >, in the line as typed.
        let characters = Array(line)
        if let arrow = rest.firstIndex(where: { characters[$0.range.lowerBound] == ">" }) {
            redirect = try Self.redirect(rest[arrow...], line: line, spec: spec)
            command = String(characters[..<rest[arrow].range.lowerBound]).trimmingCharacters(in: .whitespaces)
            removed.append(rest[arrow].range.lowerBound..<line.count)
            rest.removeSubrange(arrow...)
        }

        var kept: [LineSplitter.Word] = []
        var index = 0
        while index < rest.count {
            let word = rest[index]
            index += 1
            guard !word.quoted, word.text.hasPrefix("--"), word.text.count > 2 else {
                kept.append(word)
                continue
            }
            var blank = word.range
            if try takeOption(word.text, next: index < rest.count ? rest[index].text : nil, spec: spec) {
                blank = blank.lowerBound..<rest[index].range.upperBound
                index += 1
            }
            removed.append(blank)
        }

        // Clauses close the line: take the last one, then the one before it, while they read as
        // clauses. A query's filters (in:report) may stand among them and stay in the query.
        var filters: [LineSplitter.Word] = []
        if spec.takesQuery {
            while let last = kept.last, kept.count > 1, Self.isQueryFilter(last) { filters.insert(kept.removeLast(), at: 0) }
        }
        var end = kept.count
        while let position = kept[..<end].indices.last(where: { $0 >= 1 && !kept[$0].quoted && clause(for: kept[$0].text, in: spec) != nil }) {
            let clause = clause(for: kept[position].text, in: spec)!
            var words = Array(kept[(position + 1)..<end])
            if spec.takesQuery {
                while let last = words.last, Self.isQueryFilter(last) { filters.insert(words.removeLast(), at: 0) }
            }
            guard let taken = try Self.read(clause, words[...], line: line, spec: spec, lookUp: lookUp,
                                            unread: &unreadDocuments) else { break }
            clauses[clause.keyword] = taken
            removed += ([kept[position]] + words).map(\.range)
            end = position
        }
        kept.removeSubrange(end...)
        kept += filters

        arguments = kept.map(\.text)
        if spec.takesQuery {
            let start = words.first?.range.upperBound ?? 0
            var characters = characters
            for range in removed {
                for position in range where position < characters.count { characters[position] = " " }
            }
            query = String(characters[min(start, characters.count)...])
            queryOffset = start
        }
    }

    /// `in:report`, `-kind:news`, `section:"…"`: a filter of the query, not a clause's word.
    private static func isQueryFilter(_ word: LineSplitter.Word) -> Bool {
        guard !word.quoted, let name = QueryFilter.written(word.text[...])?.name else { return false }
        return QueryFilter.names.contains(name)
    }

    private func clause(for word: String, in spec: CommandSpec) -> ClauseSpec? {
        let lowered = word.lowercased()
        return spec.clauses.first { $0.keyword == lowered && clauses[$0.keyword] == nil }
    }

    /// The clause's words, or nil when they do not make a clause (the keyword is an ordinary word).
    private static func read(_ clause: ClauseSpec, _ words: ArraySlice<LineSplitter.Word>, line: String, spec: CommandSpec,
                             lookUp: (String) -> NameLookup, unread: inout CommandError?) throws(CommandError) -> [String]? {
        guard let first = words.first else { return nil }
        switch clause.value {
        case .documents:
            // "in care" may be part of a query; "in hert" where no document and no passage has
            // "hert" can only be a document misnamed, and is said to be, never searched for.
            var names: [String] = []
            var notNames: CommandError?
            for word in words {
                switch lookUp(word.text) {
                case .document(let name):
                    names.append(name)
                case .ambiguous(let candidates):
                    throw .ambiguousDocument(word.text, candidates: candidates, line: line, column: word.range.lowerBound)
                case .unknown(let occurs, let known):
                    let error = CommandError.notADocument(word.text, known: known, words: words.map(\.text).joined(separator: " "),
                                                          line: line, column: word.range.lowerBound)
                    if !occurs { throw error }
                    notNames = notNames ?? error
                }
            }
            guard let notNames else { return names }
            unread = notNames
            return nil
        case .words:
            return words.map(\.text)
        case .choice(let choices):
            guard words.count == 1 else { return nil }
            guard let meaning = choices.first(where: { $0.written == first.text.lowercased() })?.meaning else {
                // Each meaning once, as first written: doc, section, question.
                var meanings: [String] = []
                var written: [String] = []
                for choice in choices where !meanings.contains(choice.meaning) {
                    meanings.append(choice.meaning)
                    written.append(choice.written)
                }
                throw .badClause(command: spec.name, keyword: clause.keyword, value: first.text,
                                 expected: written, line: line, column: first.range.lowerBound)
            }
            return [meaning]
        case .kind:
            guard words.count == 1 else { return nil }
            guard DocumentKind(rawValue: first.text.lowercased()) != nil else {
                throw .unknownKind(first.text, line: line, column: first.range.lowerBound)
            }
            return [first.text.lowercased()]
        }
    }

    /// `> FILE`, `>| FILE`, `>> FILE`, with or without a space before the name, which must end the line.
    private static func redirect(_ words: ArraySlice<LineSplitter.Word>, line: String, spec: CommandSpec) throws(CommandError) -> Redirect {
        let arrow = words.first!
        let mode: Redirect.Mode
        var operatorLength = 1
        if arrow.text.hasPrefix(">>") {
            (mode, operatorLength) = (.append, 2)
        } else if arrow.text.hasPrefix(">|") {
            (mode, operatorLength) = (.replace, 2)
        } else {
            mode = .create
        }
        var targets = words.dropFirst().map(\.text)
        let attached = String(arrow.text.dropFirst(operatorLength))
        if !attached.isEmpty { targets.insert(attached, at: 0) }
        guard targets.count == 1, var path = targets.first else {
            throw .badRedirect(line: line, column: arrow.range.lowerBound, extra: targets.count > 1)
        }
        if spec.takesQuery {
            // Query words keep their quotes; a file name does not.
            path = (try? LineSplitter.split(path).first?.text) ?? path
        }
        return Redirect(path: path, mode: mode)
    }

    /// `--page`, which every command takes: its result through the pager when longer than the screen.
    static let page = "--page"

    /// Records one `--option` word, its value written `--option=value` or as the next word.
    /// Returns whether it used the next word.
    private mutating func takeOption(_ text: String, next: String?, spec: CommandSpec) throws(CommandError) -> Bool {
        var optionName = text
        var inlineValue: String?
        if let equals = text.firstIndex(of: "=") {
            optionName = String(text[..<equals])
            inlineValue = String(text[text.index(after: equals)...])
        }
        if optionName == Self.page, inlineValue == nil {
            flags.insert(Self.page)
            return false
        }
        guard let option = spec.options.first(where: { $0.name == optionName }) else {
            throw .unknownOption(command: spec.name, option: optionName,
                                 suggestion: Nearest.match(for: optionName, in: spec.options.map(\.name)))
        }
        if option.value == nil {
            flags.insert(option.name)
            return false
        }
        if let inlineValue {
            values[option.name] = inlineValue
            return false
        }
        guard let next else { throw .missingValue(command: spec.name, option: option.name) }
        values[option.name] = next
        return true
    }

    // MARK: Typed values

    func integer(_ option: String, default fallback: Int, in range: ClosedRange<Int>) throws(CommandError) -> Int {
        guard let text = values[option] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw .badValue(command: name, option: option, value: text,
                            expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A day written `2024-03-31`, `31/03/2024`, `31 March 2024` or `today`.
    func date(_ option: String, today: Day) throws(CommandError) -> Day? {
        guard let text = values[option] else { return nil }
        if text.lowercased() == "today" { return today }
        guard let day = Day.parse(text) else {
            throw .badValue(command: name, option: option, value: text,
                            expected: "a date such as 2023-11-10, 10/11/2023 or \"10 November 2023\"")
        }
        return day
    }
}

/// `$3` (result 3), `$3.2` (its second item), `$` (the last result), `$.2` (the last result's
/// second item), as typed.
struct ResultReference: Equatable, Sendable {
    /// nil for `$`, the last result.
    var result: Int?
    var item: Int?

    /// nil when the text is not written as a reference at all.
    init?(_ text: String) {
        guard text.hasPrefix("$") else { return nil }
        let body = text.dropFirst()
        if body.isEmpty { return }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        if parts[0].isEmpty {
            guard parts.count == 2 else { return nil }
        } else {
            guard parts[0].allSatisfy({ ("0"..."9").contains($0) }), let number = Int(parts[0]), number > 0 else { return nil }
            result = number
        }
        if parts.count == 2 {
            guard parts[1].allSatisfy({ ("0"..."9").contains($0) }), let item = Int(parts[1]), item > 0 else { return nil }
            self.item = item
        }
    }
}
