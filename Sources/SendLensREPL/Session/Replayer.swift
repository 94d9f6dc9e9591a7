import Foundation
import SendLensCore

/// How to replay a script.
struct ReplayOptions: Sendable {
    /// Compare each command's output with the output recorded under it.
    var check = false
    /// Record each command's output under it, in place of what was there.
    var update = false
    /// Go on past a failing line.
    var keepGoing = false
    /// Let the script read and write outside its folder, and write over files.
    var allowWrites = false
}

/// Runs a session script's commands in a shell, one by one, from the script's folder: loads what
/// it loads (warning when a document has changed since it was saved), compares or records each
/// command's output, and says how it went.
struct Replayer {
    let shell: Shell
    let options: ReplayOptions
    /// The bundled samples, which any script may read.
    let samples: String?

    /// What happened, in brief, for the exit status.
    struct Summary {
        var commands = 0
        var same = 0
        var differing = 0
        var failed = 0
        var unreadable = false
        var stopped = false
    }

    func replay(_ path: String) -> (Outcome, Summary) {
        var summary = Summary()
        let bytes: [UInt8]
        do {
            bytes = try LocalFiles().bytes(at: path)
        } catch {
            summary.unreadable = true
            let reason = if case .unreadable(_, let reason) = error { reason } else { ErrorMessages.message(for: error) }
            let exists = FileManager.default.fileExists(atPath: path)
            return (Outcome(diagnostics: [.error(ErrorMessages.message(for: CommandError.unreadableScript(
                path: path, reason: exists ? reason : "there is no such file")))]), summary)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            summary.unreadable = true
            return (Outcome(diagnostics: [.error(ErrorMessages.message(for: CommandError.unreadableScript(
                path: path, reason: "it is not UTF-8 text")))]), summary)
        }
        let script = SessionScript(text: text)
        let folder = (Shell.absolute(path, from: FileManager.default.currentDirectoryPath) as NSString).deletingLastPathComponent
        let previous = shell.context
        shell.context = ReplayContext(
            folder: folder,
            readable: options.allowWrites ? nil : [folder] + (samples.map { [Shell.absolute($0, from: FileManager.default.currentDirectoryPath)] } ?? []),
            allowWrites: options.allowWrites, offset: shell.cells.count)
        defer { shell.context = previous }

        var replay = Outcome()
        let checking = options.check && script.hasRecordedOutput
        if options.check && !script.hasRecordedOutput {
            replay.diagnostics.append(.warning("\(path) has no recorded output to check; save the session with --with-output, "
                + "or replay it with --update to record what it prints now"))
        }
        var recorded: [Int: [String]] = [:]
        for entry in script.entries {
            let location = "\(path):\(entry.line)"
            // A replay inside the script is refused by the replay command itself.
            let loadedBefore = shell.corpus.documents.count
            var step = shell.execute(entry.command)
            step.diagnostics += changedDocuments(since: loadedBefore, script: script)
            step.location = location
            summary.commands += 1
            // What it printed, as plain text: only when it is compared or recorded.
            let output = checking || options.update ? Printer.transcript(of: step, library: shell.library) : []
            recorded[entry.line] = output
            if checking {
                let diff = UnifiedDiff.lines(from: entry.output ?? [], to: output)
                if diff.isEmpty {
                    summary.same += 1
                } else {
                    summary.differing += 1
                    step.said = (step.said.map { $0 + "\n" } ?? "") + "\(location): the output differs from the one recorded\n"
                        + diff.joined(separator: "\n")
                }
            }
            if step.failed { summary.failed += 1 }
            replay.steps.append(step)
            if step.quits { break }
            if step.failed && !options.keepGoing {
                summary.stopped = true
                replay.diagnostics.append(.error("\(location): the replay stopped at this line; add --keep-going to run the rest"))
                break
            }
        }
        if options.update {
            do {
                try AtomicFile().write(Array(script.rewritten(outputs: recorded).utf8), to: path, mode: .replace)
            } catch {
                replay.diagnostics.append(.error(ErrorMessages.message(for: error)))
            }
        }
        replay.said = Self.describe(summary, checked: checking, updated: options.update ? path : nil)
        if summary.differing > 0 && !summary.stopped {
            replay.diagnostics.append(.error("\(path): \(summary.differing) of \(Plural.count(summary.commands, "command")) "
                + "gave other output than recorded"))
        }
        return (replay, summary)
    }

    /// "14 commands: 13 same, 1 differs", or "14 commands run".
    static func describe(_ summary: Summary, checked: Bool, updated: String?) -> String {
        var text = Plural.count(summary.commands, "command")
        if checked {
            text += ": \(summary.same) same, \(summary.differing) differ\(summary.differing == 1 ? "s" : "")"
        } else {
            text += " run"
        }
        if summary.failed > 0 { text += ", \(summary.failed) failed" }
        if let updated { text += "; recorded output updated in \(updated)" }
        return text
    }

    /// A warning for each document just loaded whose bytes are not those the script was saved with.
    private func changedDocuments(since count: Int, script: SessionScript) -> [Diagnostic] {
        shell.corpus.documents.dropFirst(count).compactMap { document in
            guard let record = script.documents.first(where: { $0.name == document.name }), record.sha256 != document.contentHash else {
                return nil
            }
            return .warning("\(document.name): changed since the session was saved (sha256 \(record.sha256.prefix(12))… then, "
                + "\(document.contentHash.prefix(12))… now)")
        }
    }
}
