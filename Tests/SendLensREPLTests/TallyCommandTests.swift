import SendLensTestSupport
import Testing
@testable import SendLensREPL

struct TallyCommandTests {
    @Test func tallyKeepsTheScaleOrderAndCountsBlanks() {
        let transcript = Transcript()
        let shell = transcript.shell(opening: [Repository.survey])
        #expect(transcript.run("tally listened") == .result(1))
        let lines = transcript.text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "I feel listened to by professionals (survey-2022, 84 respondents)")
        #expect(lines[1...5].map { $0.trimmingCharacters(in: .whitespaces).prefix(8) }
                == ["Strongly", "Disagree", "Neither ", "Agree   ", "Strongly"])
        #expect(lines[6].hasPrefix("  n = "))
        #expect(lines[6].hasSuffix("left blank"))
    }

    @Test func tallyByAnotherColumnSplitsTheCounts() {
        let transcript = Transcript()
        let shell = transcript.shell(opening: [Repository.survey])
        transcript.run("tally \"EHCP?\" by respondent group")
        let lines = transcript.text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Does your child have an EHCP? (survey-2022, 84 respondents)")
        #expect(lines[1].contains("Parent or carer") && lines[1].contains("Young person") && lines[1].contains("Professional"))
        #expect(lines[2].hasPrefix("  Yes "))
        #expect(lines.last!.trimmingCharacters(in: .whitespaces).hasPrefix("n "))
    }

    @Test func manyGroupsRunDownTheTable() {
        let transcript = Transcript()
        let shell = transcript.shell(opening: [Repository.survey])
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
        let shell = transcript.shell(opening: [Repository.survey])
        #expect(transcript.run(line) == .failed)
        #expect(transcript.errors == message + "\n")
    }

    @Test func tallyNeedsASurvey() {
        let transcript = Transcript()
        let shell = transcript.shell()
        transcript.run("tally satisfied")
        #expect(transcript.errors == "error: tally counts a survey's answers, and no survey is loaded; load a CSV survey first\n")
    }

    @Test func surveyAnswersAreFoundShownAndCountedByQuestion() {
        let transcript = Transcript()
        let shell = transcript.shell(opening: Repository.textSamples + [Repository.survey])
        transcript.run("find waiting question:hardest --limit 50")
        #expect(shell.cells[0].value.items.allSatisfy { $0.document == "survey-2022" && $0.section == 1 })
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
