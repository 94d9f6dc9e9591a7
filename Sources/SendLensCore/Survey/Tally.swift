/// The arithmetic of `tally`: counts and shares of a question's answers, overall and by group.
///
///     Tally.table(document: "survey", survey: survey, column: 3)
///     // answers in scale order, e.g. Very dissatisfied 29 (0.345), …; answered 84, blank 0
public enum Tally {
    public static func table(document: String, survey: Survey, column: Int, by group: Int? = nil) -> TallyTable {
        let answers = survey.rows.map { $0[column] }
        let given = answers.filter { !$0.isEmpty }
        let order = Scales.order(of: given)
        var counts: [String: Int] = [:]
        for answer in given { counts[answer, default: 0] += 1 }
        let rows = order.map { answer in
            TallyTable.Answer(answer: answer, count: counts[answer] ?? 0,
                              share: given.isEmpty ? 0 : Double(counts[answer] ?? 0) / Double(given.count))
        }
        var split: TallyTable.Split?
        if let group {
            let names = Scales.order(of: survey.rows.map { $0[group] }.filter { !$0.isEmpty }, mostGivenFirst: false)
            let groups = names.map { name in
                let inGroup = survey.rows.filter { $0[group] == name && !$0[column].isEmpty }.map { $0[column] }
                return TallyTable.Group(name: name, answered: inGroup.count,
                                        counts: order.map { answer in inGroup.filter { $0 == answer }.count })
            }
            split = TallyTable.Split(by: survey.columns[group].name, groups: groups)
        }
        return TallyTable(document: document, question: survey.columns[column].name, respondents: survey.rows.count,
                          answers: rows, answered: given.count, blank: answers.count - given.count, split: split)
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
        let distinct = Array(Set(answers))
        let lowered = Set(distinct.map { $0.lowercased() })
        if let scale = known.first(where: { lowered.isSubset(of: Set($0)) }) {
            return scale.compactMap { step in distinct.first { $0.lowercased() == step } }
        }
        if distinct.allSatisfy({ Double($0) != nil }) {
            return distinct.sorted { Double($0)! < Double($1)! }
        }
        guard mostGivenFirst else { return distinct.sorted() }
        var counts: [String: Int] = [:]
        for answer in answers { counts[answer, default: 0] += 1 }
        return distinct.sorted { counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : $0 < $1 }
    }
}
