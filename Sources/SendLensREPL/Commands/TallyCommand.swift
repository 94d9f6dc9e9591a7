import Foundation
import SendLensCore

extension Commands {
    static let tally = CommandSpec(
        name: "tally",
        summary: "a survey question's answers: counts and percentages",
        arguments: "QUESTION [by COLUMN]",
        options: [],
        details: """
        Counts the answers to a question with set answers, in the order of its scale (Strongly disagree \
        … Strongly agree) where it has one, with the percentage of those who answered, how many \
        answered (n) and how many left it blank. QUESTION is the column's name or enough of it to be \
        unique, as outline lists them. With by COLUMN, the answers are split by another question, such \
        as the respondent group or district.
        """,
        examples: ["tally satisfied", "tally \"feel listened to\" by group", "tally EHCP by district"],
        completes: .questions
    ) { invocation, shell in
        var words = invocation.arguments
        var splitBy: String?
        if let by = words.lastIndex(where: { $0.lowercased() == "by" }), by > 0, by < words.count - 1 {
            splitBy = words[(by + 1)...].joined(separator: " ")
            words = Array(words[..<by])
        }
        guard !words.isEmpty else { throw CommandError.missingArgument(command: "tally", what: "a survey question") }
        let (document, survey, column) = try shell.surveyColumn(words.joined(separator: " "))
        var output = CommandOutput()
        let answers = survey.rows.map { $0[column] }
        let order = Scales.order(of: answers.filter { !$0.isEmpty })
        output.text.line("\(survey.columns[column].name) (\(document.name), \(survey.rows.count) respondents)", .strong)
        if let splitBy {
            let (_, _, group) = try shell.surveyColumn(splitBy, in: document)
            output.text.append(Tally.crossTable(survey: survey, column: column, by: group, order: order))
        } else {
            output.text.append(Tally.table(answers: answers, order: order))
        }
        return output
    }
}

extension Shell {
    /// The survey column a person names, searched in every loaded survey (or in one).
    func surveyColumn(_ text: String, in only: Document? = nil) throws -> (Document, Survey, Int) {
        let surveys = only.map { [$0] } ?? corpus.documents.filter { $0.survey != nil }
        guard !surveys.isEmpty else { throw CommandError.tallyNeedsSurvey }
        var found: [(Document, Survey, Int)] = []
        for document in surveys {
            if let survey = document.survey, let column = survey.column(named: text) { found.append((document, survey, column)) }
        }
        guard found.count == 1 else {
            let columns = surveys.compactMap(\.survey).flatMap { $0.columns.filter { $0.role != .text }.map(\.name) }
            throw CommandError.unknownQuestion(text, ambiguous: found.count > 1, known: columns)
        }
        return found[0]
    }
}

/// Tables of counts for `tally`.
enum Tally {
    static func table(answers: [String], order: [String]) -> StyledText {
        var text = StyledText()
        let answered = answers.filter { !$0.isEmpty }
        let width = order.map(\.count).max() ?? 0
        for answer in order {
            let count = answered.filter { $0 == answer }.count
            let share = answered.isEmpty ? 0 : Double(count) / Double(answered.count)
            let bar = String(repeating: "█", count: Int((share * 30).rounded()))
            text.line("  " + Layout.pad(answer, width + 2) + pad(String(count), 5) + pad(percent(share), 8) + "  " + bar)
        }
        text.line("  n = \(answered.count) answered, \(answers.count - answered.count) left blank", .faint)
        return text
    }

    /// Answers against the groups of another question. Each cell is a count and its share of the
    /// group's answers; groups run across when there are few of them, down when there are many.
    static func crossTable(survey: Survey, column: Int, by group: Int, order: [String]) -> StyledText {
        let groups = Scales.order(of: survey.rows.map { $0[group] }.filter { !$0.isEmpty }, mostGivenFirst: false)
        func cell(_ answer: String, _ name: String) -> String {
            let inGroup = survey.rows.filter { $0[group] == name && !$0[column].isEmpty }
            let count = inGroup.filter { $0[column] == answer }.count
            return "\(count) (\(percent(inGroup.isEmpty ? 0 : Double(count) / Double(inGroup.count))))"
        }
        func answered(_ name: String) -> String {
            String(survey.rows.filter { $0[group] == name && !$0[column].isEmpty }.count)
        }
        let groupsAcross = groups.count <= order.count
        let rowLabels = groupsAcross ? order : groups
        let columnLabels = (groupsAcross ? groups : order) + (groupsAcross ? [] : ["n"])
        var rows: [[String]] = rowLabels.map { label in
            let cells = (groupsAcross ? groups : order).map { groupsAcross ? cell(label, $0) : cell($0, label) }
            return [label] + cells + (groupsAcross ? [] : [answered(label)])
        }
        if groupsAcross { rows.append(["n"] + groups.map(answered)) }

        let labelWidth = rows.map { $0[0].count }.max() ?? 0
        let widths = columnLabels.indices.map { index in
            max(columnLabels[index].count, rows.map { $0[index + 1].count }.max() ?? 0)
        }
        var text = StyledText()
        let header = zip(columnLabels, widths).map { pad($0, $1) }.joined(separator: "  ")
        text.line("  " + Layout.pad("", labelWidth + 2) + header, .strong)
        for (index, row) in rows.enumerated() {
            let line = "  " + Layout.pad(row[0], labelWidth + 2) + zip(row.dropFirst(), widths).map { pad($0, $1) }.joined(separator: "  ")
            text.line(line, groupsAcross && index == rows.count - 1 ? .faint : .plain)
        }
        return text
    }

    private static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

/// The orders answers come in: a known scale's, numbers by value, or the most given first.
enum Scales {
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
    static func order(of answers: [String], mostGivenFirst: Bool = true) -> [String] {
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
