/// Command output with emphasis marked, so one result renders in bold on a terminal and as plain
/// text in a pipe, an export or a session script.
public struct StyledText: Sendable, Equatable {
    public enum Emphasis: Sendable, Equatable {
        case plain, strong, faint, match, warning
    }

    public private(set) var spans: [(text: String, emphasis: Emphasis)] = []

    public init() {}

    /// Spaces, `count` of them.
    public init(padding count: Int) {
        append(String(repeating: " ", count: max(0, count)))
    }

    /// The text with spaces after it to fill `width` characters.
    public func padded(to width: Int) -> StyledText {
        var text = self
        text.append(String(repeating: " ", count: max(0, width - plain.count)))
        return text
    }

    public mutating func append(_ text: String, _ emphasis: Emphasis = .plain) {
        guard !text.isEmpty else { return }
        spans.append((text, emphasis))
    }

    public mutating func line(_ text: String = "", _ emphasis: Emphasis = .plain) {
        append(text, emphasis)
        append("\n")
    }

    public mutating func append(_ other: StyledText) {
        spans.append(contentsOf: other.spans)
    }

    public var plain: String {
        spans.map(\.text).joined()
    }

    /// The text with ANSI styles when `colour` is true; plain otherwise.
    public func rendered(colour: Bool) -> String {
        guard colour else { return plain }
        return spans.map { span in
            switch span.emphasis {
            case .plain: span.text
            case .strong: "\u{1B}[1m\(span.text)\u{1B}[0m"
            case .faint: "\u{1B}[2m\(span.text)\u{1B}[0m"
            case .match: "\u{1B}[1;33m\(span.text)\u{1B}[0m"
            case .warning: "\u{1B}[33m\(span.text)\u{1B}[0m"
            }
        }.joined()
    }

    public static func == (lhs: StyledText, rhs: StyledText) -> Bool {
        lhs.spans.elementsEqual(rhs.spans) { $0.text == $1.text && $0.emphasis == $1.emphasis }
    }
}

/// Text layout helpers shared by the text renderers.
public enum Layout {
    /// Pads to a width in characters (not bytes), so non-ASCII names line up.
    public static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// Wraps text into lines of at most `width` characters, starting each line after the first
    /// with `indent` (so the text lines up under a label printed before it). A width under 20
    /// (or 0, for pipes) leaves the text on one line.
    ///
    ///     Layout.wrap("one two three", width: 7, indent: "  ")   // "one two\n  three"
    public static func wrap(_ text: String, width: Int, indent: String) -> String {
        guard width >= 20 else { return text }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n" + indent)
    }
}
