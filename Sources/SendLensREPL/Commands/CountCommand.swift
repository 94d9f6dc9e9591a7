import SendLensCore

extension Commands {
    static let count = CommandSpec(
        name: "count",
        summary: "how many passages match a query, by document, section or survey question",
        arguments: "QUERY [by doc|section|question] [in DOC…]",
        options: [OptionSpec(name: "--exact", value: nil, help: "match words exactly as typed")],
        clauses: [
            ClauseSpec(keyword: "by", value: .choice([
                ("doc", "document"), ("docs", "document"), ("document", "document"), ("documents", "document"),
                ("section", "section"), ("sections", "section"), ("question", "question"), ("questions", "question"),
            ])),
            inDocuments,
        ],
        details: "Counts the passages that match, as find would, grouped by document (the default), by section or "
            + "by survey question (free-text answers only). " + queryHelp,
        examples: ["count waiting", "count EHCP by section", "count wait by question", "count waiting by section in report"],
        completes: .words, takesQuery: true
    ) { invocation, shell in
        let grouping = CountGrouping(rawValue: invocation.clauses["by"]?.first ?? "document") ?? .document
        if grouping == .question, !shell.corpus.documents.contains(where: { $0.survey != nil }) { throw CommandError.countNeedsSurvey }
        let (query, documents) = try shell.query(invocation)
        let rows = try shell.library.count(query, exact: invocation.flags.contains("--exact"), by: grouping)
        if rows.isEmpty, let unread = invocation.unreadDocuments { throw unread }
        let what = documents.isEmpty ? invocation.tidyQuery : invocation.tidyQuery + " in " + documents.joined(separator: " ")
        return .value(.counts(CountTable(query: what, grouping: grouping, rows: rows)))
    }
}
