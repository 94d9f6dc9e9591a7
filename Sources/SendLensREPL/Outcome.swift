import SendLensCore

/// Something said about a command besides its result: a warning, or an error that stopped it
/// (or stopped part of it, such as one file of several).
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable {
        case warning, error
    }

    public var severity: Severity
    public var message: String

    public static func warning(_ message: String) -> Diagnostic { Diagnostic(severity: .warning, message: message) }
    public static func error(_ message: String) -> Diagnostic { Diagnostic(severity: .error, message: message) }
}

/// A numbered result, as in a notebook: `$3` is cell 3, `$3.2` its second item.
public struct Cell: Sendable {
    public let number: Int
    public let command: String
    public let value: ResultValue
    public let diagnostics: [Diagnostic]
}

/// What running one line did, for the loop to print: a new cell (shown, or written to a file),
/// a line to say, what went wrong, or that the session ends.
public struct Outcome: Sendable {
    /// Where the line came from, in a replayed script: `waiting.lens:4`.
    public var location: String?
    /// The lines a replay ran, each with its own outcome, printed before this one's.
    public var steps: [Outcome] = []
    public var cell: Cell?
    /// False when the result went to a file (`find waiting > waiting.md`) rather than the screen.
    public var showsCell = true
    /// `--page`: a result longer than the screen goes through the pager.
    public var paged = false
    /// A line that is not a result: "wrote 12 passages to waiting.csv, 3.1 KB".
    public var said: String?
    public var diagnostics: [Diagnostic] = []
    public var quits = false

    /// Whether anything went wrong here or in any line it ran.
    public var failed: Bool {
        diagnostics.contains { $0.severity == .error } || steps.contains { $0.failed }
    }

    init(cell: Cell? = nil, said: String? = nil, diagnostics: [Diagnostic] = [], quits: Bool = false) {
        self.cell = cell
        self.said = said
        self.diagnostics = diagnostics
        self.quits = quits
    }

    /// In brief, for callers that only need to know how it went.
    public var execution: Execution {
        if quits { return .quit }
        if failed { return .failed }
        return cell.map { .result($0.number) } ?? .nothing
    }
}

/// What running one line did, in brief.
public enum Execution: Equatable, Sendable {
    case nothing
    case result(Int)
    case failed
    case quit
}
