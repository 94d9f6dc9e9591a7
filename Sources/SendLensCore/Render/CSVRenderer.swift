/// Writes a result as CSV for a spreadsheet: RFC 4180 (fields quoted where needed, CRLF line
/// ends), a header row, then one row an item with its citation. A cell that a spreadsheet would
/// run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
/// apostrophe, so opening an export never runs anything.
public struct CSVRenderer {
    let library: Library

    public init(library: Library) {
        self.library = library
    }

    /// The header row and the rows, before they are written out.
    public func table(_ value: ResultValue) -> (header: [String], rows: [[String]]) {
        switch value {
        case .hits(let list):
            return (["rank", "citation", "document", "section", "text"], list.hits.enumerated().map { offset, hit in
                [String(offset + 1), library.citation(of: hit)?.description ?? "", hit.document,
                 library.heading(of: hit) ?? "", library.text(of: hit) ?? ""]
            })
        case .counts(let table):
            return (["citation", "document", "section", "passages"], table.rows.map { row in
                [row.citation.description, row.citation.document, row.title ?? "", String(row.count)]
            })
        case .tally(let table):
            var rows = table.answers.map { answer in
                [table.document, table.question, "", answer.answer, String(answer.count), String(table.answered), Self.percent(answer.share)]
            }
            for group in table.split?.groups ?? [] {
                rows += table.answers.indices.map { index in
                    [table.document, table.question, group.name, table.answers[index].answer, String(group.counts[index]),
                     String(group.answered), Self.percent(group.share(index))]
                }
            }
            let groupColumn = table.split.map { "group (\($0.by))" } ?? "group"
            return (["citation", "question", groupColumn, "answer", "count", "answered", "percent"], rows)
        case .documents(let list):
            return (["citation", "kind", "date", "title", "passages", "words", "format", "path", "source"], list.documents.map {
                [$0.name, $0.kind.rawValue, $0.date?.description ?? "", $0.title, String($0.passages), String($0.words),
                 $0.format.displayName, $0.path, $0.source ?? ""]
            })
        case .outline(let outline):
            return (["citation", "document", "section", "level", "title", "passages", "first page", "last page"], outline.sections.map {
                [$0.citation.description, outline.document, String($0.number), String($0.level), $0.title, String($0.passages),
                 $0.firstPage.map(String.init) ?? "", $0.lastPage.map(String.init) ?? ""]
            })
        case .passages(let view):
            return (["citation", "document", "section", "shown as", "text"], view.blocks.flatMap { block in
                block.passages.map { shown in
                    [shown.citation.description, shown.citation.document, library.heading(of: shown.reference) ?? "",
                     shown.isTarget ? "asked for" : "context", library.text(of: shown.reference) ?? ""]
                }
            })
        case .glossary(let list):
            return (["term", "meaning", "also written", "definition", "defined at"], list.entries.map {
                [$0.term, $0.expansions[0], $0.expansions.dropFirst().joined(separator: "; "), $0.definition, $0.source?.description ?? ""]
            })
        case .help(let page):
            if let command = page.topic {
                return (["command", "usage", "summary", "option", "option help"], [[command.name, command.usage, command.summary, "", ""]]
                    + command.options.map { [command.name, command.usage, command.summary, $0.label, $0.help] })
            }
            return (["command", "usage", "summary"], page.commands.map { [$0.name, $0.signature, $0.summary] })
        case .terms(let comparison):
            let names = comparison.sides.map(\.label)
            var rows: [[String]] = []
            for row in comparison.rows {
                rows.append([row.term, names[0], names[1], String(row.counts[0]), String(row.counts[1]), String(format: "%.2f", row.rates[0]),
                             String(format: "%.2f", row.rates[1]), String(format: "%.3f", row.logRatio), "", "", ""])
                for (side, refs) in row.best.enumerated() {
                    for reference in refs {
                        rows.append([row.term, names[0], names[1], "", "", "", "", "", names[side],
                                     library.citation(of: reference)?.description ?? "", library.text(of: reference) ?? ""])
                    }
                }
            }
            return (["term", "side A", "side B", "count A", "count B", "per 10,000 words A", "per 10,000 words B", "log ratio",
                     "passage from", "citation", "text"], rows)
        case .keywords(let comparison):
            let names = comparison.sides.map(\.label)
            return (["more in", "word", "stem", "count A", "count B", "expected A", "expected B", "G2", "log ratio", "p", "low counts"],
                    comparison.rows.map { row in
                        [names[row.side], row.word, row.stem, String(row.counts[0]), String(row.counts[1]),
                         String(format: "%.3f", row.expected[0]), String(format: "%.3f", row.expected[1]), String(format: "%.3f", row.g2),
                         String(format: "%.3f", row.logRatio), String(format: "%.3g", row.p), row.isSparse ? "yes" : "no"]
                    })
        case .coverage(let table):
            return (["verdict", "score", "citation", "finding", "closest citation", "closest passage"], table.findings.map { row in
                [row.verdict.rawValue, String(format: "%.3f", row.score), library.citation(of: row.finding)?.description ?? "",
                 library.text(of: row.finding) ?? "", row.best.flatMap { library.citation(of: $0)?.description } ?? "",
                 row.best.flatMap { library.text(of: $0) } ?? ""]
            })
        case .timeline(let timeline):
            return (["value", "start", "end", "grain", "kind", "status", "done on", "done in", "words", "citation", "document", "text"],
                    (timeline.events + timeline.durations).map { event in
                        [event.mention.value, event.mention.start?.description ?? "", event.mention.end?.description ?? "", event.mention.grain?.rawValue ?? "",
                         event.mention.kind.rawValue, event.status?.rawValue ?? "", event.doneOn?.description ?? "",
                         event.doneIn.flatMap { library.citation(of: $0)?.description } ?? "", event.mention.text,
                         library.citation(of: event.passage)?.description ?? "", event.passage.document, library.text(of: event.passage) ?? ""]
                    })
        case .load(let report):
            return (["citation", "kind", "date", "passages", "sections", "respondents", "path", "loaded already"], report.loaded.map {
                [$0.name, $0.kind.rawValue, $0.date?.description ?? "", String($0.passages), String($0.sections),
                 $0.respondents.map(String.init) ?? "", $0.path, $0.already ? "yes" : "no"]
            })
        }
    }

    /// The whole file; `header` false leaves out the header row (appending to an existing file).
    public func render(_ value: ResultValue, header: Bool = true) -> String {
        let (names, rows) = table(value)
        return ((header ? [names] : []) + rows).map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, neutralised if it looks like a formula, quoted if it must be.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// A share as a percentage with one decimal, without the sign: 0.3452 → "34.5".
    static func percent(_ share: Double) -> String {
        String(TextRenderer.percent(share).dropLast())
    }
}
