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
}
