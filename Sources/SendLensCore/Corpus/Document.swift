/// What a document is, for the people reading it. The three the inspection produces come first.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case report, survey, response, statement, news, minutes, letter, document

    /// The kind a file name suggests ("report-2023.pdf" → report), if any.
    static func suggested(byFileName name: String) -> DocumentKind? {
        let lowered = name.lowercased()
        return allCases.first { $0 != .document && lowered.contains($0.rawValue) }
    }
}

/// The file formats SEND Lens reads.
public enum DocumentFormat: String, Sendable, Hashable, Codable {
    case text, markdown, csv, html, pdf

    public var displayName: String {
        switch self {
        case .text: "plain text"
        case .markdown: "Markdown"
        case .csv: "CSV"
        case .html: "HTML"
        case .pdf: "PDF"
        }
    }
}

/// Where a document's name, kind, title or date came from, so `docs` can say how far to trust it.
public enum FieldOrigin: String, Sendable, Hashable, Codable {
    case frontMatter = "front matter"
    case loadOption = "load option"
    case fileName = "file name"
    case firstHeading = "first heading"
    case firstLine = "first line"
    case firstDatedLine = "first dated line"
    case publishedLine = "line saying when it was published"
    case pageTitle = "page title"
    case pageDate = "page's publication date"
    case fallback = "default"
    case missing = "not found"
}

/// A heading and the passages under it, up to the next heading of any level.
public struct Section: Sendable, Hashable, Codable {
    /// The `§` number in citations; 0 holds any text before the first heading.
    public let number: Int
    public let title: String
    /// 1 for `#`, 2 for `##`, …; 0 for the untitled opening section.
    public let level: Int
    /// The titles of the enclosing headings, outermost first, ending with this one.
    public let headingPath: [String]
    /// The positions of this section's passages in `Document.passages`.
    public let passageRange: Range<Int>
}

/// One loaded document: its metadata, sections and passages.
public struct Document: Sendable, Hashable, Codable {
    public var name: String
    public var kind: DocumentKind
    public var title: String
    public var date: Day?
    /// The file it was read from, as the user named it.
    public var path: String
    /// Where the text itself comes from (a publisher or address), when its front matter says.
    public var source: String?
    public var format: DocumentFormat
    /// SHA-256 of the file's bytes.
    public var contentHash: String
    public var origins: Origins
    public var sections: [Section]
    public var passages: [Passage]
    /// The whole table, for a survey read from CSV; each free-text answer is also a passage,
    /// in the section of its question, as paragraph N for the survey's row N.
    public var survey: Survey?

    public struct Origins: Sendable, Hashable, Codable {
        public var name: FieldOrigin
        public var kind: FieldOrigin
        public var title: FieldOrigin
        public var date: FieldOrigin
    }

    public var wordCount: Int {
        passages.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
    }

    /// The passages a citation names: one sentence, a whole paragraph, a section or a page.
    public func passages(at citation: Citation) -> ArraySlice<Passage> {
        let start = passages.firstIndex { citation.contains($0.citation) }
        guard let start else { return [] }
        var end = start
        while end < passages.count, citation.contains(passages[end].citation) { end += 1 }
        return passages[start..<end]
    }

    public func section(numbered number: Int) -> Section? {
        sections.first { $0.number == number }
    }
}

/// The unit of search and citation: one sentence (or list item, or table row) of a document.
public struct Passage: Sendable, Hashable, Codable {
    public let citation: Citation
    public let text: String
    /// The position of this passage in its document.
    public let index: Int
    public let section: Int

    public var document: String { citation.document }
}

extension Document {
    /// Broken promises of the model, for tests: every passage's index is its position, citations
    /// are unique and parse back to themselves, and sections cover the passages in order.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        var seen = Set<Citation>()
        for (position, passage) in passages.enumerated() {
            if passage.index != position { problems.append("\(passage.citation): index \(passage.index) at \(position)") }
            if !seen.insert(passage.citation).inserted { problems.append("\(passage.citation): cited twice") }
            if passage.document != name { problems.append("\(passage.citation): belongs to another document") }
            if Citation.parse(passage.citation.description) != passage.citation {
                problems.append("\(passage.citation): does not parse back")
            }
            if passage.text.isEmpty { problems.append("\(passage.citation): empty") }
        }
        var next = 0
        for section in sections {
            if section.passageRange.lowerBound != next { problems.append("§\(section.number) starts at \(section.passageRange.lowerBound), not \(next)") }
            if passages[section.passageRange].contains(where: { $0.section != section.number }) {
                problems.append("§\(section.number) holds passages of another section")
            }
            next = section.passageRange.upperBound
        }
        if next != passages.count { problems.append("sections end at \(next) of \(passages.count) passages") }
        return problems
    }
}
