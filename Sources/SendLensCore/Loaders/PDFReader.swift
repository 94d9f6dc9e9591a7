import Foundation

/// Reads a PDF's text with `pdftotext -layout` (poppler-utils), page by page: a form feed ends
/// every page. Running headers and footers are dropped, words hyphenated at line ends rejoined,
/// and lines wrapped inside a paragraph joined.
enum PDFReader {
    enum Problem: Error, Equatable {
        case toolMissing
        case encrypted
        case unreadable(String)
        case noText
    }

    /// The PDF's pages as blocks: a `.page` marker, then its headings and paragraphs.
    static func blocks(ofFile path: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(Problem) -> [Block] {
        let pages = try pageTexts(ofFile: path, environment: environment)
        guard pages.contains(where: { !$0.trimmingWhitespace().isEmpty }) else { throw .noText }
        return blocks(fromPages: pages)
    }

    static func pageTexts(ofFile path: String, environment: [String: String]) throws(Problem) -> [String] {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let tool = folders.map({ "\($0)/pdftotext" }).first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw .toolMissing
        }
        guard let result = Subprocess.run(tool, ["-layout", "-enc", "UTF-8", path, "-"]) else { throw .toolMissing }
        guard result.status == 0 else {
            if result.errors.lowercased().contains("password") || result.status == 3 { throw .encrypted }
            let firstLine = result.errors.split(separator: "\n").first.map(String.init) ?? "pdftotext failed"
            throw .unreadable(firstLine)
        }
        let text = result.output
        var pages = String(decoding: text, as: UTF8.self).components(separatedBy: "\u{0C}")
        if pages.last?.trimmingWhitespace().isEmpty == true { pages.removeLast() }
        return pages
    }

    static func blocks(fromPages pages: [String]) -> [Block] {
        let furniture = runningLines(pages)
        var blocks: [Block] = []
        for (offset, page) in pages.enumerated() {
            blocks.append(.page(offset + 1))
            var paragraph: [String] = []
            func flush() {
                guard !paragraph.isEmpty else { return }
                var joined = ""
                for line in paragraph {
                    if joined.hasSuffix("-"), joined.dropLast().last?.isLetter == true, line.first?.isLowercase == true {
                        joined.removeLast()
                        joined += line
                    } else {
                        joined += joined.isEmpty ? line : " " + line
                    }
                }
                paragraph.removeAll()
                blocks.append(isHeading(joined) ? .heading(level: 2, text: joined) : .paragraph(joined))
            }
            for raw in page.split(separator: "\n", omittingEmptySubsequences: false) {
                let line = raw.trimmingWhitespace().collapsingWhitespace()
                if line.isEmpty {
                    flush()
                } else if !furniture.contains(normalized(line)) && !isPageNumber(line) {
                    paragraph.append(line)
                }
            }
            flush()
        }
        return joinParagraphsAcrossPages(blocks)
    }

    /// A paragraph that runs on to the next page ends without a full stop there, and the next page
    /// starts in lower case: it is one paragraph, cited on the page where it starts.
    private static func joinParagraphsAcrossPages(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        var index = 0
        while index < blocks.count {
            // The end of a page may look like a heading when it is really half a sentence.
            var end: String?
            switch blocks[index] {
            case .paragraph(let text), .heading(_, let text): end = text
            case .page: end = nil
            }
            if index + 2 < blocks.count, case .page = blocks[index + 1], let end,
               case .paragraph(let start) = blocks[index + 2],
               let last = end.last, !".!?:\"”)".contains(last), start.first?.isLowercase == true {
                result.append(.paragraph(end + " " + start))
                result.append(blocks[index + 1])
                index += 3
                continue
            }
            result.append(blocks[index])
            index += 1
        }
        return result
    }

    /// Lines near the top or bottom of most pages: the report's title, "Page 3 of 11".
    static func runningLines(_ pages: [String]) -> Set<String> {
        guard pages.count >= 3 else { return [] }
        var seen: [String: Int] = [:]
        for page in pages {
            let lines = page.split(separator: "\n").map { $0.trimmingWhitespace().collapsingWhitespace() }.filter { !$0.isEmpty }
            for line in Set(lines.prefix(2) + lines.suffix(2)) { seen[normalized(line), default: 0] += 1 }
        }
        return Set(seen.filter { $0.value * 2 >= pages.count }.keys)
    }

    private static func normalized(_ line: String) -> String {
        String(line.lowercased().map { $0.isNumber ? "#" : $0 })
    }

    private static func isPageNumber(_ line: String) -> Bool {
        let lowered = line.lowercased()
        if lowered.allSatisfy(\.isNumber) { return true }
        let words = lowered.split(separator: " ")
        return words.count >= 2 && words[0] == "page" && words[1].allSatisfy(\.isNumber)
            && (words.count == 2 || (words.count == 4 && words[2] == "of" && words[3].allSatisfy(\.isNumber)))
    }

    /// A short line on its own, without closing punctuation, starting with a capital.
    private static func isHeading(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase, let last = text.last, !".,;:".contains(last) else { return false }
        return text.split(separator: " ").count <= 16 && text.count <= 100
    }
}
