import SendLensCore

extension Commands {
    static let show = CommandSpec(
        name: "show",
        summary: "a passage in its context, with its heading path",
        arguments: "CITATION",
        options: [OptionSpec(name: "--context", value: "N", help: "passages to show either side (default 2 for a sentence, 0 otherwise)")],
        details: """
        CITATION is written as SEND Lens prints it: report §4 ¶2.1 is section 4, paragraph 2, sentence 1 \
        of the document named report. Without the special signs: report s4 2.1. Leave out the sentence \
        for a whole paragraph (report §4 ¶2) or the paragraph for a whole section (report §4). \
        $N.k is item k of result N (a passage find listed, a section outline listed); $N is all of them, \
        and $ the last result.
        """,
        examples: ["show report §4 ¶2.1", "show report s4 2.1 --context 5", "show report §6", "show $2.3"],
        completes: .documents
    ) { invocation, shell in
        guard !invocation.arguments.isEmpty else {
            throw CommandError.missingArgument(command: "show", what: "a citation such as report §4 ¶2.1")
        }
        let written = invocation.arguments.joined(separator: " ")
        let citations: [Citation]
        if written.hasPrefix("$") {
            citations = try shell.citations(written)
        } else if let citation = Citation.parse(written) {
            citations = [citation]
        } else if let name = invocation.arguments.first, shell.corpus.document(named: name) == nil {
            _ = try shell.corpus.resolve(name)
            throw CitationError.notACitation(written)
        } else {
            throw CitationError.notACitation(written)
        }
        let context = invocation.values["--context"] == nil ? nil : try invocation.integer("--context", default: 0, in: 0...100)
        return .value(.passages(try PassageView(citations: citations, context: context, in: shell.corpus)))
    }
}
