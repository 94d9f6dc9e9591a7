/// Writes a result as Markdown to paste into an email, a document or an issue: tables for counts,
/// tallies, documents and outlines; block quotes, each with its citation, for passages.
public struct MarkdownRenderer {
    let library: Library

    public init(library: Library) {
        self.library = library
    }

    /// `command` heads the output, as the line that produced it.
    public func render(_ value: ResultValue, command: String? = nil) -> String {
        var lines: [String] = []
        if let command { lines += ["`\(command.replacingOccurrences(of: "`", with: "'"))`", ""] }
        switch value {
        case .hits(let list):
            lines.append("**" + Self.escape(TextRenderer.header(of: list)) + "**")
            if let match = list.match {
                let pieces = library.highlights(of: list.hits, query: match, exact: list.exact)
                for (offset, (hit, pieces)) in zip(list.hits, pieces).enumerated() {
                    if offset == list.firstPartial { lines += ["", "*With some of the words:*"] }
                    let text = pieces.map { $0.isMatch ? "**" + Self.escape($0.text) + "**" : Self.escape($0.text) }.joined()
                    let same = list.identicalCount(at: offset)
                    lines += ["", "> " + text, "> — " + cited(hit) + (same > 0 ? " (and \(same) more, identical)" : "")]
                }
            }
        case .counts(let table):
            let scope = table.grouping == .question ? " in survey answers" : ""
            lines.append("**\(Self.escape(table.query))** — \(Plural.count(table.total, "passage"))\(scope)")
            lines.append("")
            let grouped = table.grouping != .document
            lines += Self.table(header: grouped ? ["Document", "Section", "Passages"] : ["Document", "Passages"],
                                rows: table.rows.map { row in
                                    let section = row.citation.section.map { "§\($0) " + (row.title ?? "") } ?? ""
                                    return grouped ? [row.citation.document, section, String(row.count)]
                                        : [row.citation.document, String(row.count)]
                                })
        case .tally(let table):
            lines.append("**\(Self.escape(table.question))** (\(table.document), \(table.respondents) respondents)")
            lines.append("")
            if let split = table.split {
                lines += Self.table(header: [split.by] + table.answers.map(\.answer) + ["Answered"], rows: split.groups.map { group in
                    [group.name] + table.answers.indices.map { "\(group.counts[$0]) (\(TextRenderer.percent(group.share($0))))" }
                        + [String(group.answered)]
                })
            } else {
                lines += Self.table(header: ["Answer", "Count", "Percent"], rows: table.answers.map {
                    [$0.answer, String($0.count), TextRenderer.percent($0.share)]
                })
            }
            lines += ["", "n = \(table.answered) answered, \(table.blank) left blank"]
        case .documents(let list):
            lines += Self.table(header: ["Name", "Kind", "Date", "Passages", "Words", "Title", "File"], rows: list.documents.map {
                [$0.name, $0.kind.rawValue, $0.date?.longDescription ?? "", String($0.passages), String($0.words), $0.title, $0.path]
            })
        case .outline(let outline):
            lines.append("**\(Self.escape(outline.document))** — \(Self.escape(outline.title)) (\(Plural.count(outline.passages, "passage")))")
            lines.append("")
            lines += Self.table(header: ["Section", "Heading", "Passages", "Pages"], rows: outline.sections.map { section in
                [section.number == 0 ? "" : "§\(section.number)",
                 section.number == 0 ? TextRenderer.untitledSection : section.title,
                 String(section.passages), TextRenderer.pages(section) ?? ""]
            })
            if !outline.setAnswerQuestions.isEmpty {
                lines += ["", "Questions with set answers:", ""] + outline.setAnswerQuestions.map { "- " + Self.escape($0) }
            }
        case .passages(let view):
            for (offset, block) in view.blocks.enumerated() {
                if offset > 0 { lines.append("") }
                lines.append("**" + Self.escape(TextRenderer.heading(of: block)) + "**")
                if let respondent = block.respondent {
                    lines += ["", "Respondent \(Self.escape(respondent.id)): " + Self.escape(respondent.answers.joined(separator: " · "))]
                }
                for shown in block.passages {
                    let text = Self.escape(library.text(of: shown.reference) ?? "")
                    let mark = shown.isTarget ? "" : " (context)"
                    lines += ["", "> " + text, "> — " + cited(shown.reference) + mark]
                }
            }
        case .glossary(let list):
            lines += Self.table(header: ["Term", "Meaning", "Also written", "Definition"], rows: list.entries.map {
                [$0.term, $0.expansions[0], $0.expansions.dropFirst().joined(separator: ", "),
                 $0.definition + ($0.source.map { " (\($0))" } ?? "")]
            })
        case .help(let page):
            if let command = page.topic {
                lines += ["**`\(command.usage)`**", "", Self.escape(command.summary) + ".", "", Self.escape(command.details)]
                if !command.options.isEmpty {
                    lines += [""] + Self.table(header: ["Option", "What it does"],
                                                 rows: command.options.map { ["`\($0.label)`", Self.escape($0.help)] }, escaping: false)
                }
                lines += ["", "Examples:", ""] + command.examples.map { "- `\($0)`" }
            } else {
                lines += Self.table(header: ["Command", "What it does"],
                                    rows: page.commands.map { ["`\($0.signature)`", Self.escape($0.summary)] }, escaping: false)
                if let note = page.note { lines += ["", Self.escape(note)] }
            }
        case .terms(let comparison):
            let names = comparison.sides.map(\.label)
            lines.append("**\(Self.escape(TextRenderer.describe(comparison.sides[0]))) and \(Self.escape(TextRenderer.describe(comparison.sides[1])))**")
            lines.append("")
            lines += Self.table(header: ["Term", "\(names[0]) count", "per 10,000 words", "\(names[1]) count", "per 10,000 words", "Log Ratio"],
                                rows: comparison.rows.map { row in
                                    [row.term, String(row.counts[0]), String(format: "%.1f", row.rates[0]), String(row.counts[1]),
                                     String(format: "%.1f", row.rates[1]), TextRenderer.signed(row.logRatio)]
                                })
            for row in comparison.rows {
                guard let match = try? QueryParser.parse(row.term).match else { continue }
                for (side, refs) in row.best.enumerated() {
                    let pieces = library.highlights(of: refs, query: match, exact: comparison.exact)
                    for (reference, pieces) in zip(refs, pieces) {
                        let text = pieces.map { $0.isMatch ? "**" + Self.escape($0.text) + "**" : Self.escape($0.text) }.joined()
                        lines += ["", "> " + text, "> — " + cited(reference) + " · " + Self.escape(names[side]) + ", on " + Self.escape(row.term)]
                    }
                }
            }
        case .keywords(let comparison):
            let names = comparison.sides.map(\.label)
            lines.append("**What sets \(Self.escape(TextRenderer.describe(comparison.sides[0]))) and \(Self.escape(TextRenderer.describe(comparison.sides[1]))) apart**")
            lines.append("")
            lines.append("\(comparison.tested) words tested; listed at p < \(String(format: "%.2g", comparison.threshold)) (log-likelihood, 0.05 shared among them all).")
            lines.append("")
            lines += Self.table(header: ["More in", "Word", "\(names[0])", "\(names[1])", "G²", "Log Ratio"], rows: comparison.rows.map { row in
                [names[row.side], row.word + (row.isSparse ? " (low counts)" : ""), String(row.counts[0]), String(row.counts[1]),
                 String(format: "%.1f", row.g2), TextRenderer.signed(row.logRatio)]
            })
        case .coverage(let table):
            lines.append("**What \(Self.escape(table.sides[1].label)) says on the findings of \(Self.escape(table.sides[0].label))**: "
                + Self.escape(table.summary) + ".")
            lines.append("")
            lines += Self.table(header: ["Verdict", "Finding", "Citation", "Closest passage", "Citation", "Score"], rows: table.findings.map { row in
                [row.verdict.rawValue, library.text(of: row.finding) ?? "", library.citation(of: row.finding)?.description ?? "",
                 row.best.flatMap { library.text(of: $0) } ?? "", row.best.flatMap { library.citation(of: $0)?.description } ?? "",
                 String(format: "%.2f", row.score)]
            })
        case .timeline(let timeline):
            lines.append("**Timeline of \(Self.escape(timeline.documents.joined(separator: ", ")))** (as of \(timeline.asOf.longDescription))")
            lines.append("")
            lines += Self.table(header: ["When", "What", "Status", "Words", "Citation", "Passage"], rows: timeline.events.map { event in
                [TextRenderer.when(event.mention), event.mention.kind.rawValue, TextRenderer.status(of: event, library: library) ?? "", event.mention.text,
                 library.citation(of: event.passage)?.description ?? "", library.text(of: event.passage) ?? ""]
            })
            if !timeline.durations.isEmpty {
                lines += ["", "Waits and repeats:", ""]
                lines += Self.table(header: ["Words", "What", "Citation", "Passage"], rows: timeline.durations.map { event in
                    [event.mention.text, event.mention.kind.rawValue, library.citation(of: event.passage)?.description ?? "",
                     library.text(of: event.passage) ?? ""]
                })
            }
        case .load(let report):
            lines += Self.table(header: ["Loaded", "Kind", "Date", "Passages", "File"], rows: report.loaded.map {
                [$0.name + ($0.already ? " (loaded already)" : ""), $0.kind.rawValue, $0.date?.longDescription ?? "", String($0.passages), $0.path]
            })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "*report §4 ¶2.1* (What needs to be better)"
    private func cited(_ reference: PassageRef) -> String {
        let citation = library.citation(of: reference)?.description ?? reference.document
        return "*" + Self.escape(citation) + "*" + (library.heading(of: reference).map { " (" + Self.escape($0) + ")" } ?? "")
    }

    /// A pipe table; cells keep to one line and their pipes are escaped.
    public static func table(header: [String], rows: [[String]], escaping: Bool = true) -> [String] {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { (escaping ? escape($0) : $0).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: " | ") + " |"
        }
        return [line(header), "|" + header.map { _ in " --- |" }.joined()] + rows.map(line)
    }

    /// Backslashes the characters Markdown would read as markup inside ordinary text.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            if "\\`*_[]<>#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
