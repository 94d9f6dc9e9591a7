/// What `timeline` found: every dated mention in order, deadlines marked due or overdue against the
/// as-of date, and, apart from them, the waits and repeats that are not days on the calendar.
public struct Timeline: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        case due, overdue
    }

    public struct Event: Sendable, Hashable, Codable {
        public var mention: DateMention
        public var passage: PassageRef
        /// For a deadline: due (today or later) or overdue (passed), against `asOf`.
        public var status: Status?
    }

    public var documents: [String]
    public var asOf: Day
    public var deadlinesOnly: Bool
    public var from: Day?
    public var to: Day?
    /// Dated mentions, earliest first.
    public var events: [Event]
    /// Durations, repeats and deadlines with no date to count from, in document order.
    public var durations: [Event]

    public var deadlines: Int {
        events.filter { $0.mention.kind == .deadline }.count
    }
}

extension Library {
    /// Every date in the documents at these positions (every document when empty).
    public func timeline(documents positions: [Int] = [], asOf: Day, deadlinesOnly: Bool = false, from: Day? = nil, to: Day? = nil) -> Timeline {
        let chosen = positions.isEmpty ? Array(corpus.documents.indices) : positions
        var events: [(Timeline.Event, Int)] = []
        var durations: [Timeline.Event] = []
        for position in chosen {
            let document = corpus.documents[position]
            let tagger = DateTagger(anchor: document.date)
            for passage in document.passages {
                for mention in tagger.mentions(in: passage.text) {
                    let reference = PassageRef(document: document.name, passage: passage.index)
                    guard let start = mention.start, let end = mention.end else {
                        if !deadlinesOnly || mention.kind == .deadline {
                            durations.append(Timeline.Event(mention: mention, passage: reference, status: nil))
                        }
                        continue
                    }
                    if deadlinesOnly && mention.kind != .deadline { continue }
                    // A deadline is its day; anything else covers its days.
                    let first = mention.kind == .deadline ? end : start
                    if let from, end < from { continue }
                    if let to, to < first { continue }
                    let status: Timeline.Status? = mention.kind == .deadline ? (end < asOf ? .overdue : .due) : nil
                    events.append((Timeline.Event(mention: mention, passage: reference, status: status), position))
                }
            }
        }
        // By the day it falls on (a deadline by its last day), then as the documents run.
        events.sort { first, second in
            let (a, b) = (first.0.mention, second.0.mention)
            let (dayA, dayB) = (a.kind == .deadline ? a.end! : a.start!, b.kind == .deadline ? b.end! : b.start!)
            if dayA != dayB { return dayA < dayB }
            if first.1 != second.1 { return first.1 < second.1 }
            return first.0.passage.passage < second.0.passage.passage
        }
        return Timeline(documents: chosen.map { corpus.documents[$0].name }, asOf: asOf, deadlinesOnly: deadlinesOnly,
                        from: from, to: to, events: events.map(\.0), durations: durations)
    }
}
