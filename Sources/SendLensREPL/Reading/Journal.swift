import Foundation
import SendLensCore

/// Every line typed at the prompt, appended to a file as it is run, so that a crash or a closed
/// window loses nothing. One file a session, under `$XDG_STATE_HOME/sendlens/journal/`, written
/// as a session script that `sendlens --recover` can replay: a header naming the documents, the
/// load that opened them, then one command a line.
public final class Journal {
    public let path: String
    let descriptor: Int32
    /// The opening load written at the top is the journal's result 1 when replayed, so the
    /// session's `$N` is the journal's `$N+1`.
    private var shift = 0

    /// Opens a new journal file; nil (and the session goes on) when it cannot be written.
    /// `shell` gives the documents the session opened with.
    public init?(folder: String, shell: Shell, now: Date = Date()) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/London")
        formatter.dateFormat = "yyyy-MM-dd'T'HHmmss"
        let stamp = formatter.string(from: now)
        let journals = folder + "/journal"
        guard (try? FileManager.default.createDirectory(atPath: journals, withIntermediateDirectories: true)) != nil else { return nil }
        path = "\(journals)/\(stamp)-\(getpid()).lens"
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND, 0o600)
        guard descriptor >= 0 else { return nil }
        var header = "# SEND Lens journal of the session started \(stamp.replacingOccurrences(of: "T", with: " "))\n"
        for document in shell.corpus.documents {
            let file = shell.documentFiles[document.name] ?? document.path
            header += SessionScript.header(for: SessionScript.DocumentRecord(name: document.name, path: file, sha256: document.contentHash)) + "\n"
        }
        if let opening = shell.history.first(where: { $0.opening != nil }), let load = opening.load {
            header += "load " + load.paths.map(SessionWriter.quoted).joined(separator: " ") + "\n"
            shift = 1
        }
        write(header)
    }

    deinit {
        close(descriptor)
    }

    /// Whether a write has failed already: the person is told once, not at every line.
    private var failed = false

    /// Records a line as typed, before it runs. Returns what to tell the person the first time the
    /// journal cannot be written (a full disk, a folder made read-only); nil otherwise.
    @discardableResult
    public func record(_ line: String) -> String? {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        // One line a line: a line typed with a newline in it must not become two commands.
        let single = line.replacingOccurrences(of: "\n", with: " ")
        guard let code = write((shift == 0 ? single : SessionWriter.renumbered(single) { [shift] in $0 + shift }) + "\n"),
              !failed else { return nil }
        failed = true
        return "the commands you type are no longer being kept in the journal (\(path)): "
            + String(cString: strerror(code)).lowercased() + "; the session goes on"
    }

    /// One write a line, appended whole: a crash never leaves half a line. Returns the error number
    /// when the line could not be written whole.
    @discardableResult
    private func write(_ text: String) -> Int32? {
        var bytes = Array(text.utf8)
        let written = bytes.withUnsafeMutableBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        if written == bytes.count { return nil }
        return written < 0 ? errno : ENOSPC
    }
}

/// The journals kept under the state folder, newest first, and the pruning of old ones.
public struct JournalStore {
    public let folder: String

    public init(stateFolder: String) {
        folder = stateFolder + "/journal"
    }

    /// One journal, as `--recover` lists it.
    public struct Entry: Sendable {
        public let path: String
        /// "2026-11-28 17:03:03"
        public let started: String
        public let commands: Int
        public let documents: [String]
    }

    /// Newest first: by the second each started, then by process number, as a number (two
    /// sessions started in one second, 9999 and 10000, sort as their numbers do, not their digits).
    public func journals() -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        func order(_ name: String) -> (Substring, Int) {
            let stem = name.dropLast(".lens".count)
            guard let dash = stem.lastIndex(of: "-"), let pid = Int(stem[stem.index(after: dash)...]) else { return (stem, 0) }
            return (stem[..<dash], pid)
        }
        return names.filter { $0.hasSuffix(".lens") }.sorted { order($0) > order($1) }.compactMap { name in
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            let script = SessionScript(text: String(decoding: data, as: UTF8.self))
            // "2026-11-28T170303-4242.lens" → "2026-11-28 17:03:03"
            let stamp = Array(name.prefix(17))
            var started = name
            if stamp.count == 17 {
                let day = String(stamp[0..<10])
                let (hours, minutes, seconds) = (String(stamp[11..<13]), String(stamp[13..<15]), String(stamp[15..<17]))
                started = "\(day) \(hours):\(minutes):\(seconds)"
            }
            // The opening load is the journal's own; the rest were typed.
            let opening = script.entries.first?.command.hasPrefix("load ") == true && !script.documents.isEmpty ? 1 : 0
            let commands = script.entries.count - opening
            return Entry(path: path, started: started, commands: commands, documents: script.documents.map(\.name))
        }
    }

    /// Removes journals older than `days` and all but the newest `keep`; returns how many went.
    @discardableResult
    public func prune(keep: Int = 50, days: Int = 30, now: Date = Date()) -> Int {
        var removed = 0
        for (position, entry) in journals().enumerated() {
            let modified = (try? FileManager.default.attributesOfItem(atPath: entry.path)[.modificationDate] as? Date) ?? now
            if position >= keep || now.timeIntervalSince(modified) > Double(days) * 86_400 {
                if (try? FileManager.default.removeItem(atPath: entry.path)) != nil { removed += 1 }
            }
        }
        return removed
    }
}
