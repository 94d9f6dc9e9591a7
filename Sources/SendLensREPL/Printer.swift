import Foundation
import SendLensCore

/// Where a session's output goes: results to `write`, errors and warnings to `report`.
public struct Console {
    public var write: (String) -> Void
    public var report: (String) -> Void
    /// ANSI styles: only on a terminal, and never with NO_COLOR set.
    public var colour: Bool
    /// The terminal's size now, asked before each result so that output follows the window;
    /// a width of 0 when output is not a terminal, for plain text that reads the same in a pipe,
    /// with -c and in a saved session; 0 rows when unknown.
    public var size: () -> (width: Int, rows: Int)
    /// Shows a long result through a pager; false when it could not, and the text is written.
    public var page: ((String) -> Bool)?

    /// The terminal's columns, to wrap long passages at; 0 when output is not a terminal.
    public var width: Int { size().width }

    public init(write: @escaping (String) -> Void, report: @escaping (String) -> Void, colour: Bool = false, width: Int = 0,
                rows: Int = 0, page: ((String) -> Bool)? = nil) {
        self.init(write: write, report: report, colour: colour, size: { (width, rows) }, page: page)
    }

    public init(write: @escaping (String) -> Void, report: @escaping (String) -> Void, colour: Bool,
                size: @escaping () -> (width: Int, rows: Int), page: ((String) -> Bool)?) {
        self.write = write
        self.report = report
        self.colour = colour
        self.size = size
        self.page = page
    }

    /// Standard output and standard error. When output cannot be written (a full disk, a closed
    /// pipe or descriptor), the program says so in one line on standard error and ends with
    /// status 1, as cat does; what was typed is in the journal already.
    public static func standard(colour: Bool, terminal: Bool, environment: [String: String] = [:]) -> Console {
        let pager = environment["PAGER"] ?? ""
        let size: () -> (width: Int, rows: Int) = terminal ? { Terminal.size() } : { (0, 0) }
        let page: ((String) -> Bool)? = terminal ? { text in Terminal.page(text, pager: pager) } : nil
        return Console(
            write: { text in
                if let code = StandardStreams.write(text, to: STDOUT_FILENO) {
                    _ = StandardStreams.write("sendlens: cannot write the output: \(String(cString: strerror(code)).lowercased())\n",
                                              to: STDERR_FILENO)
                    exit(1)
                }
            },
            report: { text in _ = StandardStreams.write(text, to: STDERR_FILENO) },
            colour: colour, size: size, page: page
        )
    }
}

/// The terminal the session runs on.
enum Terminal {
    /// Columns and rows now (80 by 24 when the terminal does not say).
    static func size() -> (width: Int, rows: Int) {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return (80, 24) }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    /// Sends text through the pager (`$PAGER`, else `less -R`) and waits for it to end.
    static func page(_ text: String, pager: String) -> Bool {
        let command = pager.trimmingCharacters(in: .whitespaces).isEmpty ? "less -R" : pager
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            return false
        }
        // A pager that quits early closes its end: the rest is not wanted, and is no error.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        _ = StandardStreams.write(text, to: input.fileHandleForWriting.fileDescriptor)
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return true
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

    /// Writes a result a piece at a time (64 KB, whole lines), so that Ctrl-C stops a long one
    /// being written to a slow terminal; the result itself is kept whole.
    private func write(_ rendered: String, of cell: Cell, stoppingWhen shouldStop: () -> Bool) {
        let bytes = rendered.utf8
        var start = bytes.startIndex
        while start < bytes.endIndex {
            if start > bytes.startIndex, shouldStop() {
                var note = StyledText()
                note.line("stopped by Ctrl-C; the whole result is kept as $\(cell.number)", .faint)
                console.write(note.rendered(colour: console.colour))
                return
            }
            var end = bytes.index(start, offsetBy: 65_536, limitedBy: bytes.endIndex) ?? bytes.endIndex
            if end < bytes.endIndex {
                end = bytes[end...].firstIndex(of: UInt8(ascii: "\n")).map { bytes.index(after: $0) } ?? bytes.endIndex
            }
            console.write(String(rendered[start..<end]))
            start = end
        }
    }

    public func print(_ outcome: Outcome, from shell: Shell) {
        for step in outcome.steps { print(step, from: shell) }
        var printer = self
        if let location = outcome.location { printer.location = location }
        for diagnostic in outcome.diagnostics { printer.report(diagnostic) }
        if let cell = outcome.cell, outcome.showsCell {
            let (width, rows) = console.size()
            let mode: TextRenderer.Mode = width > 0 ? .terminal(width: width, colour: console.colour) : .plain
            var text = StyledText()
            // On a terminal each result starts with its number, so $3.2 is never a guess; plain
            // output reads the same as a saved session.
            if width > 0 { text.append("[\(cell.number)] ", .faint) }
            var renderer = TextRenderer(library: shell.library, mode: mode)
            renderer.shouldStop = shell.isInterrupted
            text.append(renderer.render(cell.value))
            let rendered = text.wrapped(width: width).rendered(colour: console.colour)
            // Longer than the screen, and paging asked for (set pager on, or --page): through the pager.
            let paged = width > 0 && (shell.pagesResults || outcome.paged) && rows > 0
                && rendered.reduce(0, { $0 + ($1 == "\n" ? 1 : 0) }) >= rows - 1
            if !(paged && console.page?(rendered) == true) { write(rendered, of: cell, stoppingWhen: shell.isInterrupted) }
        }
        if let said = outcome.said {
            var text = StyledText()
            text.line(said)
            console.write(text.wrapped(width: console.width, keepingIndentedLines: true).plain)
        }
    }

    public func report(_ diagnostic: Diagnostic) {
        var styled = StyledText()
        if let location { styled.append("\(location): ") }
        styled.append("\(diagnostic.severity.rawValue):", diagnostic.severity == .error ? .strong : .warning)
        styled.line(" " + diagnostic.message)
        // On a terminal, words are never broken at the edge (the line and caret under it stay as they are).
        console.report(styled.wrapped(width: console.width, keepingIndentedLines: true).rendered(colour: console.colour))
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
