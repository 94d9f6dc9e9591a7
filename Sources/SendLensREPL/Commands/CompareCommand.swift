import SendLensCore

extension Commands {
    static let compare = CommandSpec(
        name: "compare",
        summary: "two documents side by side: on chosen terms, or the words that set them apart",
        arguments: "A B [on TERM…]",
        options: [
            OptionSpec(name: "--exact", value: nil, help: "match terms exactly as typed: no other forms, no acronyms"),
            OptionSpec(name: "--min", value: "N", help: "without terms: test only words used N times or more in all (default 5)"),
            OptionSpec(name: "--limit", value: "N", help: "without terms: list at most N words for each side (default 15)"),
            OptionSpec(name: "--all", value: nil, help: "without terms: list the strongest words even where chance could explain them"),
            OptionSpec(name: "--coverage", value: nil, help: "for each finding of A, the passage of B that answers it, and whether it does"),
            OptionSpec(name: "--every", value: nil, help: "with --coverage: every sentence of A is a finding, not only the findings sections"),
        ],
        clauses: [ClauseSpec(keyword: "on", value: .words)],
        details: """
        A and B are each a document (report), a kind of document (kind:response), a document's \
        section or survey question (survey-2022 question:"hardest part") or an earlier result ($3). \
        With on TERM…, each term (a word, "a phrase", a prefix* or an acronym, read as find reads them) \
        gets its count and rate per 10,000 words on each side, the Log Ratio between the rates (+1: \
        twice as common in A), and the two best passages of each side. Without terms, the words most \
        distinctive of each side, by log-likelihood (G²), with the Log Ratio as the size of the \
        difference; since many words are tested at once, a word is listed only when its p-value is \
        below 0.05 shared among them all. With --coverage, each finding of A (the sentences under its \
        "areas for priority action", "areas for improvement" and "need to do better" headings, or \
        every sentence with --every, or the section or question named) gets the passage of B that \
        covers most of it, a score from 0 to 1 and a verdict: addressed, partly or not found.
        """,
        examples: ["compare report response on waiting EHCP \"speech and language\"", "compare report response",
                   "compare report response --coverage", "compare survey-2022 question:hardest report --coverage",
                   "compare report survey-2022 question:hardest on wait* therapy", "compare kind:report kind:response on dashboard"],
        completes: .documents
    ) { invocation, shell in
        let sides = try shell.comparisonSides(invocation.arguments)
        let exact = invocation.flags.contains("--exact")
        if invocation.flags.contains("--coverage") {
            // A side narrowed to a section or question is its own findings; otherwise the report's findings sections.
            let narrowed = sides[0].label.contains(":") && !sides[0].label.hasPrefix("kind:")
            let (findings, source) = invocation.flags.contains("--every") || narrowed
                ? (Array(sides[0].passages), narrowed ? String(sides[0].label.drop { $0 != " " }.dropFirst()) : "every sentence")
                : shell.library.defaultFindings(of: sides[0])
            return .value(.coverage(try shell.library.coverage(of: findings, source: source, in: sides[0], by: sides[1])))
        }
        if let words = invocation.clauses["on"] {
            // A term of several words, quoted when typed, is a phrase.
            let terms = words.map { $0.contains(" ") && !$0.hasPrefix("\"") ? "\"\($0)\"" : $0 }
            do {
                return .value(.terms(try shell.library.compare(sides[0], sides[1], on: terms, exact: exact)))
            } catch let error as QueryError {
                throw CommandError.query(error, line: invocation.line, offset: 0)
            }
        }
        let minimum = try invocation.integer("--min", default: 5, in: 1...1_000_000)
        let limit = try invocation.integer("--limit", default: 15, in: 1...1000)
        return .value(.keywords(try shell.library.keywords(sides[0], sides[1], minimumCount: minimum, limit: limit,
                                                           all: invocation.flags.contains("--all"))))
    }
}

extension Shell {
    /// The two sides a compare names: each a document (with any question: or section: after it),
    /// a kind:KIND or a $N.
    func comparisonSides(_ words: [String]) throws -> [ComparisonSide] {
        var groups: [[String]] = []
        for word in words {
            let lowered = word.lowercased()
            if (lowered.hasPrefix("question:") || lowered.hasPrefix("section:")), !groups.isEmpty {
                groups[groups.count - 1].append(word)
            } else {
                groups.append([word])
            }
        }
        guard groups.count >= 2 else {
            throw CommandError.missingArgument(command: "compare", what: "two things to compare, such as report response")
        }
        guard groups.count == 2 else {
            throw CommandError.unexpectedArgument(command: "compare", argument: groups[2].joined(separator: " "))
        }
        return try groups.map { group in
            let label = group.joined(separator: " ")
            let passages = try comparisonPassages(group)
            guard !passages.isEmpty else { throw CommandError.emptySide(label) }
            return try library.side(label, passages: passages)
        }
    }

    private func comparisonPassages(_ group: [String]) throws -> [PassageRef] {
        let head = group[0]
        if head.hasPrefix("$") {
            return try citations(head).flatMap { citation in
                try corpus.passages(at: citation).1.map { PassageRef(document: $0.document, passage: $0.index) }
            }
        }
        if head.lowercased().hasPrefix("kind:") {
            let written = String(head.dropFirst(5)).lowercased()
            guard let kind = DocumentKind(rawValue: written) else { throw SearchError.unknownKind(written) }
            return corpus.documents.filter { $0.kind == kind }.flatMap { document in
                document.passages.map { PassageRef(document: document.name, passage: $0.index) }
            }
        }
        let document = try corpus.resolve(head)
        let wanted = group.dropFirst().map { String($0.drop { $0 != ":" }.dropFirst()).lowercased() }
        return document.passages.filter { passage in
            wanted.allSatisfy { text in
                document.section(numbered: passage.section)?.headingPath.contains { $0.lowercased().contains(text) } ?? false
            }
        }.map { PassageRef(document: document.name, passage: $0.index) }
    }
}
