import Foundation
import SendLensCore

extension Commands {
    static let load = CommandSpec(
        name: "load",
        summary: "add documents from files or folders",
        arguments: "PATH… [as KIND]",
        options: [
            OptionSpec(name: "--name", value: "NAME", help: "the name to cite the document by (one file only)"),
            OptionSpec(name: "--title", value: "TEXT", help: "its title, in place of the one read from it (one file only)"),
            OptionSpec(name: "--kind", value: "KIND", help: "what it is, as `as KIND` says: report, response, minutes, …"),
            OptionSpec(name: "--date", value: "DATE", help: "its publication date, e.g. 2023-11-10"),
            OptionSpec(name: "--id", value: "COLUMN", help: "for a CSV survey: the column that identifies respondents"),
            OptionSpec(name: "--text", value: "COLUMNS", help: "for a CSV survey: the free-text columns, separated by commas"),
            OptionSpec(name: "--max-size", value: "MB", help: "read files up to this many megabytes (default 200)"),
        ],
        clauses: [ClauseSpec(keyword: "as", value: .kind)],
        details: """
        Reads Markdown (.md), plain text (.txt), web pages (.html), PDF (.pdf) and CSV surveys (.csv), \
        or every such file in a folder; a name with * or ? in it (reports/b*.pdf) is the files of \
        its folder that match it. Each document gets a short name (from the file name unless you \
        give --name), a kind (report, survey, response, statement, news, minutes, letter or document), \
        a title and a date. A block of key: value lines between two `---` lines at the top of a \
        Markdown or text file sets title, kind, date, source and name. In a survey, each free-text \
        answer is a passage; the column of respondent ids and the free-text columns are worked out, \
        or stated with --id and --text. Documents already loaded are never affected by a file that fails.
        """,
        examples: ["load samples/", "load survey.csv as survey --id ID --text Q7,Q8", "load minutes.md as minutes --date 2023-11-22",
                   "load \"letter from DfE.txt\" --name dfe-letter", "load monitoring-visit.pdf as letter", "load plan.pdf --kind response --title \"Priority action plan\""],
        completes: .paths
    ) { invocation, shell in
        guard !invocation.arguments.isEmpty else { throw CommandError.missingArgument(command: "load", what: "a file or folder to read") }
        var options = LoadOptions()
        options.kind = invocation.clauses["as"]?.first.flatMap(DocumentKind.init(rawValue:))
        if let written = invocation.values["--kind"] {
            guard let kind = DocumentKind(rawValue: written.lowercased()) else {
                throw CommandError.badValue(command: "load", option: "--kind", value: written,
                                            expected: "one of " + DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            options.kind = kind
        }
        options.name = invocation.values["--name"]
        options.title = invocation.values["--title"]
        options.idColumn = invocation.values["--id"]
        options.textColumns = invocation.values["--text"]?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        options.date = try invocation.date("--date", today: shell.today())

        let megabytes = try invocation.integer("--max-size", default: LocalFiles.defaultLimit / 1_000_000, in: 1...100_000)
        let outcome = shell.load(invocation.arguments, options: options, limit: megabytes * 1_000_000)
        let diagnostics = outcome.warnings.map { Diagnostic.warning(ErrorMessages.message(for: $0)) }
            + outcome.failures.map { Diagnostic.error(ErrorMessages.message(for: $0)) }
        if outcome.loaded.isEmpty && outcome.alreadyLoaded.isEmpty && !outcome.failures.isEmpty { return .failed(diagnostics) }
        return .value(.load(LoadReport(documents: outcome.loaded, already: outcome.alreadyLoaded)), diagnostics: diagnostics)
    }
}
