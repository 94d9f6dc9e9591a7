import SendLensCore

extension Commands {
    static let docs = CommandSpec(
        name: "docs",
        summary: "list the loaded documents",
        arguments: "",
        options: [],
        details: """
        For each document: its name (what citations start with), kind, date, size, title and file, \
        and where each of those came from: front matter, a load option, the file name, or the text itself.
        """,
        examples: ["docs"],
        completes: .none
    ) { invocation, shell in
        if let extra = invocation.arguments.first { throw CommandError.unexpectedArgument(command: "docs", argument: extra) }
        var output = CommandOutput()
        let documents = shell.corpus.documents
        guard !documents.isEmpty else {
            output.text.line("No documents are loaded. Add some with: load PATH")
            return output
        }
        let width = documents.map(\.name.count).max() ?? 0
        let indent = String(repeating: " ", count: width + 2)
        for document in documents {
            let date = document.date?.longDescription ?? "no date"
            output.text.append(Layout.pad(document.name, width + 2), .strong)
            output.text.line("\(document.kind.rawValue) · \(date) · \(document.passages.count) passages · "
                + "\(document.wordCount.formattedWithCommas) words")
            output.text.line(indent + document.title)
            if let survey = document.survey {
                let count = { (role: Survey.Role) in survey.columns.filter { $0.role == role }.count }
                output.text.line(indent + "\(survey.rows.count) respondents; \(count(.category)) questions with set answers "
                    + "(use tally), \(count(.text)) with free text (use find)")
            }
            let source = document.source.map { " · \($0)" } ?? ""
            output.text.line(indent + "\(document.path) (\(document.format.displayName))\(source)", .faint)
            output.text.line(indent + originSummary(document.origins), .faint)
        }
        return output
    }

    /// "name from file name; kind, title and date from front matter"
    static func originSummary(_ origins: Document.Origins) -> String {
        let fields: [(String, FieldOrigin)] = [
            ("name", origins.name), ("kind", origins.kind), ("title", origins.title), ("date", origins.date),
        ]
        var groups: [(origin: FieldOrigin, fields: [String])] = []
        for (field, origin) in fields {
            if let index = groups.firstIndex(where: { $0.origin == origin }) {
                groups[index].fields.append(field)
            } else {
                groups.append((origin, [field]))
            }
        }
        return groups.map { group in
            let list = group.fields.count == 1
                ? group.fields[0]
                : group.fields.dropLast().joined(separator: ", ") + " and " + group.fields.last!
            switch group.origin {
            case .missing: return "\(list) not found"
            case .fallback: return "\(list) by default"
            default: return "\(list) from \(group.origin.rawValue)"
            }
        }.joined(separator: "; ")
    }
}

extension Int {
    /// 12345 → "12,345"
    var formattedWithCommas: String {
        let digits = String(abs(self))
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return self < 0 ? "-" + result : result
    }
}
