import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensREPL
@testable import SendLensCore

struct ShellTests {
    @Test func promptsShowTheNextResultNumberAndErrorsDoNotTakeOne() {
        let transcript = Transcript()
        let shell = transcript.shell()
        let reader = ScriptedLineReader(lines: ["docs", "fnd waiting", "", "# a comment", "outline report", "quit", "docs"])
        let succeeded = REPL(shell: shell, reader: reader, printer: transcript.printer, showsPrompt: true).run()
        #expect(!succeeded)
        #expect(reader.prompts == ["[1]> ", "[2]> ", "[2]> ", "[2]> ", "[2]> ", "[3]> "])
        #expect(shell.cells.map(\.command) == ["docs", "outline report"])
    }

    @Test func ctrlCAndTheEndOfInputDoNotLoseAnything() {
        let transcript = Transcript()
        let shell = transcript.shell()
        let reader = ScriptedLineReader([.line("docs"), .interrupted, .line("outline statement"), .end, .line("never read")])
        #expect(REPL(shell: shell, reader: reader, printer: transcript.printer, showsPrompt: false).run())
        #expect(shell.cells.count == 2)
        #expect(reader.prompts.count == 4)
    }

    @Test(arguments: [
        ("fnd waiting", "error: unknown command 'fnd' (did you mean 'find'?); type help for the list"),
        ("shwo report", "error: unknown command 'shwo' (did you mean 'show'?); type help for the list"),
        ("outlin report", "error: unknown command 'outlin' (did you mean 'outline'?); type help for the list"),
        ("show report §4 --contxt 3", "error: show has no option '--contxt' (did you mean '--context'?); see help show"),
        ("show report §4 ¶1.1 --context", "error: --context needs a value; see help show"),
        ("show report §4 ¶1.1 --context lots", "error: --context 'lots' is not a whole number from 0 to 100; see help show"),
        ("show", "error: show needs a citation such as response §4 ¶2.1 or report p.7 ¶1.1; see help show"),
        ("show reprt §4", "error: no document named 'reprt' (did you mean 'report'?); loaded: report, response, statement"),
        ("show report §99", "error: report §99 is not in the document; type outline report to see its sections"),
        ("show report banana", "error: 'report banana' is not a citation; write one as it is printed, e.g. response §4 ¶2.1 or report p.7 ¶1.1 (or type it as response s4 2.1), or a result as $3.2"),
        ("show $9.1", "error: there is no result $9; there are no results yet"),
        ("outline", "error: outline needs a document name (one of report, response, statement); see help outline"),
        ("load", "error: load needs a file or folder to read; see help load"),
        ("load x.md as memo", "error: 'memo' is not a kind of document; use one of report, survey, response, statement, news, minutes, letter, debate, document\n  load x.md as memo\n               ^"),
        ("load x.md --date 32/13/2023", "error: --date '32/13/2023' is not a date such as 2023-11-10, 10/11/2023 or \"10 November 2023\"; see help load"),
        ("load /no/such/file.md", "error: no file or folder at '/no/such/file.md'; check the spelling, or give the full path"),
        ("docs extra", "error: docs does not take 'extra'; see help docs"),
        ("help fnd", "error: there is no help on 'fnd' (did you mean 'find'?); type help for the list"),
        ("show \"report §4", "error: this quote is never closed; add the closing quote or remove it\n  show \"report §4\n       ^"),
    ])
    func errorsAreClearAndKeepTheSessionGoing(line: String, message: String) {
        let transcript = Transcript()
        let shell = transcript.shell()
        #expect(transcript.run(line) == .failed)
        #expect(transcript.errors == message + "\n")
        #expect(transcript.run("docs") == .result(1))
        #expect(shell.corpus.documents.count == 3)
    }

    @Test func scriptErrorsCarryTheirLocation() {
        let transcript = Transcript()
        _ = transcript.shell()
        transcript.printer.location = "waiting.lens:4"
        transcript.run("fnd")
        #expect(transcript.errors.hasPrefix("waiting.lens:4: error: unknown command 'fnd'"))
    }

    @Test func helpListsEveryCommandAndDescribesEach() {
        let transcript = Transcript()
        _ = transcript.shell(opening: [])
        transcript.run("help")
        for spec in Commands.all {
            #expect(transcript.text.contains("  " + spec.signature))
        }
        for spec in Commands.all {
            transcript.clear()
            #expect(transcript.run("help \(spec.name)") != .failed)
            #expect(transcript.text.hasPrefix(spec.usage + "\n"))
            #expect(transcript.text.contains("Examples:\n  " + spec.examples[0]))
        }
    }

    @Test func showFollowsCitationsAndResultReferences() {
        let transcript = Transcript()
        let shell = transcript.shell()
        transcript.run("show report §7 ¶1.3")
        #expect(transcript.text.contains("report › Area SEND inspection of Hertfordshire Local Area Partnership › Areas for priority action (§7)"))
        #expect(transcript.text.contains("> report §7 ¶1.3  A shared data dashboard"))
        #expect(transcript.text.contains("  report §7 ¶1.1  Leaders across the partnership must share SEND data"))
        #expect(shell.cells[0].value.items(in: shell.corpus) == [Citation(document: "report", section: 7, paragraph: 1, sentence: 3)])

        transcript.clear()
        transcript.run("outline report")
        transcript.run("show $2.7")   // the seventh section the outline listed
        #expect(transcript.text.contains("> report §7 ¶2.1"))
        transcript.clear()
        transcript.run("show $1.1 --context 0")
        #expect(transcript.text == """
        report › Area SEND inspection of Hertfordshire Local Area Partnership › Areas for priority action (§7)
        > report §7 ¶1.3  A shared data dashboard, refreshed at least monthly, would allow leaders to see waiting times, the timeliness of plans and attendance in one place.

        """)
        #expect(transcript.run("show $2.40") == .failed)
        #expect(transcript.errors.contains("result $2 has no item 40; it lists 10 (use $2.1 to $2.10)"))
    }

    @Test func typedCitationsWithoutSpecialSignsWork() {
        let transcript = Transcript()
        _ = transcript.shell()
        transcript.run("show report s7 1.3 --context 0")
        #expect(transcript.text.contains("> report §7 ¶1.3"))
        transcript.clear()
        transcript.run("show statement ¶1.1 --context 0")
        #expect(transcript.errors.isEmpty)
    }

    @Test func loadReportsWhatItReadAndKeepsGoingPastFailures() throws {
        let folder = NSTemporaryDirectory() + "sendlens-repl-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "# Minutes\n\nThe panel met on 22 November 2023. It noted the report.".write(toFile: folder + "/minutes.md", atomically: true, encoding: .utf8)
        try "".write(toFile: folder + "/empty.md", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/other", withIntermediateDirectories: true)
        try "# Other minutes\n\nA different meeting.".write(toFile: folder + "/other/minutes.md", atomically: true, encoding: .utf8)

        let transcript = Transcript()
        let shell = transcript.shell()
        #expect(transcript.run("load \(folder)/minutes.md \(folder)/empty.md \(folder)/minutes.md \(folder)/other/minutes.md as minutes --date 2023-11-22") == .failed)
        #expect(transcript.text.contains("loaded minutes (minutes, 22 November 2023): 2 passages in 1 section from \(folder)/minutes.md"))
        #expect(transcript.errors.contains("'\(folder)/empty.md' has no text; nothing was loaded from it"))
        // The same file again is no error; another file of the same name is.
        #expect(transcript.text.contains("minutes is loaded already, the same as in \(folder)/minutes.md; nothing changed"))
        #expect(transcript.errors.contains("'\(folder)/other/minutes.md' was not loaded: a document named 'minutes' is already loaded"))
        #expect(shell.corpus.documents.map(\.name) == ["report", "response", "statement", "minutes"])
        #expect(shell.cells.count == 1)
    }

    @Test func docsSaysWhereEachFieldCameFrom() {
        let transcript = Transcript()
        _ = transcript.shell()
        transcript.run("docs")
        #expect(transcript.text.contains("report     report · 10 November 2023 · 141 passages"))
        #expect(transcript.text.contains("name from file name; kind, title and date from front matter"))
        let empty = Transcript()
        _ = empty.shell(opening: [])
        empty.run("docs")
        #expect(empty.text == "No documents are loaded. Add some with: load PATH\n")
    }
}

/// On a terminal: results numbered, laid out for the window's size as it is now, long ones through
/// the pager when asked, and errors wrapped at spaces.
struct TerminalLayoutTests {
    final class Screen: @unchecked Sendable {
        var written = ""
        var paged = ""
        var size = (width: 80, rows: 12)
    }

    @Test func resultsFollowTheWindowAndGoThroughThePagerWhenAsked() throws {
        let screen = Screen()
        let console = Console(write: { screen.written += $0 }, report: { screen.written += $0 }, colour: false,
                              size: { screen.size }, page: { screen.paged += $0; return true })
        let printer = Printer(console: console)
        let shell = try Shell()
        _ = shell.open(Repository.textSamples)
        func run(_ line: String) {
            screen.written = ""
            screen.paged = ""
            printer.print(shell.execute(line), from: shell)
        }
        run("find waiting --all")
        #expect(screen.written.hasPrefix("[1] waiting — 30 passages") && screen.paged.isEmpty)
        #expect(screen.written.split(separator: "\n").allSatisfy { $0.count <= 80 })
        // The window grows: the next result is laid out for it.
        screen.size = (120, 12)
        run("find waiting --all")
        #expect(screen.written.split(separator: "\n").contains { $0.count > 80 })
        run("find waiting --all --page")
        #expect(screen.paged.hasPrefix("[3] waiting — 30 passages") && screen.written.isEmpty)
        run("find dashboard --page")
        #expect(screen.paged.isEmpty && screen.written.hasPrefix("[4] dashboard"))
        run("set pager on")
        #expect(screen.written.hasPrefix("pager on"))
        run("count waiting by section")
        #expect(!screen.paged.isEmpty)
        run("set pager off")
        run("count waiting by section")
        #expect(screen.paged.isEmpty && !screen.written.isEmpty)
        run("set pager maybe")
        #expect(screen.written.hasPrefix("error: "))
        // A long heading is broken at spaces, never inside a word.
        screen.size = (60, 12)
        run("show report §6 ¶3.1")
        let shown = screen.written.split(separator: "\n")
        #expect(shown.allSatisfy { $0.count <= 60 })
        #expect(shown.joined(separator: " ").contains("What does the area partnership need to do better?"))
        // Errors are wrapped at spaces; the echoed line and its caret are not.
        screen.size = (40, 12)
        run("find dashboard in hert hcc")
        let lines = screen.written.split(separator: "\n")
        #expect(lines.count > 3)
        #expect(lines.filter { !$0.hasPrefix(" ") }.allSatisfy { $0.count <= 40 })
        #expect(lines.contains("  find dashboard in hert hcc"))
    }
}
