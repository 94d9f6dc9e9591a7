/// A session script (`.lens`): one command a line, `#` comments, a header naming each document
/// with its path and content hash, and under each command, optionally, the output it gave, in
/// `#>` lines, as cram and doctest keep it.
///
///     # document report ../samples/report.pdf sha256:1f2e…
///     load ../samples/report.pdf
///     count EHCP
///     #> EHCP — 12 passages
///     #>   report  12
public struct SessionScript: Sendable, Equatable {
    /// A document the script was saved with.
    public struct DocumentRecord: Sendable, Equatable {
        public var name: String
        public var path: String
        public var sha256: String

        public init(name: String, path: String, sha256: String) {
            self.name = name
            self.path = path
            self.sha256 = sha256
        }
    }

    /// A command, where it is, and what it printed when the script was saved (nil when nothing was recorded).
    public struct Entry: Sendable, Equatable {
        public var line: Int
        public var command: String
        public var output: [String]?
    }

    public private(set) var documents: [DocumentRecord] = []
    public private(set) var entries: [Entry] = []
    /// The file's lines, for rewriting the recorded output in place.
    private var lines: [String] = []

    /// Whether any command has output recorded: only then can a replay check it.
    public var hasRecordedOutput: Bool {
        entries.contains { $0.output != nil }
    }

    public init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if lines.last == "" { lines.removeLast() }
        for (offset, line) in lines.enumerated() {
            if line.hasPrefix("#>") {
                guard !entries.isEmpty else { continue }
                let text = line.dropFirst(2)
                entries[entries.count - 1].output = (entries[entries.count - 1].output ?? []) + [String(text.hasPrefix(" ") ? text.dropFirst() : text)]
            } else if line.hasPrefix("# document ") {
                if let record = Self.documentRecord(line.dropFirst("# document ".count)) { documents.append(record) }
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty && !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                entries.append(Entry(line: offset + 1, command: line.trimmingCharacters(in: .whitespaces), output: nil))
            }
        }
    }

    /// `report ../samples/report.pdf sha256:…`, the path quoted when it holds spaces.
    private static func documentRecord(_ text: Substring) -> DocumentRecord? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let space = trimmed.firstIndex(of: " "), let hashStart = trimmed.range(of: " sha256:", options: .backwards),
              space < hashStart.lowerBound else { return nil }
        let name = String(trimmed[..<space])
        var path = trimmed[trimmed.index(after: space)..<hashStart.lowerBound].trimmingCharacters(in: .whitespaces)
        if path.count >= 2, path.hasPrefix("\""), path.hasSuffix("\"") { path = String(path.dropFirst().dropLast()) }
        return DocumentRecord(name: name, path: path, sha256: String(trimmed[hashStart.upperBound...]))
    }

    /// The header line for a document.
    public static func header(for record: DocumentRecord) -> String {
        // A line break in a file name would end the header line: it is written \n.
        let written = record.path.replacingOccurrences(of: "\n", with: "\\n")
        let path = written.contains(" ") ? "\"\(written)\"" : written
        return "# document \(record.name) \(path) sha256:\(record.sha256)"
    }

    /// Output lines as recorded under a command.
    public static func recorded(_ output: [String]) -> [String] {
        output.map { $0.isEmpty ? "#>" : "#> " + $0 }
    }

    /// The script again with each command's recorded output replaced by `outputs` (by the
    /// command's line number); commands not in `outputs` keep what they had.
    public func rewritten(outputs: [Int: [String]]) -> String {
        var result: [String] = []
        var pending: [String]? = nil
        for (offset, line) in lines.enumerated() {
            if line.hasPrefix("#>") {
                if pending == nil { result.append(line) }
                continue
            }
            if let replacement = pending {
                result += Self.recorded(replacement)
                pending = nil
            }
            result.append(line)
            if let output = outputs[offset + 1] { pending = output }
        }
        if let replacement = pending { result += Self.recorded(replacement) }
        return result.map { $0 + "\n" }.joined()
    }
}
