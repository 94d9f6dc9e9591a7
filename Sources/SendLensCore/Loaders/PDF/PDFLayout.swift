/// Turns a PDF's positioned runs of text into blocks a reader would recognise: the title, headings
/// by their size and weight, paragraphs by their spacing and line lengths, each bulleted item on
/// its own, tables row by row, with running headers, footers and page numbers left out.
struct PDFLayout {
    typealias Run = PopplerXML.Run

    /// One printed line: the runs that share it, left to right, split into the segments a
    /// wide gap separates (the cells of a table's row).
    struct Line {
        let page: Int
        let segments: [[Run]]
        let runs: [Run]
        let top: Double
        let bottom: Double
        let left: Double
        let right: Double
        let text: String
        /// The size of most of its characters.
        let size: Double
        /// Whether its characters are all bold.
        let isBold: Bool

        init(page: Int, segments: [[Run]]) {
            self.page = page
            self.segments = segments
            runs = segments.flatMap { $0 }
            top = runs.map(\.top).min() ?? 0
            bottom = runs.map(\.bottom).max() ?? 0
            left = segments.first?.first?.left ?? 0
            right = segments.last?.last?.right ?? 0
            text = segments.map(PDFLayout.text(of:)).joined(separator: " ")
            var counts: [Double: Int] = [:]
            for run in runs { counts[run.font.size, default: 0] += run.text.count }
            size = counts.max { $0.value < $1.value }?.key ?? 0
            isBold = runs.allSatisfy { $0.font.bold || $0.text.allSatisfy(\.isWhitespace) }
        }
    }

    let pages: [PopplerXML.Page]
    /// The size of most of the document's text.
    let bodySize: Double

    init(_ xml: PopplerXML) {
        pages = xml.pages.map { page in
            var page = page
            // Spaces alone, and the one-pixel runs Word leaves as spacers, place nothing a reader sees.
            page.runs.removeAll { $0.text.allSatisfy(\.isWhitespace) || $0.height < 4 }
            return page
        }
        var counts: [Double: Int] = [:]
        for page in pages { for run in page.runs { counts[run.font.size, default: 0] += run.text.count } }
        bodySize = counts.max { $0.value < $1.value }?.key ?? 12
    }

    // MARK: Lines

    /// The page's lines, top to bottom.
    func lines(of page: PopplerXML.Page) -> [Line] {
        let runs = page.runs.sorted { $0.middle < $1.middle || ($0.middle == $1.middle && $0.left < $1.left) }
        var groups: [[Run]] = []
        for run in runs {
            if let last = groups.last, let reference = last.first,
               abs(run.middle - reference.middle) <= min(run.height, reference.height) * 0.4 {
                groups[groups.count - 1].append(run)
            } else {
                groups.append([run])
            }
        }
        return groups.map { group in
            let sorted = group.sorted { $0.left < $1.left }
            var segments: [[Run]] = []
            for run in sorted {
                if let previous = segments.last?.last,
                   !run.startsColumn && run.left - previous.right <= max(run.font.size, previous.font.size) * PDFLayout.Line.columnGap {
                    segments[segments.count - 1].append(run)
                } else {
                    segments.append([run])
                }
            }
            return Line(page: page.number, segments: segments)
        }
    }

    /// The words of runs on one line, with a space where the gap between them is a space's width.
    static func text(of runs: [Run]) -> String {
        var result = ""
        var previous: Run?
        for run in runs {
            if let previous, !result.hasSuffix(" "), !run.text.hasPrefix(" "),
               run.left - previous.right > previous.font.size * 0.15 {
                result += " "
            }
            result += run.text
            previous = run
        }
        return result.collapsingWhitespace()
    }

    // MARK: Running headers and footers

    /// Lines printed in the top or bottom margin of a page that are not the document's own text:
    /// the same words (numbers aside) on other pages, a page number, or small print.
    func furniture(_ allLines: [[Line]]) -> Set<String> {
        var seen: [String: Set<Int>] = [:]
        for (index, lines) in allLines.enumerated() {
            let height = pages[index].height
            for line in lines where isInMargin(line, pageHeight: height) {
                seen[Self.pattern(line.text), default: []].insert(index)
            }
        }
        return Set(seen.filter { $0.value.count >= 2 }.keys)
    }

    func isInMargin(_ line: Line, pageHeight: Double) -> Bool {
        guard pageHeight > 0 else { return false }
        return line.top < pageHeight * 0.11 || line.top > pageHeight * 0.9
    }

    static func pattern(_ text: String) -> String {
        String(text.lowercased().map { $0.isNumber ? "#" : $0 }.filter { !$0.isWhitespace })
    }

    static func isPageNumber(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        if words.count == 1 { return words[0].allSatisfy(\.isNumber) }
        return words.count >= 2 && words[0] == "page" && words[1].allSatisfy(\.isNumber)
            && (words.count == 2 || (words.count == 4 && words[2] == "of" && words[3].allSatisfy(\.isNumber)))
    }

    // MARK: Bullets

    static let bulletGlyphs: Set<Character> = ["•", "◼", "▪", "■", "●", "○", "◦", "‣", "⁃", "∙", "·", "➢", "►", "▶", "✓", "§"]

    /// A bullet's glyph: one of the common ones, or a private-use character (Word's Symbol and
    /// Wingdings bullets come out as these).
    static func isBulletGlyph(_ character: Character) -> Bool {
        bulletGlyphs.contains(character) || character.unicodeScalars.first.map { (0xE000...0xF8FF).contains($0.value) } == true
    }

    /// How many characters of the text mark a list item: a bullet's glyph; a dash, or an item's
    /// number ("1." or "2)"), with a space after it or standing alone (set apart from the item's
    /// words by a tab). Nil when the text does not open with one.
    private static func markerLength(_ text: Substring) -> Int? {
        guard let first = text.first else { return nil }
        if isBulletGlyph(first) { return 1 }
        let standsApart = { (rest: Substring) in rest.isEmpty || rest.first == " " }
        if first == "–" || first == "-" { return standsApart(text.dropFirst()) ? 1 : nil }
        let digits = text.prefix { $0.isASCIIDigit }
        guard (1...2).contains(digits.count), let close = text.dropFirst(digits.count).first, close == "." || close == ")" else {
            return nil
        }
        let rest = text.dropFirst(digits.count + 1)
        // An item's number is followed by its words, which open with a capital.
        guard standsApart(rest), rest.isEmpty || rest.drop(while: { $0 == " " }).first?.isUppercase == true else { return nil }
        return digits.count + 1
    }

    /// Where the text of a bulleted item starts, when these runs (a line, or one cell's part of
    /// it) open with a bullet.
    static func bulletStart(_ runs: [Run]) -> Double? {
        guard let first = runs.first else { return nil }
        let trimmed = first.text.trimmingWhitespace()
        guard let length = markerLength(Substring(trimmed)) else { return nil }
        if trimmed.count == length {
            // The marker is a run of its own: the item's words start at the next run with any.
            return runs.dropFirst().first { !$0.text.trimmingWhitespace().isEmpty }?.left ?? first.right
        }
        return first.left + first.width * Double(length + 1) / Double(first.text.count)
    }

    static func removingBullet(_ text: String) -> String {
        markerLength(Substring(text)).map { String(text.dropFirst($0)).trimmingWhitespace() } ?? text
    }
}
