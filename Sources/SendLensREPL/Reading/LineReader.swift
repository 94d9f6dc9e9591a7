/// What reading one line produced.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: the line typed so far is dropped, and the REPL asks again.
    case interrupted
    /// Ctrl-D or the end of the input.
    case end
}

/// Where the REPL's lines come from: a line editor on a terminal, plain standard input, or a script.
/// The loop does not know which it has.
public protocol LineReader: AnyObject {
    func readLine(prompt: String) -> LineInput
    /// Something the person should be told once, such as history that cannot be saved.
    func takeWarning() -> String?
}

extension LineReader {
    public func takeWarning() -> String? { nil }
}

/// Reads standard input line by line, with no prompt and no escape codes: for pipes and files.
public final class PlainLineReader: LineReader {
    public init() {}

    public func readLine(prompt: String) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }
}

/// Plays back a fixed list of inputs: for tests, and for replaying a session script.
public final class ScriptedLineReader: LineReader {
    private var inputs: ArraySlice<LineInput>
    /// The prompts the REPL showed, in order, so tests can check them.
    public private(set) var prompts: [String] = []

    public init(_ inputs: [LineInput]) {
        self.inputs = inputs[...]
    }

    public convenience init(lines: [String]) {
        self.init(lines.map(LineInput.line))
    }

    public func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.popFirst() ?? .end
    }
}
