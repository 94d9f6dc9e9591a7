import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensREPL

struct CompleterTests {
    @Test(arguments: [
        ("", ["compare", "count", "define", "docs", "export", "find", "help", "history", "load", "notebook", "outline", "quit", "replay", "save", "show", "tally", "timeline"]),
        ("ou", ["outline"]),
        ("s", ["save", "show"]),
        ("outline r", ["report", "response"]),
        ("outline st", ["statement"]),
        ("show report §4 --c", ["--context"]),
        ("load x.md --", ["--date", "--id", "--kind", "--max-size", "--name", "--text", "--title"]),
        ("load x.md as re", ["report", "response"]),
        ("help lo", ["load"]),
        ("docs ", []),
        ("nothing ", []),
    ])
    func completes(before: String, expected: [String]) {
        let shell = Transcript().shell()
        #expect(Completer(shell: shell).complete(before).candidates == expected)
    }

    @Test func theWordBeingTypedIsWhatCandidatesReplace() {
        let shell = Transcript().shell()
        #expect(Completer(shell: shell).complete("outline rep").word == "rep")
        #expect(Completer(shell: shell).complete("outline ").word == "")
    }

    @Test func pathsCompleteWithFoldersEndingInASlash() {
        let candidates = Completer(shell: Transcript().shell(opening: [])).complete("load \(Repository.samples)/re").candidates
        #expect(candidates == ["\(Repository.samples)/report.md", "\(Repository.samples)/report.pdf", "\(Repository.samples)/response.md"])
        #expect(Completer(shell: Transcript().shell(opening: [])).complete("load \(Repository.samples)/su").candidates == [Repository.survey])
        let folders = Completer.paths(matching: Repository.root.path + "/sam")
        #expect(folders == [Repository.root.path + "/samples/"])
    }
}

struct QuestionCompletionTests {
    @Test func tallyOffersSurveyQuestionsWholeAndQuoted() {
        let shell = Transcript().shell(opening: [Repository.survey])
        let completer = Completer(shell: shell)
        #expect(completer.complete("tally \"How sat").candidates == ["\"How satisfied are you with SEND support in Hertfordshire?\""])
        #expect(completer.complete("tally \"How sat").word == "\"How sat")
        #expect(completer.complete("tally listened by Dis").candidates == ["District"])
        #expect(completer.complete("tally ").candidates.count == 7)
    }
}
