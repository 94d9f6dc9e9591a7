/// What `load` added (its warnings and failures go with the cell, not here).
public struct LoadReport: Sendable, Hashable, Codable {
    public var loaded: [Loaded]

    public struct Loaded: Sendable, Hashable, Codable {
        public var name: String
        public var kind: DocumentKind
        public var date: Day?
        public var passages: Int
        /// Sections with a heading; in a survey, its free-text questions.
        public var sections: Int
        /// For a survey, how many responded.
        public var respondents: Int?
        public var path: String
        public var format: DocumentFormat
        /// The same document was loaded already; nothing was added.
        public var already: Bool = false
    }

    /// `already` lists documents asked for that were loaded before, the same file.
    public init(documents: [Document], already: [Document] = []) {
        loaded = (documents.map { ($0, false) } + already.map { ($0, true) }).map { document, already in
            Loaded(name: document.name, kind: document.kind, date: document.date, passages: document.passages.count,
                   sections: document.sections.filter { $0.number > 0 }.count, respondents: document.survey?.rows.count,
                   path: document.path, format: document.format, already: already)
        }
    }
}
