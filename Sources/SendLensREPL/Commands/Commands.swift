import SendLensCore

/// Every command, in the order `help` lists them.
enum Commands {
    static let all: [CommandSpec] = [load, docs, outline, show, find, count, compare, timeline, tally, define, export, history, save, replay, notebook, help, quit]

    static func named(_ name: String) -> CommandSpec? {
        let lowered = name.lowercased()
        if lowered == "exit" { return quit }
        return all.first { $0.name == lowered }
    }

    static func suggestion(for name: String) -> String? {
        Nearest.match(for: name, in: all.map(\.name))
    }

    static let quit = CommandSpec(
        name: "quit", summary: "leave SEND Lens (Ctrl-D does the same)", arguments: "", options: [],
        details: "Ends the session. Nothing is saved unless you asked for it; `exit` works too.",
        examples: ["quit"], completes: .none
    ) { invocation, _ in
        if let extra = invocation.arguments.first { throw CommandError.unexpectedArgument(command: "quit", argument: extra) }
        return .quit
    }
}
