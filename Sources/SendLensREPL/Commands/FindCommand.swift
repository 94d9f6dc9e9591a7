import Foundation
import SendLensCore

extension Commands {
    static let queryHelp = """
    Words are matched in any form (waiting finds wait, waited); acronyms match their meaning \
    both ways (EHCP finds "education, health and care plan"). "a phrase" matches words in order; \
    assess* matches words starting with assess; a OR b; -word or NOT word leaves passages out; \
    NEAR(waiting therapy, 5) finds words within 5 of each other; brackets group. \
    in:DOC, kind:KIND and section:"…" limit where to look; so does ending the query with in DOC.
    """

    static let find = CommandSpec(
        name: "find",
        summary: "passages that match a query, best first, with citations",
        arguments: "QUERY",
        options: [
            OptionSpec(name: "--limit", value: "N", help: "how many passages to list (default 20)"),
            OptionSpec(name: "--all", value: nil, help: "list every matching passage"),
            OptionSpec(name: "--sort", value: "rank|doc", help: "best first (rank, the default) or in document order"),
            OptionSpec(name: "--exact", value: nil, help: "match words exactly as typed: no other forms, no acronyms"),
        ],
        details: queryHelp + " Each line shows a citation and the words around the match; show $N.k opens line k of result N.",
        examples: ["find waiting", "find \"speech and language\" OR SALT", "find EHCP -annual in:report",
                   "find NEAR(exclusion EHCP, 10) --sort doc", "find assess* section:\"need to do better\""],
        completes: .words, takesQuery: true
    ) { invocation, shell in
        let limit: Int? = invocation.flags.contains("--all") ? nil : try invocation.integer("--limit", default: 20, in: 1...100_000)
        let order = try invocation.sortOrder()
        let results = try shell.search(invocation, limit: limit, order: order)
        var output = CommandOutput()
        output.text.line(SearchRendering.header(for: invocation.query, results: results, shown: results.hits.count, order: order))
        output.text.append(SearchRendering.lines(for: results.hits, width: shell.console.width))
        output.items = results.hits.map(\.citation)
        return output
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
}

extension Shell {
    /// Parses the invocation's query (with a trailing `in DOC…` as filters) and runs it.
    func search(_ invocation: Invocation, limit: Int?, order: SearchOrder) throws -> SearchResults {
        guard let index else { throw SearchError.database("the search index could not be created") }
        var text = invocation.query
        var trailing: [QueryFilter] = []
        // "find waiting in report response": the last words name documents.
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        if let inPosition = words.lastIndex(where: { $0.lowercased() == "in" }), inPosition > 0, inPosition < words.count - 1,
           words[(inPosition + 1)...].allSatisfy({ corpus.document(named: String($0)) != nil }) {
            trailing = words[(inPosition + 1)...].map { QueryFilter.document(String($0)) }
            let cut = words[inPosition].startIndex
            text = String(text[..<cut])
        }
        let query: Query
        do {
            var parsed = try QueryParser.parse(text)
            parsed.filters += trailing
            query = parsed
        } catch {
            throw CommandError.query(error, line: invocation.line, offset: invocation.queryOffset)
        }
        return try index.search(query, in: corpus, exact: invocation.flags.contains("--exact"), limit: limit, order: order)
    }
}
