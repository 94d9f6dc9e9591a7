extension PDFLayout {
    /// A table being read: its columns by where their text starts, its header where the first line
    /// is bold, and its rows, a new one wherever the first column starts a new cell.
    struct Table {
        struct Row {
            var page: Int
            var text: String
        }

        let bodySize: Double
        private(set) var columns: [Double]
        private var header: [String]?
        private var finished: [(page: Int, cells: [String])] = []
        private var cells: [String]
        private var rowPage: Int
        private var lastBottom: Double
        private var firstColumnBottom: Double?

        init(starting line: Line, bodySize: Double) {
            self.bodySize = bodySize
            columns = line.segments.compactMap { $0.first?.left }
            cells = Array(repeating: "", count: columns.count)
            rowPage = line.page
            lastBottom = line.bottom
            if line.isBold {
                header = line.segments.map { PDFLayout.text(of: $0) }
            } else {
                add(line)
            }
        }

        /// The column a segment starting at `x` belongs to.
        private func column(at x: Double) -> Int? {
            guard let first = columns.first, x >= first - 6 else { return nil }
            return columns.lastIndex { $0 - 12 <= x }
        }

        /// Whether a line reads as part of the table: every segment starts in a column and stops
        /// before the next, and a line in the first column follows closely or starts a new row.
        func accepts(_ line: Line, newPage: Bool) -> Bool {
            for segment in line.segments {
                guard let start = segment.first, let end = segment.last, let index = column(at: start.left) else { return false }
                if index + 1 < columns.count, end.right > columns[index + 1] + 4 { return false }
            }
            guard !newPage, let start = line.segments.first?.first, column(at: start.left) == 0 else { return true }
            // Below a gap, text at the first column's edge is the table's next row only when it
            // fills more than one column, as a row does.
            return line.top - lastBottom <= bodySize || line.segments.count > 1
        }

        mutating func add(_ line: Line) {
            var afterGlyph = false
            for segment in line.segments {
                guard let start = segment.first, let index = column(at: start.left) else { continue }
                let text = PDFLayout.removingBullet(PDFLayout.text(of: segment))
                if index == 0, !cells[0].isEmpty, startsRow(line) {
                    finishRow()
                    rowPage = line.page
                }
                if index == 0 { firstColumnBottom = line.bottom }
                let isItem = afterGlyph || PDFLayout.bulletStart(segment) != nil
                afterGlyph = text.isEmpty
                guard !text.isEmpty else { continue }
                if cells.allSatisfy(\.isEmpty) { rowPage = line.page }
                if cells[index].isEmpty {
                    cells[index] = text
                } else if isItem {
                    let last = cells[index].last
                    cells[index] += (last.map { ".;:".contains($0) } == true ? " " : "; ") + text
                } else {
                    cells[index] = Assembler.join(cells[index], text, pageBreak: false)
                }
            }
            lastBottom = line.bottom
        }

        /// A new page: the first column's next line may start a new row.
        mutating func turnPage() {
            firstColumnBottom = nil
        }

        /// Whether a line with text in the first column starts a new row: below a gap on the same
        /// page; on a new page, only when both columns start together and the row before has
        /// ended its sentence (a row cut by the page goes on at the top of the next).
        private func startsRow(_ line: Line) -> Bool {
            if let bottom = firstColumnBottom { return line.top - bottom > bodySize * 0.45 }
            let lastCell = cells.last { !$0.isEmpty } ?? ""
            return line.segments.count > 1 && lastCell.last.map { ".!?".contains($0) } == true
        }

        private mutating func finishRow() {
            if cells.contains(where: { !$0.isEmpty }) { finished.append((rowPage, cells)) }
            cells = Array(repeating: "", count: columns.count)
        }

        /// Each row as one text, its cells named by the header: `Responsible body: …; Areas for priority action: …`.
        func rows() -> [Row] {
            var all = finished
            if cells.contains(where: { !$0.isEmpty }) { all.append((rowPage, cells)) }
            return all.map { row in
                let parts = row.cells.enumerated().compactMap { index, cell -> String? in
                    guard !cell.isEmpty else { return nil }
                    guard let header, index < header.count, !header[index].isEmpty else { return cell }
                    return header[index] + ": " + cell
                }
                let text = parts.dropFirst().reduce(parts.first ?? "") { joined, part in
                    joined + (joined.last.map { ".;".contains($0) } == true ? " " : "; ") + part
                }
                return Row(page: row.page, text: text)
            }
        }
    }
}

/// Hyphens at the ends of lines: kept, as the document's authors wrote them ("co-produced",
/// "long-standing"), unless the word they split is written whole elsewhere in the same document.
enum HyphenResolver {
    /// Follows a hyphen that ended a line until the document has been read.
    static let marker = "\u{2060}"

    /// Words that start a compound and keep their hyphen whatever else the document writes.
    private static let keptPrefixes: Set<String> = [
        "co", "multi", "non", "pre", "post", "self", "cross", "long", "short", "full", "part", "well", "high",
        "low", "mid", "sub", "inter", "intra", "anti", "over", "under", "semi", "ex", "re", "de", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]

    static func resolve(_ blocks: [Block]) -> [Block] {
        let texts = blocks.compactMap { block -> String? in
            switch block {
            case .paragraph(let text), .row(let text), .heading(_, let text): text
            case .page: nil
            }
        }
        guard texts.contains(where: { $0.contains(marker) }) else { return blocks }
        var whole = Set<Substring>()
        for text in texts {
            for word in text.split(whereSeparator: { !$0.isLetter }) where word.count > 3 { whole.insert(Substring(word.lowercased())) }
        }
        return blocks.map { block in
            switch block {
            case .paragraph(let text): .paragraph(resolve(text, known: whole))
            case .row(let text): .row(resolve(text, known: whole))
            case .heading(let level, let text): .heading(level: level, text: resolve(text, known: whole))
            case .page: block
            }
        }
    }

    private static func resolve(_ text: String, known: Set<Substring>) -> String {
        guard text.contains(marker) else { return text }
        var result = ""
        var rest = Substring(text)
        while let found = rest.range(of: "-" + marker) {
            let before = rest[..<found.lowerBound]
            let head = before.reversed().prefix { $0.isLetter }
            var after = rest[found.upperBound...]
            let pageBreak = after.first == "\u{0C}"
            if pageBreak { after = after.dropFirst() }
            let tail = after.prefix { $0.isLetter }
            let prefix = String(head.reversed()).lowercased()
            let joined = Substring(prefix + tail.lowercased())
            let keep = keptPrefixes.contains(prefix) || !known.contains(joined)
            result += before
            if keep { result += "-" }
            if pageBreak { result += "\u{0C}" }
            rest = after
        }
        return result + rest
    }
}
