import SendLensCore

extension Commands {
    static let tally = CommandSpec(
        name: "tally",
        summary: "a survey question's answers: counts and percentages",
        arguments: "QUESTION [by COLUMN]",
        options: [],
        clauses: [ClauseSpec(keyword: "by", value: .words)],
        details: """
        Counts the answers to a question with set answers, in the order of its scale (Strongly disagree \
        … Strongly agree) where it has one, with the percentage of those who answered, how many \
        answered (n) and how many left it blank. QUESTION is the question's name or enough of it to be \
        unique, as outline lists them. With by COLUMN, the answers are split by another question, such \
        as the respondent group or district.
        """,
        examples: ["tally satisfied", "tally \"feel listened to\" by group", "tally EHCP by district"],
        completes: .questions
    ) { invocation, shell in
        guard !invocation.arguments.isEmpty else { throw CommandError.missingArgument(command: "tally", what: "a survey question") }
        let (document, survey, column) = try shell.surveyQuestion(invocation.arguments.joined(separator: " "))
        var group: Int?
        if let by = invocation.clauses["by"] {
            group = try shell.surveyQuestion(by.joined(separator: " "), in: document).column
        }
        return .value(.tally(try Tally.table(document: document.name, survey: survey, column: column, by: group,
                                             shouldStop: shell.isInterrupted)))
    }
}

extension Shell {
    /// The question with set answers a person names, looked for in every loaded survey (or in one).
    func surveyQuestion(_ text: String, in only: Document? = nil) throws -> (document: Document, survey: Survey, column: Int) {
        let surveys = only.map { [$0] } ?? corpus.documents.filter { $0.survey != nil }
        guard !surveys.isEmpty else { throw CommandError.tallyNeedsSurvey }
        var found: [(Document, Survey, Int)] = []
        for document in surveys {
            if let survey = document.survey, let column = survey.column(named: text, among: survey.setAnswerQuestions) {
                found.append((document, survey, column))
            }
        }
        guard found.count == 1 else {
            let questions = surveys.compactMap(\.survey).flatMap { survey in survey.setAnswerQuestions.map { survey.columns[$0].name } }
            throw CommandError.unknownQuestion(text, ambiguous: found.count > 1, known: questions)
        }
        return found[0]
    }
}
