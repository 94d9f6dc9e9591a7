import SendLensCore

extension Commands {
    static let help = CommandSpec(
        name: "help",
        summary: "this list, or one command in detail",
        arguments: "[COMMAND]",
        options: [],
        details: "With a command's name, shows its usage, options and examples.",
        examples: ["help", "help show"],
        completes: .commands
    ) { invocation, _ in
        guard let topic = invocation.arguments.first else {
            return .value(.help(HelpPage(
                commands: all.map { HelpPage.CommandSummary(name: $0.name, signature: $0.signature, summary: $0.summary) },
                note: "Citations such as response §4 ¶2.1 or report p.7 ¶1.1 can be typed back; $N is result N, $ the last. "
                    + "End a command with > FILE.md (or .txt, .csv, .json) to write its result to a file.")))
        }
        guard let spec = named(topic) else {
            throw CommandError.unknownTopic(topic, suggestion: suggestion(for: topic))
        }
        let options = spec.options.map { option in
            HelpPage.Option(label: option.value.map { "\(option.name) \($0)" } ?? option.name, help: option.help)
        }
        return .value(.help(HelpPage(topic: HelpPage.CommandHelp(
            name: spec.name, usage: spec.usage, summary: spec.summary, details: spec.details, options: options,
            examples: spec.examples))))
    }
}
