import Foundation
@testable import SendLensCore
@testable import SendLensREPL

/// A shell whose output and errors go, in order, into one transcript, printed as the REPL prints.
public final class Transcript {
    public private(set) var text = ""
    public private(set) var errors = ""
    public var printer: Printer!
    public private(set) var shell: Shell!

    public init() {}

    /// A new shell on `paths` (the three text samples unless told), with the transcript cleared.
    public func shell(opening paths: [String] = Repository.textSamples, console width: Int = 0) -> Shell {
        printer = Printer(console: Console(
            write: { [unowned self] in text += $0 },
            report: { [unowned self] in text += $0; errors += $0 },
            width: width
        ))
        shell = try! Shell()
        shell.today = { Day(year: 2024, month: 3, day: 1)! }
        if !paths.isEmpty {
            for diagnostic in shell.open(paths).diagnostics { printer.report(diagnostic) }
        }
        clear()
        return shell
    }

    /// Runs a line on the shell and prints what it did, as the REPL would.
    @discardableResult
    public func run(_ line: String) -> Execution {
        let outcome = shell.execute(line)
        printer.print(outcome, from: shell)
        return outcome.execution
    }

    public func clear() {
        text = ""
        errors = ""
    }
}
