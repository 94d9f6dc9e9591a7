/// The loop: read a line, run it, print, report. It does not know where lines come from.
public final class REPL {
    let shell: Shell
    let reader: any LineReader
    /// Whether to show the `[N]>` prompt (only when a person is typing at a terminal).
    let showsPrompt: Bool
    let journal: Journal?

    public init(shell: Shell, reader: any LineReader, showsPrompt: Bool, journal: Journal? = nil) {
        self.shell = shell
        self.reader = reader
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
                journal?.record(line)
                switch shell.execute(line) {
                case .quit: return succeeded
                case .failed: succeeded = false
                case .nothing, .result: break
                }
            case .interrupted:
                if showsPrompt { shell.console.write("\n") }
            case .end:
                if showsPrompt { shell.console.write("\n") }
                return succeeded
            }
        }
    }
}
