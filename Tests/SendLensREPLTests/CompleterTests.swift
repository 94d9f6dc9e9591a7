import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensREPL

struct CompleterTests {
    @Test(arguments: [
        ("", ["compare", "count", "define", "docs", "export", "find", "help", "history", "load", "notebook", "outline", "quit", "rename", "replay", "save", "set", "show", "tally", "timeline", "unload"]),
        ("ou", ["outline"]),
        ("s", ["save", "set", "show"]),
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

    @Test(arguments: [
        ("find waiting in ", ["report", "response", "statement"]),
        ("find waiting in re", ["report", "response"]),
        ("count waiting in report ", ["response", "statement"]),
        ("find waiting in:", ["in:report", "in:response", "in:statement"]),
        ("find waiting -in:st", ["-in:statement"]),
        ("find waiting kind:re", ["kind:report", "kind:response"]),
        ("find children in care", ["care", "carer", "carers"]),
    ])
    func documentsAfterIn(before: String, expected: [String]) {
        let shell = Transcript().shell()
        #expect(Completer(shell: shell).complete(before).candidates == expected)
    }

    /// A file name with a space is offered in quotes, so the completed line loads it.
    @Test func pathsWithSpacesCompleteQuoted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("inner folder"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: Repository.samples + "/statement.md", toPath: folder.appendingPathComponent("our statement.md").path)
        let transcript = Transcript()
        let completer = Completer(shell: transcript.shell(opening: []))
        let typed = "load " + folder.path + "/our"
        let completion = completer.complete(typed)
        #expect(completion.candidates == ["\"" + folder.path + "/our statement.md\""])
        let line = String(typed.dropLast(completion.word.count)) + completion.candidates[0]
        #expect(transcript.run(line) == .result(1))
        #expect(transcript.shell.corpus.documents.map(\.name) == ["our-statement"])
        // A folder's quote stays open, and TAB goes on inside it.
        let inner = completer.complete("load \"" + folder.path + "/inn")
        #expect(inner.candidates == ["\"" + folder.path + "/inner folder/"])
        #expect(completer.complete("load \"" + folder.path + "/our st").candidates == ["\"" + folder.path + "/our statement.md\""])
    }

    @Test func pathsCompleteWithFoldersEndingInASlash() {
        let candidates = Completer(shell: Transcript().shell(opening: [])).complete("load \(Repository.samples)/re").candidates
        #expect(candidates == ["\(Repository.samples)/report.pdf", "\(Repository.samples)/response.md"])
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
