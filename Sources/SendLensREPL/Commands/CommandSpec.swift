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
    let run: @Sendable (Invocation, Shell) throws -> CommandOutput

    var usage: String {
        let optionList = options.map { option in option.value.map { "[\(option.name) \($0)]" } ?? "[\(option.name)]" }
        return ([name, arguments] + optionList).filter { !$0.isEmpty }.joined(separator: " ")
    }
}

enum ArgumentCompletion: Sendable {
    case none, paths, documents, commands
}

/// A command line parsed against its command's options.
struct Invocation: Sendable {
    let name: String
    var arguments: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

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
            var optionName = word.text
            var inlineValue: String?
            if let equals = word.text.firstIndex(of: "=") {
                optionName = String(word.text[..<equals])
                inlineValue = String(word.text[word.text.index(after: equals)...])
            }
            guard let option = spec.options.first(where: { $0.name == optionName }) else {
                throw .unknownOption(command: spec.name, option: optionName,
                                     suggestion: Nearest.match(for: optionName, in: spec.options.map(\.name)))
            }
            if option.value == nil {
                flags.insert(option.name)
            } else if let inlineValue {
                values[option.name] = inlineValue
            } else if index < words.count {
                values[option.name] = words[index].text
                index += 1
            } else {
                throw .missingValue(command: spec.name, option: option.name)
            }
        }
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
