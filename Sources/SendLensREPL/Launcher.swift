import CEditLine
import Foundation
import SendLensCore

/// How the executable was asked to run, after its flags are parsed.
public struct Launcher {
    public var paths: [String]
    public var commands: [String]
    public var noSamples: Bool
    public var environment: [String: String]
    /// `--recover` (nil: choose from the list) or `--recover N`.
    public var recover: Int??

    public init(paths: [String], commands: [String], noSamples: Bool, recover: Int?? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.paths = paths
        self.commands = commands
        self.noSamples = noSamples
        self.recover = recover
        self.environment = environment
    }

    /// Opens the documents, then runs the `-c` commands or the REPL. Returns the exit status.
    public func run() -> Int32 {
        let interactive = commands.isEmpty && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        if let recover { return recovering(recover, interactive: interactive) }
        let colour = interactive && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        let printer = Printer(console: .standard(colour: colour, terminal: interactive, environment: environment))
        let shell: Shell
        do {
            shell = try Shell()
        } catch {
            printer.report(.error(ErrorMessages.message(for: error)))
            return 1
        }

        var opening = paths
        if opening.isEmpty && !noSamples && recover == nil {
            if let samples = SampleLocator.find(environment: environment) {
                opening = [samples]
            } else {
                printer.report(.warning("the bundled samples were not found; set SENDLENS_SAMPLES to their folder, "
                    + "or name files to open: sendlens FILE…"))
            }
        }
        shell.showsLoadProgress = isatty(STDERR_FILENO) == 1
        if interactive {
            // Ctrl-C during the opening load stops it, keeping what was read, and the prompt follows.
            sl_install_interrupt_handler()
            shell.isInterrupted = { sl_interrupt_pending() != 0 }
        }
        var openFailed = false
        if !opening.isEmpty {
            let (summary, diagnostics) = shell.open(opening)
            for diagnostic in diagnostics { printer.report(diagnostic) }
            openFailed = diagnostics.contains { $0.severity == .error }
            if interactive {
                var banner = StyledText()
                banner.line("SEND Lens \(Version.current): \(summary)")
                banner.line("Type help for the commands, quit to leave.")
                printer.console.write(banner.wrapped(width: printer.console.width).plain)
            }
        }

        if !commands.isEmpty {
            let reader = ScriptedLineReader(lines: commands)
            let succeeded = REPL(shell: shell, reader: reader, printer: printer, showsPrompt: false).run()
            return succeeded && !openFailed ? 0 : 1
        }
        if interactive {
            return interact(shell: shell, printer: printer)
        }
        let succeeded = REPL(shell: shell, reader: PlainLineReader(), printer: printer, showsPrompt: false).run()
        return succeeded && !openFailed ? 0 : 1
    }

    /// The prompt on a terminal, with line editing, history and a journal.
    private func interact(shell: Shell, printer: Printer) -> Int32 {
        do {
            let paths = StatePaths(environment: environment)
            let prepared = paths.prepare()
            if prepared { JournalStore(stateFolder: paths.folder).prune() }
            let journal = prepared ? Journal(folder: paths.folder, shell: shell) : nil
            // Lines a recovery replayed are this session's too.
            for entry in shell.history where entry.opening == nil { _ = journal?.record(entry.line) }
            if journal == nil {
                printer.report(.warning("commands typed in this session cannot be kept in a journal (\(paths.folder) is not writable)"))
            }
            let completer = Completer(shell: shell)
            if let reader = EditLineReader(historyPath: prepared ? paths.history : nil, complete: completer.complete) {
                // The reader clears the flag before each line, so this is "since the command began".
                shell.isInterrupted = { sl_interrupt_pending() != 0 }
                REPL(shell: shell, reader: reader, printer: printer, showsPrompt: true, journal: journal).run()
                return 0
            }
        }
        return REPL(shell: shell, reader: PlainLineReader(), printer: printer, showsPrompt: false).run() ? 0 : 1
    }

    /// `--recover [N]`: on a terminal, replays a journal (chosen from the list, or N) into a new
    /// session and goes on from there; on a pipe, lists the journals, or prints journal N's commands.
    private func recovering(_ choice: Int?, interactive: Bool) -> Int32 {
        let printer = Printer(console: .standard(colour: false, terminal: false))
        let store = JournalStore(stateFolder: StatePaths(environment: environment).folder)
        let journals = store.journals()
        guard !journals.isEmpty else {
            printer.report(.error("there are no journals to recover in \(store.folder)"))
            return 1
        }
        var number = choice
        if number == nil {
            let width = String(journals.count).count
            for (position, journal) in journals.enumerated() {
                let documents = journal.documents.isEmpty ? "no documents" : journal.documents.joined(separator: ", ")
                printer.console.write(Layout.pad(String(position + 1), width + 2) + journal.started + "  "
                    + Plural.count(journal.commands, "command") + "  " + documents + "\n")
            }
            guard interactive else { return 0 }
            printer.console.write("Which session should be replayed? Type its number (Enter for 1, q to cancel): ")
            let answer = (Swift.readLine() ?? "q").trimmingCharacters(in: .whitespaces)
            if answer.lowercased().hasPrefix("q") { return 0 }
            number = answer.isEmpty ? 1 : Int(answer)
        }
        guard let number, journals.indices.contains(number - 1) else {
            printer.report(.error("there is no journal \(number.map(String.init) ?? "of that number"); "
                + "they run from 1 (the newest) to \(journals.count): type sendlens --recover to list them"))
            return 1
        }
        let journal = journals[number - 1]
        guard interactive else {
            let script = SessionScript(text: (try? String(contentsOfFile: journal.path, encoding: .utf8)) ?? "")
            for entry in script.entries { printer.console.write(entry.command + "\n") }
            return 0
        }
        let colour = environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        let screen = Printer(console: .standard(colour: colour, terminal: true, environment: environment))
        guard let shell = try? Shell() else { return 1 }
        screen.console.write("Replaying the session of \(journal.started) (\(journal.path)):\n")
        let options = ReplayOptions(keepGoing: true, allowWrites: true)
        let (outcome, _) = Replayer(shell: shell, options: options, samples: nil).replay(journal.path)
        screen.print(outcome, from: shell)
        screen.console.write("SEND Lens \(Version.current): the recovered session goes on here.\n")
        return interact(shell: shell, printer: screen)
    }

    /// `sendlens replay FILE`: runs a script in a new session. Exit status 0 when all is well,
    /// 1 when a line failed or an output differed, 2 when the script could not be read.
    public static func replay(_ path: String, check: Bool, update: Bool, keepGoing: Bool, allowWrites: Bool) -> Int32 {
        let printer = Printer(console: .standard(colour: false, terminal: false))
        let shell: Shell
        do {
            shell = try Shell()
        } catch {
            printer.report(.error(ErrorMessages.message(for: error)))
            return 2
        }
        let options = ReplayOptions(check: check, update: update, keepGoing: keepGoing, allowWrites: allowWrites)
        let (outcome, summary) = Replayer(shell: shell, options: options, samples: shell.samplesFolder).replay(path)
        printer.print(outcome, from: shell)
        if summary.unreadable { return 2 }
        return summary.failed > 0 || summary.differing > 0 ? 1 : 0
    }

}

public enum Version {
    public static let current = "0.1.0"
}
