import Foundation
import SendLensCore

/// Where a session's output goes: results to `write`, errors and warnings to `report`.
public struct Console {
    public var write: (String) -> Void
    public var report: (String) -> Void
    /// ANSI styles: only on a terminal, and never with NO_COLOR set.
    public var colour: Bool
    /// The terminal's columns, to wrap long passages at; 0 when output is not a terminal, for
    /// plain text that reads the same in a pipe, with -c and in a saved session.
    public var width: Int

    public init(write: @escaping (String) -> Void, report: @escaping (String) -> Void, colour: Bool = false, width: Int = 0) {
        self.write = write
        self.report = report
        self.colour = colour
        self.width = width
    }

    /// Standard output and standard error. When output cannot be written (a full disk, a closed
    /// pipe or descriptor), the program says so in one line on standard error and ends with
    /// status 1, as cat does; what was typed is in the journal already.
    public static func standard(colour: Bool, width: Int) -> Console {
        Console(
            write: { text in
                if let code = StandardStreams.write(text, to: STDOUT_FILENO) {
                    _ = StandardStreams.write("sendlens: cannot write the output: \(String(cString: strerror(code)).lowercased())\n",
                                              to: STDERR_FILENO)
                    exit(1)
                }
            },
            report: { text in _ = StandardStreams.write(text, to: STDERR_FILENO) },
            colour: colour, width: width
        )
    }
}

/// Writing whole texts to a descriptor, with no exception and no crash when it fails.
enum StandardStreams {
    /// Writes all of `text`; returns the error number when it could not.
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += count
        }
        return nil
    }
}

/// Prints what `Shell.execute` returned: diagnostics first, then the result laid out for this
/// console, or the line the command said.
public struct Printer {
    public var console: Console
    /// Set while a script runs, so errors read `file:line: error: …`.
    public var location: String?

    public init(console: Console, location: String? = nil) {
        self.console = console
        self.location = location
    }

    public func print(_ outcome: Outcome, from shell: Shell) {
        for step in outcome.steps { print(step, from: shell) }
        var printer = self
        if let location = outcome.location { printer.location = location }
        for diagnostic in outcome.diagnostics { printer.report(diagnostic) }
        if let cell = outcome.cell, outcome.showsCell {
            let mode: TextRenderer.Mode = console.width > 0 ? .terminal(width: console.width, colour: console.colour) : .plain
            var text = StyledText()
            // On a terminal each result starts with its number, so $3.2 is never a guess; plain
            // output reads the same as a saved session.
            if console.width > 0 { text.append("[\(cell.number)] ", .faint) }
            text.append(TextRenderer(library: shell.library, mode: mode).render(cell.value))
            console.write(text.rendered(colour: console.colour))
        }
        if let said = outcome.said { console.write(StyledText.visible(said) + "\n") }
    }

    public func report(_ diagnostic: Diagnostic) {
        var styled = StyledText()
        if let location { styled.append("\(location): ") }
        styled.append("\(diagnostic.severity.rawValue):", diagnostic.severity == .error ? .strong : .warning)
        styled.append(" " + diagnostic.message + "\n")
        console.report(styled.rendered(colour: console.colour))
    }
}

extension Printer {
    /// What an outcome prints as plain text, diagnostics first, without any location: what a
    /// saved session records under a command, and what a replay compares with it.
    public static func transcript(of outcome: Outcome, library: Library) -> [String] {
        var text = outcome.diagnostics.map { "\($0.severity.rawValue): \($0.message)\n" }.joined()
        if let cell = outcome.cell, outcome.showsCell {
            text += TextRenderer(library: library, mode: .plain).render(cell.value).plain
        }
        if let said = outcome.said { text += said + "\n" }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
