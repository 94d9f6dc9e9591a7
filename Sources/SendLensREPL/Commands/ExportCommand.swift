import SendLensCore

extension Commands {
    static let export = CommandSpec(
        name: "export",
        summary: "write a result to a file: plain text, Markdown, CSV or JSON",
        arguments: "[$N] FILE",
        options: [OptionSpec(name: "--force", value: nil, help: "replace the file if it already exists")],
        details: """
        Writes result N (the last result if you leave it out) to FILE, in the format its name ends with: \
        .txt plain text as shown on screen, .md Markdown (tables, and passages as quotes with their \
        citations) to paste into an email or a document, .csv a spreadsheet (one row a passage or \
        count, with its citation), .json for other programs. An existing file is never replaced \
        unless you add --force. The same works at the end of any command: find waiting > waiting.md \
        (>| replaces a file, >> adds to the end of one).
        """,
        examples: ["export waiting.md", "export $3 waiting.csv", "export $2.1 quote.txt", "export $4 tally.json --force"],
        completes: .paths
    ) { invocation, shell in
        var words = invocation.arguments
        var reference = ResultReference("$")!
        if let first = words.first, first.hasPrefix("$") {
            guard let written = ResultReference(first) else { throw CommandError.notAReference(first, last: shell.cells.count) }
            reference = written
            words.removeFirst()
        }
        guard let path = words.first else { throw CommandError.exportNeedsFile }
        if words.count > 1 { throw CommandError.unexpectedArgument(command: "export", argument: words[1]) }
        var cell = try shell.cell(reference)
        if let item = reference.item {
            // One item of a result: that passage (or section) on its own.
            let items = cell.value.items(in: shell.corpus)
            guard items.indices.contains(item - 1) else { throw CommandError.noSuchItem(result: cell.number, item: item, count: items.count) }
            let view = try PassageView(citations: [items[item - 1]], context: 0, in: shell.corpus)
            cell = Cell(number: cell.number, command: "show $\(cell.number).\(item)", value: .passages(view), diagnostics: [])
        }
        return .said(try shell.write(cell, to: path, mode: invocation.flags.contains("--force") ? .replace : .create))
    }
}
