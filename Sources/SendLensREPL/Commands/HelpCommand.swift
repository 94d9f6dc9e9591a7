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
        var output = CommandOutput()
        guard let topic = invocation.arguments.first else {
            output.text.line("Commands (type help COMMAND for more):")
            let width = all.map(\.signature.count).max() ?? 0
            for spec in all {
                output.text.append("  " + Layout.pad(spec.signature, width + 2), .strong)
                output.text.line(spec.summary)
            }
            output.text.line()
            output.text.line("Citations such as report §4 ¶2.1 can be typed back; $N is result N.")
            return output
        }
        guard let spec = named(topic) else {
            throw CommandError.unknownTopic(topic, suggestion: suggestion(for: topic))
        }
        output.text.line(spec.usage, .strong)
        output.text.line("  " + spec.summary.prefix(1).uppercased() + spec.summary.dropFirst() + ".")
        output.text.line()
        output.text.line("  " + Layout.wrap(spec.details, width: 76, indent: "  "))
        if !spec.options.isEmpty {
            output.text.line()
            output.text.line("Options:")
            let labels = spec.options.map { option in option.value.map { "\(option.name) \($0)" } ?? option.name }
            let width = labels.map(\.count).max() ?? 0
            for (option, label) in zip(spec.options, labels) {
                output.text.line("  " + Layout.pad(label, width + 2) + option.help)
            }
        }
        output.text.line()
        output.text.line("Examples:")
        for example in spec.examples { output.text.line("  " + example) }
        return output
    }
}

extension CommandSpec {
    /// The name and arguments, without options: "load PATH… [as KIND]".
    var signature: String {
        arguments.isEmpty ? name : name + " " + arguments
    }
}
