import SendLensCore

extension Commands {
    static let outline = CommandSpec(
        name: "outline",
        summary: "a document's sections, with how many passages each holds",
        arguments: "DOC",
        options: [],
        details: """
        Lists the headings of a document, indented by level, each with its § number and, in a PDF, its \
        pages: type show DOC §N to read a section. With only one document loaded, DOC may be left out.
        """,
        examples: ["outline report", "show report §4"],
        completes: .documents
    ) { invocation, shell in
        guard invocation.arguments.count <= 1 else {
            throw CommandError.unexpectedArgument(command: "outline", argument: invocation.arguments[1])
        }
        return .value(.outline(Outline(document: try shell.document(named: invocation.arguments.first, for: "outline"))))
    }
}

extension Shell {
    /// The document a command names, or the only one loaded when it names none.
    func document(named name: String?, for command: String) throws -> Document {
        if let name { return try corpus.resolve(name) }
        guard corpus.documents.count == 1 else {
            let names = corpus.documents.map(\.name).joined(separator: ", ")
            throw CommandError.missingArgument(command: command, what: names.isEmpty
                ? "a document, and none is loaded" : "a document name (one of \(names))")
        }
        return corpus.documents[0]
    }
}
