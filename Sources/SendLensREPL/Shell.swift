import Foundation
import SendLensCore

/// The session: the library of documents, the numbered results, and the one place a command line
/// is run. The REPL, `-c` and scripts all come through `execute`, which never prints.
public final class Shell {
    public let library: Library
    public private(set) var cells: [Cell] = []
    public private(set) var history: [SessionEntry] = []
    let loader: DocumentLoader
    /// Set while a script is replayed.
    var context: ReplayContext?
    /// Whether Ctrl-C was pressed since the command started: long commands stop early when it was.
    public var isInterrupted: @Sendable () -> Bool = { false }
    /// The bundled samples, which replayed scripts may read wherever they are.
    public lazy var samplesFolder: String? = SampleLocator.find(environment: ProcessInfo.processInfo.environment)
    /// Today, for `--as-of today` and the like; tests set their own.
    public var today: () -> Day = { Day.today }
    /// `set pager on`: on a terminal, results longer than the screen go through the pager.
    public var pagesResults = false
    /// Whether a load that runs past a second shows its progress on standard error (a terminal's).
    public var showsLoadProgress = false
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
        // A replay's own lines join the history before it, in the order they ran.
        let position = history.count
        var loadRecord: SessionEntry.LoadRecord?
        let outcome = run(trimmed, loadRecord: &loadRecord)
        var entry = SessionEntry(line: trimmed, cell: outcome.cell?.number, shown: outcome.showsCell, failed: outcome.failed, said: outcome.said,
                                 diagnostics: outcome.diagnostics, load: outcome.cell == nil ? nil : loadRecord, opening: nil)
        entry.offset = context?.offset ?? 0
        history.insert(entry, at: position)
        return outcome
    }

    /// What a word after `in` names: a document (or the only one its name starts), several, or
    /// none, and then whether any passage holds the word.
    private func lookUp(_ name: String) -> NameLookup {
        do {
            return .document(try corpus.resolve(name).name)
        } catch .ambiguousDocument(_, let candidates) {
            return .ambiguous(candidates)
        } catch {
            var occurs = false
            if let phrase = try? QueryParser.parse("\"" + name.filter { $0 != "\"" } + "\""),
               let found = try? library.search(phrase, limit: 0) {
                occurs = found.total > 0
            }
            return .unknown(occurs: occurs, known: corpus.documents.map(\.name))
        }
    }

    private func run(_ trimmed: String, loadRecord: inout SessionEntry.LoadRecord?) -> Outcome {
        do {
            let name = String(trimmed.prefix(while: { $0 != " " && $0 != "\t" }))
            guard let spec = Commands.named(name) else {
                let word = (try? LineSplitter.split(trimmed).first?.text) ?? name
                throw CommandError.unknownCommand(word, suggestion: Commands.suggestion(for: word))
            }
            let invocation = try Invocation(line: trimmed, spec: spec, lookUp: lookUp)
            lastLoad = nil
            let result = try spec.run(invocation, self)
            loadRecord = lastLoad
            switch result {
            case .quit:
                return Outcome(quits: true)
            case .said(let text):
                if invocation.redirect != nil {
                    return Outcome(said: text, diagnostics: [.error("\(spec.name) writes no result to a file; leave out the >")])
                }
                return Outcome(said: text)
            case .failed(let diagnostics):
                return Outcome(diagnostics: diagnostics)
            case .replayed(var outcome):
                if invocation.redirect != nil {
                    outcome.diagnostics.append(.error("replay writes no result to a file; leave out the >"))
                }
                return outcome
            case .value(let value, let diagnostics):
                let cell = Cell(number: nextResultNumber, command: invocation.command, value: value, diagnostics: diagnostics)
                cells.append(cell)
                var outcome = Outcome(cell: cell, diagnostics: diagnostics)
                outcome.paged = invocation.flags.contains(Invocation.page)
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
    func write(_ cell: Cell, to written: String, mode: Redirect.Mode) throws -> String {
        guard let format = ExportFormat(path: written) else { throw CommandError.unknownFormat(path: written) }
        let path = try writablePath(written, replacing: mode != .create)
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
        try writeFile(text, to: written, at: path, mode: mode)
        return "wrote \(cell.value.summary) to \(written) (\(format.displayName), \(Self.size(text.utf8.count)))"
    }

    /// Writes a whole file or nothing; errors name the file as the person wrote it.
    func writeFile(_ text: String, to written: String, at path: String, mode: AtomicFile.Mode) throws {
        do {
            try files.write(Array(text.utf8), to: path, mode: mode)
        } catch {
            throw error.named(written)
        }
    }

    /// Where a file named in a command is written: as named, or in a replay from the script's
    /// folder, and there only inside it and never over a file, unless the replay allows writes.
    func writablePath(_ written: String, replacing: Bool) throws -> String {
        guard let context else { return written }
        let path = written.hasPrefix("/") ? written : context.folder + "/" + written
        guard !context.allowWrites else { return path }
        let folder = LocalFiles.realPath((path as NSString).deletingLastPathComponent)
        let inside = folder == LocalFiles.realPath(context.folder) || folder.hasPrefix(LocalFiles.realPath(context.folder) + "/")
        if !inside || replacing || FileManager.default.fileExists(atPath: path) {
            throw CommandError.replayMayNotWrite(path: written, outside: !inside)
        }
        return path
    }

    /// "812 bytes", "3.1 KB", "2.4 MB"
    static func size(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) byte\(bytes == 1 ? "" : "s")" }
        if bytes < 1_000_000 { return String(format: "%.1f KB", Double(bytes) / 1000) }
        return String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }

    /// What the last `load` was given, made absolute, for the history.
    private var lastLoad: SessionEntry.LoadRecord?
    /// Each loaded document's file, as an absolute path, so a saved script can name it from its own
    /// folder; by every name it has had, and kept after an unload.
    public private(set) var documentFiles: [String: String] = [:]

    /// Takes a document out of the session.
    func unload(_ name: String) throws -> String {
        let document = try corpus.resolve(name)
        try library.unload(document.name)
        // Its file stays known: the session's earlier load reports name it.
        return "unloaded \(document.name) (\(Plural.count(document.passages.count, "passage"))); "
            + "\(Plural.count(corpus.documents.count, "document")) loaded"
    }

    /// Gives a document another name.
    func rename(_ name: String, to newName: String) throws -> String {
        let document = try corpus.resolve(name)
        try library.rename(document.name, to: newName)
        // Known by both names: earlier load reports name the old one.
        documentFiles[newName] = documentFiles[document.name]
        return "\(document.name) is now \(newName): its citations read \(newName) §…, and earlier results still find it"
    }

    /// Loads paths into the library; the outcome says what went wrong, for the caller to report.
    /// In a replay, relative paths start at the script's folder, and only what it may read is read.
    @discardableResult
    func load(_ paths: [String], options: LoadOptions = LoadOptions(), limit: Int? = nil) -> LoadOutcome {
        var using = loader
        var base = FileManager.default.currentDirectoryPath
        if let context {
            using = loader.reading(from: LocalFiles(base: context.folder, confinedTo: context.readable, limit: limit ?? LocalFiles.defaultLimit))
            base = context.folder
        } else if let limit {
            using = loader.reading(from: LocalFiles(limit: limit))
        }
        lastLoad = SessionEntry.LoadRecord(paths: paths.map { Self.absolute($0, from: base) }, options: options)
        let progress = showsLoadProgress ? LoadProgress() : nil
        let line = progress.map { ProgressLine(progress: $0) }
        let outcome = library.load(paths, options: options, using: using, shouldStop: isInterrupted, progress: progress)
        line?.stop()
        for document in outcome.loaded { documentFiles[document.name] = Self.absolute(document.path, from: base) }
        return outcome
    }

    static func absolute(_ path: String, from base: String) -> String {
        let expanded = path.hasPrefix("~/") ? NSHomeDirectory() + path.dropFirst() : path
        let joined = expanded.hasPrefix("/") ? expanded : base + "/" + expanded
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    /// `path` as seen from `folder` (both absolute): "../samples/report.pdf"; the absolute path
    /// when they share nothing but the root.
    static func relative(_ path: String, to folder: String) -> String {
        let target = path.split(separator: "/")
        let from = folder.split(separator: "/")
        var common = 0
        while common < min(target.count, from.count), target[common] == from[common] { common += 1 }
        guard common > 0 else { return path }
        let parts = Array(repeating: "..", count: from.count - common) + target[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// Loads the documents a session starts with: a one-line summary, and what went wrong.
    public func open(_ paths: [String]) -> (summary: String, diagnostics: [Diagnostic]) {
        let outcome = load(paths)
        let diagnostics = outcome.warnings.map { Diagnostic.warning(ErrorMessages.message(for: $0)) }
            + outcome.failures.map { Diagnostic.error(ErrorMessages.message(for: $0)) }
        if !outcome.loaded.isEmpty {
            let line = "load " + paths.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ")
            history.append(SessionEntry(line: line, cell: nil, shown: true, failed: false, said: nil, diagnostics: diagnostics,
                                        load: lastLoad, opening: LoadReport(documents: outcome.loaded)))
        }
        let names = outcome.loaded.map(\.name).joined(separator: ", ")
        let summary = outcome.loaded.isEmpty
            ? "No documents loaded. Type load PATH to add some."
            : "\(Plural.count(outcome.loaded.count, "document")) (\(names)), \(Plural.count(corpus.passageCount, "passage"))."
        return (summary, diagnostics)
    }

    /// The cell a reference names (`$` the last).
    /// In a replayed script, `$1` is the script's own first result.
    func cell(_ reference: ResultReference) throws(CommandError) -> Cell {
        let offset = context?.offset ?? 0
        guard let number = reference.result else {
            guard cells.count > offset, let last = cells.last else { throw .noSuchResult(1, last: 0) }
            return last
        }
        guard cells.indices.contains(number - 1 + offset) else { throw .noSuchResult(number, last: cells.count - offset) }
        return cells[number - 1 + offset]
    }

    /// The citations a `$N`, `$N.k` or `$` reference names.
    func citations(_ text: String) throws(CommandError) -> [Citation] {
        guard let reference = ResultReference(text) else { throw .notAReference(text, last: cells.count - (context?.offset ?? 0)) }
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
