/// What a command produced, as data: kept in its numbered cell, and turned into terminal text,
/// plain text, Markdown, CSV or JSON by a renderer. Passages are referred to by citation and
/// position, never copied, so a cell costs little whatever it lists.
///
/// Its JSON form is one object with a `"type"` field naming the case (`"hits"`, `"counts"`, …)
/// beside that case's own fields; README.md describes each.
public enum ResultValue: Sendable, Hashable {
    case hits(HitList)
    case counts(CountTable)
    case tally(TallyTable)
    case documents(DocumentList)
    case outline(Outline)
    case passages(PassageView)
    case glossary(GlossaryList)
    case help(HelpPage)
    case load(LoadReport)
    case terms(TermComparison)
    case keywords(KeywordComparison)
    case coverage(CoverageTable)
    case timeline(Timeline)

    /// The name of the case, as JSON's `"type"` field gives it.
    public var type: String {
        switch self {
        case .hits: "hits"
        case .counts: "counts"
        case .tally: "tally"
        case .documents: "documents"
        case .outline: "outline"
        case .passages: "passages"
        case .glossary: "glossary"
        case .help: "help"
        case .load: "load"
        case .terms: "terms"
        case .keywords: "keywords"
        case .coverage: "coverage"
        case .timeline: "timeline"
        }
    }

    /// What `$N.k` picks from: the passages or sections listed, in order, as the corpus cites them.
    public func items(in corpus: Corpus) -> [Citation] {
        switch self {
        case .hits(let list): list.hits.compactMap { corpus.passage($0)?.citation }
        case .outline(let outline): outline.sections.map { Citation(document: outline.document, section: $0.number) }
        case .passages(let view): view.blocks.flatMap { $0.passages.filter(\.isTarget).map(\.citation) }
        case .timeline(let timeline):
            (timeline.events + timeline.durations).map(\.passage).compactMap { corpus.passage($0)?.citation }
        case .coverage(let table):
            table.findings.map(\.finding).compactMap { corpus.passage($0)?.citation }
        case .terms(let comparison):
            comparison.rows.flatMap { $0.best.flatMap { $0 } }.compactMap { corpus.passage($0)?.citation }
        default: []
        }
    }

    /// How many things it lists, in words: "12 passages", "1 document".
    public var summary: String {
        switch self {
        case .hits(let list): Plural.count(list.hits.count, "passage")
        case .counts(let table): Plural.count(table.rows.count, "row")
        case .tally(let table): Plural.count(table.answers.count, "answer")
        case .documents(let list): Plural.count(list.documents.count, "document")
        case .outline(let outline): Plural.count(outline.sections.count, "section")
        case .passages(let view): Plural.count(view.blocks.reduce(0) { $0 + $1.passages.count }, "passage")
        case .glossary(let list): Plural.count(list.entries.count, "term")
        case .help(let page): page.topic == nil ? Plural.count(page.commands.count, "command") : "help on \(page.topic!.name)"
        case .load(let report): Plural.count(report.loaded.count, "document")
        case .terms(let comparison): Plural.count(comparison.rows.count, "term")
        case .keywords(let comparison): Plural.count(comparison.rows.count, "word")
        case .coverage(let table): Plural.count(table.findings.count, "finding")
        case .timeline(let timeline): Plural.count(timeline.events.count, "date")
        }
    }
}

extension ResultValue: Codable {
    private enum CodingKeys: String, CodingKey {
        case type
    }

    /// The case's fields sit beside `"type"` in one object, not nested under it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .hits(let value): try value.encode(to: encoder)
        case .counts(let value): try value.encode(to: encoder)
        case .tally(let value): try value.encode(to: encoder)
        case .documents(let value): try value.encode(to: encoder)
        case .outline(let value): try value.encode(to: encoder)
        case .passages(let value): try value.encode(to: encoder)
        case .glossary(let value): try value.encode(to: encoder)
        case .help(let value): try value.encode(to: encoder)
        case .load(let value): try value.encode(to: encoder)
        case .terms(let value): try value.encode(to: encoder)
        case .keywords(let value): try value.encode(to: encoder)
        case .coverage(let value): try value.encode(to: encoder)
        case .timeline(let value): try value.encode(to: encoder)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "hits": self = .hits(try HitList(from: decoder))
        case "counts": self = .counts(try CountTable(from: decoder))
        case "tally": self = .tally(try TallyTable(from: decoder))
        case "documents": self = .documents(try DocumentList(from: decoder))
        case "outline": self = .outline(try Outline(from: decoder))
        case "passages": self = .passages(try PassageView(from: decoder))
        case "glossary": self = .glossary(try GlossaryList(from: decoder))
        case "help": self = .help(try HelpPage(from: decoder))
        case "load": self = .load(try LoadReport(from: decoder))
        case "terms": self = .terms(try TermComparison(from: decoder))
        case "keywords": self = .keywords(try KeywordComparison(from: decoder))
        case "coverage": self = .coverage(try CoverageTable(from: decoder))
        case "timeline": self = .timeline(try Timeline(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "unknown result type '\(type)'")
        }
    }
}

/// Counted nouns: "1 passage", "12 passages", "1,204 passages".
public enum Plural {
    public static func count(_ number: Int, _ noun: String) -> String {
        "\(number.formattedWithCommas) \(noun)\(number == 1 ? "" : "s")"
    }
}

extension Int {
    /// 12345 → "12,345"
    public var formattedWithCommas: String {
        let digits = String(abs(self))
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return self < 0 ? "-" + result : result
    }
}
