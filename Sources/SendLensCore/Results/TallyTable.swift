/// What `tally` counted: the answers to one survey question, in the order of its scale, with
/// each answer's share of those who answered; split by another question's groups if asked.
public struct TallyTable: Sendable, Hashable, Codable {
    public var document: String
    public var question: String
    public var respondents: Int
    public var answers: [Answer]
    public var answered: Int
    public var blank: Int
    public var split: Split?

    public struct Answer: Sendable, Hashable, Codable {
        public var answer: String
        public var count: Int
        /// `count` over those who answered the question, from 0 to 1.
        public var share: Double
    }

    /// The same counts within each group of another question (a district, a respondent group).
    public struct Split: Sendable, Hashable, Codable {
        public var by: String
        public var groups: [Group]
    }

    public struct Group: Sendable, Hashable, Codable {
        public var name: String
        /// Those in the group who answered the question.
        public var answered: Int
        /// A count for each of `answers`, in the same order.
        public var counts: [Int]

        /// The share of the group's answers that were `answers[index]`, from 0 to 1.
        public func share(_ index: Int) -> Double {
            answered == 0 ? 0 : Double(counts[index]) / Double(answered)
        }
    }

    /// The question cited: its document and its name.
    public var citation: Citation {
        Citation(document: document)
    }
}
