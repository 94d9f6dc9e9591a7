import Foundation

/// How well a PDF was read, judged against poppler's own plain text of each page
/// (`pdftotext -layout`), which places every word on its page but knows nothing of paragraphs:
/// bulleted findings glued into one passage, hyphens that were written but lost, and passages
/// cited with a page they are not printed on.
public struct ReportQuality: Sendable, Equatable {
    /// Bulleted findings on the printed page.
    public var bullets = 0
    /// Findings that begin inside a passage holding the end of another: glued (the goal is 0).
    public var gluedBullets: [String] = []
    /// Hyphens at the end of a printed line whose word is not written whole anywhere in the report.
    public var lineEndHyphens = 0
    /// Those the reading lost ("co-produced" read as "coproduced"; the goal is 0).
    public var lostHyphens: [String] = []
    /// Passages whose opening words were found in the page text.
    public var pagesChecked = 0
    /// Passages cited with a page other than the one their opening words are printed on.
    public var wrongPages: [String] = []

    /// Checks `document`, read from the PDF at `path`.
    public static func check(_ document: Document, pdf path: String) -> ReportQuality {
        var quality = ReportQuality()
        let pages = pageTexts(path)
        let squashedPages = pages.map(squash)
        let passages = document.passages.map { (passage: $0, squashed: squash($0.text)) }

        // Bullets: the opening words of each bulleted line must open a passage.
        for page in pages {
            for line in page.split(separator: "\n") {
                let trimmed = line.drop { $0 == " " }
                guard let glyph = trimmed.first, PDFLayout.isBulletGlyph(glyph) else { continue }
                let words = trimmed.dropFirst().split(separator: " ").joined(separator: " ")
                let key = squash(words)
                guard key.count >= 12 else { continue }
                quality.bullets += 1
                // The printed line's words open a passage, or run on inside one that opens with them.
                let holders = passages.filter { $0.squashed.contains(key) || key.hasPrefix($0.squashed) }
                // An item inside a table's cell is part of the cell's sentence.
                if !holders.isEmpty, !holders.contains(where: { $0.squashed.hasPrefix(key) || key.hasPrefix($0.squashed) }),
                   !holders.contains(where: { isTableRow($0.passage.text) }), let holder = holders.first {
                    quality.gluedBullets.append("\(holder.passage.citation): \(words)")
                }
            }
        }

        // Hyphens at line ends.
        let whole = Set(pages.joined(separator: " ").lowercased().split { !$0.isLetter }.map(String.init))
        let documentText = document.passages.map(\.text).joined(separator: " ")
        // Lines printed on more than one page (running headers and footers) are not the text.
        var printed: [String: Int] = [:]
        for page in pages {
            for line in Set(page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }) { printed[line, default: 0] += 1 }
        }
        for page in pages {
            let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && printed[$0, default: 0] < 2 && !$0.allSatisfy(\.isNumber) }
            for (line, next) in zip(lines, lines.dropFirst()) {
                guard line.hasSuffix("-"), let last = line.dropLast().split(separator: " ").last,
                      last.last?.isLetter == true, let first = next.split(separator: " ").first, first.first?.isLetter == true
                else { continue }
                let head = String(last.reversed().prefix { $0.isLetter }.reversed())
                let tail = String(first.prefix { $0.isLetter })
                guard !head.isEmpty, !tail.isEmpty, !whole.contains((head + tail).lowercased()) else { continue }
                quality.lineEndHyphens += 1
                if !documentText.contains(head + "-" + tail) { quality.lostHyphens.append(head + "-" + tail) }
            }
        }

        // Pages: each passage's opening words on the page it is cited with.
        for (passage, squashed) in passages {
            guard let page = passage.citation.page, !isTableRow(passage.text) else { continue }
            let key = String(squashed.prefix(40))
            guard key.count >= 16 else { continue }
            let holders = squashedPages.indices.filter { squashedPages[$0].contains(key) }
            guard !holders.isEmpty else { continue }
            quality.pagesChecked += 1
            if !holders.contains(page - 1) { quality.wrongPages.append("\(passage.citation) is on p.\(holders[0] + 1)") }
        }
        return quality
    }

    /// A table's row, which names its columns and so is not a printed line's words.
    static func isTableRow(_ text: String) -> Bool {
        text.hasPrefix("Responsible body:") || text.hasPrefix("Local authority:") || text.hasPrefix("Local Authority:")
            || text.hasPrefix("Ofsted:")
    }

    /// Letters and digits only, in lower case: what survives any layout.
    static func squash(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    static func pageTexts(_ path: String) -> [String] {
        guard let result = Subprocess.run("/usr/bin/pdftotext", ["-layout", "-enc", "UTF-8", path, "-"]) else { return [] }
        var pages = String(decoding: result.output, as: UTF8.self).components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }
}
