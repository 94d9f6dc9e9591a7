import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensREPL
@testable import SendLensCore

/// A folder of its own for each test, removed afterwards.
final class Scratch {
    let folder = NSTemporaryDirectory() + "sendlens-session-" + UUID().uuidString

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: folder + "/" + name).map { String(decoding: $0, as: UTF8.self) }
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
}

struct HistoryTests {
    @Test func historyListsEveryLineWithItsResultAndMarksFailures() {
        let transcript = Transcript()
        _ = transcript.shell()
        transcript.run("find dashboard")
        transcript.run("fnd waiting")
        transcript.run("show $.1 --context 0")
        transcript.clear()
        #expect(transcript.run("history") == .nothing)
        #expect(transcript.text == """
                  load \(Repository.textSamples.joined(separator: " "))   (when the session opened)
              $1  find dashboard
                  fnd waiting   ✗ failed
              $2  show $.1 --context 0

            """)
    }
}

struct SaveAndReplayTests {
    @Test(arguments: [
        ("/work/samples/report.md", "/work/sessions", "../samples/report.md"),
        ("/work/samples/report.md", "/work", "samples/report.md"),
        ("/work/report.md", "/work/a/b", "../../report.md"),
        ("/work", "/work", "."),
        ("/tmp/x.md", "/work/sessions", "/tmp/x.md"),
    ])
    func pathsAreWrittenFromTheScriptsFolder(path: String, folder: String, relative: String) {
        #expect(Shell.relative(path, to: folder) == relative)
    }

    /// Saved with its output, a session replays from another folder and checks out the same.
    @Test func aSavedSessionReplaysAndChecksClean() throws {
        let scratch = try Scratch()
        let transcript = Transcript()
        _ = transcript.shell()
        for line in ["find dashboard", "fnd waiting", "show $1.1 --context 0", "load \(Repository.survey)", "tally satisfied",
                     "count wait by question", "docs", "help", "find EHCP --limit 2 > \(scratch.folder)/ehcp.md", "show $1.2"] {
            transcript.run(line)
        }
        transcript.clear()
        #expect(transcript.run("save \(scratch.folder)/s.lens --with-output") == .nothing)
        #expect(transcript.text == "saved 9 commands and their output to \(scratch.folder)/s.lens\n")
        let script = try #require(scratch.contents("s.lens"))
        // Paths are written from the script's folder (absolute only when they share nothing but the root).
        let folder = scratch.folder
        #expect(script.contains("\n# document report \(Shell.relative(Repository.writtenReport, to: folder)) sha256:"))
        #expect(script.contains("\n# failed: fnd waiting\n"))
        #expect(!script.contains("\nhelp\n"))
        // Numbers are the script's own: the opening load is its $1, so find is $2.
        #expect(script.contains("\nshow $2.1 --context 0\n"))
        #expect(script.contains("\nshow $2.2\n"))
        #expect(script.contains("\nload \(Shell.relative(Repository.survey, to: folder))\n"))
        // The output of the redirect was the line it said, not the result.
        #expect(script.contains("\n#> wrote 2 passages to \(scratch.folder)/ehcp.md (Markdown, "))
        // As a new session would: nothing loaded, the script loads its documents. The redirect
        // wrote outside the script's folder, so the replay needs --allow-writes... and then the
        // file exists, so that line fails: check with --keep-going.
        try FileManager.default.removeItem(atPath: scratch.folder + "/ehcp.md")
        let replaying = Transcript()
        _ = replaying.shell(opening: [])
        #expect(replaying.run("replay \(scratch.folder)/s.lens --check --allow-writes") == .nothing)
        #expect(replaying.shell.cells.count == 9)
        #expect(replaying.text.hasSuffix("9 commands: 9 same, 0 differ\n"), "\(replaying.text)")
        #expect(replaying.errors == "")
    }

    /// A file name with a line break (or a backslash) is written so that the script's lines stay
    /// whole, and the replay reads the same file.
    @Test func aFileNameWithALineBreakKeepsTheScriptWhole() throws {
        let scratch = try Scratch()
        let name = scratch.folder + "/two\nlines \\ here.md"
        try FileManager.default.copyItem(atPath: Repository.samples + "/statement.md", toPath: name)
        let transcript = Transcript()
        _ = transcript.shell(opening: [name])
        transcript.run("count waiting")
        #expect(transcript.run("save \(scratch.folder)/s.lens --with-output") == .nothing)
        let script = try #require(scratch.contents("s.lens"))
        #expect(script.split(separator: "\n").allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("load ") || $0 == "count waiting" })
        let replaying = Transcript()
        _ = replaying.shell(opening: [])
        #expect(replaying.run("replay \(scratch.folder)/s.lens --check") == .nothing)
        #expect(replaying.text.hasSuffix("2 commands: 2 same, 0 differ\n"), "\(replaying.text)")
    }

    @Test func checkShowsADiffAtTheLineAndUpdateRecordsTheNewOutput() throws {
        let scratch = try Scratch()
        try scratch.write("report.md", "# Report\n\nFamilies wait too long. Plans are late.\n")
        try scratch.write("s.lens", """
            # A script written by hand.
            load report.md
            #> loaded report (report): 2 passages in 1 section from report.md
            count wait
            #> wait — 2 passages
            #>   report  2
            find plans
            """ + "\n")
        let transcript = Transcript()
        _ = transcript.shell(opening: [])
        #expect(transcript.run("replay \(scratch.folder)/s.lens --check") == .failed)
        #expect(transcript.text.contains("""
            \(scratch.folder)/s.lens:4: the output differs from the one recorded
            --- recorded
            +++ now
            @@ -1,2 +1,2 @@
            -wait — 2 passages
            -  report  2
            +wait — 1 passage
            +  report  1
            """))
        #expect(transcript.errors.contains("error: \(scratch.folder)/s.lens: 2 of 3 commands gave other output than recorded"))
        #expect(transcript.text.hasSuffix("3 commands: 1 same, 2 differ\n"))
        _ = transcript.shell(opening: [])
        transcript.run("replay \(scratch.folder)/s.lens --update")
        #expect(scratch.contents("s.lens")!.contains("count wait\n#> wait — 1 passage\n#>   report  1\nfind plans\n#> plans — 1 passage"))
        _ = transcript.shell(opening: [])
        #expect(transcript.run("replay \(scratch.folder)/s.lens --check") != .failed)
        #expect(transcript.text.hasSuffix("3 commands: 3 same, 0 differ\n"))
    }

    @Test func aChangedDocumentIsNamedAndAFailingLineStopsTheReplay() throws {
        let scratch = try Scratch()
        try scratch.write("report.md", "# Report\n\nFamilies wait too long.\n")
        try scratch.write("s.lens", """
            # document report report.md sha256:0000
            load report.md
            fnd wait
            count wait
            """ + "\n")
        let transcript = Transcript()
        let shell = transcript.shell(opening: [])
        #expect(transcript.run("replay \(scratch.folder)/s.lens") == .failed)
        #expect(transcript.errors.hasPrefix("\(scratch.folder)/s.lens:2: warning: report: changed since the session was saved (sha256 0000… then, "))
        #expect(transcript.errors.contains("\(scratch.folder)/s.lens:3: error: unknown command 'fnd' (did you mean 'find'?)"))
        #expect(transcript.errors.contains("error: \(scratch.folder)/s.lens:3: the replay stopped at this line; add --keep-going to run the rest"))
        #expect(shell.cells.count == 1)
        let again = transcript.shell(opening: [])
        transcript.run("replay \(scratch.folder)/s.lens --keep-going")
        #expect(again.cells.count == 2)
    }

    /// A script's $N are its own results, whatever the session had before.
    @Test func resultNumbersInAScriptAreTheScriptsOwn() throws {
        let scratch = try Scratch()
        try scratch.write("s.lens", "find dashboard\nshow $1.1 --context 0\n")
        let transcript = Transcript()
        let shell = transcript.shell()
        transcript.run("docs")
        transcript.run("outline report")
        #expect(transcript.run("replay \(scratch.folder)/s.lens") == .nothing)
        #expect(transcript.text.contains("> response §4 ¶3.1"))
        #expect(shell.cells.map(\.command) == ["docs", "outline report", "find dashboard", "show $1.1 --context 0"])
    }

    /// Lines a replay ran are saved with the numbers of the new script.
    @Test func aSessionThatReplayedAScriptSavesAndReplaysAgain() throws {
        let scratch = try Scratch()
        try scratch.write("s.lens", "find dashboard\nshow $1.1 --context 0\n")
        let transcript = Transcript()
        // The bundled samples, which a replayed script may read wherever it is.
        _ = transcript.shell(opening: ["report.pdf", "response.md", "statement.md"].map { Repository.samples + "/" + $0 })
        transcript.run("docs")
        transcript.run("replay \(scratch.folder)/s.lens")
        transcript.run("save \(scratch.folder)/t.lens --with-output")
        let script = try #require(scratch.contents("t.lens"))
        // $1 = the opening load, $2 = docs, $3 = find: the replayed "show $1.1" meant the find.
        #expect(script.contains("\nfind dashboard\n") && script.contains("\nshow $3.1 --context 0\n"))
        let again = Transcript()
        _ = again.shell(opening: [])
        #expect(again.run("replay \(scratch.folder)/t.lens --check") == .nothing)
        #expect(again.text.hasSuffix("4 commands: 4 same, 0 differ\n"), "\(again.text)")
    }

    @Test func aReplayedScriptReadsAndWritesOnlyInItsFolder() throws {
        let scratch = try Scratch()
        let outside = try Scratch()
        try outside.write("secret.md", "# Secret\n\nDo not read.\n")
        try scratch.write("existing.txt", "keep me\n")
        try scratch.write("s.lens", """
            load \(outside.folder)/secret.md
            find dashboard > \(outside.folder)/out.txt
            find dashboard > existing.txt
            find dashboard >| existing.txt
            save again.lens
            find dashboard > inside.txt
            """ + "\n")
        let transcript = Transcript()
        _ = transcript.shell()
        #expect(transcript.run("replay \(scratch.folder)/s.lens --keep-going") == .failed)
        let errors = transcript.errors.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
        #expect(errors == [
            "\(scratch.folder)/s.lens:1: error: '\(outside.folder)/secret.md' is outside the script's folder (\(LocalFiles.realPath(scratch.folder))), so a replayed script may not read it; replay with --allow-writes if you trust this script",
            "\(scratch.folder)/s.lens:2: error: a replayed script may only write inside its own folder, and '\(outside.folder)/out.txt' is not there; replay with --allow-writes if you trust this script",
            "\(scratch.folder)/s.lens:3: error: a replayed script may not write over a file, and 'existing.txt' exists (or the line asks to replace or add to it); replay with --allow-writes if you trust this script",
            "\(scratch.folder)/s.lens:4: error: a replayed script may not write over a file, and 'existing.txt' exists (or the line asks to replace or add to it); replay with --allow-writes if you trust this script",
        ])
        #expect(scratch.contents("existing.txt") == "keep me\n")
        #expect(outside.contents("out.txt") == nil)
        #expect(scratch.contents("again.lens") != nil)
        #expect(scratch.contents("inside.txt")?.hasPrefix("dashboard — 3 passages") == true)
    }

    @Test func saveNeverReplacesAFileUnlessForced() throws {
        let scratch = try Scratch()
        let transcript = Transcript()
        _ = transcript.shell()
        transcript.run("find dashboard")
        transcript.run("save \(scratch.folder)/s.lens")
        let first = scratch.contents("s.lens")
        transcript.run("count EHCP")
        #expect(transcript.run("save \(scratch.folder)/s.lens") == .failed)
        #expect(scratch.contents("s.lens") == first)
        #expect(transcript.run("save \(scratch.folder)/s.lens --force") == .nothing)
        #expect(scratch.contents("s.lens")!.hasSuffix("find dashboard\ncount EHCP\n"))
        #expect(transcript.run("save \(scratch.folder)/s.txt") == .failed)
        #expect(transcript.errors.hasSuffix("error: the file name 's.txt' is not a name ending in .lens; see help save\n") || transcript.errors.contains("ending in .lens"))
    }
}

struct JournalTests {
    @Test func everyLineTypedIsKeptBeforeItRunsAsAScriptThatReplays() throws {
        let scratch = try Scratch()
        let transcript = Transcript()
        let shell = transcript.shell()
        let journal = try #require(Journal(folder: scratch.folder, shell: shell))
        let reader = ScriptedLineReader([.line("find waiting"), .line("fnd typo"), .interrupted, .line(""), .line("show $1.1"), .end])
        REPL(shell: shell, reader: reader, printer: transcript.printer, showsPrompt: true, journal: journal).run()
        let text = try String(contentsOfFile: journal.path, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("# SEND Lens journal of the session started "))
        #expect(lines[1].hasPrefix("# document report \(Repository.writtenReport) sha256:"))
        // The journal's own first result is the documents it opens, so $1 typed is its $2.
        #expect(Array(lines.suffix(4)) == ["load " + Repository.textSamples.joined(separator: " "), "find waiting", "fnd typo", "show $2.1"])
        // The journal is a script: replayed, it rebuilds the session.
        let again = Transcript()
        let recovered = again.shell(opening: [])
        again.run("replay \(journal.path) --keep-going --allow-writes")
        #expect(recovered.corpus.documents.count == 3)
        #expect(recovered.cells.map(\.command) == ["load " + Repository.textSamples.joined(separator: " "), "find waiting", "show $2.1"])
        #expect(again.text.contains("> report §4 ¶"))
    }

    /// On a full disk the session says once that commands are not being kept, and goes on.
    @Test func aFullDiskIsSaidOnceAndTheSessionGoesOn() throws {
        let scratch = try Scratch()
        let transcript = Transcript()
        let shell = transcript.shell()
        let journal = try #require(Journal(folder: scratch.folder, shell: shell))
        let full = open("/dev/full", O_WRONLY)
        #expect(full >= 0 && dup2(full, journal.descriptor) == journal.descriptor)
        close(full)
        let reader = ScriptedLineReader(lines: ["find waiting", "count EHCP", "docs"])
        REPL(shell: shell, reader: reader, printer: transcript.printer, showsPrompt: false, journal: journal).run()
        #expect(transcript.errors == "warning: the commands you type are no longer being kept in the journal (\(journal.path)): "
            + "no space left on device; the session goes on\n")
        #expect(shell.cells.count == 3)
    }

    @Test func anUnwritableFolderGivesNoJournal() throws {
        let transcript = Transcript()
        #expect(Journal(folder: "/proc/no-such-place", shell: transcript.shell(opening: [])) == nil)
    }

    @Test func journalsAreListedNewestFirstAndOldOnesPruned() throws {
        let scratch = try Scratch()
        let store = JournalStore(stateFolder: scratch.folder)
        try FileManager.default.createDirectory(atPath: store.folder, withIntermediateDirectories: true)
        for day in 1...5 {
            let name = "2026-11-0\(day)T120000-\(day).lens"
            try "# document report /r.md sha256:00\nload /r.md\nfind waiting\ncount EHCP\n".write(toFile: store.folder + "/" + name, atomically: true, encoding: .utf8)
            let age = Date().addingTimeInterval(Double(-(6 - day)) * 10 * 86_400)
            try FileManager.default.setAttributes([.modificationDate: age], ofItemAtPath: store.folder + "/" + name)
        }
        let journals = store.journals()
        #expect(journals.map(\.started) == ["2026-11-05 12:00:00", "2026-11-04 12:00:00", "2026-11-03 12:00:00", "2026-11-02 12:00:00", "2026-11-01 12:00:00"])
        #expect(journals[0].commands == 2 && journals[0].documents == ["report"])
        // 10 to 50 days old: those past 30 days go, and of the rest only the newest 1 is kept.
        #expect(store.prune(keep: 1, days: 30) == 4)
        #expect(store.journals().map(\.started) == ["2026-11-05 12:00:00"])
    }

    /// Two sessions started in one second are told apart by their process numbers, as numbers.
    @Test func journalsOfOneSecondAreOrderedByProcessNumber() throws {
        let scratch = try Scratch()
        let store = JournalStore(stateFolder: scratch.folder)
        try FileManager.default.createDirectory(atPath: store.folder, withIntermediateDirectories: true)
        for (pid, commands) in [(9999, "find a\n"), (10000, "find a\nfind b\n")] {
            try commands.write(toFile: store.folder + "/2026-11-05T120000-\(pid).lens", atomically: true, encoding: .utf8)
        }
        #expect(store.journals().map(\.commands) == [2, 1])
    }
}
