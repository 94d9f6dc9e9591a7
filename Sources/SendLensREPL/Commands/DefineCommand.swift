import SendLensCore

extension Commands {
    static let define = CommandSpec(
        name: "define",
        summary: "what a SEND acronym or term means",
        arguments: "[TERM]",
        options: [],
        details: "Looks a term up in the SEND glossary, by acronym or by what it stands for. With no term, lists them all. "
            + "An acronym a loaded document defines, as in \"joint strategic needs assessment (JSNA)\", joins the glossary "
            + "for the session, with the citation of the passage that defines it. "
            + "find uses the same glossary to match an acronym and its meaning both ways.",
        examples: ["define EHCP", "define \"speech and language therapy\"", "define"],
        completes: .glossary
    ) { invocation, shell in
        let glossary = shell.library.glossary
        let term = invocation.arguments.joined(separator: " ")
        guard !term.isEmpty else {
            let entries = glossary.entries.sorted { $0.term.lowercased() < $1.term.lowercased() }
            return .value(.glossary(GlossaryList(entries: entries, whole: true)))
        }
        guard let entry = glossary.entry(for: term) else {
            let names = glossary.entries.map(\.term) + glossary.entries.flatMap(\.expansions)
            throw CommandError.unknownTerm(term, suggestion: Nearest.match(for: term, in: names))
        }
        return .value(.glossary(GlossaryList(entries: [entry], whole: false)))
    }
}
