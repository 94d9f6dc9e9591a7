import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensREPL
@testable import SendLensCore

/// `rename OLD NEW` and `unload DOC…`, and the notice for a file loaded again under another name.
struct RenameUnloadTests {
    @Test func renameChangesCitationsAndEarlierResultsStillOpen() throws {
        let transcript = Transcript()
        let shell = transcript.shell()
        transcript.run("find dashboard")
        #expect(transcript.run("rename report plain-report") == .nothing)
        #expect(transcript.text.contains("report is now plain-report"))
        #expect(shell.library.checkInvariants() == [])
        transcript.clear()
        // The earlier result's passage opens, cited by the new name.
        let item = try #require(shell.cells[0].value.items(in: shell.corpus).firstIndex { $0.document == "plain-report" })
        transcript.run("show $1.\(item + 1) --context 0")
        #expect(transcript.text.contains("> plain-report §7 ¶1.3"))
        transcript.clear()
        transcript.run("count dashboard in report")
        #expect(transcript.text.hasPrefix("dashboard in plain-report — 1 passage"))
        transcript.clear()
        #expect(transcript.run("rename plain-report response") == .failed)
        #expect(transcript.errors.contains("'response' is the name of another loaded document"))
        transcript.clear()
        #expect(transcript.run("rename plain-report \"two words\"") == .failed)
        #expect(transcript.run("rename plain-report") == .failed)
        // The old name is free for another document.
        transcript.clear()
        transcript.run("load \(Repository.samples)/report.pdf --name report")
        #expect(shell.corpus.documents.map(\.name).contains("report") && shell.library.checkInvariants() == [])
        transcript.clear()
        transcript.run("docs")
        #expect(transcript.text.contains("name from rename"))
    }

    @Test func unloadTakesDocumentsOutOfTheCorpusAndTheIndex() throws {
        let transcript = Transcript()
        let shell = transcript.shell()
        transcript.run("find waiting --all")
        #expect(transcript.run("unload statement resp") == .nothing)
        #expect(transcript.text.contains("unloaded statement (") && transcript.text.contains("unloaded response ("))
        #expect(shell.corpus.documents.map(\.name) == ["report"])
        #expect(shell.library.checkInvariants() == [])
        transcript.clear()
        transcript.run("count waiting")
        #expect(transcript.text == "waiting — 22 passages\n  report  22\n")
        // A name that is not loaded changes nothing, not even the names before it.
        transcript.clear()
        #expect(transcript.run("unload report nothing") == .failed)
        #expect(shell.corpus.documents.map(\.name) == ["report"])
        // Loaded again, it is found again.
        transcript.run("load \(Repository.samples)/statement.md")
        transcript.clear()
        transcript.run("count waiting")
        #expect(transcript.text.hasPrefix("waiting — 24 passages"))
        #expect(shell.library.checkInvariants() == [])
    }

    @Test func theSameFileUnderAnotherNameIsSaid() throws {
        let scratch = try Scratch()
        try FileManager.default.copyItem(atPath: Repository.samples + "/statement.md", toPath: scratch.folder + "/copy.md")
        let transcript = Transcript()
        _ = transcript.shell()
        transcript.run("load \(scratch.folder)/copy.md")
        #expect(transcript.errors.contains("warning: '\(scratch.folder)/copy.md' holds the same as 'statement'"))
        #expect(transcript.errors.contains("unload copy takes it out again"))
    }

    @Test func aSessionWithRenameAndUnloadReplaysClean() throws {
        let scratch = try Scratch()
        // The documents beside the script, so that its load reports name them from there.
        var copies: [String] = []
        for path in Repository.textSamples {
            let copy = scratch.folder + "/" + URL(fileURLWithPath: path).lastPathComponent
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            copies.append(copy)
        }
        let transcript = Transcript()
        _ = transcript.shell(opening: copies)
        for line in ["rename report written-report", "unload statement", "find dashboard", "show $1.1 --context 0"] {
            transcript.run(line)
        }
        #expect(transcript.run("save \(scratch.folder)/s.lens --with-output") == .nothing)
        let replaying = Transcript()
        _ = replaying.shell(opening: [])
        #expect(replaying.run("replay \(scratch.folder)/s.lens --check") == .nothing)
        #expect(replaying.text.hasSuffix("5 commands: 5 same, 0 differ\n"), "\(replaying.text)")
    }
}
