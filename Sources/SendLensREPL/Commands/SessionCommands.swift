import Foundation
import SendLensCore

extension Commands {
    static let history = CommandSpec(
        name: "history",
        summary: "the commands of this session, with their result numbers",
        arguments: "",
        options: [],
        details: """
        Lists every line run in this session, in order, each with the number of the result it made \
        ($N), and the lines that failed marked. save writes the same lines as a script to replay.
        """,
        examples: ["history"],
        completes: .none
    ) { invocation, shell in
        if let extra = invocation.arguments.first { throw CommandError.unexpectedArgument(command: "history", argument: extra) }
        let width = String(shell.cells.count).count + 1
        let lines = shell.history.map { entry -> String in
            let number = entry.cell.map { "$\($0)" } ?? ""
            let mark = entry.opening != nil ? "   (when the session opened)" : entry.failed ? "   ✗ failed" : ""
            return "  " + Layout.pad(number, width + 2) + entry.line + mark
        }
        return .said(lines.isEmpty ? "Nothing has been run yet." : lines.joined(separator: "\n"))
    }

    static let save = CommandSpec(
        name: "save",
        summary: "keep this session as a script to replay when new documents arrive",
        arguments: "FILE.lens",
        options: [
            OptionSpec(name: "--with-output", value: nil, help: "record each command's output under it, for replay --check"),
            OptionSpec(name: "--force", value: nil, help: "replace the file if it already exists"),
        ],
        details: """
        Writes a plain-text script: a header naming each document with its file (from the script's \
        folder) and a fingerprint of its contents (SHA-256), the loads that rebuild the documents, then \
        each command, one a line. Failed lines are kept as comments. With --with-output, each \
        command's output follows it in #> lines, so that replay --check can tell you what has changed \
        when a new document arrives. A file that exists is never replaced unless you add --force.
        """,
        examples: ["save waiting.lens", "save sessions/ehcp.lens --with-output", "replay waiting.lens --check"],
        completes: .paths
    ) { invocation, shell in
        let written = try invocation.file("a file name ending in .lens")
        guard written.lowercased().hasSuffix(".lens") else {
            throw CommandError.badValue(command: "save", option: "the file name", value: written, expected: "a name ending in .lens")
        }
        let force = invocation.flags.contains("--force")
        let path = try shell.writablePath(written, replacing: force)
        let folder = (Shell.absolute(path, from: FileManager.default.currentDirectoryPath) as NSString).deletingLastPathComponent
        let withOutput = invocation.flags.contains("--with-output")
        let (text, commands) = SessionWriter(shell: shell).script(inFolder: folder, name: written, withOutput: withOutput)
        try shell.writeFile(text, to: written, at: path, mode: force ? .replace : .create)
        return .said("saved \(Plural.count(commands, "command"))\(withOutput ? " and their output" : "") to \(written)")
    }

    static let replay = CommandSpec(
        name: "replay",
        summary: "run a saved session script again, and check what changed",
        arguments: "FILE.lens",
        options: [
            OptionSpec(name: "--check", value: nil, help: "compare each command's output with the output recorded under it"),
            OptionSpec(name: "--update", value: nil, help: "record each command's output now in place of the old"),
            OptionSpec(name: "--keep-going", value: nil, help: "run the rest of the script after a line fails"),
            OptionSpec(name: "--allow-writes", value: nil, help: "let the script read and write files outside its folder, and replace files"),
        ],
        details: """
        Runs each command of a script made by save, loading documents from the script's folder. A \
        document whose contents differ from when the session was saved gets a warning. With --check, \
        each command whose output is not the one recorded is shown as a difference (- recorded, + now). \
        A line that fails stops the replay unless --keep-going. $N in a script means the script's own \
        result N; its results join this session's numbering. A script may read and write only in its \
        own folder (and read the bundled samples), and never replace a file, unless --allow-writes.
        """,
        examples: ["replay sessions/waiting-times.lens", "replay waiting.lens --check", "replay waiting.lens --update"],
        completes: .paths
    ) { invocation, shell in
        let path = try invocation.file("a session script, such as waiting.lens")
        if shell.context != nil { throw CommandError.nestedReplay }
        let options = ReplayOptions(check: invocation.flags.contains("--check"), update: invocation.flags.contains("--update"),
                                    keepGoing: invocation.flags.contains("--keep-going"),
                                    allowWrites: invocation.flags.contains("--allow-writes"))
        let (outcome, _) = Replayer(shell: shell, options: options, samples: shell.samplesFolder).replay(path)
        return .replayed(outcome)
    }
}

extension Commands {
    static let notebook = CommandSpec(
        name: "notebook",
        summary: "the whole session as a document to read and share: Markdown or a web page",
        arguments: "FILE.md|FILE.html",
        options: [OptionSpec(name: "--force", value: nil, help: "replace the file if it already exists")],
        details: """
        Writes the session as a readable document: the documents with their dates and fingerprints, \
        then each command, numbered, followed by what it gave (tables for counts and tallies, quotes \
        with their citations for passages). FILE.html is one web page with nothing beside it, tallies \
        drawn as bars and each citation a link target; it reads on a phone and prints cleanly. \
        FILE.md is Markdown, to paste or to publish.
        """,
        examples: ["notebook waiting.html", "notebook waiting.md --force"],
        completes: .paths
    ) { invocation, shell in
        let written = try invocation.file("a file name ending in .md or .html")
        let lowered = written.lowercased()
        let writer = NotebookWriter(shell: shell)
        let text: String
        if lowered.hasSuffix(".md") {
            text = writer.markdown()
        } else if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") {
            text = writer.html()
        } else {
            throw CommandError.badValue(command: "notebook", option: "the file name", value: written, expected: "a name ending in .md or .html")
        }
        let force = invocation.flags.contains("--force")
        try shell.writeFile(text, to: written, at: shell.writablePath(written, replacing: force), mode: force ? .replace : .create)
        return .said("wrote the session (\(Plural.count(shell.cells.count, "result"))) to \(written), \(Shell.size(text.utf8.count))")
    }
}

extension Invocation {
    /// The one file a command names.
    func file(_ what: String) throws(CommandError) -> String {
        guard let file = arguments.first else { throw .missingArgument(command: name, what: what) }
        if arguments.count > 1 { throw .unexpectedArgument(command: name, argument: arguments[1]) }
        return file
    }
}
