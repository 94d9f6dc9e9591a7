extension PDFLayout {
    /// The document as blocks: a `.page` marker where a page starts with something new, a
    /// paragraph that runs over a page break holding a form feed where the break falls.
    func blocks() -> [Block] {
        let allLines = pages.map(lines(of:))
        let running = furniture(allLines)
        var assembler = Assembler(bodySize: bodySize)
        for (index, page) in pages.enumerated() {
            let lines = allLines[index].filter { line in
                !(isInMargin(line, pageHeight: page.height)
                  && (running.contains(Self.pattern(line.text)) || Self.isPageNumber(line.text) || line.size < bodySize * 0.9))
            }
            assembler.startPage(page.number, lines: lines)
            for line in lines { assembler.add(line) }
        }
        assembler.finish()
        return HyphenResolver.resolve(assembler.blocks)
    }

    /// Reads lines in order, keeping what is open: a paragraph, a heading, a table.
    struct Assembler {
        let bodySize: Double
        var blocks: [Block] = []
        private var page = 0
        /// The page the blocks so far end on, as the document builder will count them.
        private var emittedPage = 0
        private var linesOnPage = 0
        private var sawText = false
        /// The right edge text reaches on this page, for each left edge lines start at.
        private var rightEdges: [Int: Double] = [:]

        private var heading: (level: Int, lines: [Line])?
        private var paragraph: (lines: [Line], text: String, itemLeft: Double?)?
        private var table: Table?
        private var lastHeading = ""
        private var inSmallPrint = false

        static let backPageTitle = "About this publication"

        init(bodySize: Double) {
            self.bodySize = bodySize
        }

        mutating func startPage(_ number: Int, lines: [Line]) {
            flushHeading()
            page = number
            linesOnPage = 0
            rightEdges = [:]
            for line in lines where abs(line.size - bodySize) < 1 {
                let key = Int((line.left / 8).rounded())
                rightEdges[key] = max(rightEdges[key] ?? 0, line.right)
            }
        }

        mutating func add(_ line: Line) {
            let isNewPage = linesOnPage == 0
            linesOnPage += 1
            if !sawText, line.size >= bodySize * 1.25 {
                addHeading(line, level: 1)
                return
            }
            if line.isBold, line.size >= bodySize * 1.08, line.segments.count == 1 || !line.hasWideGap {
                addHeading(line, level: 2)
                return
            }
            if line.isBold, abs(line.size - bodySize) < 1, !line.hasWideGap, table == nil || line.left < (table?.columns.first ?? 0) - 4,
               let open = heading, open.level == 2, let last = open.lines.last, line.top - last.bottom < bodySize * 0.8 {
                // The second line of a heading set in bold at the size of the text.
                addHeading(line, level: 2)
                return
            }
            flushHeading()
            sawText = true
            if isNewPage, !inSmallPrint, line.size < bodySize * 0.9 || line.text.hasPrefix("If you are not happy with the inspection") {
                // A page that opens in small print, or with Ofsted's word on complaints, is the
                // publisher's back page.
                inSmallPrint = true
                flushParagraph()
                flushTable()
                emitPageMarker()
                blocks.append(.heading(level: 2, text: Self.backPageTitle))
                lastHeading = Self.backPageTitle
            }

            if var open = table {
                if open.accepts(line, newPage: isNewPage) {
                    if isNewPage { open.turnPage() }
                    open.add(line)
                    table = open
                    return
                }
                flushTable()
            }
            let isItem = PDFLayout.bulletStart(line.runs) != nil
            if line.hasWideGap, line.segments.count >= 2, !(isItem && line.segments.count == 2) {
                flushParagraph()
                table = Table(starting: line, bodySize: bodySize)
                return
            }
            if line.isBold, abs(line.size - bodySize) < 1, line.text.split(separator: " ").count <= 20,
               let last = line.text.last, !".,;".contains(last) {
                // A bold line of its own is a heading (some reports set theirs at the size of the
                // text), unless it repeats the heading above it, as a table's caption does.
                flushParagraph()
                if Self.normalized(line.text) != Self.normalized(lastHeading) { addHeading(line, level: 2) }
                return
            }
            if isItem, let itemLeft = PDFLayout.bulletStart(line.runs) {
                flushParagraph()
                emitPageMarker()
                paragraph = ([line], PDFLayout.removingBullet(line.text), itemLeft)
                return
            }
            if let open = paragraph, continues(open, with: line, newPage: isNewPage) {
                let joined = Self.join(open.text, line.text, pageBreak: isNewPage)
                paragraph = (open.lines + [line], joined, open.itemLeft)
                if isNewPage { emittedPage = page }
                return
            }
            flushParagraph()
            emitPageMarker()
            paragraph = ([line], line.text, nil)
        }

        mutating func finish() {
            flushHeading()
            flushParagraph()
            flushTable()
        }

        /// Whether a line goes on with the paragraph that is open.
        private func continues(_ open: (lines: [Line], text: String, itemLeft: Double?), with line: Line, newPage: Bool) -> Bool {
            guard let previous = open.lines.last else { return false }
            if abs(line.size - previous.size) > bodySize * 0.1 { return false }
            let expectedLeft = open.itemLeft ?? open.lines[0].left
            // An item's lines hang under its words, or (numbered items, often) go back under its marker.
            let indentMatches = abs(line.left - expectedLeft) <= 8
                || (open.itemLeft == nil && open.lines.count > 1 && abs(line.left - previous.left) <= 8)
                || (open.itemLeft != nil && abs(line.left - open.lines[0].left) <= 8)
            guard indentMatches else { return false }
            let endsSentence = previous.text.last.map { ".!?:".contains($0) } ?? false
            if newPage {
                // A paragraph goes on over the page when its last line was cut mid-sentence, or ran
                // to the margin.
                return !endsSentence || reachesMargin(previous, before: line)
            }
            // Lines of a paragraph touch; the rows of a ruled table are set a third of a line apart.
            if line.top - previous.bottom > bodySize * 0.35 { return false }
            // Inside a paragraph every line but the last runs to the margin, unless the next word
            // would not have fitted: a line that stops short ends its paragraph.
            return reachesMargin(previous, before: line)
        }

        /// Whether the next line's first word would have fitted at the end of this one: if it
        /// would, the line was ended on purpose.
        private func reachesMargin(_ line: Line, before next: Line) -> Bool {
            let key = Int((line.left / 8).rounded())
            let edge = [key - 1, key, key + 1].compactMap { rightEdges[$0] }.max() ?? line.right
            guard let firstRun = next.runs.first, !firstRun.text.isEmpty else { return true }
            let firstWord = firstRun.text.trimmingWhitespace().prefix { !$0.isWhitespace }
            let perCharacter = firstRun.width / Double(max(firstRun.text.count, 1))
            // Capitals and bold are wider than the run's average letter: a quarter more, to be safe.
            let wordWidth = Double(firstWord.count + 1) * perCharacter * 1.25
            return line.right + wordWidth > edge
        }

        private mutating func addHeading(_ line: Line, level: Int) {
            flushParagraph()
            flushTable()
            if let open = heading, open.level == level, let last = open.lines.last,
               line.top - last.bottom < bodySize * 0.8, line.page == last.page {
                heading = (level, open.lines + [line])
            } else {
                flushHeading()
                heading = (level, [line])
            }
        }

        private mutating func flushHeading() {
            guard let open = heading else { return }
            heading = nil
            let text = open.lines.map(\.text).joined(separator: " ").collapsingWhitespace()
            guard !text.isEmpty else { return }
            emitPageMarker()
            blocks.append(.heading(level: open.level, text: text))
            lastHeading = text
        }

        private mutating func flushParagraph() {
            guard let open = paragraph else { return }
            paragraph = nil
            let text = open.text.trimmingWhitespace()
            if !text.isEmpty { blocks.append(.paragraph(text)) }
        }

        private mutating func flushTable() {
            guard let open = table else { return }
            table = nil
            for row in open.rows() {
                if row.page != emittedPage {
                    blocks.append(.page(row.page))
                    emittedPage = row.page
                }
                blocks.append(.row(row.text))
            }
        }

        private mutating func emitPageMarker() {
            guard emittedPage != page else { return }
            emittedPage = page
            blocks.append(.page(page))
        }

        /// Two lines of one paragraph as one text: a hyphen at the end of a line is kept for now,
        /// marked, and a form feed stands where a page ends.
        static func join(_ text: String, _ next: String, pageBreak: Bool) -> String {
            let pageMark = pageBreak ? "\u{0C}" : ""
            if text.hasSuffix("-"), text.dropLast().last?.isLetter == true, next.first?.isLetter == true {
                return text + HyphenResolver.marker + pageMark + next
            }
            return text + " " + pageMark + next
        }

        static func normalized(_ text: String) -> String {
            text.lowercased().filter { $0.isLetter || $0.isNumber }
        }
    }
}

extension PDFLayout.Line {
    /// A gap wider than this share of the font's size parts two columns: a space is about a
    /// third of it, a table's gutter or a bullet's indent more.
    static let columnGap = 0.7

    /// Whether any two of its segments are apart by more than a space (not only split by poppler's
    /// double space).
    var hasWideGap: Bool {
        zip(segments, segments.dropFirst()).contains { left, right in
            guard let end = left.last, let start = right.first else { return false }
            return start.left - end.right > max(start.font.size, end.font.size) * Self.columnGap
        }
    }
}
