import Foundation

/// Lays a result out as text: on a terminal, wrapped to its width with matches in a style; as
/// plain text (pipes, `-c`, `.txt` exports, saved sessions), never wrapped, keyword-in-context
/// lines at a fixed width and matches in [brackets], so the same result always reads the same.
public struct TextRenderer {
    public enum Mode: Sendable, Equatable {
        case plain
        /// `colour` false (NO_COLOR, a dumb terminal) marks matches with brackets, as plain text does.
        case terminal(width: Int, colour: Bool)
    }

    /// The width keyword-in-context lines are fitted to when there is no terminal to fit.
    public static let plainWidth = 120

    let library: Library
    let mode: Mode
    /// Asked as a long listing is laid out (Ctrl-C): when it says so, the listing ends early with
    /// a line saying how much of it was shown.
    public var shouldStop: () -> Bool = { false }

    public init(library: Library, mode: Mode) {
        self.library = library
        self.mode = mode
    }

    /// How many items a long listing lays out between two questions to `shouldStop`.
    static let stopCheckInterval = 2_048

    /// Columns to wrap at; 0 for none.
    private var wrapWidth: Int {
        if case .terminal(let width, _) = mode { return width }
        return 0
    }

    private var bracketsMatches: Bool {
        if case .terminal(_, let colour) = mode { return !colour }
        return true
    }

    public func render(_ value: ResultValue) -> StyledText {
        switch value {
        case .hits(let list): hits(list)
        case .counts(let table): counts(table)
        case .tally(let table): tally(table)
        case .documents(let list): documents(list)
        case .outline(let outline): self.outline(outline)
        case .passages(let view): passages(view)
        case .glossary(let list): glossary(list)
        case .help(let page): help(page)
        case .load(let report): load(report)
        case .terms(let comparison): terms(comparison)
        case .keywords(let comparison): keywords(comparison)
        case .coverage(let table): coverage(table)
        case .timeline(let timeline): self.timeline(timeline)
        }
    }

    // MARK: find

    private func hits(_ list: HitList) -> StyledText {
        var text = StyledText()
        text.line(Self.header(of: list))
        guard !list.hits.isEmpty, let match = list.match else { return text }
        let total = wrapWidth > 0 ? wrapWidth : Self.plainWidth
        let numberWidth = String(list.hits.count).count
        // A long document name is shortened with "…" so the words stay on the line; show $N.k
        // gives the whole citation.
        let written = list.hits.map { library.citation(of: $0)?.description ?? "" }
        let citationWidth = min(written.map(\.count).max() ?? 0, max(14, total / 3))
        let citations = written.map { Self.shortened(citation: $0, to: citationWidth) }
        let room = max(24, total - (numberWidth + 2 + citationWidth + 2))
        let leftWidth = room * 2 / 5
        var pieces: [[Highlight]] = []
        for (offset, citation) in citations.enumerated() {
            if offset % Self.stopCheckInterval == 0 {
                if offset > 0, shouldStop() {
                    text.line("stopped by Ctrl-C after \(offset) of \(list.hits.count) passages", .faint)
                    break
                }
                // Matches are marked a batch at a time, so a stop need not wait for all of them.
                let batch = list.hits[offset..<min(offset + Self.stopCheckInterval, list.hits.count)]
                pieces = library.highlights(of: batch, query: match, exact: list.exact)
            }
            let pieces = pieces[offset % Self.stopCheckInterval]
            if offset == list.firstPartial {
                text.line(String(repeating: " ", count: numberWidth + 2) + (offset == 0 ? "with some of the words:" : "with some of the words, not all:"), .faint)
            }
            let number = String(offset + 1)
            text.append(String(repeating: " ", count: numberWidth - number.count) + number + "  ")
            text.append(Layout.pad(citation, citationWidth) + "  ", .faint)
            let same = list.identicalCount(at: offset)
            let note = same > 0 ? "  (and \(same) more, identical)" : ""
            let (left, width, right) = Self.keywordInContext(pieces, leftWidth: leftWidth, rightWidth: room - leftWidth - note.count)
            // Padded, so that the first matches of the lines line up.
            text.append(String(repeating: " ", count: max(0, width - left.count)) + left)
            for piece in right {
                if piece.isMatch {
                    text.append(bracketsMatches ? "[\(piece.text)]" : piece.text, .match)
                } else {
                    text.append(piece.text)
                }
            }
            text.line(note, .faint)
        }
        return text
    }

    /// `waiting — 23 passages (report 15, response 4, statement 4); the best 20 (--all for every one)`
    static func header(of list: HitList) -> String {
        let what = list.description
        let some = list.partial == 0 ? "" : "\(Plural.count(list.partial, "passage")) with some of the words"
        guard list.total > 0 else {
            guard list.partial > 0 else { return "\(what) — no passages match." }
            return "\(what) — no passage has every word; \(some), the best \(list.hits.count) listed (--all-words for every word only)"
        }
        let spread = list.perDocument.map { "\($0.document) \($0.count)" }.joined(separator: ", ")
        let every = list.partial > 0 ? " with every word" : ""
        var header = "\(what) — \(Plural.count(list.total, "passage"))\(every) (\(spread))"
        if list.partial > 0 { header += ", then \(some)" }
        let listed = list.hits.count + list.identical.reduce(0, +)
        if listed < list.total + list.partial {
            header += "; the \(list.order == .rank ? "best" : "first") \(list.hits.count) (--all for every one)"
        }
        return header
    }

    /// The text before the first match, cut from the left to fit, and the rest from the match on,
    /// cut from the right, so matches line up in one column. Each of the query's words that
    /// matched is shown: the text between is shortened in its middle ("… ") when they do not all
    /// fit, and a first match longer than the right-hand room takes room from the left.
    /// Returns the left-hand text, the width it was given (less than asked for when the first
    /// match took room from it), and the pieces from the first match on.
    static func keywordInContext(_ pieces: [Highlight], leftWidth: Int, rightWidth: Int) -> (left: String, leftWidth: Int, right: [Highlight]) {
        let firstMatch = pieces.firstIndex(where: \.isMatch) ?? pieces.count
        // The first match of each of the query's words.
        var shownTerms: Set<Int?> = []
        let needed = pieces.indices.filter { pieces[$0].isMatch && shownTerms.insert(pieces[$0].term).inserted }
        let lastNeeded = needed.last ?? pieces.count - 1
        var (leftWidth, rightWidth) = (leftWidth, rightWidth)
        if firstMatch < pieces.count, pieces[firstMatch].text.count + 3 > rightWidth {
            let borrowed = min(leftWidth, pieces[firstMatch].text.count + 3 - rightWidth)
            (leftWidth, rightWidth) = (leftWidth - borrowed, rightWidth + borrowed)
        }
        var left = pieces[..<firstMatch].map(\.text).joined()
        if left.count > leftWidth {
            left = leftWidth < 2 ? "" : "…" + left.suffix(leftWidth - 1).drop(while: { $0 != " " })
        }
        var right = needed.isEmpty ? [] : Self.fitted(pieces[firstMatch...lastNeeded], keeping: Set(needed), width: rightWidth - 1)
        // Cut short already: nothing more fits.
        if right.last?.text.hasSuffix("…") == true { return (left, leftWidth, right) }
        var used = right.reduce(0) { $0 + Self.cost($1) }
        for piece in pieces[(lastNeeded + 1)...] {
            if used + Self.cost(piece) <= rightWidth {
                right.append(piece)
                used += Self.cost(piece)
                continue
            }
            let room = rightWidth - used - 1
            if room > 0, !piece.isMatch {
                var cut = String(piece.text.prefix(room))
                if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > room / 2 {
                    cut = String(cut[..<space])
                }
                right.append(Highlight(text: cut, isMatch: false))
            }
            right.append(Highlight(text: "…", isMatch: false))
            break
        }
        return (left, leftWidth, right)
    }

    /// A citation cut to `width` by shortening its document's name: "hcc-send-impr… §3 ¶2.1".
    static func shortened(citation: String, to width: Int) -> String {
        guard citation.count > width else { return citation }
        let space = citation.firstIndex(of: " ") ?? citation.endIndex
        let place = citation[space...]
        let keep = width - place.count - 1
        guard keep >= 3 else { return String(citation.prefix(width - 1)) + "…" }
        return citation[..<space].prefix(keep) + "…" + place
    }

    /// Columns a piece takes: a match has brackets round it.
    private static func cost(_ piece: Highlight) -> Int {
        piece.text.count + (piece.isMatch ? 2 : 0)
    }

    /// The `needed` matches with the text between them, fitted into `width`: the text between two
    /// of them is kept whole (other matches in it marked) when it fits, else shortened in its
    /// middle at spaces; a needed match that still cannot fit is cut.
    static func fitted(_ pieces: ArraySlice<Highlight>, keeping needed: Set<Int>, width: Int) -> [Highlight] {
        // Needed matches and the stretches between them, alternately.
        var stretches: [(pieces: [Highlight], needed: Bool)] = []
        var between: [Highlight] = []
        for index in pieces.indices {
            if needed.contains(index) {
                if !between.isEmpty { stretches.append((between, false)) }
                between = []
                stretches.append(([pieces[index]], true))
            } else {
                between.append(pieces[index])
            }
        }
        let matchCost = stretches.filter(\.needed).reduce(0) { $0 + cost($1.pieces[0]) }
        let gaps = stretches.filter { !$0.needed }.map { $0.pieces.reduce(0) { $0 + cost($1) } }
        var keep = gaps.max() ?? 0
        while keep > 3, matchCost + gaps.reduce(0, { $0 + min($1, keep) }) > width { keep -= 1 }
        var fitted: [Highlight] = []
        var used = 0
        for stretch in stretches {
            var shown = stretch.pieces
            if !stretch.needed, shown.reduce(0, { $0 + cost($1) }) > keep {
                shown = shortened(shown, to: max(keep, 3))
            }
            for piece in shown {
                if used + cost(piece) > width {
                    // Too many matches for the line: as many as fit, the rest cut.
                    let room = width - used - (piece.isMatch ? 3 : 1)
                    if room > 0 { fitted.append(Highlight(text: String(piece.text.prefix(room)) + "…", isMatch: piece.isMatch, term: piece.term)) }
                    return fitted
                }
                fitted.append(piece)
                used += cost(piece)
            }
        }
        return fitted
    }

    /// Pieces cut to `keep` columns in their middle, at spaces where they can be ("in autism …
    /// and"), matches at either end kept whole and marked.
    static func shortened(_ pieces: [Highlight], to keep: Int) -> [Highlight] {
        func take(_ pieces: some Sequence<Highlight>, room: Int, fromStart: Bool) -> [Highlight] {
            var taken: [Highlight] = []
            var left = room
            for piece in pieces {
                if cost(piece) <= left {
                    taken.append(piece)
                    left -= cost(piece)
                    continue
                }
                if !piece.isMatch, left > 0 {
                    var cut = fromStart ? piece.text.prefix(left) : piece.text.suffix(left)
                    if fromStart, let space = cut.lastIndex(of: " ") { cut = cut[...space] }
                    if !fromStart, let space = cut.firstIndex(of: " ") { cut = cut[space...] }
                    taken.append(Highlight(text: String(cut), isMatch: false))
                }
                break
            }
            return taken
        }
        let head = take(pieces, room: (keep - 1) / 2, fromStart: true)
        let tail = take(pieces.reversed(), room: keep - 1 - (keep - 1) / 2, fromStart: false).reversed()
        return head + [Highlight(text: "…", isMatch: false)] + tail
    }

    // MARK: count

    private func counts(_ table: CountTable) -> StyledText {
        var text = StyledText()
        let surveysOnly = table.grouping == .question ? " in survey answers" : ""
        text.line("\(table.query) — \(Plural.count(table.total, "passage"))\(surveysOnly)")
        let labels = table.rows.map(\.label)
        let width = labels.map(\.count).max() ?? 0
        let numberWidth = table.rows.map { String($0.count).count }.max() ?? 0
        for (label, row) in zip(labels, table.rows) {
            text.line("  " + Layout.pad(label, width + 2) + Self.padLeft(String(row.count), numberWidth))
        }
        return text
    }

    // MARK: tally

    private func tally(_ table: TallyTable) -> StyledText {
        var text = StyledText()
        text.line("\(table.question) (\(table.document), \(table.respondents) respondents)", .strong)
        guard let split = table.split else {
            let width = table.answers.map(\.answer.count).max() ?? 0
            for answer in table.answers {
                let bar = String(repeating: "█", count: Int((answer.share * 30).rounded()))
                text.line("  " + Layout.pad(answer.answer, width + 2) + Self.padLeft(String(answer.count), 5)
                    + Self.padLeft(Self.percent(answer.share), 8) + "  " + bar)
            }
            text.line("  n = \(table.answered) answered, \(table.blank) left blank", .faint)
            return text
        }
        // Groups run across when there are few of them, down when there are many.
        let groupsAcross = split.groups.count <= table.answers.count
        func cell(_ group: TallyTable.Group, _ answer: Int) -> String {
            "\(group.counts[answer]) (\(Self.percent(group.share(answer))))"
        }
        var rows: [[String]]
        let columnLabels: [String]
        if groupsAcross {
            columnLabels = split.groups.map(\.name)
            rows = table.answers.indices.map { answer in [table.answers[answer].answer] + split.groups.map { cell($0, answer) } }
            rows.append(["n"] + split.groups.map { String($0.answered) })
        } else {
            columnLabels = table.answers.map(\.answer) + ["n"]
            rows = split.groups.map { group in
                [group.name] + table.answers.indices.map { cell(group, $0) } + [String(group.answered)]
            }
        }
        let labelWidth = rows.map { $0[0].count }.max() ?? 0
        let widths = columnLabels.indices.map { index in
            max(columnLabels[index].count, rows.map { $0[index + 1].count }.max() ?? 0)
        }
        let header = zip(columnLabels, widths).map { Self.padLeft($0, $1) }.joined(separator: "  ")
        text.line("  " + Layout.pad("", labelWidth + 2) + header, .strong)
        for (index, row) in rows.enumerated() {
            let line = "  " + Layout.pad(row[0], labelWidth + 2) + zip(row.dropFirst(), widths).map { Self.padLeft($0, $1) }.joined(separator: "  ")
            text.line(line, groupsAcross && index == rows.count - 1 ? .faint : .plain)
        }
        return text
    }

    static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }

    private static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    // MARK: docs

    private func documents(_ list: DocumentList) -> StyledText {
        var text = StyledText()
        guard !list.documents.isEmpty else {
            text.line("No documents are loaded. Add some with: load PATH")
            return text
        }
        let width = list.documents.map(\.name.count).max() ?? 0
        let indent = String(repeating: " ", count: width + 2)
        for document in list.documents {
            let date = document.date?.longDescription ?? "no date"
            text.append(Layout.pad(document.name, width + 2), .strong)
            text.line("\(document.kind.rawValue) · \(date) · \(Plural.count(document.passages, "passage")) · "
                + Plural.count(document.words, "word"))
            text.line(indent + document.title)
            if let survey = document.survey {
                text.line(indent + "\(survey.respondents) respondents; \(survey.setAnswerQuestions) questions with set answers "
                    + "(use tally), \(survey.freeTextQuestions) with free text (use find)")
            }
            let source = document.source.map { " · \($0)" } ?? ""
            text.line(indent + "\(document.path) (\(document.format.displayName))\(source)", .faint)
            text.line(indent + Self.originSummary(document.origins), .faint)
        }
        return text
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

    // MARK: outline

    static let untitledSection = "(before the first heading)"

    private func outline(_ outline: Outline) -> StyledText {
        var text = StyledText()
        text.append(outline.document, .strong)
        text.line(" — \(outline.title) (\(Plural.count(outline.passages, "passage")))")
        let numberWidth = (outline.sections.last.map { "§\($0.number)".count } ?? 2) + 2
        let titles = outline.sections.map { section in
            section.number == 0 ? Self.untitledSection : String(repeating: "  ", count: max(0, section.level - 1)) + section.title
        }
        let titleWidth = titles.map(\.count).max() ?? 0
        let countWidth = outline.sections.map { String($0.passages).count }.max() ?? 0
        for (section, title) in zip(outline.sections, titles) {
            text.append("  " + Layout.pad(section.number == 0 ? "" : "§\(section.number)", numberWidth))
            text.append(Layout.pad(title, titleWidth + 2))
            let pages = Self.pages(section).map { "  " + $0 } ?? ""
            text.line(Self.padLeft(String(section.passages), countWidth) + pages, .faint)
        }
        if !outline.setAnswerQuestions.isEmpty {
            text.line("  Questions with set answers (tally QUESTION):", .faint)
            for question in outline.setAnswerQuestions { text.line("    " + question) }
        }
        return text
    }

    /// "p.3" or "pp.3–5", for a section of a PDF.
    static func pages(_ section: Outline.Entry) -> String? {
        guard let first = section.firstPage, let last = section.lastPage else { return nil }
        return first == last ? "p.\(first)" : "pp.\(first)–\(last)"
    }

    // MARK: show

    private func passages(_ view: PassageView) -> StyledText {
        var text = StyledText()
        for (offset, block) in view.blocks.enumerated() {
            if offset > 0 { text.line() }
            text.line(Self.heading(of: block), .strong)
            if let respondent = block.respondent {
                text.line("respondent \(respondent.id): " + respondent.answers.joined(separator: " · "), .faint)
            }
            let citationWidth = block.passages.map(\.citation.description.count).max() ?? 0
            let indent = String(repeating: " ", count: citationWidth + 4)
            for shown in block.passages {
                let passage = library.text(of: shown.reference) ?? ""
                text.append(shown.isTarget ? "> " : "  ", shown.isTarget ? .strong : .faint)
                text.append(Layout.pad(shown.citation.description, citationWidth), .faint)
                let wrapped = Layout.wrap(passage, width: wrapWidth - indent.count, indent: indent)
                text.line("  " + wrapped, shown.isTarget ? .plain : .faint)
            }
        }
        return text
    }

    /// "report › What does the area partnership need to do better? (§6)", or the document's title
    /// before the first heading.
    static func heading(of block: PassageView.Block) -> String {
        guard !block.headings.isEmpty else { return "\(block.document) — \(block.title)" }
        return ([block.document] + block.headings).joined(separator: " › ") + " (§\(block.section))"
    }

    // MARK: define

    private func glossary(_ list: GlossaryList) -> StyledText {
        var text = StyledText()
        if list.whole {
            let width = list.entries.map(\.term.count).max() ?? 0
            for entry in list.entries {
                text.append("  " + Layout.pad(entry.term, width + 2), .strong)
                if let source = entry.source {
                    text.append(entry.expansions[0])
                    text.line("  (\(source))", .faint)
                } else {
                    text.line(entry.expansions[0])
                }
            }
            return text
        }
        for entry in list.entries {
            text.append(entry.term, .strong)
            text.line(": " + entry.expansions[0])
            if entry.expansions.count > 1 {
                text.line("  also written: " + entry.expansions.dropFirst().joined(separator: ", "), .faint)
            }
            text.line("  " + Layout.wrap(entry.definition, width: 76, indent: "  "))
            if let source = entry.source { text.line("  defined at \(source); show \(source) opens it", .faint) }
        }
        return text
    }

    // MARK: help

    private func help(_ page: HelpPage) -> StyledText {
        var text = StyledText()
        guard let command = page.topic else {
            text.line("Commands (type help COMMAND for more):")
            let width = page.commands.map(\.signature.count).max() ?? 0
            for entry in page.commands {
                text.append("  " + Layout.pad(entry.signature, width + 2), .strong)
                text.line(entry.summary)
            }
            if let note = page.note {
                text.line()
                text.line(Layout.wrap(note, width: 96, indent: ""))
            }
            return text
        }
        text.line(command.usage, .strong)
        text.line("  " + command.summary.prefix(1).uppercased() + command.summary.dropFirst() + ".")
        text.line()
        text.line("  " + Layout.wrap(command.details, width: 76, indent: "  "))
        if !command.options.isEmpty {
            text.line()
            text.line("Options:")
            let width = command.options.map(\.label.count).max() ?? 0
            for option in command.options {
                text.line("  " + Layout.pad(option.label, width + 2) + option.help)
            }
        }
        text.line()
        text.line("Examples:")
        for example in command.examples { text.line("  " + example) }
        return text
    }

    // MARK: compare

    /// "report (2,591 words)"
    static func describe(_ side: ComparisonSide) -> String {
        "\(side.label) (\(Plural.count(side.words, "word")))"
    }

    static func signed(_ value: Double) -> String {
        String(format: "%+.2f", value)
    }

    private func terms(_ comparison: TermComparison) -> StyledText {
        var text = StyledText()
        let (first, second) = (comparison.sides[0], comparison.sides[1])
        text.line("\(Self.describe(first)) and \(Self.describe(second)): each term's count and rate per 10,000 words", .strong)
        let termWidth = max(4, comparison.rows.map(\.term.count).max() ?? 0)
        let columns = [first.label, second.label].map { max($0.count, 18) }
        text.line("  " + Layout.pad("term", termWidth + 2) + Layout.pad(first.label, columns[0] + 2)
            + Layout.pad(second.label, columns[1] + 2) + "Log Ratio", .faint)
        for row in comparison.rows {
            let cells = row.counts.indices.map { side in
                Self.padLeft(String(row.counts[side]), 5) + "  " + Self.padLeft(String(format: "%.1f", row.rates[side]), 7)
            }
            text.line("  " + Layout.pad(row.term, termWidth + 2) + Layout.pad(cells[0], columns[0] + 2)
                + Layout.pad(cells[1], columns[1] + 2) + Self.padLeft(Self.signed(row.logRatio), 9))
        }
        text.line("  Log Ratio +1 means twice as common in \(first.label) as in \(second.label); -1 half as common.", .faint)
        // Side by side on a wide terminal; one after the other otherwise.
        let sideBySide = wrapWidth >= 150
        for row in comparison.rows {
            guard let match = try? QueryParser.parse(row.term).match else { continue }
            text.line()
            text.line(row.term, .strong)
            let blocks = row.best.map { refs in
                zip(refs, library.highlights(of: refs, query: match, exact: comparison.exact)).map { ($0, $1) }
            }
            if sideBySide {
                let half = (wrapWidth - 4) / 2
                text.append(StyledText(padding: 2))
                text.append(Layout.pad(comparison.sides[0].label, half + 2), .faint)
                text.line(comparison.sides[1].label, .faint)
                for line in 0..<max(blocks[0].count, blocks[1].count, 1) {
                    let left = line < blocks[0].count ? passageLine(blocks[0][line], width: half) : StyledText(padding: half)
                    let right = line < blocks[1].count ? passageLine(blocks[1][line], width: half) : StyledText()
                    text.append(StyledText(padding: 2))
                    text.append(left.padded(to: half))
                    text.append(StyledText(padding: 2))
                    text.append(right)
                    text.line()
                }
            } else {
                for (side, block) in blocks.enumerated() {
                    text.line("  " + comparison.sides[side].label + (block.isEmpty ? ": no passages" : ""), .faint)
                    for item in block {
                        text.append(StyledText(padding: 4))
                        text.append(passageLine(item, width: (wrapWidth > 0 ? wrapWidth : Self.plainWidth) - 4))
                        text.line()
                    }
                }
            }
        }
        return text
    }

    /// A citation and the words around the match, fitted to `width`.
    private func passageLine(_ item: (PassageRef, [Highlight]), width: Int) -> StyledText {
        var text = StyledText()
        let citation = library.citation(of: item.0)?.description ?? item.0.document
        text.append(citation + "  ", .faint)
        let room = max(20, width - citation.count - 2)
        let (left, _, right) = Self.keywordInContext(item.1, leftWidth: room / 3, rightWidth: room - room / 3)
        text.append(left)
        for piece in right {
            text.append(piece.isMatch && bracketsMatches ? "[\(piece.text)]" : piece.text, piece.isMatch ? .match : .plain)
        }
        return text
    }

    private func keywords(_ comparison: KeywordComparison) -> StyledText {
        var text = StyledText()
        let (first, second) = (comparison.sides[0], comparison.sides[1])
        text.line("What sets \(Self.describe(first)) and \(Self.describe(second)) apart", .strong)
        text.line("  \(Plural.count(comparison.tested, "word")) used \(comparison.minimumCount) times or more were tested; "
            + "one is listed when its log-likelihood has p < \(String(format: "%.2g", comparison.threshold)) "
            + "(0.05 shared among them all, as so many are tested at once).", .faint)
        let width = max(12, comparison.rows.map(\.word.count).max() ?? 0)
        for side in 0...1 {
            let rows = comparison.rows.filter { $0.side == side }
            text.line()
            text.line("More in \(comparison.sides[side].label)" + (rows.isEmpty ? ": no word stands out" : ""), .strong)
            guard !rows.isEmpty else { continue }
            let counts = [first.label, second.label].map { max(8, $0.count) + 2 }
            text.line("  " + Layout.pad("word", width + 2) + Self.padLeft(first.label, counts[0])
                + Self.padLeft(second.label, counts[1]) + Self.padLeft("G²", 9) + Self.padLeft("Log Ratio", 11), .faint)
            for row in rows {
                let marks = (row.isSparse ? " *" : "") + (row.significant ? "" : " ·")
                text.line("  " + Layout.pad(row.word + marks, width + 2) + Self.padLeft(String(row.counts[0]), counts[0])
                    + Self.padLeft(String(row.counts[1]), counts[1]) + Self.padLeft(String(format: "%.1f", row.g2), 9)
                    + Self.padLeft(Self.signed(row.logRatio), 11))
            }
        }
        if comparison.rows.contains(where: \.isSparse) || comparison.rows.contains(where: { !$0.significant }) {
            text.line()
        }
        if comparison.rows.contains(where: \.isSparse) {
            text.line("  * an expected count under 5 on one side: the G² of such a word is less reliable.", .faint)
        }
        if comparison.rows.contains(where: { !$0.significant }) {
            text.line("  · not beyond chance once every word tested is allowed for (listed because --all was given).", .faint)
        }
        return text
    }

    private func coverage(_ table: CoverageTable) -> StyledText {
        var text = StyledText()
        let (first, second) = (table.sides[0].label, table.sides[1].label)
        text.line("What \(second) says on the findings of \(first) (\(table.source))", .strong)
        text.line("  " + table.summary.prefix(1).uppercased() + table.summary.dropFirst() + ".")
        text.line("  The score is how much of a finding's content the closest passage of \(second) holds (an acronym and its meaning "
            + "count as one word, rare words weigh more): addressed from \(String(format: "%.2f", table.thresholds.addressed)), "
            + "partly from \(String(format: "%.2f", table.thresholds.partly)).", .faint)
        let citations = table.findings.map { library.citation(of: $0.finding)?.description ?? $0.finding.document }
        let width = citations.map(\.count).max() ?? 0
        let room = max(40, (wrapWidth > 0 ? wrapWidth : Self.plainWidth) - width - 4)
        for verdict in CoverageTable.Verdict.allCases.reversed() {
            let rows = zip(table.findings, citations).filter { $0.0.verdict == verdict }
            guard !rows.isEmpty else { continue }
            text.line()
            text.line(verdict.rawValue.uppercased() + " (\(rows.count))", .strong)
            for (finding, citation) in rows {
                text.append("  " + Layout.pad(citation, width) + "  ", .faint)
                text.line(Self.clipped(library.text(of: finding.finding) ?? "", room))
                guard let best = finding.best else { continue }
                let cited = (library.citation(of: best)?.description ?? best.document) + " (\(String(format: "%.2f", finding.score)))"
                text.append("  " + Layout.pad("", width) + "  ", .faint)
                text.line("↳ " + cited + "  " + Self.clipped(library.text(of: best) ?? "", max(20, room - cited.count - 4)), .faint)
            }
        }
        return text
    }

    /// A passage without a label before a colon ("Update, 20 December 2023: our plan was…" → "our plan was…").
    static func afterLabel(_ text: String) -> String {
        guard let colon = text.range(of: ": "), text.distance(from: text.startIndex, to: colon.lowerBound) <= 40 else { return text }
        return String(text[colon.upperBound...])
    }

    /// The text cut to `width` characters at a word, with an ellipsis.
    static func clipped(_ text: String, _ width: Int) -> String {
        // Only as many characters are counted as the width needs: a passage can be long.
        guard text.utf8.count > width, width > 0 else { return text }
        let limit: String.Index
        if let quick = Self.scalarLimit(text, width) {
            limit = quick
        } else {
            guard let counted = text.index(text.startIndex, offsetBy: width, limitedBy: text.endIndex) else { return text }
            limit = counted
        }
        guard limit < text.endIndex else { return text }
        var cut = String(text[..<text.index(before: limit)])
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }

    /// The first `count` characters, counted as `scalarLimit` counts them where it can.
    static func leading(_ text: String, _ count: Int) -> Substring {
        if text.utf8.count <= count { return text[...] }
        if let end = Self.scalarLimit(text, count) { return text[..<end] }
        return text.prefix(count)
    }

    /// Where the `width`th character ends, when counting scalars counts characters
    /// (`Layout.standAlone`); nil where characters must be counted.
    private static func scalarLimit(_ text: String, _ width: Int) -> String.Index? {
        guard let (_, end) = Layout.standAlone(text, upTo: width) else { return nil }
        return text.utf8.index(text.utf8.startIndex, offsetBy: end)
    }

    // MARK: timeline

    /// The group a mention is listed under: the month of the day it stands at (a deadline's last
    /// day, anything else's first), or the year, for a year.
    static func timelineHeading(_ mention: DateMention) -> String {
        let day = mention.kind == .deadline ? (mention.end ?? mention.start!) : mention.start!
        if mention.kind == .year || (mention.kind == .interval && mention.grain == .year) { return String(day.year) }
        return "\(Day.monthNames[day.month - 1]) \(day.year)"
    }

    /// "10 November 2023", "March 2024", "2021", "10–13 July 2023", "by 15 December 2023".
    public static func when(_ mention: DateMention) -> String {
        guard let start = mention.start else { return "" }
        guard let end = mention.end else {
            let first = mention.grain == .month ? "\(Day.monthNames[start.month - 1]) \(start.year)"
                : mention.grain == .year ? String(start.year) : start.longDescription
            return "from \(first) on"
        }
        func day(_ day: Day, _ grain: DateMention.Grain?) -> String {
            switch grain {
            case .month: "\(Day.monthNames[day.month - 1]) \(day.year)"
            case .year: String(day.year)
            default: day.longDescription
            }
        }
        switch mention.kind {
        case .deadline: return "by " + end.longDescription
        case .interval:
            if mention.grain == .day, start.month == end.month, start.year == end.year {
                return "\(start.day)–\(end.day) \(Day.monthNames[start.month - 1]) \(start.year)"
            }
            return day(start, mention.grain) + " – " + day(end, mention.grain)
        default: return day(start, mention.grain)
        }
    }

    /// "overdue", "done late, on 19 December 2023 (response §7 ¶1.1)"
    static func status(of event: Timeline.Event, library: Library) -> String? {
        guard let status = event.status else { return nil }
        guard let day = event.doneOn, let passage = event.doneIn else { return status.rawValue }
        return "\(status.rawValue), on \(day.longDescription) (\(library.citation(of: passage)?.description ?? passage.document))"
    }

    private func timeline(_ timeline: Timeline) -> StyledText {
        var text = StyledText()
        // As plain text the styles go unseen: each listing's lines then join one long string.
        let (faint, warning): (StyledText.Emphasis, StyledText.Emphasis) = mode == .plain ? (.plain, .plain) : (.faint, .warning)
        let scope = timeline.documents.joined(separator: ", ")
        text.line("Timeline of \(scope): \(Plural.count(timeline.events.count, "date")), of which \(Plural.count(timeline.deadlines, "deadline")) "
            + "(as of \(timeline.asOf.longDescription))", .strong)
        // Each passage looked up once; its citation and the dates written out on every core.
        let (events, durations) = (timeline.events, timeline.durations)
        let corpus = library.corpus
        let eventPassages = corpus.locations(events.lazy.map(\.passage))
        let durationPassages = corpus.locations(durations.lazy.map(\.passage))
        // A passage read where it is: copied, each would cost a retain for every string it holds.
        @Sendable func passageText(_ location: (document: Int, passage: Int)?) -> String? {
            location.map { corpus.documents[$0.document].passages[$0.passage].text }
        }
        let done = events.map { event in
            event.doneIn.map { (library.citation(of: $0)?.description ?? $0.document, library.text(of: $0) ?? "") }
        }
        func cited(_ passages: [(document: Int, passage: Int)?], _ list: [Timeline.Event]) -> [String] {
            parallelMap(count: list.count, chunk: 8192) { range in
                range.map { number in
                    passages[number].map { corpus.documents[$0.document].passages[$0.passage].citation.description }
                        ?? list[number].passage.document
                }
            }.flatMap { $0 }
        }
        let (citations, durationCitations) = (cited(eventPassages, events), cited(durationPassages, durations))
        let citationWidth = max(citations.lazy.map(Layout.characters).max() ?? 0, durationCitations.lazy.map(Layout.characters).max() ?? 0)
        let whens = parallelMap(count: events.count, chunk: 8192) { range in range.map { Self.when(events[$0].mention) } }.flatMap { $0 }
        let headings = parallelMap(count: events.count, chunk: 8192) { range in
            range.map { Self.timelineHeading(events[$0].mention) }
        }.flatMap { $0 }
        let whenWidth = whens.lazy.map(Layout.characters).max() ?? 0
        let total = wrapWidth > 0 ? wrapWidth : Self.plainWidth
        // Many thousands of lines on a large corpus: made on every core, a chunk at a time.
        let chunks = parallelMap(count: events.count, chunk: 2048) { range in
            var text = StyledText()
            for number in range {
                let event = events[number]
                // Grouped by month, by the day each falls on (a year on its own under the year).
                if number == 0 || headings[number - 1] != headings[number] {
                    text.line(headings[number], faint)
                }
                text.append("  " + Layout.pad(whens[number], whenWidth + 2))
                text.append(Layout.pad(citations[number], citationWidth + 2), faint)
                let kind = event.mention.kind.rawValue + (event.status.map { ", " + $0.rawValue } ?? "")
                text.append(Layout.pad(kind, 21), event.status == .overdue || event.status == .doneLate ? warning : .plain)
                let room = max(20, total - whenWidth - citationWidth - 29)
                // Only the start of the passage is shown: a passage can be very long.
                let passage = passageText(eventPassages[number]).map { String(Self.leading($0, room)) } ?? ""
                text.line(Self.clipped("“\(event.mention.text)” — " + passage, room), faint)
                if let day = event.doneOn, let (cited, reported) = done[number] {
                    let lead = "  " + Layout.pad("", whenWidth + 2) + "↳ done \(day.longDescription), \(cited): "
                    text.line(lead + Self.clipped(Self.afterLabel(String(Self.leading(reported, total))), max(20, total - lead.count)), faint)
                }
            }
            return text
        }
        for chunk in chunks { text.append(chunk) }
        if !durations.isEmpty {
            text.line()
            text.line("Waits and repeats (not days on the calendar), the longest first:", .strong)
            let wordsWidth = min(30, durations.lazy.map(\.mention.text.count).max() ?? 0)
            // What is left of the line after the words, the citation and the kind.
            let room = max(20, total - (2 + wordsWidth + 2) - (citationWidth + 2) - 12)
            let lines = parallelMap(count: durations.count, chunk: 2048) { range in
                var text = StyledText()
                for number in range {
                    text.append("  " + Layout.pad(Self.clipped(durations[number].mention.text, wordsWidth), wordsWidth + 2))
                    text.append(Layout.pad(durationCitations[number], citationWidth + 2), faint)
                    text.append(Layout.pad(durations[number].mention.kind.rawValue, 12))
                    text.line(Self.clipped(String(Self.leading(passageText(durationPassages[number]) ?? "", room + 1)), room), faint)
                }
                return text
            }
            for chunk in lines { text.append(chunk) }
        }
        return text
    }

    // MARK: load

    private func load(_ report: LoadReport) -> StyledText {
        var text = StyledText()
        for document in report.loaded {
            if document.already {
                text.append(document.name, .strong)
                text.line(" is loaded already, the same as in \(document.path); nothing changed")
                continue
            }
            text.append("loaded ")
            text.append(document.name, .strong)
            let date = document.date.map { ", \($0.longDescription)" } ?? ""
            let sections = document.sections
            if let respondents = document.respondents {
                text.line(" (\(document.kind.rawValue)\(date)): \(respondents) respondents, \(document.passages) passages of "
                    + "free text in \(Plural.count(sections, "question")) from \(document.path)")
            } else {
                text.line(" (\(document.kind.rawValue)\(date)): \(Plural.count(document.passages, "passage")) in "
                    + "\(Plural.count(sections, "section")) from \(document.path)")
            }
        }
        return text
    }
}
