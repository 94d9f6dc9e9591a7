/// Reads the Markdown that people write in practice: ATX and underlined headings, paragraphs,
/// list items, block quotes, tables and fenced code; inline marks are dropped, link text kept.
///
///     MarkdownParser.blocks("# Findings\nToo many wait.\n\n- one\n- two")
///     // [.heading(1, "Findings"), .paragraph("Too many wait."), .paragraph("one"), .paragraph("two")]
enum MarkdownParser {
    static func blocks(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [Substring] = []
        var inFence = false
        var inComment = false

        func flush() {
            let joined = paragraph.map { $0.trimmingWhitespace() }.joined(separator: " ")
            let plain = stripInline(joined)
            if !plain.isEmpty { blocks.append(.paragraph(plain)) }
            paragraph.removeAll()
        }

        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map({ Substring($0) }) {
            let line = rawLine.trimmingSuffix(while: { $0 == "\r" })
            let trimmed = line.trimmingWhitespace()
            if inComment {
                if trimmed.contains("-->") { inComment = false }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                inFence.toggle()
                continue
            }
            if inFence {
                if !trimmed.isEmpty { blocks.append(.paragraph(trimmed)) }
                continue
            }
            if trimmed.hasPrefix("<!--") {
                if !trimmed.contains("-->") { inComment = true }
                continue
            }
            if trimmed.isEmpty {
                flush()
                continue
            }
            if let heading = atxHeading(trimmed) {
                flush()
                blocks.append(heading)
                continue
            }
            if paragraph.count == 1, let level = setextLevel(trimmed) {
                let title = stripInline(paragraph[0].trimmingWhitespace())
                paragraph.removeAll()
                blocks.append(.heading(level: level, text: title))
                continue
            }
            if isRule(trimmed) {
                flush()
                continue
            }
            var content = Substring(trimmed)
            while content.hasPrefix(">") { content = content.dropFirst().drop(while: { $0 == " " }) }
            if content.hasPrefix("|") {
                flush()
                if let row = tableRow(content) { blocks.append(.paragraph(row)) }
                continue
            }
            if let item = listItemBody(content) {
                flush()
                paragraph.append(item)
                continue
            }
            paragraph.append(content)
        }
        flush()
        return blocks
    }

    private static func atxHeading(_ line: String) -> Block? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var title = rest.trimmingWhitespace()
        while title.hasSuffix("#") { title.removeLast() }
        title = stripInline(title.trimmingWhitespace())
        return title.isEmpty ? nil : .heading(level: hashes, text: title)
    }

    private static func setextLevel(_ line: String) -> Int? {
        if line.count >= 2, line.allSatisfy({ $0 == "=" }) { return 1 }
        if line.count >= 2, line.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    private static func isRule(_ line: String) -> Bool {
        guard let first = line.utf8.first, first == 0x2D || first == 0x2A || first == 0x5F else { return false }
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let mark = marks.first, "-*_".contains(mark) else { return false }
        return marks.allSatisfy { $0 == mark }
    }

    /// The text of a list item line ("- x", "* x", "1. x", "2) x"), or nil when the line is not one.
    static func listItemBody(_ line: Substring) -> Substring? {
        if let first = line.first, "-*+•".contains(first) {
            let rest = line.dropFirst()
            guard rest.first == " " || rest.first == "\t" else { return nil }
            return rest.drop(while: { $0 == " " || $0 == "\t" })
        }
        let digits = line.prefix(while: \.isASCIIDigit)
        guard (1...3).contains(digits.count) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
        let body = rest.dropFirst()
        guard body.first == " " || body.first == "\t" else { return nil }
        return body.drop(while: { $0 == " " || $0 == "\t" })
    }

    /// A table row's cells joined by " | "; nil for the `|---|---|` line under the header.
    private static func tableRow(_ line: Substring) -> String? {
        var cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        if cells.first == "" { cells.removeFirst() }
        if cells.last == "" { cells.removeLast() }
        if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-: ".contains($0) } }) { return nil }
        let row = cells.map(stripInline).filter { !$0.isEmpty }.joined(separator: " | ")
        return row.isEmpty ? nil : row
    }

    /// Drops emphasis, code marks, images and link targets, keeping the words a reader sees.
    static func stripInline(_ text: String) -> String {
        // Most text has no marks at all: look at the bytes before walking characters.
        guard text.holds(byteWhere: { $0 == 0x2A || $0 == 0x5F || $0 == 0x60 || $0 == 0x5B || $0 == 0x21 || $0 == 0x5C || $0 == 0x3C }) else {
            return text
        }
        var output = ""
        var characters = text[...]
        // Where the next "]", ")" and ">" are, remembered while still ahead: a paragraph of
        // unclosed "[" or "<" is read in one pass, not one scan to the end for each.
        var ahead: [Character: String.Index?] = [:]
        func next(_ mark: Character, from start: String.Index) -> String.Index? {
            if let known = ahead[mark] {
                guard let position = known else { return nil }
                if position >= start { return position }
            }
            let found = text[start...].firstIndex(of: mark)
            ahead[mark] = .some(found)
            return found
        }
        while let character = characters.first {
            characters = characters.dropFirst()
            switch character {
            case "\\":
                if let escaped = characters.first { output.append(escaped); characters = characters.dropFirst() }
            case "*", "`":
                continue
            case "_":
                // Only emphasis marks at word edges: keep snake_case and file_names.
                let before = output.last
                let after = characters.first
                let inWord = (before?.isLetter ?? false || before?.isNumber ?? false)
                    && (after?.isLetter ?? false || after?.isNumber ?? false)
                if inWord { output.append("_") }
            case "!" where characters.first == "[":
                continue
            case "[":
                guard let close = next("]", from: characters.startIndex) else { output.append("["); continue }
                let label = characters[..<close]
                var rest = characters[characters.index(after: close)...]
                if rest.first == "(", let end = next(")", from: rest.startIndex) {
                    rest = rest[rest.index(after: end)...]
                }
                output += stripInline(String(label))
                characters = rest
            case "<":
                if let close = next(">", from: characters.startIndex), isTag(characters[..<close]) {
                    let tag = characters[..<close].lowercased()
                    if tag.hasPrefix("br") { output.append(" ") }
                    characters = characters[characters.index(after: close)...]
                } else {
                    output.append("<")
                }
            default:
                output.append(character)
            }
        }
        return output.collapsingWhitespace()
    }

    private static func isTag(_ inside: Substring) -> Bool {
        let body = inside.hasPrefix("/") ? inside.dropFirst() : inside
        guard let first = body.first, first.isLetter else { return false }
        return body.allSatisfy { $0.isLetter || $0.isNumber || " =\"'/-:.".contains($0) }
    }
}

extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }

    func trimmingWhitespace() -> String { String(self).trimmingWhitespace() }
}
