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
        $N.k is item k of result N (the sections an outline listed, the passages a show printed).
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
            citations = try shell.resolve(reference: written)
        } else if let citation = Citation.parse(written) {
            citations = [citation]
        } else if let name = invocation.arguments.first, shell.corpus.document(named: name) == nil {
            throw CitationError.unknownDocument(name, known: shell.corpus.documents.map(\.name))
        } else {
            throw CitationError.notACitation(written)
        }
        var output = CommandOutput()
        for (offset, citation) in citations.enumerated() {
            let (document, target) = try shell.corpus.passages(at: citation)
            let wholeUnit = citation.sentence == nil
            let context = try invocation.integer("--context", default: wholeUnit ? 0 : 2, in: 0...100)
            // Neighbours come from the same section: across a heading they are another topic.
            var section = document.section(numbered: target.first!.section)?.passageRange ?? document.passages.indices
            if document.survey != nil, let first = target.first, let last = target.last {
                // In a survey the neighbours worth showing are the rest of the same respondent's answer.
                let lower = document.passages[section].firstIndex { $0.citation.paragraph == first.citation.paragraph } ?? first.index
                let upper = document.passages[section].lastIndex { $0.citation.paragraph == last.citation.paragraph } ?? last.index
                section = lower..<(upper + 1)
            }
            let lower = min(target.startIndex, max(section.lowerBound, target.startIndex - context))
            let upper = max(target.endIndex, min(section.upperBound, target.endIndex + context))
            if offset > 0 { output.text.line() }
            output.text.line(heading(for: target.first!, in: document), .strong)
            if let survey = document.survey, let row = target.first?.citation.paragraph, row == target.last?.citation.paragraph,
               survey.rows.indices.contains(row - 1) {
                // Who answered: the respondent and their set answers.
                let answers = survey.columns.indices.filter { survey.columns[$0].role == .category && !survey.rows[row - 1][$0].isEmpty }
                    .map { survey.rows[row - 1][$0] }
                output.text.line("respondent \(survey.respondent(row - 1)): " + answers.joined(separator: " · "), .faint)
            }
            let citationWidth = document.passages[lower..<upper].map(\.citation.description.count).max() ?? 0
            for passage in document.passages[lower..<upper] {
                let isTarget = target.indices.contains(passage.index)
                let label = Layout.pad(passage.citation.description, citationWidth)
                let indent = String(repeating: " ", count: citationWidth + 4)
                output.text.append(isTarget ? "> " : "  ", isTarget ? .strong : .faint)
                output.text.append(label, .faint)
                let text = Layout.wrap(passage.text, width: shell.console.width - indent.count, indent: indent)
                output.text.line("  " + text, isTarget ? .plain : .faint)
                if isTarget { output.items.append(passage.citation) }
            }
        }
        return output
    }

    /// "report › What does the area partnership need to do better? (§6)"
    private static func heading(for passage: Passage, in document: Document) -> String {
        guard let section = document.section(numbered: passage.section), section.number > 0 else {
            return "\(document.name) — \(document.title)"
        }
        return ([document.name] + section.headingPath).joined(separator: " › ") + " (§\(section.number))"
    }
}
