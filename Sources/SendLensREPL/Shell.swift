import Foundation
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
    public var cell: Cell?
    /// False when the result went to a file (`find waiting > waiting.md`) rather than the screen.
    public var showsCell = true
    /// A line that is not a result: "wrote 12 passages to waiting.csv, 3.1 KB".
    public var said: String?
    public var diagnostics: [Diagnostic] = []
    public var quits = false

    public var failed: Bool {
        diagnostics.contains { $0.severity == .error }
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

/// The session: the library of documents, the numbered results, and the one place a command line
/// is run. The REPL, `-c` and scripts all come through `execute`, which never prints.
public final class Shell {
    public let library: Library
    public private(set) var cells: [Cell] = []
    let loader: DocumentLoader
    /// Whether Ctrl-C was pressed since the command started: long commands stop early when it was.
    public var isInterrupted: () -> Bool = { false }
    /// Today, for `--as-of today` and the like; tests set their own.
    public var today: () -> Day = { Day.today }
    let files = AtomicFile()

    public init(loader: DocumentLoader = DocumentLoader()) throws {
        self.loader = loader
        library = try Library()
    }

    public var corpus: Corpus { library.corpus }
    public var nextResultNumber: Int { cells.count + 1 }

    public func execute(_ line: String) -> Outcome {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return Outcome() }
        do {
            let name = String(trimmed.prefix(while: { $0 != " " && $0 != "\t" }))
            guard let spec = Commands.named(name) else {
                let word = (try? LineSplitter.split(trimmed).first?.text) ?? name
                throw CommandError.unknownCommand(word, suggestion: Commands.suggestion(for: word))
            }
            let invocation = try Invocation(line: trimmed, spec: spec) { [library] in library.corpus.document(named: $0) != nil }
            switch try spec.run(invocation, self) {
            case .quit:
                return Outcome(quits: true)
            case .said(let text):
                return Outcome(said: text)
            case .failed(let diagnostics):
                return Outcome(diagnostics: diagnostics)
            case .value(let value, let diagnostics):
                let cell = Cell(number: nextResultNumber, command: invocation.command, value: value, diagnostics: diagnostics)
                cells.append(cell)
                var outcome = Outcome(cell: cell, diagnostics: diagnostics)
                if let redirect = invocation.redirect {
                    outcome.showsCell = false
                    do {
                        outcome.said = try write(cell, to: redirect.path, mode: redirect.mode)
                    } catch {
                        outcome.diagnostics.append(.error(ErrorMessages.message(for: error)))
                    }
                }
                return outcome
            }
        } catch {
            return Outcome(diagnostics: [.error(ErrorMessages.message(for: error))])
        }
    }

    /// Writes a cell's result to a file in the format its name asks for, whole or not at all;
    /// returns what to tell the person.
    func write(_ cell: Cell, to path: String, mode: Redirect.Mode) throws -> String {
        guard let format = ExportFormat(path: path) else { throw CommandError.unknownFormat(path: path) }
        let appending = mode == .append && FileManager.default.fileExists(atPath: path)
        if appending, format == .json {
            throw CommandError.badValue(command: "export", option: ">>", value: path,
                                        expected: "a file that can be added to: a JSON file holds one result, so write a new one with >")
        }
        let text: String
        switch format {
        case .text: text = TextRenderer(library: library, mode: .plain).render(cell.value).plain
        case .markdown: text = (appending ? "\n" : "") + MarkdownRenderer(library: library).render(cell.value, command: cell.command)
        // A byte-order mark first, so spreadsheets read the file as UTF-8; no second header when adding rows.
        case .csv: text = (appending ? "" : "\u{FEFF}") + CSVRenderer(library: library).render(cell.value, header: !appending)
        case .json: text = try JSONRenderer(library: library).render(cell.value, command: cell.command)
        }
        let bytes = Array(text.utf8)
        let fileMode: AtomicFile.Mode = switch mode {
        case .create: .create
        case .replace: .replace
        case .append: .append
        }
        try files.write(bytes, to: path, mode: fileMode)
        return "wrote \(cell.value.summary) to \(path) (\(format.displayName), \(Self.size(bytes.count)))"
    }

    /// "812 bytes", "3.1 KB", "2.4 MB"
    static func size(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) byte\(bytes == 1 ? "" : "s")" }
        if bytes < 1_000_000 { return String(format: "%.1f KB", Double(bytes) / 1000) }
        return String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }

    /// Loads paths into the library; the outcome says what went wrong, for the caller to report.
    @discardableResult
    func load(_ paths: [String], options: LoadOptions = LoadOptions()) -> LoadOutcome {
        library.load(paths, options: options, using: loader, shouldStop: isInterrupted)
    }

    /// Loads the documents a session starts with: a one-line summary, and what went wrong.
    public func open(_ paths: [String]) -> (summary: String, diagnostics: [Diagnostic]) {
        let outcome = load(paths)
        let diagnostics = outcome.warnings.map { Diagnostic.warning(ErrorMessages.message(for: $0)) }
            + outcome.failures.map { Diagnostic.error(ErrorMessages.message(for: $0)) }
        let names = outcome.loaded.map(\.name).joined(separator: ", ")
        let summary = outcome.loaded.isEmpty
            ? "No documents loaded. Type load PATH to add some."
            : "\(Plural.count(outcome.loaded.count, "document")) (\(names)), \(Plural.count(corpus.passageCount, "passage"))."
        return (summary, diagnostics)
    }

    /// The cell a reference names (`$` the last).
    func cell(_ reference: ResultReference) throws(CommandError) -> Cell {
        guard let number = reference.result else {
            guard let last = cells.last else { throw .noSuchResult(1, last: 0) }
            return last
        }
        guard cells.indices.contains(number - 1) else { throw .noSuchResult(number, last: cells.count) }
        return cells[number - 1]
    }

    /// The citations a `$N`, `$N.k` or `$` reference names.
    func citations(_ text: String) throws(CommandError) -> [Citation] {
        guard let reference = ResultReference(text) else { throw .notAReference(text, last: cells.count) }
        let cell = try cell(reference)
        let items = cell.value.items(in: corpus)
        guard let item = reference.item else {
            guard !items.isEmpty else { throw .noSuchItem(result: cell.number, item: 1, count: 0) }
            return items
        }
        guard items.indices.contains(item - 1) else { throw .noSuchItem(result: cell.number, item: item, count: items.count) }
        return [items[item - 1]]
    }
}
