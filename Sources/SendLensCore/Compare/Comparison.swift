/// One side of a comparison: a document, a kind, a survey question or an earlier result, as the
/// passages it holds.
public struct ComparisonSide: Sendable, Hashable, Codable {
    /// As the person wrote it: "report", "kind:response", "survey-2022 question:hardest", "$3".
    public var label: String
    public var passages: PassageRefs
    /// Words in those passages, as the index counts them.
    public var words: Int

    public init(label: String, passages: PassageRefs, words: Int) {
        self.label = label
        self.passages = passages
        self.words = words
    }

    private enum CodingKeys: String, CodingKey {
        case label, passages, words
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        label = try container.decode(String.self, forKey: .label)
        passages = PassageRefs(try container.decode([PassageRef].self, forKey: .passages))
        words = try container.decode(Int.self, forKey: .words)
    }

    /// The side's passages as bare references, never with their text: a side may be a whole report.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encode(Array(passages), forKey: .passages)
        try container.encode(words, forKey: .words)
    }
}

/// `compare A B on TERM…`: for each term, how often each side uses it, per 10,000 words, the Log
/// Ratio between them, and each side's best passages for it.
public struct TermComparison: Sendable, Hashable, Codable {
    public var sides: [ComparisonSide]
    public var exact: Bool
    public var rows: [Row]

    public struct Row: Sendable, Hashable, Codable {
        /// As typed, in the query language: a word, "a phrase", a prefix* or an acronym.
        public var term: String
        /// Occurrences on each side.
        public var counts: [Int]
        /// Occurrences per 10,000 words on each side.
        public var rates: [Double]
        /// log2 of the first side's rate over the second's (0.5 for a count of 0).
        public var logRatio: Double
        /// Each side's best passages for the term, best first.
        public var best: [PassageRefs]
    }

    public init(sides: [ComparisonSide], exact: Bool, rows: [Row]) {
        self.sides = sides
        self.exact = exact
        self.rows = rows
    }
}

/// `compare A B`: the words most distinctive of each side, by log-likelihood, with Log Ratio as
/// the size of the difference.
public struct KeywordComparison: Sendable, Hashable, Codable {
    public var sides: [ComparisonSide]
    /// Words counted often enough to test (stopwords left out).
    public var tested: Int
    public var minimumCount: Int
    /// A word is listed when its p-value is below this: 0.05 shared among every word tested (Bonferroni).
    public var threshold: Double
    /// The first side's words first, then the second's, each by G², largest first.
    public var rows: [Row]

    public struct Row: Sendable, Hashable, Codable {
        /// The commonest form of the word in the text.
        public var word: String
        /// The indexed form (a Snowball stem): what `find` matches.
        public var stem: String
        public var counts: [Int]
        public var expected: [Double]
        public var g2: Double
        public var logRatio: Double
        public var p: Double
        /// 0 when the word is distinctive of the first side, 1 of the second.
        public var side: Int
        /// Whether p is below the threshold (only words that are are listed, unless all were asked for).
        public var significant: Bool

        /// An expected count under 5, where G² is less reliable.
        public var isSparse: Bool {
            expected.contains { $0 < 5 }
        }
    }

    public init(sides: [ComparisonSide], tested: Int, minimumCount: Int, threshold: Double, rows: [Row]) {
        self.sides = sides
        self.tested = tested
        self.minimumCount = minimumCount
        self.threshold = threshold
        self.rows = rows
    }
}

/// Function words, which say little about what a document is about.
enum Stopwords {
    static let english: Set<String> = [
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
        "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "during",
        "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
        "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "no",
        "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own",
        "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then",
        "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was",
        "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "you", "your", "yours", "s", "t", "must", "may", "many", "much", "one", "two",
    ]

    /// The stopwords as the index's tokenizer stems them, to compare with stems.
    static func stems(by tokenizer: IndexTokenizer) -> Set<String> {
        Set(english.flatMap { tokenizer.tokens(in: $0, for: .query).map(\.token) })
    }
}
