/// What `scripts/fuzz` feeds with random bytes (libFuzzer, through the `sendlens-fuzz` program):
/// each target takes any bytes at all and must come back, without crashing, hanging or leaving a
/// document that breaks its own rules (`Document.invariantViolations`). The tests run every input
/// kept in `Tests/Fixtures/fuzz/TARGET/` (the seeds, and each input a fuzzer ever found a fault
/// with) through the same entry points.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The query language: parse, then write the FTS5 query it becomes.
    case query
    /// A file as `load` reads it, by its extension: front matter, then the format's parser and
    /// the document builder.
    case markdown, text, csv, html
    /// A saved session script.
    case session
    /// The date tagger, on one passage.
    case dates

    public func run(_ bytes: [UInt8]) {
        switch self {
        case .query:
            let text = String(decoding: bytes, as: UTF8.self)
            if let query = try? QueryParser.parse(text) { _ = FTS5Pattern.make(query.match, glossary: .standard) }
        case .markdown: load(bytes, as: "md")
        case .text: load(bytes, as: "txt")
        case .csv: load(bytes, as: "csv")
        case .html: load(bytes, as: "html")
        case .session:
            let script = SessionScript(text: String(decoding: bytes, as: UTF8.self))
            _ = script.entries.count + script.documents.count
        case .dates:
            let anchor = Day(year: 2023, month: 11, day: 10)
            let text = String(decoding: bytes, as: UTF8.self)
            let mentions = DateTagger(anchor: anchor).mentions(in: text)
            for mention in mentions {
                precondition(!mention.text.isEmpty, "a date mention with no words")
            }
            // As kept at load, small, and read back from the passage: the same.
            precondition(DocumentDates(reading: [text], anchor: anchor).mentions(at: 0, in: text) == mentions,
                         "the dates kept are not the dates found")
        }
    }

    private func load(_ bytes: [UInt8], as fileExtension: String) {
        let path = "input." + fileExtension
        let loader = DocumentLoader(files: OneFile(path: path, bytes: bytes), environment: [:])
        guard let (document, _) = try? loader.read(path) else { return }
        let problems = document.invariantViolations()
        precondition(problems.isEmpty, "the document breaks its rules: \(problems.prefix(3))")
    }

    /// A file system holding one file.
    private struct OneFile: FileReading {
        let path: String
        let bytes: [UInt8]
        func entry(at path: String) -> FileEntry { path == self.path ? .file : .missing }
        func bytes(at path: String) throws(LoadError) -> [UInt8] {
            guard path == self.path else { throw .missing(path: path) }
            return bytes
        }
        func files(under folder: String) throws(LoadError) -> [String] { [] }
    }
}
