/// What `outline` lists: a document's sections in order, with the passages (and, in a PDF, the
/// pages) each holds, and a survey's questions with set answers.
public struct Outline: Sendable, Hashable, Codable {
    public var document: String
    public var title: String
    public var passages: Int
    public var sections: [Entry]
    /// A survey's questions that `tally` counts.
    public var setAnswerQuestions: [String]

    public struct Entry: Sendable, Hashable, Codable {
        /// 0 for the text before the first heading.
        public var number: Int
        public var title: String
        public var level: Int
        public var passages: Int
        public var citation: Citation
        /// The first and last page its passages are on, for a PDF.
        public var firstPage: Int?
        public var lastPage: Int?
    }

    public init(document: Document) {
        self.document = document.name
        title = document.title
        passages = document.passages.count
        sections = document.sections.map { section in
            let pages = document.passages[section.passageRange].compactMap(\.citation.page)
            return Entry(number: section.number, title: section.title, level: section.level,
                         passages: section.passageRange.count,
                         citation: Citation(document: document.name, section: section.number),
                         firstPage: pages.min(), lastPage: pages.max())
        }
        setAnswerQuestions = document.survey.map { survey in survey.setAnswerQuestions.map { survey.columns[$0].name } } ?? []
    }
}
