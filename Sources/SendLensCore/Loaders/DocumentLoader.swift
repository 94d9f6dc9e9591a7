import Foundation

/// What the user said about the documents being loaded (`load … as report --name r --date 2023-11-10`).
public struct LoadOptions: Sendable, Equatable {
    public var kind: DocumentKind?
    public var name: String?
    /// A title to use in place of the one read from the file.
    public var title: String?
    public var date: Day?
    /// For a CSV survey: the column that identifies respondents, and the free-text columns.
    public var idColumn: String?
    public var textColumns: [String]?

    public init(kind: DocumentKind? = nil, name: String? = nil, date: Day? = nil,
                idColumn: String? = nil, textColumns: [String]? = nil) {
        self.kind = kind
        self.name = name
        self.date = date
        self.idColumn = idColumn
        self.textColumns = textColumns
    }
}

/// What one `load` did: the documents added, what to warn about, and the paths that failed.
public struct LoadOutcome: Sendable {
    public var loaded: [Document] = []
    /// Documents asked for that were loaded already, the same name and the same bytes: not an error.
    public var alreadyLoaded: [Document] = []
    public var warnings: [LoadWarning] = []
    public var failures: [LoadError] = []
}

/// Reads files and folders into documents and adds them to a corpus. One bad file never stops the
/// others, and never disturbs what is already loaded.
public struct DocumentLoader: Sendable {
    /// The keys a front matter block may set.
    public static let frontMatterKeys = ["title", "kind", "date", "source", "name"]

    let files: any FileReading
    /// Where to look for poppler's programs (its PATH), so tests can take it away.
    let environment: [String: String]

    public init(files: any FileReading = LocalFiles(), environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.files = files
        self.environment = environment
    }

    /// Reads files and folders, handing each document to `adding` in the order named, on the
    /// calling thread, while the files after it are still being parsed (so the caller's indexing
    /// and this parsing overlap). A document `adding` refuses is reported as a failure; one it
    /// says is there already (it returns false) is reported as already loaded.
    /// `shouldStop` is asked before each document is handed over, before each file is read in the
    /// background, and while a PDF's reader runs: Ctrl-C stops a long load at once, keeping what
    /// was added so far. With `readingDates`, each document's dates are read on the same
    /// background threads and handed over with it (nil without).
    public func load(_ paths: [String], options: LoadOptions = LoadOptions(), readingDates: Bool = false,
                     adding: (Document, DocumentDates?) throws(LoadError) -> Bool,
                     shouldStop: @escaping @Sendable () -> Bool = { false }, progress: LoadProgress? = nil) -> LoadOutcome {
        var outcome = LoadOutcome()
        var targets: [String] = []
        for path in paths {
            switch files.entry(at: path) {
            case .missing:
                // "load reports/bury*.pdf": a name with * or ? in it, where no file has that
                // name, is the files of its folder that match it, as a shell would expand it.
                if let matched = matching(path), !matched.isEmpty {
                    targets.append(contentsOf: matched)
                } else {
                    outcome.failures.append(.missing(path: path))
                }
            case .file:
                targets.append(path)
            case .folder:
                do {
                    let all = try files.files(under: path)
                    let supported = all.filter { Self.format(of: $0) != nil }
                    if supported.isEmpty {
                        outcome.failures.append(.noSupportedFiles(folder: path))
                    } else if supported.count < all.count {
                        outcome.warnings.append(.skippedUnsupported(folder: path, count: all.count - supported.count))
                    }
                    targets.append(contentsOf: supported)
                } catch {
                    outcome.failures.append(error)
                }
            }
        }
        for (option, given) in [("--name", options.name), ("--title", options.title)] where given != nil && targets.count > 1 {
            outcome.failures.append(.optionNeedsOneFile(option: option, count: targets.count))
            return outcome
        }
        // report.md and report.pdf side by side: the second is named report-pdf rather than refused.
        var firstExtension: [String: String] = [:]
        var fallbackNames: [String?] = []
        for path in targets {
            let slug = Self.slug(Self.stem(of: path))
            let fileExtension = (path as NSString).pathExtension.lowercased()
            var fallbackName: String?
            if let earlier = firstExtension[slug] {
                if earlier != fileExtension { fallbackName = slug + "-" + fileExtension }
            } else {
                firstExtension[slug] = fileExtension
            }
            fallbackNames.append(fallbackName)
        }
        // Files are read and parsed on every core, in the background (below this thread, which
        // indexes them: on two cores, three busy threads would slow it); they join the corpus in order.
        let results = ReadResults(count: targets.count)
        let (targetPaths, names) = (targets, fallbackNames)
        // (Sizes are asked of the file system only when someone is shown the progress.)
        let sizes = progress == nil ? [] : targets.map { files.size(at: $0) ?? 0 }
        progress?.start(files: targets.count, bytes: sizes.reduce(0, +))
        startInBackground(count: targetPaths.count) { index in
            results.set(index, Result { () throws(LoadError) in
                if shouldStop() { throw .stopped(remaining: 1) }
                let (document, warnings) = try read(targetPaths[index], options: options, fallbackName: names[index], shouldStop: shouldStop)
                return (document, warnings, readingDates ? DocumentDates(reading: document) : nil)
            })
            if let progress { progress.read(bytes: sizes[index]) }
        }
        for index in targetPaths.indices {
            if shouldStop() {
                outcome.failures.append(.stopped(remaining: targetPaths.count - index))
                break
            }
            do throws(LoadError) {
                guard let result = results.wait(index, shouldStop: shouldStop) else { throw .stopped(remaining: 1) }
                let (document, warnings, dates) = try result.get()
                if try adding(document, dates) {
                    outcome.loaded.append(document)
                    outcome.warnings.append(contentsOf: warnings)
                } else {
                    outcome.alreadyLoaded.append(document)
                }
            } catch .stopped {
                // Stopped while this file was being read: it and the rest are left.
                outcome.failures.append(.stopped(remaining: targetPaths.count - index))
                break
            } catch {
                outcome.failures.append(error)
            }
        }
        return outcome
    }

    static func format(of path: String) -> DocumentFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "md", "markdown": .markdown
        case "txt", "text": .text
        case "csv": .csv
        case "html", "htm": .html
        case "pdf": .pdf
        default: nil
        }
    }

    /// Reads one file into a document, without adding it anywhere.
    public func read(_ path: String, options: LoadOptions = LoadOptions(), fallbackName: String? = nil,
                     shouldStop: @escaping @Sendable () -> Bool = { false }) throws(LoadError) -> (Document, [LoadWarning]) {
        guard let named = Self.format(of: path) else { throw .unsupportedFormat(path: path) }
        let bytes = try files.bytes(at: path)
        guard !bytes.isEmpty else { throw .empty(path: path) }
        var warnings: [LoadWarning] = []
        // What the bytes are wins over what the name says: a PDF saved as .txt is still a PDF.
        let sniffed = Self.sniff(bytes)
        if named == .pdf, sniffed != .pdf { throw .notWhatItSays(path: path, format: "PDF") }
        let format = sniffed ?? named
        if format != named { warnings.append(.formatByContent(path: path, format: format.displayName)) }
        var decoded = TextDecoding.Decoded(text: "", wasUTF8: true)
        if format != .pdf {
            guard let text = TextDecoding.decode(bytes) else { throw .binary(path: path) }
            decoded = text
            if !decoded.wasUTF8 { warnings.append(.notUTF8(path: path)) }
        }

        // Windows line ends, and the bare carriage returns of old Mac exports, become line ends; so
        // do form feeds (a page break in text exported from a PDF), which inside SEND Lens mark
        // where a PDF's page turns.
        var text = decoded.text.holds(byte: 0x0D)
            ? decoded.text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            : decoded.text
        if text.holds(byte: 0x0C) { text = text.replacingOccurrences(of: "\u{0C}", with: "\n") }
        // A CSV has no front matter: its first line is the header.
        var matter = format == .csv || format == .html || format == .pdf ? FrontMatter(body: text) : FrontMatter.split(text)
        if matter.unclosed { warnings.append(.unclosedFrontMatter(path: path)) }
        for key in matter.keys where !FrontMatter.knownKeys.contains(key) {
            warnings.append(.unknownFrontMatterKey(path: path, key: key))
        }
        let hash = ContentHash.hex(of: bytes)
        let content = try readContent(format: format, text: text, body: matter.body, path: path, bytes: bytes, hash: hash,
                                      shouldStop: shouldStop)
        let (blocks, table, page) = (content.blocks, content.table, content.page)
        warnings += content.warnings
        for (key, value) in content.fields { matter.fields[key] = value }
        guard !blocks.isEmpty || table != nil else { throw .empty(path: path) }

        let stem = Self.stem(of: path)
        var origins = Document.Origins(name: .fileName, kind: .fallback, title: .fallback, date: .missing)

        let name: String
        if let given = options.name {
            name = given
            origins.name = .loadOption
        } else if let given = matter.fields["name"], !given.isEmpty {
            name = given
            origins.name = .frontMatter
        } else {
            name = fallbackName ?? Self.slug(stem)
        }
        guard Self.isValidName(name) else { throw .invalidName(name) }

        var kind = format == .csv ? DocumentKind.survey : DocumentKind.document
        if let given = options.kind {
            kind = given
            origins.kind = .loadOption
        } else if let written = matter.fields["kind"], let given = DocumentKind(rawValue: written.lowercased()) {
            kind = given
            origins.kind = .frontMatter
        } else {
            if let written = matter.fields["kind"] {
                warnings.append(.unknownFrontMatterKind(path: path, value: written))
            }
            if let guessed = DocumentKind.suggested(byFileName: stem) {
                kind = guessed
                origins.kind = .fileName
            }
        }

        var sections: [Section]
        var passages: [Passage]
        var survey: Survey?
        if let table {
            do {
                let builder = SurveyBuilder(name: name, idColumn: options.idColumn, textColumns: options.textColumns)
                (survey, sections, passages) = try builder.build(table)
            } catch {
                switch error {
                case .unknownColumn(let column, let known): throw .unknownColumn(path: path, column: column, known: known)
                }
            }
        } else {
            (sections, passages) = DocumentBuilder(name: name).build(blocks)
        }

        var title = stem
        if let given = options.title, !given.isEmpty {
            title = given
            origins.title = .loadOption
        } else if let given = matter.fields["title"], !given.isEmpty {
            title = given
            origins.title = .frontMatter
        } else if let given = page?.title {
            title = given
            origins.title = .pageTitle
        } else if let given = content.pdf.flatMap({ PDFReader.title(of: $0.blocks) }) {
            title = given
            origins.title = .pdfTitle
        } else if let first = blocks.first(where: { if case .page = $0 { false } else { true } }),
                  case .heading(_, let text) = first {
            title = text
            origins.title = .firstHeading
        } else if let first = blocks.first, case .paragraph(let text) = first, text.split(separator: " ").count <= 15 {
            title = text
            origins.title = .firstLine
        } else if let heading = blocks.first(where: { if case .heading = $0 { true } else { false } }),
                  case .heading(_, let text) = heading {
            title = text
            origins.title = .firstHeading
        }

        if origins.kind == .fallback, format != .csv, let guessed = DocumentKind.suggested(
            byTitle: title, opening: passages.prefix(12).map(\.text), closing: passages.suffix(6).map(\.text)) {
            kind = guessed
            origins.kind = .content
        }

        var date: Day?
        if let given = options.date {
            date = given
            origins.date = .loadOption
        } else if let written = matter.fields["date"] {
            if let given = Day.parse(written) {
                date = given
                origins.date = .frontMatter
            } else {
                warnings.append(.badFrontMatterDate(path: path, value: written))
            }
        }
        if date == nil, let published = page?.published {
            date = published
            origins.date = .pageDate
        }
        // "Report published: Friday 10 November 2023" beats the first date the text happens to mention.
        if date == nil, let found = passages.prefix(40).lazy.compactMap(Self.datePublished(in:)).first {
            date = found
            origins.date = .publishedLine
        } else if date == nil, let created = content.pdf?.created {
            date = created
            origins.date = .pdfCreated
        } else if date == nil, let found = passages.prefix(100).lazy.compactMap({ Day.first(in: $0.text) }).first {
            // (A document's date is near its top; a date far into it says nothing of when it was written.)
            date = found
            origins.date = .firstDatedLine
        }

        let document = Document(
            name: name, kind: kind, title: title, date: date, path: path, source: matter.fields["source"],
            format: format, contentHash: hash, origins: origins,
            sections: sections, passages: passages, survey: survey
        )
        return (document, warnings)
    }

    /// What a file holds, by format: blocks of text, a survey's table, a web page's own title and date.
    private struct Content {
        var blocks: [Block] = []
        var table: CSVParser.Table?
        var page: HTMLReader.Page?
        var pdf: PDFReader.Content?
        var warnings: [LoadWarning] = []
        /// Front matter fields that a format states its own way (a CSV's `# title:` notes).
        var fields: [String: String] = [:]
    }

    private func readContent(format: DocumentFormat, text: String, body: String, path: String, bytes: [UInt8], hash: String,
                             shouldStop: @escaping @Sendable () -> Bool) throws(LoadError) -> Content {
        var content = Content()
        switch format {
        case .markdown: content.blocks = MarkdownParser.blocks(body)
        case .text: content.blocks = PlainTextParser.blocks(body)
        case .html:
            content.page = HTMLReader.read(text)
            content.blocks = content.page?.blocks ?? []
            guard !content.blocks.isEmpty else { throw .noReadableText(path: path) }
        case .pdf:
            let cache = PDFCache(environment: environment)
            if let kept = cache.content(for: hash) {
                content.pdf = kept
            } else {
                do {
                    let read = try PDFReader.read(file: files.resolved(path), bytes: bytes, environment: environment, shouldStop: shouldStop)
                    cache.store(read, for: hash)
                    content.pdf = read
                } catch {
                    switch error {
                    case .toolMissing: throw .pdfToolMissing(path: path)
                    case .encrypted: throw .pdfEncrypted(path: path)
                    case .unreadable(let reason): throw .pdfUnreadable(path: path, reason: reason)
                    case .noText: throw .pdfNoText(path: path)
                    case .timedOut(let seconds): throw .pdfTimedOut(path: path, seconds: seconds)
                    case .stopped: throw .stopped(remaining: 1)
                    }
                }
            }
            content.blocks = content.pdf?.blocks ?? []
        case .csv:
            guard !text.trimmingWhitespace().isEmpty else { throw .empty(path: path) }
            let table: CSVParser.Table
            do {
                table = try CSVParser.parse(text)
            } catch .unterminatedQuote(let line) {
                throw .csvUnterminatedQuote(path: path, line: line)
            } catch .noHeader {
                throw .csvNoHeader(path: path)
            } catch {
                throw .csvNoRows(path: path)
            }
            if !table.raggedLines.isEmpty { content.warnings.append(.csvRaggedRows(path: path, lines: table.raggedLines)) }
            // "# title: …" notes above the header work as front matter does; any other note says
            // where the data came from.
            for note in table.notes {
                let noted = FrontMatter.split("---\n\(note)\n---\n")
                let keys = noted.keys.filter(FrontMatter.knownKeys.contains)
                for key in keys { content.fields[key] = noted.fields[key] }
                if keys.isEmpty, content.fields["source"] == nil { content.fields["source"] = note }
            }
            content.table = table
        }
        return content
    }

    /// The format the bytes show, whatever the file is called: PDF by its signature, HTML by a
    /// doctype or an `<html>` tag at the start. Nil when the bytes say nothing either way.
    static func sniff(_ bytes: [UInt8]) -> DocumentFormat? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09 {
            start += 1
        }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 15)], as: UTF8.self).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return .html }
        return nil
    }

    /// The files directly in a path's folder whose names match its last part, a shell's pattern
    /// ("bury*.pdf"), sorted; nil when the last part has no * or ?, or its folder is none.
    func matching(_ path: String) -> [String]? {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let pattern = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !folder.isEmpty, pattern.contains(where: { $0 == "*" || $0 == "?" }),
              !folder.contains(where: { $0 == "*" || $0 == "?" }),
              case .folder = files.entry(at: folder), let inFolder = try? files.files(in: folder) else { return nil }
        return inFolder.compactMap { file in
            let name = String(file.dropFirst(folder.count + 1))
            guard fnmatch(pattern, name, 0) == 0 else { return nil }
            return slash == nil ? name : file
        }
    }

    /// The same loader reading through other files (a replayed script's folder).
    public func reading(from files: any FileReading) -> DocumentLoader {
        DocumentLoader(files: files, environment: environment)
    }

    /// The name a file gets when nothing else names it: "Report 2023.md" → "report-2023".
    public static func defaultName(forPath path: String) -> String {
        slug(stem(of: path))
    }

    static func stem(of path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// The date after the word "published" in a passage, if there is one.
    static func datePublished(in passage: Passage) -> Day? {
        guard let word = passage.text.range(of: "publish", options: .caseInsensitive) else { return nil }
        return Day.first(in: String(passage.text[word.lowerBound...]))
    }

    /// A file stem as a document name: lower case, words joined by hyphens ("Council Minutes (Nov)" → "council-minutes-nov").
    static func slug(_ stem: String) -> String {
        var result = ""
        for character in stem.lowercased() {
            if character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "document" : result
    }

    /// A name must be one word a person can type at the start of a citation.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first.isNumber else { return false }
        return !name.contains(where: { $0.isWhitespace || "§¶$\"'".contains($0) })
    }
}

/// A document as read in the background: what to warn of, and its dates when asked for.
private typealias ReadDocument = (document: Document, warnings: [LoadWarning], dates: DocumentDates?)

/// Results filled in by concurrent readers, one slot each, waited for in order.
private final class ReadResults: @unchecked Sendable {
    private var slots: [Result<ReadDocument, LoadError>?]
    private let ready: [DispatchSemaphore]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    func set(_ index: Int, _ result: Result<ReadDocument, LoadError>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
        ready[index].signal()
    }

    /// The result for a slot, once its reader has finished; nil if `shouldStop` says so first
    /// (asked twenty times a second, so Ctrl-C never waits for a large file's parsing to end).
    func wait(_ index: Int, shouldStop: () -> Bool) -> Result<ReadDocument, LoadError>? {
        while ready[index].wait(timeout: .now() + 0.05) == .timedOut {
            if shouldStop() { return nil }
        }
        lock.lock()
        defer { lock.unlock() }
        return slots[index]!
    }
}
