import Foundation

/// Reads a PDF through poppler-utils: `pdftohtml -xml` for every run of text with its position,
/// size and weight (which is what tells a heading, a bulleted finding and a table's columns
/// apart), and `pdfinfo` for the date the file was made.
///
/// `pdftotext -layout` keeps no fonts and prints a table's columns side by side; `pdftotext
/// -bbox-layout` keeps positions but not weight, and writes six times as much; `pdfinfo
/// -struct-text` reads Word's tagged structure but took 26 seconds on one report. `pdftohtml -xml`
/// takes as long as `pdftotext` (about 0.2 s a report here).
enum PDFReader {
    enum Problem: Error, Equatable {
        case toolMissing
        case encrypted
        case unreadable(String)
        case noText
        case timedOut(seconds: Int)
        case stopped
    }

    /// What a PDF holds, as SEND Lens reads it.
    struct Content: Codable, Equatable, Sendable {
        var blocks: [Block]
        /// When the file was made, from its own metadata.
        var created: Day?
    }

    /// Changes whenever the reading changes, so a cached reading of an older version is not used.
    static let version = 4

    static func read(file path: String, bytes: [UInt8] = [], environment: [String: String],
                     shouldStop: @escaping @Sendable () -> Bool = { false }) throws(Problem) -> Content {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        func tool(_ name: String) -> String? {
            folders.map { "\($0)/\(name)" }.first(where: FileManager.default.isExecutableFile(atPath:))
        }
        guard let converter = tool("pdftohtml") else { throw .toolMissing }
        let seconds = Int(environment["SENDLENS_PDF_TIME_LIMIT"].flatMap(Int.init) ?? 120)
        guard let result = Subprocess.run(converter, ["-xml", "-i", "-stdout", "-enc", "UTF-8", "-fontfullname", "-nodrm", path],
                                          timeLimit: Double(seconds), shouldStop: shouldStop)
        else { throw .toolMissing }
        switch result.ended {
        case .timedOut: throw .timedOut(seconds: seconds)
        case .stopped: throw .stopped
        case nil: break
        }
        let messages = result.errors.split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("Page-") && !$0.isEmpty && !$0.hasPrefix("Syntax Warning") }
        guard result.status == 0, !result.output.isEmpty else {
            if result.errors.lowercased().contains("password") || result.status == 3 { throw .encrypted }
            throw .unreadable(messages.first ?? "pdftohtml failed")
        }
        let layout = PDFLayout(PopplerXML(parsing: String(decoding: result.output, as: UTF8.self)))
        let blocks = layout.blocks()
        guard blocks.contains(where: { if case .page = $0 { false } else { true } }) else { throw .noText }
        // The date is read from the file's own bytes where its information dictionary is plain
        // text (as Word writes it); pdfinfo is asked only when it is not.
        var created = creationDate(inBytes: bytes)
        if created == nil, let info = tool("pdfinfo"), let details = Subprocess.run(info, [path], timeLimit: 10, shouldStop: shouldStop) {
            created = creationDate(inInfo: String(decoding: details.output, as: UTF8.self))
        }
        return Content(blocks: blocks, created: created)
    }

    /// The title: the words printed largest on the first page, which the layout makes the one
    /// first-level heading there.
    static func title(of blocks: [Block]) -> String? {
        for block in blocks.prefix(6) {
            if case .heading(1, let text) = block { return text }
        }
        return nil
    }

    /// The last `/CreationDate(D:YYYYMMDD…` in the file (a file saved again adds a newer one).
    static func creationDate(inBytes bytes: [UInt8]) -> Day? {
        let key = Array("/CreationDate".utf8)
        guard bytes.count > key.count else { return nil }
        var index = bytes.count - key.count
        while index >= 0 {
            if bytes[index] == key[0], bytes[index..<index + key.count].elementsEqual(key) {
                var position = index + key.count
                while position < bytes.count, bytes[position] == 0x20 { position += 1 }
                let prefix = Array("(D:".utf8)
                guard position + prefix.count + 8 <= bytes.count,
                      bytes[position..<position + prefix.count].elementsEqual(prefix) else { return nil }
                let digits = bytes[(position + prefix.count)..<(position + prefix.count + 8)]
                guard digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
                let number = Int(String(decoding: digits, as: UTF8.self)) ?? 0
                return Day(year: number / 10000, month: number / 100 % 100, day: number % 100)
            }
            index -= 1
        }
        return nil
    }

    /// "CreationDate:    Thu Nov  9 14:28:29 2023 UTC" as a day.
    static func creationDate(inInfo info: String) -> Day? {
        guard let line = info.split(separator: "\n").first(where: { $0.hasPrefix("CreationDate:") }) else { return nil }
        let words = line.dropFirst("CreationDate:".count).split(separator: " ")
        guard words.count >= 5, let day = Int(words[2]), let year = Int(words[4]) else { return nil }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let month = months.firstIndex(of: words[1].lowercased()) else { return nil }
        return Day(year: year, month: month + 1, day: day)
    }
}

/// Readings of PDFs kept under `$XDG_CACHE_HOME/sendlens/pdf/` (or `~/.cache/sendlens/pdf/`), one file
/// per content hash and reader version, so opening the same reports again skips poppler. Safe to
/// delete at any time; a cache that cannot be read or written is passed by without a word.
struct PDFCache: Sendable {
    let folder: String?

    init(environment: [String: String]) {
        if environment["SENDLENS_NO_CACHE"] != nil {
            folder = nil
        } else if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            folder = base + "/sendlens/pdf"
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            folder = home + "/.cache/sendlens/pdf"
        } else {
            folder = nil
        }
    }

    private func path(for hash: String) -> String? {
        folder.map { "\($0)/\(hash)-v\(PDFReader.version).json" }
    }

    func content(for hash: String) -> PDFReader.Content? {
        guard let path = path(for: hash), let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(PDFReader.Content.self, from: data)
    }

    func store(_ content: PDFReader.Content, for hash: String) {
        guard let folder, let path = path(for: hash), let data = try? JSONEncoder().encode(content) else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? AtomicFile().write(Array(data), to: path, mode: .replace)
    }
}
