/// What `docs` lists: each loaded document, what it is and where each fact about it came from.
public struct DocumentList: Sendable, Hashable, Codable {
    public var documents: [Summary]

    public struct Summary: Sendable, Hashable, Codable {
        public var name: String
        public var kind: DocumentKind
        public var title: String
        public var date: Day?
        public var passages: Int
        /// Words as the search index counts them.
        public var words: Int
        public var path: String
        public var format: DocumentFormat
        public var source: String?
        public var origins: Document.Origins
        public var survey: SurveySummary?
    }

    public struct SurveySummary: Sendable, Hashable, Codable {
        public var respondents: Int
        public var setAnswerQuestions: Int
        public var freeTextQuestions: Int
    }

    /// Every document in the library, in the order loaded.
    public init(library: Library) {
        documents = library.corpus.documents.enumerated().map { position, document in
            Summary(name: document.name, kind: document.kind, title: document.title, date: document.date,
                    passages: document.passages.count, words: library.wordCount(ofDocumentAt: position),
                    path: document.path, format: document.format, source: document.source, origins: document.origins,
                    survey: document.survey.map {
                        SurveySummary(respondents: $0.rows.count, setAnswerQuestions: $0.setAnswerQuestions.count,
                                      freeTextQuestions: $0.freeTextQuestions.count)
                    })
        }
    }
}
