import Foundation
import SendLensCore

/// Writes the session as a script for `replay`: a header naming each document with its path
/// from the script's folder and its SHA-256, then each line typed, loads rewritten to read the
/// same files from the script's folder and `$N` renumbered to the script's own results; failed
/// lines are kept as comments, and with `withOutput` each command's plain-text output follows it
/// in `#>` lines.
struct SessionWriter {
    let shell: Shell
    /// Lines about the session rather than the documents, left out of scripts.
    static let unsaved: Set<String> = ["save", "history", "notebook", "replay", "quit", "exit", "help"]

    func script(inFolder folder: String, name: String, withOutput: Bool) -> (text: String, commands: Int) {
        var lines = [
            "# SEND Lens session. Replay it with:  sendlens replay \(name)",
            "# (add --check to compare each output with the one recorded under it)",
        ]
        for document in shell.corpus.documents {
            let file = shell.documentFiles[document.name].map { Shell.relative($0, to: folder) } ?? document.path
            lines.append(SessionScript.header(for: SessionScript.DocumentRecord(name: document.name, path: file, sha256: document.contentHash)))
        }
        var numbers: [Int: Int] = [:]
        var next = 1
        var commands = 0
        for entry in shell.history {
            let command = entry.line.prefix { $0 != " " && $0 != "\t" }.lowercased()
            if Self.unsaved.contains(command) { continue }
            if entry.failed && entry.cell == nil {
                lines.append("# failed: " + entry.line)
                continue
            }
            commands += 1
            var outcome = Outcome(said: entry.said, diagnostics: entry.diagnostics)
            if let load = entry.load {
                lines.append(loadLine(load, folder: folder))
                let report = entry.cell.map { shell.cells[$0 - 1].value } ?? entry.opening.map(ResultValue.load)
                outcome.cell = report.map { Cell(number: 0, command: "", value: relocated($0, folder: folder), diagnostics: []) }
            } else {
                // A replayed script's $1 was the session's result offset + 1.
                lines.append(Self.renumbered(entry.line) { numbers[$0 + entry.offset] })
                if let number = entry.cell {
                    let cell = shell.cells[number - 1]
                    outcome.cell = Cell(number: 0, command: "", value: relocated(cell.value, folder: folder), diagnostics: [])
                    outcome.showsCell = entry.shown
                }
            }
            if let number = entry.cell { numbers[number] = next }
            if entry.cell != nil || entry.opening != nil { next += 1 }
            if withOutput { lines += SessionScript.recorded(Printer.transcript(of: outcome, library: shell.library)) }
        }
        return (lines.map { $0 + "\n" }.joined(), commands)
    }

    /// `load ../samples as report --date 2023-11-10`, paths from the script's folder.
    private func loadLine(_ load: SessionEntry.LoadRecord, folder: String) -> String {
        var words = ["load"] + load.paths.map { Self.quoted(Shell.relative($0, to: folder)) }
        let options = load.options
        if let kind = options.kind { words += ["as", kind.rawValue] }
        if let name = options.name { words += ["--name", Self.quoted(name)] }
        if let date = options.date { words += ["--date", date.description] }
        if let id = options.idColumn { words += ["--id", Self.quoted(id)] }
        if let text = options.textColumns { words += ["--text", Self.quoted(text.joined(separator: ","))] }
        return words.joined(separator: " ")
    }

    /// Documents' paths as the script will see them, for the outputs that show them.
    private func relocated(_ value: ResultValue, folder: String) -> ResultValue {
        func path(_ name: String, _ path: String) -> String {
            shell.documentFiles[name].map { Shell.relative($0, to: folder) } ?? path
        }
        switch value {
        case .load(var report):
            for index in report.loaded.indices { report.loaded[index].path = path(report.loaded[index].name, report.loaded[index].path) }
            return .load(report)
        case .documents(var list):
            for index in list.documents.indices {
                list.documents[index].path = path(list.documents[index].name, list.documents[index].path)
            }
            return .documents(list)
        default:
            return value
        }
    }

    /// `$5.2` → `$3.2` when result 5 of the session is result 3 of the script.
    static func renumbered(_ line: String, _ number: (Int) -> Int?) -> String {
        var result = ""
        var characters = line[...]
        while let dollar = characters.firstIndex(of: "$") {
            result += characters[..<dollar]
            let digits = characters[characters.index(after: dollar)...].prefix { $0.isASCII && $0.isNumber }
            if let written = Int(digits), let mapped = number(written) {
                result += "$\(mapped)"
            } else {
                result += "$" + digits
            }
            characters = characters[characters.index(dollar, offsetBy: 1 + digits.count)...]
        }
        return result + characters
    }

    /// A word as a script line reads it back: in quotes when it has a space, a quote, a backslash
    /// or a line break (written \n, so that a line of the script stays one line).
    static func quoted(_ word: String) -> String {
        guard word.contains(where: { " \"\\\n\r".contains($0) }) else { return word }
        let escaped = word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "")
        return "\"" + escaped + "\""
    }
}
