/// A table of phrases and the dates each must be read as (Tests/Fixtures/dates/phrases.txt shows
/// the form), and how the tagger scores on it: the test suite checks ours, `sendlens-bench --dates`
/// scores any.
public struct DatePhraseTable: Sendable {
    public struct Phrase: Sendable {
        public var line: Int
        /// The phrase without its ⟦ ⟧ marks.
        public var text: String
        public var anchor: Day?
        /// "kind value" for each date, in order.
        public var expected: [String]
        /// The marked spans: one for each date (none for a phrase with no date).
        public var spans: [TextSpan]
        /// Under "@anchor DAY document": the block's number, its phrases read as one document's
        /// passages in order; nil for a phrase read alone.
        public var document: Int?
    }

    /// A phrase read otherwise than the table says.
    public struct Miss: Sendable, CustomStringConvertible {
        public var phrase: Phrase
        public var found: [String]
        public var foundSpans: [TextSpan]
        public var foundWords: [String]

        public var description: String {
            var line = "line \(phrase.line): \(phrase.text)\n  expected \(phrase.expected.isEmpty ? "-" : phrase.expected.joined(separator: "; "))"
            line += "\n  found    \(found.isEmpty ? "-" : found.joined(separator: "; ")) \(foundWords)"
            return line
        }
    }

    public var phrases: [Phrase] = []

    public enum ReadError: Error, CustomStringConvertible {
        case badLine(Int, String)
        /// A phrase whose dates and marks differ in number: each date's words are marked ⟦ ⟧.
        case unmarked(Int, String)

        public var description: String {
            switch self {
            case .badLine(let line, let text): "line \(line): expected 'phrase | kind value; …' or '@anchor DAY [document]', found '\(text)'"
            case .unmarked(let line, let text): "line \(line): the words of each date must be marked ⟦ ⟧: '\(text)'"
            }
        }
    }

    public init(_ text: String) throws(ReadError) {
        var anchor: Day?
        var document: Int?
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(" \t\r")
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@anchor") {
                var words = line.dropFirst("@anchor".count).split(separator: " ")
                let whole = words.last == "document"
                if whole { words.removeLast() }
                guard words.count == 1, let day = Day.parse(String(words[0])) else { throw .badLine(offset + 1, String(line)) }
                anchor = day
                document = whole ? offset : nil
                continue
            }
            guard let bar = line.lastIndex(of: "|") else { throw .badLine(offset + 1, String(line)) }
            let marked = line[..<bar].trimmingCharacters(" ")
            let answer = line[line.index(after: bar)...].trimmingCharacters(" ")
            let expected = answer == "-" ? [] : answer.split(separator: ";").map { String($0.trimmingCharacters(" ")) }
            let (text, spans) = Self.unmarked(String(marked))
            guard expected.count == spans.count else { throw .unmarked(offset + 1, String(line)) }
            phrases.append(Phrase(line: offset + 1, text: text, anchor: anchor, expected: expected, spans: spans,
                                  document: document))
        }
    }

    /// The text without its ⟦ ⟧ marks, and the marked spans in Unicode scalars.
    static func unmarked(_ marked: String) -> (String, [TextSpan]) {
        var text = ""
        var spans: [TextSpan] = []
        var start = 0
        var position = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦": start = position
            case "⟧": spans.append(TextSpan(start: start, end: position))
            default:
                text.unicodeScalars.append(scalar)
                position += 1
            }
        }
        return (text, spans)
    }

    /// "kind value", as the table writes a date.
    public static func written(_ mention: DateMention) -> String {
        mention.kind.rawValue + (mention.value.isEmpty ? "" : " " + mention.value)
    }

    /// The phrases read otherwise than the table says: another kind or value, or other words marked.
    /// Phrases under "@anchor DAY document" are read as one document's passages, in order: what
    /// one says happened ("the inspection published on 6 December") counts for a wait in one after it.
    public func misses() -> [Miss] {
        var events = DateEvents(grammar: .standard)
        var document: Int?
        return phrases.compactMap { phrase in
            let tagger = DateTagger(anchor: phrase.anchor)
            if phrase.document == nil || phrase.document != document { (events, document) = (DateEvents(grammar: tagger.grammar), phrase.document) }
            var matcher = DateMatcher(grammar: tagger.grammar)
            let mentions = tagger.read(phrase.text, askingWhetherDone: false, matcher: &matcher, events: &events).mentions
            let found = mentions.map(Self.written)
            let spans = mentions.map(\.span)
            if found == phrase.expected && phrase.spans == spans { return nil }
            return Miss(phrase: phrase, found: found, foundSpans: spans, foundWords: mentions.map(\.text))
        }
    }
}
