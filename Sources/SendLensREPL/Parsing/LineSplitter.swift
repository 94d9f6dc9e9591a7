/// Splits a command line into words, each with where it lies in the line (for error carets and
/// for blanking words out of a query).
///
/// As a shell does (`.shell`): spaces separate words, `'…'` and `"…"` group them, and a backslash
/// escapes the next character outside single quotes. For a search query (`.query`): only double
/// quotes group, and they stay in the word for the query parser to read, as do apostrophes.
///
///     LineSplitter.split(#"load "my report.md" as report"#)   // ["load", "my report.md", "as", "report"]
///     LineSplitter.split(#"find "18 weeks" -private"#, style: .query)   // ["find", "\"18 weeks\"", "-private"]
enum LineSplitter {
    enum Style {
        case shell, query
    }

    struct Word: Equatable {
        var text: String
        /// Whether any part was quoted: a quoted `--name` is a word, not an option.
        var quoted: Bool
        /// Where the word lies in the line, in characters.
        var range: Range<Int>
    }

    static func split(_ line: String, style: Style = .shell) throws(CommandError) -> [Word] {
        var words: [Word] = []
        var current: Word?
        var quote: Character?
        var quoteColumn = 0
        var escaping = false
        func extend(_ character: Character, at column: Int, quoted: Bool = false) {
            if current == nil { current = Word(text: "", quoted: false, range: column..<column) }
            current!.text.append(character)
            current!.quoted = current!.quoted || quoted
            current!.range = current!.range.lowerBound..<(column + 1)
        }
        for (column, character) in line.enumerated() {
            if escaping {
                // "\n" in double quotes is a line break, as a saved script writes a file name that has one.
                extend(character == "n" && quote == "\"" ? "\n" : character, at: column)
                escaping = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                    if style == .query { extend(character, at: column, quoted: true) }
                    if let start = current?.range.lowerBound { current!.range = start..<(column + 1) }
                } else if character == "\\" && open == "\"" && style == .shell {
                    escaping = true
                } else {
                    extend(character, at: column, quoted: true)
                }
                continue
            }
            if character == "\"" || (character == "'" && style == .shell) {
                quote = character
                quoteColumn = column
                if current == nil { current = Word(text: "", quoted: true, range: column..<(column + 1)) }
                current!.quoted = true
                if style == .query { extend(character, at: column, quoted: true) }
            } else if character == "\\" && style == .shell {
                escaping = true
            } else if character == " " || character == "\t" {
                if let word = current { words.append(word) }
                current = nil
            } else {
                extend(character, at: column)
            }
        }
        if quote != nil && style == .shell { throw .unclosedQuote(line: line, column: quoteColumn) }
        if escaping { extend("\\", at: line.count - 1) }
        if let word = current { words.append(word) }
        return words
    }
}
