/// What `count` found: how many passages match, by document, section or survey question.
public struct CountTable: Sendable, Hashable, Codable {
    /// The query as typed, spaces tidied.
    public var query: String
    public var grouping: CountGrouping
    public var rows: [Row]

    public init(query: String, grouping: CountGrouping, rows: [Row]) {
        self.query = query
        self.grouping = grouping
        self.rows = rows
    }

    /// Passages counted in all the rows.
    public var total: Int {
        rows.reduce(0) { $0 + $1.count }
    }

    /// One group: a document, or a section (a survey's question) of one.
    public struct Row: Sendable, Hashable, Codable {
        public var citation: Citation
        /// The section's heading, when counting by section or question.
        public var title: String?
        public var count: Int

        public init(document: String, section: Int?, title: String?, count: Int) {
            citation = Citation(document: document, section: section)
            self.title = title
            self.count = count
        }

        /// "report" or "report §4 Title".
        public var label: String {
            guard let section = citation.section, let title else { return citation.document }
            return "\(citation.document) §\(section) \(title)"
        }
    }
}
