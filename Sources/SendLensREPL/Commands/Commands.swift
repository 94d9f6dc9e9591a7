import SendLensCore

/// Every command, in the order `help` lists them.
enum Commands {
    static let all: [CommandSpec] = [load, docs, rename, unload, outline, show, find, count, compare, timeline, tally, define, export, history,
                                     save, replay, notebook, set, help, quit]

    static func named(_ name: String) -> CommandSpec? {
        let lowered = name.lowercased()
        if lowered == "exit" { return quit }
        return all.first { $0.name == lowered }
    }

    static func suggestion(for name: String) -> String? {
        Nearest.match(for: name, in: all.map(\.name))
    }

    static let rename = CommandSpec(
        name: "rename", summary: "give a document another name", arguments: "OLD NEW", options: [],
        details: "Citations then start with the new name. Results made before still open with show $N.k, "
            + "and the old name still works in commands until another document takes it.",
        examples: ["rename report ofsted", "rename hcc-send-improvement-plan plan"], completes: .documents
    ) { invocation, shell in
        guard invocation.arguments.count == 2 else {
            throw CommandError.missingArgument(command: "rename", what: "the document's name and its new name, as in rename report ofsted")
        }
        return .said(try shell.rename(invocation.arguments[0], to: invocation.arguments[1]))
    }

    static let unload = CommandSpec(
        name: "unload", summary: "take documents out of the session", arguments: "DOC…", options: [],
        details: "The documents leave the corpus and the search index (which is built again from the others, "
            + "as long as loading them took). Their files are not touched; load brings them back.",
        examples: ["unload news", "unload news statement"], completes: .documents
    ) { invocation, shell in
        guard !invocation.arguments.isEmpty else {
            throw CommandError.missingArgument(command: "unload", what: "the name of a loaded document")
        }
        // Each name is checked before any document goes.
        for name in invocation.arguments { _ = try shell.corpus.resolve(name) }
        return .said(try invocation.arguments.map { try shell.unload($0) }.joined(separator: "\n"))
    }

    static let set = CommandSpec(
        name: "set", summary: "change a setting of this session: the pager", arguments: "[pager on|off]", options: [],
        details: "set pager on sends each result longer than the screen through a pager ($PAGER, or less -R when it is not set), "
            + "as psql's \\pset pager does; q leaves the pager. It is off at first, since a pager can trap someone who does not know it; "
            + "--page on any one command does the same for that command. set alone shows the settings.",
        examples: ["set pager on", "set pager off", "find waiting --all --page", "set"], completes: .none
    ) { invocation, shell in
        switch invocation.arguments.map({ $0.lowercased() }) {
        case []:
            return .said("pager \(shell.pagesResults ? "on" : "off")")
        case ["pager", "on"], ["pager", "off"]:
            shell.pagesResults = invocation.arguments[1].lowercased() == "on"
            return .said("pager \(shell.pagesResults ? "on" : "off"): results longer than the screen "
                + (shell.pagesResults ? "go through the pager" : "are printed whole"))
        default:
            throw CommandError.badValue(command: "set", option: "the setting", value: invocation.arguments.joined(separator: " "),
                                        expected: "pager on or pager off")
        }
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
