/// The dates a careful reader finds in each of the real reports, written down by hand
/// (Tests/Fixtures/reports/dates.txt shows the form), and how the tagger scores on them: every
/// date the reader found must be found with the same words; anything else found is read wrongly.
/// The test suite holds the reports to it; `sendlens-bench --report-dates` prints the score.
public struct ReportDateTable: Sendable {
    /// "kind value | words": a date and the words it is written in.
    public struct Entry: Sendable, Hashable, CustomStringConvertible {
        public var written: String
        public var words: String
        /// For a date read wrongly and not yet put right: why it is wrong.
        public var known: String?

        public var description: String { "\(written) | \(words)" }
    }

    public struct Report: Sendable {
        public var dates: [Entry] = []
        /// Readings known to be wrong, left as they are (each says why).
        public var knownWrong: [Entry] = []
    }

    /// How one document reads against its report's entries.
    public struct Score: Sendable {
        public var document: String
        /// The reader's dates, each found with its words or not.
        public var found: [Entry]
        public var missed: [Entry]
        /// Dates found with a kind and value the reader did not find: not known to be wrong, and known.
        public var wrong: [Entry]
        public var knownWrong: [Entry]
        /// Of the kinds and values found, how many the reader found too.
        public var precision: (right: Int, read: Int) {
            let right = Set(found.map(\.written)).count
            return (right, right + Set((wrong + knownWrong).map(\.written)).count)
        }
    }

    public var reports: [String: Report] = [:]

    public enum ReadError: Error, CustomStringConvertible {
        case badLine(Int, String)

        public var description: String {
            switch self {
            case .badLine(let line, let text): "line \(line): expected '[report]', 'kind value | words' or 'known kind value | words | why', found '\(text)'"
            }
        }
    }

    public init(_ text: String) throws(ReadError) {
        var report: String?
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(" \t\r")
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                let name = String(line.dropFirst().dropLast())
                if reports[name] == nil { reports[name] = Report() }
                report = name
                continue
            }
            var fields = line.split(separator: "|").map { String($0.trimmingCharacters(" ")) }
            let known = fields.first?.hasPrefix("known ") == true
            if known { fields[0] = String(fields[0].dropFirst("known ".count)) }
            guard let report, fields.count == (known ? 3 : 2), fields[0].split(separator: " ").count == 2, !fields[1].isEmpty else {
                throw .badLine(offset + 1, String(line))
            }
            let entry = Entry(written: fields[0], words: fields[1], known: known ? fields[2] : nil)
            if known { reports[report]!.knownWrong.append(entry) } else { reports[report]!.dates.append(entry) }
        }
    }

    /// The document's dates, every passage read as `timeline` reads it, against its report's entries.
    public func score(_ document: Document) -> Score? {
        guard let report = reports[document.name] else { return nil }
        let tagger = DateTagger(anchor: document.date)
        var read: [Entry] = []
        for passage in document.passages {
            for mention in tagger.mentions(in: passage.text) {
                let entry = Entry(written: DatePhraseTable.written(mention), words: mention.text)
                if !read.contains(entry) { read.append(entry) }
            }
        }
        let expected = Set(report.dates.map(\.written))
        let known = Set(report.knownWrong.map(\.written))
        var wrong: [Entry] = []
        var knownWrong: [Entry] = []
        for entry in read where !expected.contains(entry.written) {
            if known.contains(entry.written) { knownWrong.append(entry) } else { wrong.append(entry) }
        }
        return Score(document: document.name, found: report.dates.filter { read.contains($0) },
                     missed: report.dates.filter { !read.contains($0) }, wrong: wrong, knownWrong: knownWrong)
    }
}
