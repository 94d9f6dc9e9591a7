/// The arithmetic of `tally`: counts and shares of a question's answers, overall and by group.
///
///     Tally.table(document: "survey", survey: survey, column: 3)
///     // answers in scale order, e.g. Very dissatisfied 29 (0.345), …; answered 84, blank 0
public enum Tally {
    /// The answers to one question, counted (and split by another's answers when `group` is given),
    /// in one pass over the rows. `shouldStop` is asked every 65,536 rows: when it says so, this
    /// throws `CancellationError`.
    public static func table(document: String, survey: Survey, column: Int, by group: Int? = nil,
                             shouldStop: () -> Bool = { false }) throws(CancellationError) -> TallyTable {
        var counts: [String: Int] = [:]
        var blank = 0
        // For the split: each group's answers, counted.
        var groupCounts: [String: [String: Int]] = [:]
        for (offset, row) in survey.rows.enumerated() {
            if offset & 0xFFFF == 0xFFFF, shouldStop() { throw CancellationError() }
            let answer = row[column]
            if answer.isEmpty {
                blank += 1
            } else {
                counts[answer, default: 0] += 1
            }
            if let group, !row[group].isEmpty {
                if answer.isEmpty {
                    if groupCounts[row[group]] == nil { groupCounts[row[group]] = [:] }
                } else {
                    groupCounts[row[group], default: [:]][answer, default: 0] += 1
                }
            }
        }
        let answered = survey.rows.count - blank
        let order = Scales.order(counts: counts)
        let rows = order.map { answer in
            TallyTable.Answer(answer: answer, count: counts[answer] ?? 0,
                              share: answered == 0 ? 0 : Double(counts[answer] ?? 0) / Double(answered))
        }
        var split: TallyTable.Split?
        if let group {
            let names = Scales.order(counts: groupCounts.mapValues { $0.values.reduce(0, +) }, mostGivenFirst: false)
            let groups = names.map { name in
                let inGroup = groupCounts[name] ?? [:]
                return TallyTable.Group(name: name, answered: inGroup.values.reduce(0, +), counts: order.map { inGroup[$0] ?? 0 })
            }
            split = TallyTable.Split(by: survey.columns[group].name, groups: groups)
        }
        return TallyTable(document: document, question: survey.columns[column].name, respondents: survey.rows.count,
                          answers: rows, answered: answered, blank: blank, split: split)
    }
}

/// The orders answers come in: a known scale's, numbers by value, or the most given first.
public enum Scales {
    static let known: [[String]] = [
        ["strongly disagree", "disagree", "neither agree nor disagree", "agree", "strongly agree"],
        ["very dissatisfied", "dissatisfied", "neither satisfied nor dissatisfied", "satisfied", "very satisfied"],
        ["very poor", "poor", "fair", "average", "good", "very good", "excellent"],
        ["never", "rarely", "sometimes", "often", "always"],
        ["not at all", "a little", "somewhat", "a lot", "completely"],
        ["under 6 weeks", "6 to 20 weeks", "20 to 40 weeks", "more than 40 weeks", "not applicable"],
        ["yes", "no", "assessment in progress", "don't know", "not sure", "prefer not to say"],
    ]

    /// `mostGivenFirst` false puts answers without a scale in alphabetical order (districts, groups).
    public static func order(of answers: [String], mostGivenFirst: Bool = true) -> [String] {
        var counts: [String: Int] = [:]
        for answer in answers { counts[answer, default: 0] += 1 }
        return order(counts: counts, mostGivenFirst: mostGivenFirst)
    }

    /// The same, from each answer's count.
    public static func order(counts: [String: Int], mostGivenFirst: Bool = true) -> [String] {
        let distinct = Array(counts.keys)
        let lowered = Set(distinct.map { $0.lowercased() })
        if let scale = known.first(where: { lowered.isSubset(of: Set($0)) }) {
            return scale.compactMap { step in distinct.first { $0.lowercased() == step } }
        }
        if distinct.allSatisfy({ Double($0) != nil }) {
            return distinct.sorted { Double($0)! < Double($1)! }
        }
        guard mostGivenFirst else { return distinct.sorted() }
        return distinct.sorted { counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : $0 < $1 }
    }
}
