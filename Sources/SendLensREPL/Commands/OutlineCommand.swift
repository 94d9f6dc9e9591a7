import SendLensCore

extension Commands {
    static let outline = CommandSpec(
        name: "outline",
        summary: "a document's sections, with how many passages each holds",
        arguments: "DOC",
        options: [],
        details: """
        Lists the headings of a document, indented by level, each with its § number: type \
        show DOC §N to read a section. With only one document loaded, DOC may be left out.
        """,
        examples: ["outline report", "show report §4"],
        completes: .documents
    ) { invocation, shell in
        guard invocation.arguments.count <= 1 else {
            throw CommandError.unexpectedArgument(command: "outline", argument: invocation.arguments[1])
        }
        let document = try shell.document(named: invocation.arguments.first, for: "outline")
        var output = CommandOutput()
        output.text.append(document.name, .strong)
        output.text.line(" — \(document.title) (\(document.passages.count) passages)")
        let numberWidth = (document.sections.last.map { "§\($0.number)".count } ?? 2) + 2
        let untitled = "(before the first heading)"
        let titleWidth = document.sections.map { $0.number == 0 ? untitled.count : $0.title.count + 2 * max(0, $0.level - 1) }.max() ?? 0
        for section in document.sections {
            let label = section.number == 0 ? "" : "§\(section.number)"
            let title = section.number == 0
                ? untitled
                : String(repeating: "  ", count: max(0, section.level - 1)) + section.title
            output.text.append("  " + Layout.pad(label, numberWidth))
            output.text.append(Layout.pad(title, titleWidth + 2))
            output.text.line(String(section.passageRange.count), .faint)
            output.items.append(Citation(document: document.name, section: section.number))
        }
        if let survey = document.survey {
            let counted = survey.columns.filter { $0.role == .category }
            if !counted.isEmpty {
                output.text.line("  Questions with set answers (tally QUESTION):", .faint)
                for column in counted { output.text.line("    " + column.name) }
            }
        }
        return output
    }
}

extension Shell {
    /// The document a command names, or the only one loaded when it names none.
    func document(named name: String?, for command: String) throws -> Document {
        if let name {
            guard let document = corpus.document(named: name) else {
                throw CitationError.unknownDocument(name, known: corpus.documents.map(\.name))
            }
            return document
        }
        guard corpus.documents.count == 1 else {
            let names = corpus.documents.map(\.name).joined(separator: ", ")
            throw CommandError.missingArgument(command: command, what: names.isEmpty
                ? "a document, and none is loaded" : "a document name (one of \(names))")
        }
        return corpus.documents[0]
    }
}
