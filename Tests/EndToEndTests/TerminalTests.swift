import Foundation
import Testing

/// Drives the real binary in a terminal through tmux, as a person would: typing, TAB, Up, Ctrl-R,
/// Ctrl-C and Ctrl-D. Each step waits until the screen shows what it should, with a generous limit,
/// so a busy machine slows the test down instead of failing it.
@Suite(.serialized, .enabled(if: Tmux.isInstalled, "tmux is not installed (.ci/run installs it)"))
struct TerminalTests {
    @Test func lineEditingHistoryCompletionAndInterrupts() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let state = tmux.state

        // LANG unset: non-ASCII input must still arrive intact.
        try tmux.start("env -u LANG -u LC_ALL -u LC_CTYPE XDG_STATE_HOME=\(state) TERM=xterm \(Binary.path)")
        try tmux.waitFor("[1]> ")

        tmux.send(literal: "out")
        tmux.send(keys: "Tab")
        try tmux.waitFor("[1]> outline ")
        tmux.send(literal: "rep")
        tmux.send(keys: "Tab")
        try tmux.waitFor("[1]> outline report ")
        tmux.send(keys: "Enter")
        try tmux.waitFor("§10")
        try tmux.waitFor("[2]> ")

        tmux.send(literal: "show café naïve 日本")
        tmux.send(keys: "Enter")
        try tmux.waitFor("error: no document named 'café'")

        // Ctrl-C drops the line being typed; the program goes on and the line never runs.
        tmux.send(literal: "docs extra words")
        try tmux.waitFor("[2]> docs extra words")
        tmux.send(keys: "C-c")
        tmux.send(literal: "help")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Commands (type help COMMAND for more):")
        #expect(!tmux.screen().contains("docs does not take"))
        try tmux.waitFor("[3]> ")
        tmux.send(keys: "C-d")
        try tmux.waitForExit()

        // A second run remembers the first one's lines.
        try tmux.start("env XDG_STATE_HOME=\(state) TERM=xterm \(Binary.path)")
        try tmux.waitFor("[1]> ")
        tmux.send(keys: "Up")
        try tmux.waitFor("[1]> help")
        tmux.send(keys: "Up")
        try tmux.waitFor("[1]> show café naïve 日本")
        tmux.send(keys: "C-u")
        tmux.send(keys: "C-r")
        tmux.send(literal: "outl")
        try tmux.waitFor("outline report")
        tmux.send(keys: "Enter")
        if !tmux.screen().contains("§10") { tmux.send(keys: "Enter") }
        try tmux.waitFor("§10")
        tmux.send(literal: "quit")
        tmux.send(keys: "Enter")
        try tmux.waitForExit()
        // Each session's journal holds every line typed, the interrupted one excepted.
        let journals = try FileManager.default.contentsOfDirectory(atPath: state + "/sendlens/journal")
        #expect(journals.count == 2)
        let texts = try journals.map { try String(contentsOfFile: state + "/sendlens/journal/" + $0, encoding: .utf8) }
        #expect(texts.contains { $0.hasSuffix("outline report\nshow café naïve 日本\nhelp\n") })
        #expect(texts.contains { $0.hasSuffix("outline report\nquit\n") })
        let history = try String(contentsOfFile: state + "/sendlens/history", encoding: .utf8)
        #expect(history.contains("outline\\040report"))
        #expect(!history.contains("docs\\040extra"))
    }
}

extension TerminalTests {
    /// A session killed outright (SIGKILL, as a crash or a closed window would) loses nothing:
    /// its journal lists every command, and --recover replays it into a new session.
    @Test func aKilledSessionIsRecoveredFromItsJournal() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let state = tmux.state
        try tmux.start("env XDG_STATE_HOME=\(state) TERM=xterm \(Binary.path)")
        try tmux.waitFor("[1]> ")
        for (line, prompt) in [("find dashboard", "[2]> "), ("count EHCP", "[3]> "), ("show $1.2 --context 0", "[4]> ")] {
            tmux.send(literal: line)
            tmux.send(keys: "Enter")
            try tmux.waitFor(prompt)
        }
        let pid = try #require(tmux.panePID())
        kill(pid, SIGKILL)
        try tmux.waitForExit()
        let killedJournal = try #require(try FileManager.default.contentsOfDirectory(atPath: state + "/sendlens/journal").first)

        // On a pipe: the list, then the commands of the newest journal.
        let environment = ["XDG_STATE_HOME": state]
        let list = try Binary.run(["--recover"], environment: environment)
        #expect(list.status == 0)
        #expect(list.output.hasPrefix("1  20"))
        #expect(list.output.contains("  3 commands  news, report, response, statement, survey-2022\n"))
        let commands = try Binary.run(["--recover", "1"], environment: environment)
        let lines = commands.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 4 && lines[0].hasPrefix("load /") && lines[0].hasSuffix("/samples"))
        #expect(Array(lines.dropFirst()) == ["find dashboard", "count EHCP", "show $2.2 --context 0"])
        #expect(try Binary.run(["--recover", "7"], environment: environment).status == 1)

        // On a terminal: the chosen session replays, and goes on where it stopped.
        try tmux.start("env XDG_STATE_HOME=\(state) TERM=xterm \(Binary.path) --recover")
        try tmux.waitFor("Which session should be replayed?")
        tmux.send(keys: "Enter")
        try tmux.waitFor("the recovered session goes on here.")
        try tmux.waitFor("[5]> ")
        #expect(tmux.screen().contains("> response §4 ¶3.1"))
        tmux.send(literal: "show $4.1")
        tmux.send(keys: "Enter")
        try tmux.waitFor("[6]> ")
        tmux.send(literal: "quit")
        tmux.send(keys: "Enter")
        try tmux.waitForExit()
        // The recovered session kept a journal of its own, holding the replayed lines too.
        // (Named for the second it started and its process: the two may share a second.)
        let journals = try FileManager.default.contentsOfDirectory(atPath: state + "/sendlens/journal")
        #expect(journals.count == 2)
        let recovered = try #require(journals.first { $0 != killedJournal })
        let newest = try String(contentsOfFile: state + "/sendlens/journal/" + recovered, encoding: .utf8)
        #expect(newest.hasSuffix("find dashboard\ncount EHCP\nshow $2.2 --context 0\nshow $4.1\nquit\n"))
    }
}

extension TerminalTests {
    /// Results are numbered, follow the window when it is resized, and go through the pager when
    /// asked; TAB completes a file name with a space in quotes that load then reads.
    @Test func numbersResizingThePagerAndNamesWithSpaces() throws {
        let folder = NSTemporaryDirectory() + "sendlens-files-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "# Minutes\n\nThe dashboard was discussed.\n".write(toFile: folder + "/board minutes.md", atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tmux = Tmux()
        defer { tmux.stop() }
        let state = tmux.state
        try tmux.start("env XDG_STATE_HOME=\(state) TERM=xterm NO_COLOR=1 PAGER='sed s/^/PAGED:/' \(Binary.path)")
        try tmux.waitFor("[1]> ")
        tmux.send(literal: "find dashboard")
        tmux.send(keys: "Enter")
        try tmux.waitFor("[1] dashboard — 4 passages")
        try tmux.waitFor("[2]> ")
        // The window narrows: the next result is laid out for it.
        tmux.resize(width: 70)
        tmux.send(literal: "find waiting --limit 8")
        tmux.send(keys: "Enter")
        try tmux.waitFor("[3]> ")
        let lines = tmux.screen().split(separator: "\n").drop { !$0.hasPrefix("[2] waiting") }
        #expect(lines.count > 8 && lines.allSatisfy { $0.count <= 70 })
        tmux.send(literal: "find children --all --page")
        tmux.send(keys: "Enter")
        try tmux.waitFor("PAGED:")
        try tmux.waitFor("[4]> ")
        tmux.send(literal: "load \(folder)/boa")
        tmux.send(keys: "Tab")
        // (The line is wider than the window: it wraps, so only its end is looked for.)
        try tmux.waitFor("minutes.md\"")
        tmux.send(keys: "Enter")
        try tmux.waitFor("loaded board-minutes")
        tmux.send(literal: "quit")
        tmux.send(keys: "Enter")
        try tmux.waitForExit()
    }
}

extension TerminalTests {
    /// Opening the nineteen real reports unread takes more than a second: the terminal shows how
    /// far it has got, and Ctrl-C stops it with what was read kept and the prompt given.
    static let reports = URL(fileURLWithPath: Binary.repository).deletingLastPathComponent().appendingPathComponent("shared/reports").path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: reports), "the real reports are not beside the repository"))
    func aLongOpeningLoadShowsItsProgressAndStopsOnCtrlC() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let state = tmux.state
        try tmux.start("env SENDLENS_NO_CACHE=1 XDG_STATE_HOME=\(state) TERM=xterm \(Binary.path) \(Self.reports)")
        try tmux.waitFor("reading ")
        #expect(tmux.screen().contains(" MB"))
        tmux.send(keys: "C-c")
        try tmux.waitFor("[1]> ")
        let screen = tmux.screen()
        #expect(screen.contains("error: stopped: "))
        #expect(screen.contains("the documents loaded before Ctrl-C are kept"))
        // The progress line is gone once the load ends.
        #expect(!screen.contains("reading "))
        tmux.send(literal: "quit")
        tmux.send(keys: "Enter")
        try tmux.waitForExit()
    }
}

extension TerminalTests {
    /// History that cannot be saved (here its file is a folder, which even root cannot write as a
    /// file) is said once; the session goes on, and the journal still keeps every line.
    @Test func historyThatCannotBeSavedIsSaidOnce() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let state = tmux.state
        try FileManager.default.createDirectory(atPath: state + "/sendlens/history", withIntermediateDirectories: true)
        try tmux.start("env XDG_STATE_HOME=\(state) TERM=xterm \(Binary.path)")
        try tmux.waitFor("[1]> ")
        for line in ["docs", "outline report"] {
            tmux.send(literal: line)
            tmux.send(keys: "Enter")
        }
        try tmux.waitFor("[3]> ")
        let screen = tmux.screen()
        #expect(screen.components(separatedBy: "the history of typed commands cannot be saved").count == 2, "\(screen)")
        tmux.send(literal: "quit")
        tmux.send(keys: "Enter")
        try tmux.waitForExit()
        let journals = try FileManager.default.contentsOfDirectory(atPath: state + "/sendlens/journal")
        let journal = try String(contentsOfFile: state + "/sendlens/journal/" + journals[0], encoding: .utf8)
        #expect(journal.hasSuffix("docs\noutline report\nquit\n"))
    }
}

/// One tmux server of our own, on its own socket, holding one window.
final class Tmux {
    static let isInstalled = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
        || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")

    private let socket = "sendlens-test"
    /// The server's socket lives here, removed with it, so no test leaves anything behind.
    private let folder = NSTemporaryDirectory() + "sendlens-tmux-" + UUID().uuidString
    /// The program's state folder (XDG_STATE_HOME: history, journals), removed with the server.
    let state = NSTemporaryDirectory() + "sendlens-state-" + UUID().uuidString
    private let session = "t"
    private let patience: TimeInterval = 60

    func start(_ command: String) throws {
        // tmux's server exits when its last session ends; one still exiting when a new session is
        // asked for can take the new one down with it (a second run started just after the first
        // ended then shows nothing). So the old server is ended first, and the session is asked
        // for again until it is there and stays there.
        for _ in 1...3 {
            _ = run(["kill-server"])
            // The server this starts would hold a captured stdout open forever: capture nothing.
            _ = run(["new-session", "-d", "-s", session, "-x", "120", "-y", "50", command], capturing: false)
            let deadline = Date().addingTimeInterval(5)
            while Date() < deadline, run(["has-session", "-t", session]).status != 0 { Thread.sleep(forTimeInterval: 0.05) }
            Thread.sleep(forTimeInterval: 0.2)
            if run(["has-session", "-t", session]).status == 0 { return }
        }
        Issue.record("tmux would not start a session for: \(command)")
        throw TmuxTimeout()
    }

    func resize(width: Int) {
        _ = run(["resize-window", "-t", session, "-x", String(width)])
    }

    func send(keys: String) {
        _ = run(["send-keys", "-t", session, keys])
    }

    func send(literal text: String) {
        _ = run(["send-keys", "-t", session, "-l", text])
    }

    /// The process running in the window.
    func panePID() -> Int32? {
        Int32(run(["display-message", "-p", "-t", session, "#{pane_pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func screen() -> String {
        run(["capture-pane", "-p", "-t", session]).output
    }

    /// Waits until the screen shows `text`; trailing spaces are not compared, as tmux trims them.
    func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var text = Substring(text)
        while text.last == " " { text = text.dropLast() }
        let deadline = Date().addingTimeInterval(patience)
        while Date() < deadline {
            if screen().contains(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the screen never showed \(String(text).debugDescription); it shows:\n\(screen())", sourceLocation: sourceLocation)
        throw TmuxTimeout()
    }

    func waitForExit(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(patience)
        while Date() < deadline {
            if run(["has-session", "-t", session]).status != 0 { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the program did not exit; the screen shows:\n\(screen())", sourceLocation: sourceLocation)
        throw TmuxTimeout()
    }

    func stop() {
        _ = run(["kill-server"])
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.removeItem(atPath: state)
    }

    /// Runs tmux through popen and waits with pclose. (Foundation's Process waits for the tmux
    /// client to close the pipes it was given, which the server it forks keeps open.)
    private func run(_ arguments: [String], capturing: Bool = true) -> (status: Int32, output: String) {
        let quoted = (["tmux", "-L", socket] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let command = "TMUX_TMPDIR='\(folder)' " + quoted.joined(separator: " ") + " 2>/dev/null </dev/null" + (capturing ? "" : " >/dev/null")
        guard let stream = popen(command, "r") else { return (127, "") }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, stream)
            if count <= 0 { break }
            output.append(contentsOf: buffer[..<count])
        }
        let status = pclose(stream)
        return (status, String(decoding: output, as: UTF8.self))
    }
}

struct TmuxTimeout: Error {}
