import SendLensCore

extension Commands {
    static let show = CommandSpec(
        name: "show",
        summary: "a passage in its context, with its heading path",
        arguments: "CITATION",
        options: [OptionSpec(name: "--context", value: "N", help: "passages to show either side (default 2 for a sentence, 0 otherwise)")],
        details: """
        CITATION is written as SEND Lens prints it: response §4 ¶2.1 is section 4, paragraph 2, \
        sentence 1 of the document named response; a PDF's passages are cited by their page, so \
        report p.7 ¶1.1 is the first sentence of the first paragraph that starts on page 7. Without the \
        special signs: response s4 2.1, report page 7 1.1. Leave out the sentence for a whole paragraph \
        (response §4 ¶2) or the paragraph for a whole section or page (report §7, report p.7). \
        $N.k is item k of result N (a passage find listed, a section outline listed); $N is all of them, \
        and $ the last result.
        """,
        examples: ["show response §4 ¶2.1", "show report p.7 ¶1.1", "show response s4 2.1 --context 5", "show report §7", "show $2.3"],
        completes: .documents
    ) { invocation, shell in
        guard !invocation.arguments.isEmpty else {
            throw CommandError.missingArgument(command: "show", what: "a citation such as response §4 ¶2.1 or report p.7 ¶1.1")
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
