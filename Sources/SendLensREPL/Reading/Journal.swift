import Foundation
import SendLensCore

/// Every line typed at the prompt, appended to a file as it is run, so that a crash or a closed
/// window loses nothing. One file a session, under `$XDG_STATE_HOME/sendlens/journal/`, written
/// as a session script: comments first, then one command a line.
public final class Journal {
    public let path: String
    private let handle: FileHandle

    /// Opens a new journal file; nil (and the session goes on) when it cannot be written.
    public init?(folder: String, documents: [Document], now: Date = Date()) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.dateFormat = "yyyy-MM-dd'T'HHmmss"
        let stamp = formatter.string(from: now)
        let journals = folder + "/journal"
        guard (try? FileManager.default.createDirectory(atPath: journals, withIntermediateDirectories: true)) != nil else { return nil }
        path = "\(journals)/\(stamp)-\(getpid()).lens"
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { return nil }
        self.handle = handle
        var header = "# SEND Lens journal of the session started \(stamp.replacingOccurrences(of: "T", with: " "))\n"
        for document in documents {
            header += "# \(document.name): \(document.path) sha256:\(document.contentHash)\n"
        }
        write(header)
    }

    deinit {
        try? handle.close()
    }

    /// Records a line as typed, before it runs.
    public func record(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        write(line + "\n")
    }

    private func write(_ text: String) {
        // Unbuffered: the line is on disk before the command that might crash runs.
        try? handle.write(contentsOf: Data(text.utf8))
    }
}
