import Foundation
import SendLensCore

extension Commands {
    static let queryHelp = """
    Words are matched in any form (waiting finds wait, waited); acronyms match their meaning \
    both ways (EHCP finds "education, health and care plan"). "a phrase" matches words in order; \
    assess* matches words starting with assess; a OR b; -word or NOT word leaves passages out; \
    NEAR(waiting therapy, 5) finds words within 5 of each other; brackets group. \
    in:DOC, kind:KIND, section:"…" and question:"…" (a survey's free-text question) limit where \
    to look, and -in:DOC, -kind:KIND, … leave those passages out; so does ending the query with \
    in DOC…. A document may be named by the start of its name (resp for response).
    """

    /// "in report response": the documents to look in, closing a query.
    static let inDocuments = ClauseSpec(keyword: "in", value: .documents)

    static let find = CommandSpec(
        name: "find",
        summary: "passages that match a query, best first, with citations",
        arguments: "QUERY [in DOC…]",
        options: [
            OptionSpec(name: "--limit", value: "N", help: "how many passages to list (default 20)"),
            OptionSpec(name: "--all", value: nil, help: "list every matching passage"),
            OptionSpec(name: "--sort", value: "rank|doc", help: "best first (rank, the default) or in document order"),
            OptionSpec(name: "--exact", value: nil, help: "match words exactly as typed: no other forms, no acronyms"),
            OptionSpec(name: "--all-words", value: nil, help: "list only passages with every word, not those with some after them"),
        ],
        clauses: [inDocuments],
        details: queryHelp + " Best first: for words side by side, the passages with every word come first, then those "
            + "with some of them (a AND b, a phrase or --all-words asks for every word); findings rank above bare headings, "
            + "table cells and a report's standard back matter, and a sentence many documents share is listed once. "
            + "Each line shows a citation and the words around the match; show $N.k opens line k of result N. "
            + "End the line with > FILE to write the result to a file instead (see help export).",
        examples: ["find waiting", "find \"speech and language\" OR SALT", "find EHCP -annual in report",
                   "find NEAR(exclusion EHCP, 10) --sort doc", "find assess* section:\"need to do better\"",
                   "find waiting question:hardest", "find dashboard > dashboard.md"],
        completes: .words, takesQuery: true
    ) { invocation, shell in
        let limit: Int? = invocation.flags.contains("--all") ? nil : try invocation.integer("--limit", default: 20, in: 1...100_000)
        let order = try invocation.sortOrder()
        let exact = invocation.flags.contains("--exact")
        let (query, documents) = try shell.query(invocation)
        let ranking = RankingOptions(someWords: !invocation.flags.contains("--all-words"))
        let results = try shell.library.search(query, exact: exact, limit: limit, order: order, ranking: ranking)
        if results.total == 0, let unread = invocation.unreadDocuments { throw unread }
        var list = HitList(
            query: invocation.tidyQuery, documents: documents, exact: exact, order: order, total: results.total,
            perDocument: results.perDocument.map { DocumentCount(document: $0.name, count: $0.count) },
            hits: PassageRefs(results.hits.map { PassageRef(document: $0.citation.document, passage: $0.passageIndex) }))
        if results.hits.contains(where: { $0.identical > 0 }) { list.identical = results.hits.map(\.identical) }
        list.partial = results.partial
        list.firstPartial = results.hits.firstIndex(where: \.partial)
        return .value(.hits(list))
    }
}

extension Invocation {
    func sortOrder() throws(CommandError) -> SearchOrder {
        guard let written = values["--sort"] else { return .rank }
        guard let order = SearchOrder(rawValue: written.lowercased()) else {
            throw .badValue(command: name, option: "--sort", value: written, expected: "rank or doc")
        }
        return order
    }

    /// The query as typed, options and clauses taken out, spaces tidied.
    var tidyQuery: String {
        query.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension Shell {
    /// The invocation's query, parsed, with a closing `in DOC…` as filters; and those documents.
    func query(_ invocation: Invocation) throws -> (Query, [String]) {
        let documents = invocation.clauses["in"] ?? []
        do {
            var query = try QueryParser.parse(invocation.query)
            query.filters += documents.map(QueryFilter.document)
            return (query, documents)
        } catch {
            throw CommandError.query(error, line: invocation.line, offset: invocation.queryOffset)
        }
    }
}
