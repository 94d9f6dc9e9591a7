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

    /// Text in the same emphasis as the span before it joins that span: a long listing is then
    /// a few long strings, not a million short ones.
    public mutating func append(_ text: String, _ emphasis: Emphasis = .plain) {
        guard !text.isEmpty else { return }
        if let last = spans.indices.last, spans[last].emphasis == emphasis {
            spans[last].text += Self.visible(text)
        } else {
            spans.append((Self.visible(text), emphasis))
        }
    }

    /// The text with control characters shown as symbols (ESC as ␛), so that what a document holds
    /// can never retitle a window, move the cursor or recolour the screen. Newlines and tabs stay.
    ///
    ///     StyledText.visible("a\u{1B}]0;x\u{07}b")   // "a␛]0;x␇b"
    public static func visible(_ text: String) -> String {
        func needsWork(_ bytes: some Sequence<UInt8>) -> Bool {
            var previous: UInt8 = 0
            for byte in bytes {
                if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(byte)) { return true }
                previous = byte
            }
            return false
        }
        guard text.utf8.withContiguousStorageIfAvailable(needsWork) ?? needsWork(text.utf8) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: scalars.append(scalar)
            case 0x00..<0x20: scalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: scalars.append("\u{2421}")
            case 0x80...0x9F: scalars.append("\u{FFFD}")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    public mutating func line(_ text: String = "", _ emphasis: Emphasis = .plain) {
        append(text, emphasis)
        append("\n")
    }

    public mutating func append(_ other: StyledText) {
        spans.append(contentsOf: other.spans)
    }

    public var plain: String {
        var text = ""
        text.reserveCapacity(spans.reduce(0) { $0 + $1.text.utf8.count })
        for span in spans { text += span.text }
        return text
    }

    /// The text with each line longer than `width` broken at its last space before the edge, so
    /// that a terminal never breaks a word in two; emphasis is kept. With `keepingIndentedLines`,
    /// a line that starts with a space (a command echoed with a caret under it) is left whole.
    /// A width under 20 changes nothing.
    public func wrapped(width: Int, keepingIndentedLines: Bool = false) -> StyledText {
        guard width >= 20 else { return self }
        var breaks = Set<Int>()
        var (column, lastSpace, sawText, kept) = (0, Int?.none, false, false)
        for (offset, character) in plain.enumerated() {
            if character == "\n" {
                (column, lastSpace, sawText, kept) = (0, nil, false, false)
                continue
            }
            column += 1
            if column == 1, character == " ", keepingIndentedLines { kept = true }
            if kept { continue }
            if character == " " {
                if sawText { lastSpace = offset }
            } else {
                sawText = true
            }
            if column > width, let space = lastSpace {
                breaks.insert(space)
                column = offset - space
                lastSpace = nil
            }
        }
        guard !breaks.isEmpty else { return self }
        var wrapped = StyledText()
        var offset = 0
        for span in spans {
            var text = ""
            for character in span.text {
                text.append(breaks.contains(offset) ? "\n" : character)
                offset += 1
            }
            wrapped.spans.append((text, span.emphasis))
        }
        return wrapped
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
        let count = characters(in: text)
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    /// How many characters the text has (`text.count`), counted quickly where it can be.
    public static func characters(in text: String) -> Int {
        standAlone(text, upTo: Int.max)?.scalars ?? text.count
    }

    /// Counts the text's first `limit` Unicode scalars, when each (and the one after the last)
    /// is a character of its own: Latin letters, punctuation, curly quotes and dashes, as nearly
    /// all text is, so that counting scalars counts characters. Counting them from the UTF-8
    /// bytes is many times quicker than counting characters, which looks for accents and emoji
    /// joined on; nil where the text has any other scalar, and characters must be counted.
    /// Returns how many were counted and the UTF-8 offset where they end.
    static func standAlone(_ text: String, upTo limit: Int) -> (scalars: Int, end: Int)? {
        // A scalar below U+0080 is one byte (but for a carriage return, which joins a line feed);
        // below U+0300, where the combining accents start, two bytes led by 0xC2–0xCB; U+2000 to
        // U+206F, the general punctuation but for the zero-width joiners, three bytes led by
        // 0xE2 0x80, or 0xE2 0x81 and then at most 0xAF.
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (scalars: Int, end: Int)? {
            var (offset, counted) = (0, 0)
            while offset < bytes.count {
                let byte = bytes[offset]
                var length = 1
                if byte >= 0x80 {
                    guard byte >= 0xC2 else { return nil }
                    if byte <= 0xCB {
                        length = 2
                    } else {
                        guard byte == 0xE2, offset + 2 < bytes.count else { return nil }
                        let (second, third) = (bytes[offset + 1], bytes[offset + 2])
                        guard second == 0x80 ? third != 0x8C && third != 0x8D : second == 0x81 && third <= 0xAF else { return nil }
                        length = 3
                    }
                } else if byte == 0x0D {
                    return nil
                }
                if counted == limit { return (counted, offset) }
                counted += 1
                offset += length
            }
            return (counted, offset)
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? nil
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
