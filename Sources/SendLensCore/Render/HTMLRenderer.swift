/// Writes a result as a fragment of a web page: tables for counts, tallies (with bars),
/// documents and outlines; passages as quotes, each citation an anchor a link can point at.
/// The markup is well-formed XML as well as HTML, and uses no scripts, fonts or images.
public struct HTMLRenderer {
    let library: Library
    /// Prefixes anchors, so the same citation in two results gets two ids.
    let anchorPrefix: String

    public init(library: Library, anchorPrefix: String = "") {
        self.library = library
        self.anchorPrefix = anchorPrefix
    }

    public func render(_ value: ResultValue) -> String {
        var html: [String] = []
        switch value {
        case .hits(let list):
            html.append("<p class=\"summary\">\(Self.escape(TextRenderer.header(of: list)))</p>")
            if let match = list.match {
                let pieces = library.highlights(of: list.hits, query: match, exact: list.exact)
                for (offset, (hit, pieces)) in zip(list.hits, pieces).enumerated() {
                    if offset == list.firstPartial { html.append("<p class=\"summary\">With some of the words:</p>") }
                    let text = pieces.map { $0.isMatch ? "<mark>\(Self.escape($0.text))</mark>" : Self.escape($0.text) }.joined()
                    html.append(quote(text, reference: hit, context: false))
                    let same = list.identicalCount(at: offset)
                    if same > 0 { html.append("<p class=\"summary\">and \(same) more, identical</p>") }
                }
            }
        case .counts(let table):
            let scope = table.grouping == .question ? " in survey answers" : ""
            html.append("<p class=\"summary\">\(Self.escape(table.query)) — \(Plural.count(table.total, "passage"))\(scope)</p>")
            html.append(Self.table(header: ["Where", "Passages"], rows: table.rows.map { [Self.escape($0.label), String($0.count)] },
                                   numeric: [1]))
        case .tally(let table):
            html.append("<p class=\"summary\">\(Self.escape(table.question)) (\(Self.escape(table.document)), "
                + "\(table.respondents) respondents)</p>")
            let rows = table.answers.map { answer in
                [Self.escape(answer.answer), String(answer.count), TextRenderer.percent(answer.share), Self.bar(answer.share)]
            }
            html.append(Self.table(header: ["Answer", "Count", "Share", ""], rows: rows, numeric: [1, 2]))
            html.append("<p class=\"note\">n = \(table.answered) answered, \(table.blank) left blank</p>")
            if let split = table.split {
                let rows = split.groups.map { group in
                    [Self.escape(group.name)] + table.answers.indices.map { index in
                        "\(group.counts[index]) (\(TextRenderer.percent(group.share(index))))" + Self.bar(group.share(index))
                    } + [String(group.answered)]
                }
                html.append(Self.table(header: [Self.escape(split.by)] + table.answers.map { Self.escape($0.answer) } + ["n"],
                                       rows: rows, numeric: []))
            }
        case .documents(let list):
            html.append(Self.table(header: ["Name", "Kind", "Date", "Passages", "Words", "Title", "File"], rows: list.documents.map {
                [Self.escape($0.name), $0.kind.rawValue, $0.date?.longDescription ?? "", String($0.passages), String($0.words),
                 Self.escape($0.title), Self.escape($0.path)]
            }, numeric: [3, 4]))
        case .outline(let outline):
            html.append("<p class=\"summary\">\(Self.escape(outline.document)) — \(Self.escape(outline.title))</p>")
            html.append(Self.table(header: ["Section", "Heading", "Passages", "Pages"], rows: outline.sections.map { section in
                [section.number == 0 ? "" : "§\(section.number)",
                 Self.escape(section.number == 0 ? TextRenderer.untitledSection : section.title),
                 String(section.passages), TextRenderer.pages(section) ?? ""]
            }, numeric: [2]))
        case .passages(let view):
            for block in view.blocks {
                html.append("<p class=\"summary\">\(Self.escape(TextRenderer.heading(of: block)))</p>")
                if let respondent = block.respondent {
                    html.append("<p class=\"note\">Respondent \(Self.escape(respondent.id)): "
                        + Self.escape(respondent.answers.joined(separator: " · ")) + "</p>")
                }
                for shown in block.passages {
                    html.append(quote(Self.escape(library.text(of: shown.reference) ?? ""), reference: shown.reference, context: !shown.isTarget))
                }
            }
        case .glossary(let list):
            html.append(Self.table(header: ["Term", "Meaning", "Definition"], rows: list.entries.map {
                [Self.escape($0.term), Self.escape($0.expansions.joined(separator: "; ")),
                 Self.escape($0.definition + ($0.source.map { " (\($0))" } ?? ""))]
            }, numeric: []))
        case .help(let page):
            if let topic = page.topic {
                html.append("<p class=\"summary\"><code>\(Self.escape(topic.usage))</code></p><p>\(Self.escape(topic.details))</p>")
            } else {
                html.append(Self.table(header: ["Command", "What it does"], rows: page.commands.map {
                    ["<code>\(Self.escape($0.signature))</code>", Self.escape($0.summary)]
                }, numeric: []))
            }
        case .terms(let comparison):
            let names = comparison.sides.map(\.label)
            html.append("<p class=\"summary\">\(Self.escape(TextRenderer.describe(comparison.sides[0]))) and \(Self.escape(TextRenderer.describe(comparison.sides[1])))</p>")
            html.append(Self.table(header: ["Term", Self.escape(names[0]), "per 10,000", Self.escape(names[1]), "per 10,000", "Log Ratio"],
                                   rows: comparison.rows.map { row in
                                       [Self.escape(row.term), String(row.counts[0]), String(format: "%.1f", row.rates[0]), String(row.counts[1]),
                                        String(format: "%.1f", row.rates[1]), TextRenderer.signed(row.logRatio)]
                                   }, numeric: [1, 2, 3, 4, 5]))
            for row in comparison.rows {
                guard let match = try? QueryParser.parse(row.term).match else { continue }
                for refs in row.best {
                    for (reference, pieces) in zip(refs, library.highlights(of: refs, query: match, exact: comparison.exact)) {
                        let text = pieces.map { $0.isMatch ? "<mark>\(Self.escape($0.text))</mark>" : Self.escape($0.text) }.joined()
                        html.append(quote(text, reference: reference, context: false))
                    }
                }
            }
        case .keywords(let comparison):
            let names = comparison.sides.map(\.label)
            html.append("<p class=\"summary\">What sets \(Self.escape(TextRenderer.describe(comparison.sides[0]))) and \(Self.escape(TextRenderer.describe(comparison.sides[1]))) apart</p>")
            html.append(Self.table(header: ["More in", "Word", Self.escape(names[0]), Self.escape(names[1]), "G²", "Log Ratio"],
                                   rows: comparison.rows.map { row in
                                       [Self.escape(names[row.side]), Self.escape(row.word), String(row.counts[0]), String(row.counts[1]),
                                        String(format: "%.1f", row.g2), TextRenderer.signed(row.logRatio)]
                                   }, numeric: [2, 3, 4, 5]))
        case .coverage(let table):
            html.append("<p class=\"summary\">What \(Self.escape(table.sides[1].label)) says on the findings of "
                + "\(Self.escape(table.sides[0].label)): \(Self.escape(table.summary))</p>")
            html.append(Self.table(header: ["Verdict", "Finding", "Closest passage", "Score"], rows: table.findings.map { row in
                [row.verdict.rawValue,
                 Self.escape(library.text(of: row.finding) ?? "") + " <span class=\"heading\">(" + Self.escape(library.citation(of: row.finding)?.description ?? "") + ")</span>",
                 row.best.map { Self.escape(library.text(of: $0) ?? "") + " <span class=\"heading\">(" + Self.escape(library.citation(of: $0)?.description ?? "") + ")</span>" } ?? "",
                 String(format: "%.2f", row.score)]
            }, numeric: [3]))
        case .timeline(let timeline):
            html.append("<p class=\"summary\">Timeline of \(Self.escape(timeline.documents.joined(separator: ", "))) (as of \(timeline.asOf.longDescription))</p>")
            html.append(Self.table(header: ["When", "What", "Citation", "Passage"], rows: (timeline.events + timeline.durations).enumerated().map { position, event in
                let citation = library.citation(of: event.passage)?.description ?? ""
                let anchor = anchorPrefix + "t\(position + 1)-" + Self.anchor(for: citation)
                return [Self.escape(TextRenderer.when(event.mention).isEmpty ? event.mention.text : TextRenderer.when(event.mention)),
                        event.mention.kind.rawValue + (TextRenderer.status(of: event, library: library).map { " (" + Self.escape($0) + ")" } ?? ""),
                        "<a class=\"citation\" id=\"\(anchor)\" href=\"#\(anchor)\">\(Self.escape(citation))</a>",
                        Self.escape(library.text(of: event.passage) ?? "")]
            }, numeric: []))
        case .load(let report):
            html.append(Self.table(header: ["Loaded", "Kind", "Date", "Passages", "File"], rows: report.loaded.map {
                [Self.escape($0.name) + ($0.already ? " (loaded already)" : ""), $0.kind.rawValue, $0.date?.longDescription ?? "", String($0.passages), Self.escape($0.path)]
            }, numeric: [3]))
        }
        return html.joined(separator: "\n")
    }

    /// A passage as a quote, followed by its citation, an anchor of its own.
    private func quote(_ text: String, reference: PassageRef, context: Bool) -> String {
        let citation = library.citation(of: reference)?.description ?? reference.document
        let anchor = anchorPrefix + Self.anchor(for: citation)
        let heading = library.heading(of: reference).map { " <span class=\"heading\">(\(Self.escape($0)))</span>" } ?? ""
        return "<blockquote\(context ? " class=\"context\"" : "")><p>\(text)</p><footer>— <a class=\"citation\" id=\"\(anchor)\" "
            + "href=\"#\(anchor)\">\(Self.escape(citation))</a>\(heading)</footer></blockquote>"
    }

    /// "report §4 ¶2.1" → "report-s4-p2-1"
    static func anchor(for citation: String) -> String {
        var anchor = ""
        for character in citation {
            switch character {
            case "§": anchor += "s"
            case "¶": anchor += "p"
            case " ", ".": anchor += anchor.hasSuffix("-") ? "" : "-"
            default: if character.isLetter || character.isNumber || character == "-" { anchor.append(character) }
            }
        }
        return anchor.replacingOccurrences(of: "--", with: "-")
    }

    /// A bar as wide as the share of a fixed track, drawn with CSS.
    static func bar(_ share: Double) -> String {
        "<span class=\"track\"><span class=\"bar\" style=\"width: \(Int((share * 100).rounded()))%\"></span></span>"
    }

    /// Cells are already escaped (they may hold markup); `numeric` columns are right-aligned.
    public static func table(header: [String], rows: [[String]], numeric: Set<Int>) -> String {
        func cells(_ values: [String], tag: String) -> String {
            values.enumerated().map { index, value in
                "<\(tag)\(numeric.contains(index) ? " class=\"number\"" : "")>\(value)</\(tag)>"
            }.joined()
        }
        return "<div class=\"table\"><table><thead><tr>\(cells(header, tag: "th"))</tr></thead><tbody>"
            + rows.map { "<tr>\(cells($0, tag: "td"))</tr>" }.joined() + "</tbody></table></div>"
    }

    /// Text made safe for HTML and XML alike.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            // Control characters are not allowed in XML; a document's stray ones are dropped.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
