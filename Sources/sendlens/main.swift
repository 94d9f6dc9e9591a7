import ArgumentParser
import Foundation
import SendLensREPL

struct SendLens: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sendlens",
        abstract: "Explore the documents that follow an area SEND inspection: report, survey and response.",
        discussion: """
        With no PATH, opens the bundled sample documents. On a terminal you get a prompt with line \
        editing, history and TAB completion; type help there for the commands. Lines piped in are run \
        as commands, one a line.

        sendlens replay FILE.lens [--check] [--update] [--keep-going] [--allow-writes] runs a saved \
        session script (see sendlens replay --help).
        """,
        version: Version.current
    )

    @Argument(help: "Files and folders to open (default: the bundled samples).")
    var paths: [String] = []

    @Option(name: .customShort("c"), help: ArgumentHelp("Run a command, then exit; repeat for several. Exits with status 1 if any failed.", valueName: "command"))
    var commands: [String] = []

    @Flag(name: .customLong("no-samples"), help: "Open no documents (use load inside).")
    var noSamples = false

    @Flag(name: .customLong("recover"), help: ArgumentHelp(
        "List the journals of recent sessions and replay one into a new session (--recover N replays journal N; on a pipe, prints its commands)."))
    var recover = false

    func run() throws {
        // `--recover 2`: the number arrives as the first path.
        var paths = self.paths
        var choice: Int?
        if recover, let first = paths.first, let number = Int(first) {
            choice = number
            paths.removeFirst()
        }
        let status = Launcher(paths: paths, commands: commands, noSamples: noSamples, recover: recover ? .some(choice) : nil).run()
        if status != 0 { throw ExitCode(status) }
    }
}

struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sendlens replay",
        abstract: "Run a saved session script (.lens) in a new session, and check what changed.",
        discussion: """
        Documents are loaded as the script says, from the script's folder. Exit status: 0 when all \
        is well, 1 when a line failed or (with --check) an output differs from the one recorded, \
        2 when the script cannot be read.
        """
    )

    @Argument(help: "The session script, as written by save.")
    var script: String

    @Flag(help: "Compare each command's output with the output recorded under it (#> lines).")
    var check = false

    @Flag(help: "Record each command's output now in place of the old, in the script itself.")
    var update = false

    @Flag(name: .customLong("keep-going"), help: "Run the rest of the script after a line fails.")
    var keepGoing = false

    @Flag(name: .customLong("allow-writes"), help: "Let the script read and write outside its folder, and replace files.")
    var allowWrites = false

    func run() throws {
        let status = Launcher.replay(script, check: check, update: update, keepGoing: keepGoing, allowWrites: allowWrites)
        if status != 0 { throw ExitCode(status) }
    }
}

// `sendlens replay …` is its own command line; anything else opens documents.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "replay" {
    Replay.main(Array(arguments.dropFirst()))
} else {
    SendLens.main()
}
