import Foundation
import SendLensCore

extension Commands {
    static let load = CommandSpec(
        name: "load",
        summary: "add documents from files or folders",
        arguments: "PATH… [as KIND]",
        options: [
            OptionSpec(name: "--name", value: "NAME", help: "the name to cite the document by (one file only)"),
            OptionSpec(name: "--date", value: "DATE", help: "its publication date, e.g. 2023-11-10"),
            OptionSpec(name: "--id", value: "COLUMN", help: "for a CSV survey: the column that identifies respondents"),
            OptionSpec(name: "--text", value: "COLUMNS", help: "for a CSV survey: the free-text columns, separated by commas"),
        ],
        details: """
        Reads Markdown (.md), plain-text (.txt) and CSV survey (.csv) files, or every such file in a folder. \
        Each document gets a short name (from the file name unless you give --name), a kind \
        (report, survey, response, statement, news, minutes, letter or document), a title and a date. \
        A block of key: value lines between two `---` lines at the top of a file sets title, kind, \
        date, source and name. In a survey, each free-text answer is a passage; the column of \
        respondent ids and the free-text columns are worked out, or stated with --id and --text. Documents already loaded are never affected by a file that fails.
        """,
        examples: ["load samples/", "load survey.csv as survey --id ID --text Q7,Q8", "load minutes.md as minutes --date 2023-11-22", "load \"letter from DfE.txt\" --name dfe-letter"],
        completes: .paths
    ) { invocation, shell in
        var paths = invocation.arguments
        var options = LoadOptions()
        if paths.count >= 2, paths[paths.count - 2].lowercased() == "as" {
            let written = paths.removeLast()
            paths.removeLast()
            guard let kind = DocumentKind(rawValue: written.lowercased()) else { throw CommandError.unknownKind(written) }
            options.kind = kind
        }
        guard !paths.isEmpty else { throw CommandError.missingArgument(command: "load", what: "a file or folder to read") }
        options.name = invocation.values["--name"]
        options.idColumn = invocation.values["--id"]
        options.textColumns = invocation.values["--text"]?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if let written = invocation.values["--date"] {
            guard let date = Day.parse(written) else {
                throw CommandError.badValue(command: "load", option: "--date", value: written,
                                            expected: "a date such as 2023-11-10 or \"10 November 2023\"")
            }
            options.date = date
        }

        let outcome = shell.load(paths, options: options)
        var output = CommandOutput()
        output.warnings = outcome.warnings.map(ErrorMessages.message(for:))
        output.failures = outcome.failures.map(ErrorMessages.message(for:))
        for document in outcome.loaded {
            output.text.append("loaded ")
            output.text.append(document.name, .strong)
            let date = document.date.map { ", \($0.longDescription)" } ?? ""
            let sections = document.sections.filter { $0.number > 0 }.count
            if let survey = document.survey {
                output.text.line(" (\(document.kind.rawValue)\(date)): \(survey.rows.count) respondents, "
                    + "\(document.passages.count) passages of free text in \(sections) question\(sections == 1 ? "" : "s") from \(document.path)")
            } else {
                output.text.line(" (\(document.kind.rawValue)\(date)): \(document.passages.count) passages in "
                    + "\(sections) section\(sections == 1 ? "" : "s") from \(document.path)")
            }
        }
        return output
    }
}
