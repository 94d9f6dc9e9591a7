import Foundation
import SendLensCore
import SendLensTestSupport
import Testing
@testable import SendLensREPL

/// Each kind of bad file gets one clear line, and what was loaded stays loaded.
struct LoadMessagesTests {
    @Test(arguments: [
        ("quote.csv", "id,comment\n1,\"never closed\n", "", "error: 'FOLDER/quote.csv' line 2: a quoted field starts here and is never closed; add the closing \" in the file"),
        ("numbers.csv", "1,2\n3,4\n", "", "error: 'FOLDER/numbers.csv' has no header row: its first line should name the columns (each once), e.g. id,group,comments"),
        ("ragged.csv", "id,answer\n1,yes,extra\n2,no\n", "", "warning: 'FOLDER/ragged.csv': 1 row does not have one field a column (line 2); missing fields were left empty and extra ones dropped"),
        ("poll.csv", "id,answer\n1,yes\n", " --text answr", "error: 'FOLDER/poll.csv' has no column 'answr' (did you mean 'answer'?); its columns are: id, answer"),
        ("nav.html", "<html><body><nav>Home</nav><script>x()</script></body></html>", "", "error: 'FOLDER/nav.html' has no text to read: only navigation, scripts, forms or nothing at all; nothing was loaded from it"),
        ("text.pdf", "plain words", "", "error: 'FOLDER/text.pdf' is named as a PDF but is not one; nothing was loaded from it"),
        ("page.md", "<!DOCTYPE html><p>Hello there.</p>", "", "warning: 'FOLDER/page.md' is really HTML, whatever its name says; it was read as HTML"),
        ("old.txt", "Caf\u{E9}", "", "warning: 'FOLDER/old.txt' is not UTF-8 text; it was read as Windows-1252, so check accented letters and symbols"),
    ])
    func badFilesAreExplained(file: String, contents: String, options: String, message: String) throws {
        let folder = NSTemporaryDirectory() + "sendlens-messages-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // "Café" in Windows-1252 for the one file that must not be UTF-8.
        let bytes = file == "old.txt" ? Data([0x43, 0x61, 0x66, 0xE9]) : Data(contents.utf8)
        try bytes.write(to: URL(fileURLWithPath: folder + "/" + file))
        let transcript = Transcript()
        let shell = transcript.shell()
        transcript.run("load \(folder)/\(file)\(options)")
        #expect(transcript.errors == message.replacingOccurrences(of: "FOLDER", with: folder) + "\n")
        #expect(shell.corpus.documents.prefix(3).map(\.name) == ["report", "response", "statement"])
    }
}

struct InterruptTests {
    /// Ctrl-C during a load keeps the documents loaded so far and says what was left.
    @Test func ctrlCStopsALoadBetweenFiles() {
        let transcript = Transcript()
        let shell = transcript.shell(opening: [])
        // Ctrl-C comes once two documents are in (the loading thread asks between files and
        // while it waits for one; readers in the background ask too, and see it once it has come).
        final class Interrupt: @unchecked Sendable {
            private let lock = NSLock()
            private let library: Library
            private let loader = pthread_self()
            private var pressed = false
            init(_ library: Library) { self.library = library }
            func check() -> Bool {
                lock.withLock {
                    if !pressed, pthread_equal(pthread_self(), loader) != 0, library.corpus.documents.count >= 2 { pressed = true }
                    return pressed
                }
            }
        }
        let interrupt = Interrupt(shell.library)
        shell.isInterrupted = { interrupt.check() }
        transcript.run("load \(Repository.samples)")
        #expect(shell.corpus.documents.count == 2)
        #expect(transcript.errors == "error: stopped: 3 files were not loaded; the documents loaded before Ctrl-C are kept\n")
        #expect(shell.cells.count == 1)
    }

    @Test func titleAndKindCanBeGivenWhenLoading() throws {
        let transcript = Transcript()
        let shell = transcript.shell(opening: [])
        transcript.run("load \(Repository.samples)/statement.md --kind letter --title \"The forum's letter\" --name forum")
        let document = try #require(shell.corpus.document(named: "forum"))
        #expect(document.kind == .letter && document.title == "The forum's letter")
        #expect(document.origins.kind == .loadOption && document.origins.title == .loadOption)
        transcript.clear()
        transcript.run("load \(Repository.samples) --title Everything")
        #expect(transcript.errors.hasPrefix("error: --title names one document, but "))
        transcript.clear()
        transcript.run("load \(Repository.writtenReport) --kind memo")
        #expect(transcript.errors.hasPrefix("error: --kind 'memo' is not one of report, survey, response"))
        #expect(shell.corpus.documents.map(\.name) == ["forum"])
    }
}
