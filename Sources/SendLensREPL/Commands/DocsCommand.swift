import SendLensCore

extension Commands {
    static let docs = CommandSpec(
        name: "docs",
        summary: "list the loaded documents",
        arguments: "",
        options: [],
        details: """
        For each document: its name (what citations start with), kind, date, size, title and file, \
        and where each of those came from: front matter, a load option, the file name, or the text itself.
        """,
        examples: ["docs", "docs > documents.csv"],
        completes: .none
    ) { invocation, shell in
        if let extra = invocation.arguments.first { throw CommandError.unexpectedArgument(command: "docs", argument: extra) }
        return .value(.documents(DocumentList(library: shell.library)))
    }
}
