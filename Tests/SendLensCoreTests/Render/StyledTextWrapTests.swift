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
