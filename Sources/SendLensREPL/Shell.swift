import Foundation
import SendLensCore

/// Where a shell's output goes: results to `write`, errors and warnings to `report`.
public struct Console {
    public var write: (String) -> Void
    public var report: (String) -> Void
    /// ANSI styles: only on a terminal, and never with NO_COLOR set.
    public var colour: Bool
    /// Columns to wrap long passages at; 0 leaves each passage on one line (pipes, scripts).
    public var width: Int

    public init(write: @escaping (String) -> Void, report: @escaping (String) -> Void, colour: Bool = false, width: Int = 0) {
        self.write = write
        self.report = report
        self.colour = colour
        self.width = width
    }

    /// Standard output and standard error.
    public static func standard(colour: Bool, width: Int) -> Console {
        Console(
            write: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            report: { text in FileHandle.standardError.write(Data(text.utf8)) },
            colour: colour, width: width
        )
    }
}

/// A numbered result, as in a notebook: `$3` is cell 3, `$3.2` its second item.
public struct Cell: Sendable {
    public let number: Int
    public let command: String
    public let output: String
    /// The passages the result lists, in order, for `show $N.k`.
    public let items: [Citation]
}

/// What running one line did.
public enum Execution: Equatable, Sendable {
    case nothing
    case result(Int)
    case failed
    case quit
}

/// What a command hands back to the shell.
struct CommandOutput {
    var text = StyledText()
    var items: [Citation] = []
    var warnings: [String] = []
    /// Errors that did not stop the command (one path of several failed to load).
    var failures: [String] = []
    var endsSession = false
}

/// The session's state and the one place a command line is run: the REPL, `-c` and scripts all
/// come through `execute`.
public final class Shell {
    public private(set) var corpus = Corpus()
    public private(set) var cells: [Cell] = []
    public var console: Console
    /// Set while a script runs, so errors read `file:line: error: …`.
    public var location: String?
    let loader: DocumentLoader
    /// Whether Ctrl-C was pressed since the command started: long commands stop early when it was.
    public var isInterrupted: () -> Bool = { false }
    /// The full-text index of every loaded passage; nil only if SQLite could not open a memory database.
    public let index: SearchIndex?

    public init(console: Console, loader: DocumentLoader = DocumentLoader()) {
        self.console = console
        self.loader = loader
        self.index = try? SearchIndex()
    }

    public var nextResultNumber: Int { cells.count + 1 }

    @discardableResult
    public func execute(_ line: String) -> Execution {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return .nothing }
        do {
            let name = String(trimmed.prefix(while: { $0 != " " && $0 != "\t" }))
            guard let spec = Commands.named(name) else {
                let word = (try? LineSplitter.split(trimmed).first?.text) ?? name
                throw CommandError.unknownCommand(word, suggestion: Commands.suggestion(for: word))
            }
            // A query keeps its quotes for the query parser; other commands split like a shell.
            let invocation = spec.takesQuery
                ? try Invocation(queryLine: trimmed, spec: spec)
                : try Invocation(words: Array(LineSplitter.split(trimmed).dropFirst()), spec: spec)
            let output = try spec.run(invocation, self)
            for warning in output.warnings { report(warning, as: "warning") }
            for failure in output.failures { report(failure, as: "error") }
            if output.endsSession { return .quit }
            if output.text.spans.isEmpty && !output.failures.isEmpty { return .failed }
            let cell = Cell(number: nextResultNumber, command: trimmed, output: output.text.plain, items: output.items)
            cells.append(cell)
            console.write(output.text.rendered(colour: console.colour))
            return output.failures.isEmpty ? .result(cell.number) : .failed
        } catch {
            report(ErrorMessages.message(for: error), as: "error")
            return .failed
        }
    }

    func report(_ message: String, as label: String) {
        var styled = StyledText()
        if let location { styled.append("\(location): ") }
        styled.append("\(label):", label == "error" ? .strong : .warning)
        styled.append(" " + message + "\n")
        console.report(styled.rendered(colour: console.colour))
    }

    /// Loads paths into the corpus and indexes each document as it arrives; the outcome says what
    /// went wrong, for the caller to report.
    @discardableResult
    func load(_ paths: [String], options: LoadOptions = LoadOptions()) -> LoadOutcome {
        var unindexed: [LoadError] = []
        var outcome = loader.load(paths, options: options, into: &corpus) { document, position in
            do {
                guard let index else { throw SearchError.database("the search index could not be created") }
                try index.add(document, at: position)
            } catch {
                unindexed.append(.unreadable(path: document.path, reason: "it could not be indexed for search (\(error))"))
            }
        } shouldStop: {
            isInterrupted()
        }
        outcome.failures += unindexed
        return outcome
    }

    /// Loads the documents a session starts with; prints what went wrong, and returns a one-line summary.
    public func open(_ paths: [String]) -> (summary: String, failed: Bool) {
        let outcome = load(paths)
        for warning in outcome.warnings { report(ErrorMessages.message(for: warning), as: "warning") }
        for failure in outcome.failures { report(ErrorMessages.message(for: failure), as: "error") }
        let names = outcome.loaded.map(\.name).joined(separator: ", ")
        let summary = outcome.loaded.isEmpty
            ? "No documents loaded. Type load PATH to add some."
            : "\(outcome.loaded.count) document\(outcome.loaded.count == 1 ? "" : "s") (\(names)), \(corpus.passageCount) passages."
        return (summary, !outcome.failures.isEmpty)
    }

    /// The citations a `$N` or `$N.k` reference names.
    func resolve(reference text: String) throws(CommandError) -> [Citation] {
        let body = text.hasPrefix("$") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let number = Int(parts[0]) else {
            throw .noSuchResult(-1, last: cells.count)
        }
        guard cells.indices.contains(number - 1) else { throw .noSuchResult(number, last: cells.count) }
        let cell = cells[number - 1]
        guard parts.count == 2 else {
            guard !cell.items.isEmpty else { throw .noSuchItem(result: number, item: 1, count: 0) }
            return cell.items
        }
        guard let item = Int(parts[1]), cell.items.indices.contains(item - 1) else {
            throw .noSuchItem(result: number, item: Int(parts[1]) ?? 0, count: cell.items.count)
        }
        return [cell.items[item - 1]]
    }
}
