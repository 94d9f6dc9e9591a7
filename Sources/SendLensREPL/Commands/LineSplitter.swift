/// Splits a command line into words as a shell does: spaces separate words, `'…'` and `"…"` group
/// them, and a backslash escapes the next character outside single quotes.
///
///     LineSplitter.split(#"load "my report.md" as report"#)   // ["load", "my report.md", "as", "report"]
enum LineSplitter {
    struct Word: Equatable {
        var text: String
        /// Whether any part was quoted: a quoted `--name` is a word, not an option.
        var quoted: Bool
        /// Where the word starts in the line, in characters, for error carets.
        var column: Int
    }

    static func split(_ line: String) throws(CommandError) -> [Word] {
        var words: [Word] = []
        var current: Word?
        var quote: Character?
        var quoteColumn = 0
        var escaping = false
        for (column, character) in line.enumerated() {
            if escaping {
                current = (current ?? Word(text: "", quoted: false, column: column - 1))
                current!.text.append(character)
                escaping = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaping = true
                } else {
                    current!.text.append(character)
                }
                continue
            }
            switch character {
            case "\"", "'":
                quote = character
                quoteColumn = column
                current = current ?? Word(text: "", quoted: true, column: column)
                current!.quoted = true
            case "\\":
                escaping = true
            case " ", "\t":
                if let word = current { words.append(word) }
                current = nil
            default:
                current = current ?? Word(text: "", quoted: false, column: column)
                current!.text.append(character)
            }
        }
        if quote != nil { throw .unclosedQuote(line: line, column: quoteColumn) }
        if escaping {
            current = current ?? Word(text: "", quoted: false, column: line.count - 1)
            current!.text.append("\\")
        }
        if let word = current { words.append(word) }
        return words
    }
}
