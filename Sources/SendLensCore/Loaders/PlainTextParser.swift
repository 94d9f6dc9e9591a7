/// Reads plain text: paragraphs are separated by blank lines, and lines are joined inside a
/// paragraph unless the text puts one paragraph on each line (as text copied from a web page does).
/// A short line in capitals, or a line underlined with `===` or `---`, is a heading.
enum PlainTextParser {
    static func blocks(_ text: String) -> [Block] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingSuffix(while: { $0 == "\r" }).trimmingWhitespace() }
        var groups: [[String]] = [[]]
        // Text copied from a news page: its furniture ("Published", "Image caption,") is not text.
        for line in lines where !WebClutter.isClutter(line) && !WebClutter.isPageFurniture(line) {
            if line.isEmpty {
                if !(groups.last?.isEmpty ?? true) { groups.append([]) }
            } else {
                groups[groups.count - 1].append(line)
            }
        }
        var blocks: [Block] = []
        for group in groups where !group.isEmpty {
            blocks.append(contentsOf: blocksOfGroup(group))
        }
        return promotingHeadings(blocks)
    }

    /// Words a heading does not end on, but a line cut off before a lost list does ("It also sets out").
    private static let leadIns: Set<String> = ["of", "on", "out", "the", "a", "an", "to", "and", "or", "for", "with", "in", "by", "from", "that", "are", "is", "include", "includes"]

    /// Text copied from a web page keeps its headings only as short lines: a first line that reads
    /// as a title, a question standing alone ("What happens now?"), or a few words without a full
    /// stop before a longer paragraph.
    static func promotingHeadings(_ blocks: [Block]) -> [Block] {
        var result = blocks
        for (index, block) in blocks.enumerated() {
            guard case .paragraph(let text) = block, index + 1 < blocks.count,
                  case .paragraph(let next) = blocks[index + 1] else { continue }
            let words = text.split(separator: " ")
            guard let last = text.last, let first = text.first, first.isUppercase || "'‘\"“".contains(first),
                  !WebClutter.isByline(text) else { continue }
            if index == 0, words.count <= 12, !".!?,;:".contains(last) {
                result[index] = .heading(level: 1, text: text)
            } else if next.count <= text.count {
                continue
            } else if last == "?", words.count <= 12 {
                result[index] = .heading(level: 2, text: text)
            } else if words.count <= 6, !".!?,;:".contains(last), MarkdownParser.listItemBody(Substring(text)) == nil,
                      let final = words.last, !leadIns.contains(final.lowercased()) {
                result[index] = .heading(level: 2, text: text)
            }
        }
        return result
    }

    private static func blocksOfGroup(_ group: [String]) -> [Block] {
        var blocks: [Block] = []
        var lines = group[...]
        // "Title" over "=====": a heading, then the rest of the group.
        if lines.count >= 2, let level = underlineLevel(lines[lines.startIndex + 1]) {
            blocks.append(.heading(level: level, text: lines.first!))
            lines = lines.dropFirst(2)
        }
        if lines.count == 1, isCapitalsHeading(lines.first!) {
            return blocks + [.heading(level: 2, text: lines.first!)]
        }
        // One paragraph a line when any line is longer than a hard-wrapped one would be.
        let onePerLine = lines.count > 1 && lines.contains { $0.count > 100 }
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
            paragraph.removeAll()
        }
        for line in lines {
            if let item = MarkdownParser.listItemBody(Substring(line)) {
                flush()
                paragraph.append(String(item))
            } else if onePerLine {
                flush()
                paragraph.append(line)
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return blocks
    }

    private static func underlineLevel(_ line: String) -> Int? {
        if line.count >= 3, line.allSatisfy({ $0 == "=" }) { return 1 }
        if line.count >= 3, line.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    private static func isCapitalsHeading(_ line: String) -> Bool {
        let letters = line.filter(\.isLetter)
        return letters.count >= 3 && line.split(separator: " ").count <= 10
            && letters.allSatisfy(\.isUppercase) && !line.hasSuffix(".")
    }
}
