import CEditLine
import Foundation

/// How the executable was asked to run, after its flags are parsed.
public struct Launcher {
    public var paths: [String]
    public var commands: [String]
    public var noSamples: Bool
    public var environment: [String: String]

    public init(paths: [String], commands: [String], noSamples: Bool,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.paths = paths
        self.commands = commands
        self.noSamples = noSamples
        self.environment = environment
    }

    /// Opens the documents, then runs the `-c` commands or the REPL. Returns the exit status.
    public func run() -> Int32 {
        let interactive = commands.isEmpty && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        let colour = interactive && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        let printer = Printer(console: .standard(colour: colour, width: interactive ? Self.terminalWidth() : 0))
        let shell: Shell
        do {
            shell = try Shell()
        } catch {
            printer.report(.error(ErrorMessages.message(for: error)))
            return 1
        }

        var opening = paths
        if opening.isEmpty && !noSamples {
            if let samples = SampleLocator.find(environment: environment) {
                opening = [samples]
            } else {
                printer.report(.warning("the bundled samples were not found; set SENDLENS_SAMPLES to their folder, "
                    + "or name files to open: sendlens FILE…"))
            }
        }
        var openFailed = false
        if !opening.isEmpty {
            let (summary, diagnostics) = shell.open(opening)
            for diagnostic in diagnostics { printer.report(diagnostic) }
            openFailed = diagnostics.contains { $0.severity == .error }
            if interactive {
                printer.console.write("SEND Lens \(Version.current): \(summary)\nType help for the commands, quit to leave.\n")
            }
        }

        if !commands.isEmpty {
            let reader = ScriptedLineReader(lines: commands)
            let succeeded = REPL(shell: shell, reader: reader, printer: printer, showsPrompt: false).run()
            return succeeded && !openFailed ? 0 : 1
        }
        if interactive {
            let paths = StatePaths(environment: environment)
            let prepared = paths.prepare()
            let journal = prepared ? Journal(folder: paths.folder, documents: shell.corpus.documents) : nil
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
        let succeeded = REPL(shell: shell, reader: PlainLineReader(), printer: printer, showsPrompt: false).run()
        return succeeded && !openFailed ? 0 : 1
    }

    static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}

public enum Version {
    public static let current = "0.1.0"
}
