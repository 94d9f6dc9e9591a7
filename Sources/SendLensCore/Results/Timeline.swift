import Foundation

/// What `timeline` found: every dated mention in order, deadlines marked against the as-of date
/// (and done, where another passage reports it), and, apart from them, the waits and repeats that
/// are not days on the calendar.
public struct Timeline: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        case overdue
        /// Within 30 days of the as-of date.
        case dueSoon = "due soon"
        case open
        case done
        case doneLate = "done late"
    }

    public struct Event: Sendable, Hashable, Codable {
        public var mention: DateMention
        public var passage: PassageRef
        /// For a deadline, against `asOf` (and the passage reporting it done, if one does).
        public var status: Status?
        /// The passage that reports the deadline met, and the day it reports.
        public var doneIn: PassageRef?
        public var doneOn: Day?
    }

    public var documents: [String]
    public var asOf: Day
    public var from: Day?
    public var to: Day?
    /// Dated mentions, earliest first.
    public var events: [Event]
    /// Durations (longest first), then repeats and deadlines with no date to count from.
    public var durations: [Event]

    public var deadlines: Int {
        events.filter { $0.mention.kind == .deadline }.count
    }
}

extension Library {
    /// What to list: everything, deadlines only, durations only, or one kind.
    public enum TimelineSelection: Sendable {
        case everything, deadlines, durations
        case kind(DateMention.Kind)
    }

    /// Every date in the documents at these positions (every document when empty).
    public func timeline(documents positions: [Int] = [], asOf: Day, selecting selection: TimelineSelection = .everything,
                         from: Day? = nil, to: Day? = nil) -> Timeline {
        let chosen = positions.isEmpty ? Array(corpus.documents.indices) : positions
        func wanted(_ kind: DateMention.Kind) -> Bool {
            switch selection {
            case .everything: true
            case .deadlines: kind == .deadline
            case .durations: kind == .duration || kind == .recurrence
            case .kind(let only): kind == only
            }
        }
        var events: [(Timeline.Event, Int)] = []
        var durations: [Timeline.Event] = []
        // Every document's dates (all of them, since any document may report a deadline met).
        let tagged = tag(corpus.documents)
        for position in chosen {
            let (document, dates) = (corpus.documents[position], tagged[position])
            for passage in document.passages where dates.holdsDates(passage.index) {
                for mention in dates.mentions(at: passage.index, in: passage.text) where wanted(mention.kind) {
                    let reference = PassageRef(document: document.name, passage: passage.index)
                    guard let start = mention.start else {
                        durations.append(Timeline.Event(mention: mention, passage: reference, status: nil))
                        continue
                    }
                    // A deadline is its day; anything else covers its days ("since 2019" has no last one).
                    let first = mention.kind == .deadline ? (mention.end ?? start) : start
                    if let from, let end = mention.end, end < from { continue }
                    if let to, to < first { continue }
                    var event = Timeline.Event(mention: mention, passage: reference, status: nil)
                    if mention.kind == .deadline, let end = mention.end {
                        event.status = end < asOf ? .overdue : asOf.days(to: end) <= 30 ? .dueSoon : .open
                    }
                    events.append((event, position))
                }
            }
        }
        markDone(&events, asOf: asOf, tagged: tagged)
        // By the day it falls on (a deadline by its last day), then as the documents run. (The
        // keys are sorted, not the events, which are large to move.)
        let keys = events.indices.map { index -> (Day, Int, Int, Int) in
            let (event, position) = events[index]
            let mention = event.mention
            return (mention.kind == .deadline ? (mention.end ?? mention.start!) : mention.start!, position, event.passage.passage, index)
        }.sorted { $0 < $1 }
        events = keys.map { events[$0.3] }
        // The longest waits first: a wait is not a day on the calendar.
        let order: [DateMention.Kind: Int] = [.duration: 0, .recurrence: 1, .deadline: 2]
        durations = durations.indices.map { index in
            (order[durations[index].mention.kind, default: 3], -durations[index].mention.days, index)
        }.sorted { $0 < $1 }.map { durations[$0.2] }
        return Timeline(documents: chosen.map { corpus.documents[$0].name }, asOf: asOf, from: from, to: to,
                        events: events.map(\.0), durations: durations)
    }

    /// Each document's dates: as read at load, or read now (on every core) and kept.
    func tag(_ documents: [Document]) -> [DocumentDates] {
        let keys = documents.map(Self.datesKey)
        let missing = documents.indices.filter { dates[keys[$0]] == nil }
        let read = parallelMap(count: missing.count, chunk: 1) { range in
            range.map { DocumentDates(reading: documents[missing[$0]]) }
        }
        for (document, found) in zip(missing, read) { dates[keys[document]] = found[0] }
        return keys.map { dates[$0]! }
    }

    /// What `dates` knows a document by: its bytes and the date its dates are counted from.
    static func datesKey(_ document: Document) -> String {
        document.contentHash + "@" + (document.date?.description ?? "")
    }

    /// Passages that report something done, with the days they name: "our plan was submitted on
    /// 19 December 2023", or an update paragraph that opens with its date.
    private func completionReports(tagged: [DocumentDates]) -> [(passage: PassageRef, words: Set<String>, days: [Day])] {
        return (try? index.withTokenizer(exact: false) { tokenizer -> [(PassageRef, Set<String>, [Day])] in
            let reader = ConceptReader(tokenizer: tokenizer)
            var found: [(PassageRef, Set<String>, [Day])] = []
            for (document, dates) in zip(corpus.documents, tagged) {
                for passage in document.passages where dates.reportsDone(passage.index) {
                    // Its own days, or the day its paragraph opens with ("Update, 20 December 2023: …").
                    func days(_ passage: Passage) -> [Day] {
                        dates.mentions(at: passage.index, in: passage.text).filter { $0.kind == .date }.compactMap(\.start)
                    }
                    var own = days(passage)
                    if own.isEmpty, let opening = document.passages[..<passage.index].last(where: {
                        $0.citation.paragraph == passage.citation.paragraph && $0.citation.sentence == 1 && $0.section == passage.section
                    }) {
                        own = Array(days(opening).prefix(1))
                    }
                    guard !own.isEmpty else { continue }
                    found.append((PassageRef(document: document.name, passage: passage.index), reader.words(in: passage.text), own))
                }
            }
            return found
        }) ?? []
    }

    /// Deadlines that another passage reports met, as things stood on the as-of day: the report
    /// sharing most words with the promise (at least three, and two in five of the shorter's: a
    /// promise says more than the line reporting it kept; or, for a promise of four words or fewer
    /// such as a list item, "Priority action plan due within 35 days", a glossary term), dated
    /// after the day the promise was made.
    private func markDone(_ events: inout [(Timeline.Event, Int)], asOf: Day, tagged: [DocumentDates]) {
        let reports = completionReports(tagged: tagged).filter { $0.days.contains { $0 <= asOf } }
        guard !reports.isEmpty else { return }
        var postings: [String: [Int]] = [:]
        for (number, report) in reports.enumerated() {
            for word in report.words { postings[word, default: []].append(number) }
        }
        let deadlines = events.indices.filter { events[$0].0.mention.kind == .deadline }
        let promises: [Set<String>] = (try? index.withTokenizer(exact: false) { tokenizer in
            let reader = ConceptReader(tokenizer: tokenizer)
            // Once per passage: one passage can hold many deadlines.
            var words: [PassageRef: Set<String>] = [:]
            return deadlines.map { deadline in
                let passage = events[deadline].0.passage
                if let known = words[passage] { return known }
                let found = reader.words(in: text(of: passage) ?? "")
                words[passage] = found
                return found
            }
        }) ?? []
        for (deadline, words) in zip(deadlines, promises) {
            let event = events[deadline].0
            var shared: [Int: Int] = [:]
            for word in words { for report in postings[word] ?? [] { shared[report, default: 0] += 1 } }
            let made = event.mention.anchor ?? corpus.document(named: event.passage.document)?.date
            var best: (report: Int, day: Day, shared: Int)?
            let terms = words.count <= 4 ? words.filter { $0.hasPrefix("≡") } : []
            for (number, count) in shared {
                let enough = count >= 3 && Double(count) >= 0.4 * Double(min(words.count, reports[number].words.count))
                guard enough || terms.contains(where: reports[number].words.contains) else { continue }
                // The most words in common; the earliest report when two share as many.
                if let best, count < best.shared || (count == best.shared && number > best.report) { continue }
                let report = reports[number]
                if report.passage == event.passage { continue }
                // After the day the promise was made: "today the report was published" is the
                // promise's own day, not its keeping.
                guard let day = report.days.filter({ (made == nil || $0 > made!) && $0 <= asOf }).min() else { continue }
                best = (number, day, count)
            }
            guard let best, let end = event.mention.end else { continue }
            events[deadline].0.doneIn = reports[best.report].passage
            events[deadline].0.doneOn = best.day
            events[deadline].0.status = best.day <= end ? .done : .doneLate
        }
    }
}
