import SendLensCore

extension Commands {
    static let timeline = CommandSpec(
        name: "timeline",
        summary: "every date, deadline and wait in the documents, in time order",
        arguments: "[DOC…]",
        options: [
            OptionSpec(name: "--deadlines", value: nil, help: "only deadlines: \"within 35 days\", \"by March 2024\""),
            OptionSpec(name: "--durations", value: nil, help: "only waits and repeats: \"78 weeks\", \"monthly\""),
            OptionSpec(name: "--kind", value: "KIND", help: "only one kind: date, month, year, interval, deadline, duration or recurrence"),
            OptionSpec(name: "--as-of", value: "DATE", help: "the day deadlines are due or overdue against (default today)"),
            OptionSpec(name: "--from", value: "DATE", help: "leave out what ends before this day"),
            OptionSpec(name: "--to", value: "DATE", help: "leave out what starts after this day"),
        ],
        details: """
        Lists every dated mention in the documents (all of them, or those named) in time order: days, \
        months, years, intervals such as "10 to 13 July 2023" or the financial year "2023/24", and \
        deadlines, counted from each document's date ("within 35 days of the report's publication", \
        "within 18 months", "by the end of March 2024"), each marked overdue, due soon (within 30 \
        days), open, or done (or done late) where another passage reports it done, citing that \
        passage, against today or --as-of. Dates are read day first, as in the UK; a date with no \
        year, and a named time ("before Christmas", "by Easter", "after half term"), is the one the \
        sentence's tense points to. Waits such as "more than 78 weeks", "within five working days" \
        or "replied within a month" (how long something took) and repeats such as "monthly" are \
        listed apart: they are not days on the calendar.
        """,
        examples: ["timeline", "timeline response --deadlines", "timeline --as-of 2024-03-31", "timeline report --from 2023-11-01 --to 2024-12-31"],
        completes: .documents
    ) { invocation, shell in
        let positions = try invocation.arguments.map { name throws(CitationError) in try shell.corpus.position(resolving: name) }
        let today = shell.today()
        let asOf = try invocation.date("--as-of", today: today) ?? today
        var selection = Library.TimelineSelection.everything
        if invocation.flags.contains("--deadlines") { selection = .deadlines }
        if invocation.flags.contains("--durations") { selection = .durations }
        if let written = invocation.values["--kind"] {
            guard let kind = DateMention.Kind(rawValue: written.lowercased()) else {
                throw CommandError.badValue(command: "timeline", option: "--kind", value: written,
                                            expected: DateMention.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            selection = .kind(kind)
        }
        return .value(.timeline(shell.library.timeline(
            documents: positions, asOf: asOf, selecting: selection,
            from: try invocation.date("--from", today: today), to: try invocation.date("--to", today: today))))
    }
}
