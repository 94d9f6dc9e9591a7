import ArgumentParser
import SendLensREPL

struct SendLens: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sendlens",
        abstract: "Explore the documents that follow an area SEND inspection: report, survey and response.",
        discussion: """
        With no PATH, opens the bundled sample documents. On a terminal you get a prompt with line \
        editing, history and TAB completion; type help there for the commands. Lines piped in are run \
        as commands, one a line.
        """,
        version: Version.current
    )

    @Argument(help: "Files and folders to open (default: the bundled samples).")
    var paths: [String] = []

    @Option(name: .customShort("c"), help: ArgumentHelp("Run a command, then exit; repeat for several. Exits with status 1 if any failed.", valueName: "command"))
    var commands: [String] = []

    @Flag(name: .customLong("no-samples"), help: "Open no documents (use load inside).")
    var noSamples = false

    func run() throws {
        let status = Launcher(paths: paths, commands: commands, noSamples: noSamples).run()
        if status != 0 { throw ExitCode(status) }
    }
}

SendLens.main()
