import SendLensTestSupport
import Testing
@testable import SendLensREPL
@testable import SendLensCore

struct TallyCommandTests {
    /// The figures, checked by hand against the CSV with Python's csv module.
    @Test func tallyKeepsTheScaleOrderAndCountsBlanks() throws {
        let transcript = Transcript()
        let shell = transcript.shell(opening: [Repository.survey])
        #expect(transcript.run("tally listened") == .result(1))
        guard case .tally(let table) = shell.cells[0].value else { Issue.record("not a tally"); return }
        #expect(table.question == "I feel listened to by professionals")
        #expect(table.answers.map(\.answer) == ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"])
        #expect(table.answers.map(\.count) == [14, 32, 14, 13, 8])
        #expect((table.respondents, table.answered, table.blank) == (84, 81, 3))
        #expect(table.answers.map { TextRenderer.percent($0.share) } == ["17.3%", "39.5%", "17.3%", "16.0%", "9.9%"])
        #expect(abs(table.answers[1].share - 32.0 / 81.0) < 1e-12)
        let lines = transcript.text.split(separator: "\n").map(String.init)
        #expect(lines == [
            "I feel listened to by professionals (survey-2022, 84 respondents)",
            "  Strongly disagree              14   17.3%  █████",
            "  Disagree                       32   39.5%  ████████████",
            "  Neither agree nor disagree     14   17.3%  █████",
            "  Agree                          13   16.0%  █████",
            "  Strongly agree                  8    9.9%  ███",
            "  n = 81 answered, 3 left blank",
        ])
    }

    @Test func tallyByAnotherColumnSplitsTheCounts() throws {
        let transcript = Transcript()
        let shell = transcript.shell(opening: [Repository.survey])
        transcript.run("tally \"EHCP?\" by respondent group")
        guard case .tally(let table) = shell.cells[0].value, let split = table.split else { Issue.record("no split"); return }
        #expect(table.answers.map(\.answer) == ["Yes", "No", "Assessment in progress", "Don't know"])
        #expect(table.answers.map(\.count) == [37, 22, 18, 7])
        #expect(split.by == "Respondent group")
        #expect(split.groups.map(\.name) == ["Parent or carer", "Professional", "Young person"])
        #expect(split.groups.map(\.counts) == [[26, 15, 15, 6], [5, 2, 3, 0], [6, 5, 0, 1]])
        #expect(split.groups.map(\.answered) == [62, 10, 12])
        #expect(TextRenderer.percent(split.groups[1].share(0)) == "50.0%")
        let lines = transcript.text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Does your child have an EHCP? (survey-2022, 84 respondents)")
        #expect(lines[1] == "                          Parent or carer  Professional  Young person")
        #expect(lines[2] == "  Yes                          26 (41.9%)     5 (50.0%)     6 (50.0%)")
        #expect(lines.last == "  n                                    62            10            12")
    }

    @Test func manyGroupsRunDownTheTable() {
        let transcript = Transcript()
        _ = transcript.shell(opening: [Repository.survey])
        transcript.run("tally EHCP? by district")
        let lines = transcript.text.split(separator: "\n").map(String.init)
        #expect(lines[1].split(separator: " ").first == "Yes")
        #expect(lines[1].hasSuffix("  n"))
        #expect(lines.dropFirst(2).map { $0.trimmingCharacters(in: .whitespaces).prefix(5) }
                == ["Broxb", "Dacor", "East ", "Herts", "North", "St Al", "Steve", "Three", "Watfo", "Welwy"])
    }

    @Test(arguments: [
        ("tally", "error: tally needs a survey question; see help tally"),
        ("tally wibble", "error: no survey question matches 'wibble'. The questions: Respondent group; District; Age of child or young person; Does your child have an EHCP?; How long did the EHC needs assessment take?; How satisfied are you with SEND support in Hertfordshire?; I feel listened to by professionals"),
    ])
    func tallyErrors(line: String, message: String) {
        let transcript = Transcript()
        _ = transcript.shell(opening: [Repository.survey])
        #expect(transcript.run(line) == .failed)
        #expect(transcript.errors == message + "\n")
    }

    @Test func tallyNeedsASurvey() {
        let transcript = Transcript()
        _ = transcript.shell()
        transcript.run("tally satisfied")
        #expect(transcript.errors == "error: tally counts a survey's answers, and no survey is loaded; load a CSV survey first\n")
    }

    @Test func surveyAnswersAreFoundShownAndCountedByQuestion() {
        let transcript = Transcript()
        let shell = transcript.shell(opening: Repository.textSamples + [Repository.survey])
        transcript.run("find waiting question:hardest --limit 50")
        let items = shell.cells[0].value.items(in: shell.corpus)
        #expect(items.count == 8)
        #expect(items.allSatisfy { $0.document == "survey-2022" && $0.section == 1 })
        transcript.clear()
        transcript.run("show survey-2022 §1 ¶2")
        #expect(transcript.text.contains("respondent R002: Parent or carer"))
        #expect(transcript.text.contains("> survey-2022 §1 ¶2.1  Waiting."))
        #expect(!transcript.text.contains("¶3.1"))
        transcript.clear()
        transcript.run("count wait by question")
        #expect(transcript.text.contains("survey-2022 §1 What has been the hardest part of getting support?"))
        #expect(!transcript.text.contains("report"))
    }
}
