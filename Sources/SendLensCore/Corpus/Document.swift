/// What a document is, for the people reading it. The three the inspection produces come first.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case report, survey, response, statement, news, minutes, letter, debate, document

    /// The kind a file name suggests ("report-2023.pdf" → report), if any.
    static func suggested(byFileName name: String) -> DocumentKind? {
        let lowered = name.lowercased()
        return allCases.first { $0 != .document && lowered.contains($0.rawValue) }
    }

    /// The kind a document's own words show: its title, and how its first and last lines read
    /// ("Area SEND inspection of …", "Minutes of the meeting …", "Dear …", a Hansard debate).
    static func suggested(byTitle title: String, opening: [String], closing: [String]) -> DocumentKind? {
        let title = title.lowercased()
        let start = opening.joined(separator: " ").lowercased()
        let end = closing.joined(separator: " ").lowercased()
        func either(_ words: String...) -> Bool { words.contains { title.contains($0) || start.contains($0) } }
        if title.contains("response") || title.contains("action plan") { return .response }
        if title.contains("minutes") || start.hasPrefix("minutes of") || (start.contains("present:") && start.contains("apologies")) {
            return .minutes
        }
        if either("hansard", "hc deb", "hl deb", "westminster hall debate") { return .debate }
        if title.contains("statement") { return .statement }
        // Words about a report rather than of one: a news page (or a page that reports it).
        if title.contains("news") || start.contains("press release") || Self.reportingPhrases.contains(where: start.contains) {
            return .news
        }
        if title.contains("inspection of") || title.contains("inspection report") || start.contains("area send inspection")
            || (start.contains("ofsted") && start.contains("inspection")) {
            return .report
        }
        if opening.first(where: { !$0.isEmpty })?.hasPrefix("Dear ") == true
            || end.contains("yours sincerely") || end.contains("yours faithfully") {
            return .letter
        }
        return nil
    }

    /// How a page that reports an inspection speaks of it; a report never speaks of itself so.
    static let reportingPhrases = [
        "today published", "have published their", "published their", "inspectors have found", "inspectors found that",
        "the report says", "the report said", "the report found", "according to the report", "according to a joint inspection",
        "received the lowest rating", "was given the lowest rating", "gets lowest rating",
    ]
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
    case pdfTitle = "largest words on the first page"
    case pdfCreated = "PDF's creation date"
    case content = "what the text says"
    case renamed = "rename"
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
        // A PDF's passages are cited by page, but its sections are numbered as any document's are:
        // `report §7` is the section `outline` lists as §7.
        if citation.page == nil, citation.paragraph == nil, let number = citation.section,
           passages.first?.citation.page != nil, let section = section(numbered: number) {
            return passages[section.passageRange]
        }
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
extension Document {
    /// The same document under another name: its citations name it too.
    func renamed(to newName: String) -> Document {
        var renamed = self
        renamed.name = newName
        renamed.origins.name = .renamed
        renamed.passages = passages.map { passage in
            var citation = passage.citation
            citation.document = newName
            return Passage(citation: citation, text: passage.text, index: passage.index, section: passage.section)
        }
        return renamed
    }
}

public struct Passage: Sendable, Hashable, Codable {
    public let citation: Citation
    public let text: String
    // Four bytes each, as the citation's numbers: a corpus holds hundreds of thousands of passages.
    private let position: Int32
    private let sectionNumber: Int32

    /// The position of this passage in its document.
    public var index: Int { Int(position) }
    public var section: Int { Int(sectionNumber) }

    public init(citation: Citation, text: String, index: Int, section: Int) {
        self.citation = citation
        self.text = text
        position = Int32(index)
        sectionNumber = Int32(section)
    }

    private enum CodingKeys: String, CodingKey {
        case citation, text
        case position = "index", sectionNumber = "section"
    }

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
