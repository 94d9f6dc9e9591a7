import Testing
@testable import SendLensCore

struct StyledTextWrapTests {
    @Test func longLinesBreakAtSpacesKeepingEmphasis() {
        var text = StyledText()
        text.append("[2] ", .faint)
        text.append("report › Area SEND inspection of Hertfordshire › What does the area partnership need to do better?", .strong)
        text.line()
        text.line("  a table row that is short")
        let wrapped = text.wrapped(width: 30)
        let lines = wrapped.plain.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 30 })
        #expect(wrapped.plain.replacingOccurrences(of: "\n", with: " ") == text.plain.replacingOccurrences(of: "\n", with: " "))
        #expect(wrapped.spans.map(\.emphasis) == text.spans.map(\.emphasis))
        #expect(text.wrapped(width: 0) == text)
    }

    @Test func indentedLinesCanBeKeptWhole() {
        var text = StyledText()
        text.line("error: no document named 'hert'; loaded: news, report, response, statement")
        text.line("  find dashboard in hert hcc and a great many more words after it")
        text.line("                    ^")
        let lines = text.wrapped(width: 30, keepingIndentedLines: true).plain.split(separator: "\n")
        #expect(lines.contains("  find dashboard in hert hcc and a great many more words after it"))
        #expect(lines.filter { !$0.hasPrefix(" ") }.allSatisfy { $0.count <= 30 })
    }
}

/// A passage cut to the room left on a line (and its first characters taken, and its characters
/// counted): counted by scalar where every scalar is a character of its own, by character where
/// accents or emoji are joined on; the same either way.
@Suite struct ClippedTests {
    /// The cut as it is made counting characters one by one.
    static func byCharacter(_ text: String, _ width: Int) -> String {
        guard text.count > width, width > 0 else { return text }
        var cut = String(text.prefix(width - 1))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }

    @Test func theCutIsTheSameCountedByScalarOrByCharacter() {
        let texts = [
            "Plans will be reviewed within 35 days of the report.",
            "“within 35 days” — The partnership must publish its plan.",
            "Café staff met in café e\u{301}tudes and a café au lait.",
            "The café\u{301} opened on 3 May, with a 👩‍👩‍👧 family day and 🇬🇧 flags.",
            "Line one\r\nline two has a carriage return and a line feed.",
            "Dates – 10‐12 May… “quoted” ‘single’ • a bullet, a ⁰ and a zero\u{200D}width joiner, é and ß.",
            "short",
            "exactly twenty chars",
        ]
        for text in texts {
            for width in [1, 5, 10, 11, 12, 13, 19, 20, 21, 30, 60] {
                #expect(TextRenderer.clipped(text, width) == Self.byCharacter(text, width), "\(text) at \(width)")
                #expect(TextRenderer.leading(text, width) == text.prefix(width), "\(text) at \(width)")
            }
            #expect(Layout.characters(in: text) == text.count, "\(text)")
        }
    }
}
