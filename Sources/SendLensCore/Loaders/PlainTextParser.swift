/// Reads plain text: paragraphs are separated by blank lines, and lines are joined inside a
/// paragraph unless the text puts one paragraph on each line (as text copied from a web page does).
/// A short line in capitals, or a line underlined with `===` or `---`, is a heading.
enum PlainTextParser {
    static func blocks(_ text: String) -> [Block] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingSuffix(while: { $0 == "\r" }).trimmingWhitespace() }
        var groups: [[String]] = [[]]
        for line in lines {
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
        return blocks
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
