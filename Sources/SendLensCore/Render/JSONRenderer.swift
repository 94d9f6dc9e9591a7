import Foundation

/// Writes a result as one JSON object: `"type"` names the kind of result, `"command"` the line
/// that made it, and the rest are that type's fields (README.md lists them). Passages carry their
/// text, citations their text and parts.
public struct JSONRenderer {
    let library: Library

    public init(library: Library) {
        self.library = library
    }

    public func render(_ value: ResultValue, command: String? = nil) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[PassageLookup.key] = PassageLookup(library: library)
        let data = try encoder.encode(Envelope(command: command, value: value))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The command beside the value's own fields, in one object.
    private struct Envelope: Encodable {
        let command: String?
        let value: ResultValue

        private enum CodingKeys: String, CodingKey {
            case command
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(command, forKey: .command)
            try value.encode(to: encoder)
        }
    }
}

/// The formats a result can be written in, chosen by a file's extension.
public enum ExportFormat: String, Sendable, CaseIterable {
    case text = "txt"
    case markdown = "md"
    case csv
    case json

    /// The format a file name asks for, or nil for an extension SEND Lens does not write.
    public init?(path: String) {
        let name = (path as NSString).lastPathComponent
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        self.init(rawValue: name[name.index(after: dot)...].lowercased())
    }

    public var displayName: String {
        switch self {
        case .text: "plain text"
        case .markdown: "Markdown"
        case .csv: "CSV"
        case .json: "JSON"
        }
    }
}
