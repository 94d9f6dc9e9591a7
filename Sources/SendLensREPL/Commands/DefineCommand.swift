import SendLensCore

extension Commands {
    static let define = CommandSpec(
        name: "define",
        summary: "what a SEND acronym or term means",
        arguments: "[TERM]",
        options: [],
        details: "Looks a term up in the SEND glossary, by acronym or by what it stands for. With no term, lists them all. find uses the same glossary to match an acronym and its meaning both ways.",
        examples: ["define EHCP", "define \"speech and language therapy\"", "define"],
        completes: .glossary
    ) { invocation, _ in
        var output = CommandOutput()
        let term = invocation.arguments.joined(separator: " ")
        guard !term.isEmpty else {
            let width = Glossary.entries.map(\.term.count).max() ?? 0
            for entry in Glossary.entries.sorted(by: { $0.term.lowercased() < $1.term.lowercased() }) {
                output.text.append("  " + Layout.pad(entry.term, width + 2), .strong)
                output.text.line(entry.expansions[0])
            }
            return output
        }
        guard let entry = Glossary.entry(for: term) else {
            let names = Glossary.entries.map(\.term) + Glossary.entries.flatMap(\.expansions)
            throw CommandError.unknownTerm(term, suggestion: Nearest.match(for: term, in: names))
        }
        output.text.append(entry.term, .strong)
        output.text.line(": " + entry.expansions[0])
        if entry.expansions.count > 1 {
            output.text.line("  also written: " + entry.expansions.dropFirst().joined(separator: ", "), .faint)
        }
        output.text.line("  " + Layout.wrap(entry.definition, width: 76, indent: "  "))
        return output
    }
}
