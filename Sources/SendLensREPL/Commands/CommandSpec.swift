import SendLensCore

/// One option a command accepts: `--context N` takes a value, `--all` does not.
struct OptionSpec: Sendable {
    let name: String
    let value: String?
    let help: String
}

/// A command as a person meets it in `help`, and as the parser and completer see it.
struct CommandSpec: Sendable {
    let name: String
    let summary: String
    /// Arguments after the name, as `help` prints them: `PATH… [as KIND]`.
    let arguments: String
    let options: [OptionSpec]
    let details: String
    let examples: [String]
    /// What TAB completes in argument position.
    let completes: ArgumentCompletion
    /// Whether the arguments are a search query, kept as typed (quotes included) rather than split.
    var takesQuery = false
    let run: @Sendable (Invocation, Shell) throws -> CommandOutput

    init(name: String, summary: String, arguments: String, options: [OptionSpec], details: String, examples: [String],
         completes: ArgumentCompletion, takesQuery: Bool = false,
         run: @escaping @Sendable (Invocation, Shell) throws -> CommandOutput) {
        self.name = name
        self.summary = summary
        self.arguments = arguments
        self.options = options
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
}

enum ArgumentCompletion: Sendable {
    case none, paths, documents, commands, words, glossary, questions
}

/// A command line parsed against its command's options.
struct Invocation: Sendable {
    let name: String
    var arguments: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []
    /// For query commands: the query as typed, with options blanked out so positions still match,
    /// and where it starts in the command line.
    var query = ""
    var queryOffset = 0
    var line = ""

    /// Splits words into arguments and options, rejecting options the command does not have.
    init(words: [LineSplitter.Word], spec: CommandSpec) throws(CommandError) {
        name = spec.name
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard !word.quoted, word.text.hasPrefix("--"), word.text.count > 2 else {
                arguments.append(word.text)
                continue
            }
            if try takeOption(word.text, next: index < words.count ? words[index].text : nil, spec: spec) { index += 1 }
        }
    }

    /// Splits a query command's line (the command's name first): `--options` outside quotes are
    /// taken out, and the rest is the query, with the options blanked so positions still match.
    init(queryLine line: String, spec: CommandSpec) throws(CommandError) {
        name = spec.name
        let characters = Array(line)
        let start = characters.prefix(while: { $0 != " " && $0 != "\t" }).count
        var query = Array(characters[start...])
        // Words outside quotes, with their positions in `query`.
        var words: [(text: String, range: Range<Int>)] = []
        var quote = false
        var wordStart: Int?
        for (offset, character) in query.enumerated() {
            if character == "\"" { quote.toggle() }
            if !quote, character == " " || character == "\t" {
                if let begin = wordStart { words.append((String(query[begin..<offset]), begin..<offset)) }
                wordStart = nil
            } else if wordStart == nil {
                wordStart = offset
            }
        }
        if let begin = wordStart { words.append((String(query[begin...]), begin..<query.count)) }
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.text.hasPrefix("--"), word.text.count > 2 else { continue }
            var blank = word.range
            if try takeOption(word.text, next: index < words.count ? words[index].text : nil, spec: spec) {
                blank = blank.lowerBound..<words[index].range.upperBound
                index += 1
            }
            for position in blank { query[position] = " " }
        }
        self.query = String(query)
        self.queryOffset = start
        self.line = line
    }

    /// Records one `--option` word, its value written `--option=value` or as the next word.
    /// Returns whether it used the next word.
    private mutating func takeOption(_ text: String, next: String?, spec: CommandSpec) throws(CommandError) -> Bool {
        var optionName = text
        var inlineValue: String?
        if let equals = text.firstIndex(of: "=") {
            optionName = String(text[..<equals])
            inlineValue = String(text[text.index(after: equals)...])
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

    func integer(_ option: String, default fallback: Int, in range: ClosedRange<Int>) throws(CommandError) -> Int {
        guard let text = values[option] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw .badValue(command: name, option: option, value: text,
                            expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}
