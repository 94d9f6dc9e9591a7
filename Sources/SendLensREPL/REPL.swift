import SendLensCore

/// The loop: read a line, run it, print what it did. It does not know where lines come from.
public final class REPL {
    let shell: Shell
    let reader: any LineReader
    let printer: Printer
    /// Whether to show the `[N]>` prompt (only when a person is typing at a terminal).
    let showsPrompt: Bool
    let journal: Journal?

    public init(shell: Shell, reader: any LineReader, printer: Printer, showsPrompt: Bool, journal: Journal? = nil) {
        self.shell = shell
        self.reader = reader
        self.printer = printer
        self.showsPrompt = showsPrompt
        self.journal = journal
    }

    /// Runs until `quit` or the end of input; returns whether every command succeeded.
    @discardableResult
    public func run() -> Bool {
        var succeeded = true
        while true {
            let prompt = showsPrompt ? "[\(shell.nextResultNumber)]> " : ""
            switch reader.readLine(prompt: prompt) {
            case .line(let line):
                if let problem = journal?.record(line) { printer.report(.warning(problem)) }
                if let warning = reader.takeWarning() { printer.report(.warning(warning)) }
                let outcome = shell.execute(line)
                printer.print(outcome, from: shell)
                // What the command used and let go goes back to the system (a large listing is
                // laid out in memory many times its size).
                Memory.giveBack()
                if outcome.quits { return succeeded }
                if outcome.failed { succeeded = false }
            case .interrupted:
                if showsPrompt { printer.console.write("\n") }
            case .end:
                if showsPrompt { printer.console.write("\n") }
                return succeeded
            }
        }
    }
}
