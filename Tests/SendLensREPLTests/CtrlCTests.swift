import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore
@testable import SendLensREPL

/// Ctrl-C (here, `isInterrupted` saying yes) ends a long command soon, whatever it is doing.
struct CtrlCTests {
    /// A survey of 100,000 respondents, written to a scratch folder and loaded.
    static func largeSurvey() throws -> (Transcript, Scratch) {
        let scratch = try Scratch()
        let answers = ["Very satisfied", "Satisfied", "Dissatisfied", "Very dissatisfied"]
        var csv = "id,group,How satisfied are you?\n"
        for row in 0..<100_000 { csv += "\(row),Group \(row % 7),\(answers[row % answers.count])\n" }
        try scratch.write("large.csv", csv)
        let transcript = Transcript()
        _ = transcript.shell(opening: [scratch.folder + "/large.csv"])
        return (transcript, scratch)
    }

    @Test func tallyCountsInOnePassAndStopsWhenAsked() throws {
        let (transcript, _scratch) = try Self.largeSurvey()
        _ = _scratch
        transcript.run("tally satisfied by group")
        #expect(transcript.text.contains("  Very satisfied"))
        // Rows 0, 7, 14 … are group 0: k = 0 … 14285, answering (3k mod 4): 3572, 3571, 3571, 3572.
        #expect(transcript.text.contains("  Group 0       3572 (25.0%)  3571 (25.0%)  3571 (25.0%)    3572 (25.0%)  14286\n"))
        transcript.clear()
        transcript.shell.isInterrupted = { true }
        #expect(transcript.run("tally satisfied by group") == .failed)
        #expect(transcript.errors == "error: stopped by Ctrl-C\n")
    }

    @Test func aLongListingStopsBeingLaidOutAndWritten() throws {
        let scratch = try Scratch()
        let text = (1...5_000).map { "Paragraph \($0): families wait.\n\n" }.joined()
        try scratch.write("long.md", "# Long\n\n" + text)
        let transcript = Transcript()
        let shell = transcript.shell(opening: [scratch.folder + "/long.md"])
        // Asked first while the listing is laid out: the listing ends there, and says so.
        // (Ctrl-C is asked about once: the flag is "pressed since the command began".)
        final class Asked: @unchecked Sendable {
            var count = 0
            let at: Int
            init(at: Int) { self.at = at }
            func stop() -> Bool {
                count += 1
                return count == at
            }
        }
        let first = Asked(at: 1)
        shell.isInterrupted = { first.stop() }
        transcript.run("find families --all")
        #expect(transcript.text.contains("\nstopped by Ctrl-C after 2048 of 5000 passages\n"))
        #expect(!transcript.text.contains("  2049  long"))
        // Asked only once the writing has begun: the first piece is written, then a note.
        transcript.clear()
        let later = Asked(at: 3)
        shell.isInterrupted = { later.stop() }
        transcript.run("find families --all")
        #expect(transcript.text.hasSuffix("stopped by Ctrl-C; the whole result is kept as $2\n"))
        #expect(transcript.text.count < 5_000 * 40)
        // The result is whole all the same.
        guard case .hits(let list) = shell.cells[1].value else { Issue.record("not hits"); return }
        #expect(list.hits.count == 5_000)
    }
}
