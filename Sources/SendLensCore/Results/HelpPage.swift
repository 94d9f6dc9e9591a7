/// What `help` shows: the list of commands, or one command's usage, options and examples.
public struct HelpPage: Sendable, Hashable, Codable {
    /// For the list: every command.
    public var commands: [CommandSummary]
    public var note: String?
    /// For one command: its details.
    public var topic: CommandHelp?

    public init(commands: [CommandSummary] = [], note: String? = nil, topic: CommandHelp? = nil) {
        self.commands = commands
        self.note = note
        self.topic = topic
    }

    public struct CommandSummary: Sendable, Hashable, Codable {
        public var name: String
        /// "find QUERY"
        public var signature: String
        public var summary: String

        public init(name: String, signature: String, summary: String) {
            self.name = name
            self.signature = signature
            self.summary = summary
        }
    }

    public struct CommandHelp: Sendable, Hashable, Codable {
        public var name: String
        public var usage: String
        public var summary: String
        public var details: String
        public var options: [Option]
        public var examples: [String]

        public init(name: String, usage: String, summary: String, details: String, options: [Option], examples: [String]) {
            self.name = name
            self.usage = usage
            self.summary = summary
            self.details = details
            self.options = options
            self.examples = examples
        }
    }

    public struct Option: Sendable, Hashable, Codable {
        /// "--limit N"
        public var label: String
        public var help: String

        public init(label: String, help: String) {
            self.label = label
            self.help = help
        }
    }
}
