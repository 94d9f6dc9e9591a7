/// What `show` prints: for each citation asked for, its passages with neighbours from the same
/// section (or, in a survey, the rest of the respondent's answer), under their heading path.
public struct PassageView: Sendable, Hashable, Codable {
    public var blocks: [Block]

    public struct Block: Sendable, Hashable, Codable {
        public var document: String
        /// The document's title, shown when the passages come before any heading.
        public var title: String
        public var section: Int
        /// The enclosing headings, outermost first; empty before the first heading.
        public var headings: [String]
        /// In a survey: who answered, with their set answers.
        public var respondent: Respondent?
        public var passages: [Shown]
    }

    public struct Respondent: Sendable, Hashable, Codable {
        public var id: String
        public var answers: [String]
    }

    /// One passage shown; `isTarget` for those the citation named, false for their context.
    public struct Shown: Sendable, Hashable, Codable {
        public var citation: Citation
        public var passage: Int
        public var isTarget: Bool

        private enum CodingKeys: String, CodingKey {
            case citation, passage, isTarget, text
        }

        public var reference: PassageRef {
            PassageRef(document: citation.document, passage: passage)
        }

        public init(citation: Citation, passage: Int, isTarget: Bool) {
            self.citation = citation
            self.passage = passage
            self.isTarget = isTarget
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            citation = try container.decode(Citation.self, forKey: .citation)
            passage = try container.decode(Int.self, forKey: .passage)
            isTarget = try container.decode(Bool.self, forKey: .isTarget)
        }

        /// With a `PassageLookup`, the passage's text comes too.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(citation, forKey: .citation)
            try container.encode(passage, forKey: .passage)
            try container.encode(isTarget, forKey: .isTarget)
            if let lookup = PassageLookup.from(encoder) {
                try container.encodeIfPresent(lookup.library.text(of: reference), forKey: .text)
            }
        }
    }

    public init(blocks: [Block]) {
        self.blocks = blocks
    }

    /// The passages each citation names, with `context` passages either side (by default 2 around
    /// a sentence and none around a paragraph, section or page).
    public init(citations: [Citation], context: Int?, in corpus: Corpus) throws(CitationError) {
        blocks = []
        for citation in citations {
            let (document, target) = try corpus.passages(at: citation)
            let around = context ?? (citation.sentence == nil ? 0 : 2)
            // Neighbours come from the same section: across a heading they are another topic.
            let section = document.section(numbered: target.first!.section)
            var bounds = section?.passageRange ?? document.passages.indices
            var respondent: Respondent?
            if let survey = document.survey, let first = target.first, let last = target.last {
                // In a survey the neighbours worth showing are the rest of the same respondent's answer.
                let lower = document.passages[bounds].firstIndex { $0.citation.paragraph == first.citation.paragraph } ?? first.index
                let upper = document.passages[bounds].lastIndex { $0.citation.paragraph == last.citation.paragraph } ?? last.index
                bounds = lower..<(upper + 1)
                if let row = first.citation.paragraph, row == last.citation.paragraph, survey.rows.indices.contains(row - 1) {
                    let answers = survey.setAnswerQuestions.map { survey.rows[row - 1][$0] }.filter { !$0.isEmpty }
                    respondent = Respondent(id: survey.respondent(row - 1), answers: answers)
                }
            }
            let lower = min(target.startIndex, max(bounds.lowerBound, target.startIndex - around))
            let upper = max(target.endIndex, min(bounds.upperBound, target.endIndex + around))
            let shown = document.passages[lower..<upper].map { passage in
                Shown(citation: passage.citation, passage: passage.index, isTarget: target.indices.contains(passage.index))
            }
            let headings = section.map { $0.number > 0 ? $0.headingPath : [] } ?? []
            blocks.append(Block(document: document.name, title: document.title, section: section?.number ?? 0,
                                headings: headings, respondent: respondent, passages: shown))
        }
    }
}
