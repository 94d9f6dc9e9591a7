import SendLensTestSupport
import Testing
@testable import SendLensREPL
import SendLensCore

struct LineSplitterTests {
    @Test(arguments: [
        ("load a.md b.md", ["load", "a.md", "b.md"]),
        ("load \"my report.md\" as report", ["load", "my report.md", "as", "report"]),
        ("load 'it''s.md'", ["load", "its.md"]),
        ("show report\\ x", ["show", "report x"]),
        ("  spaced   out  ", ["spaced", "out"]),
        ("say \"a \\\"b\\\" c\"", ["say", "a \"b\" c"]),
        ("café naïve 日本", ["café", "naïve", "日本"]),
        ("", []),
    ])
    func splits(line: String, words: [String]) throws {
        #expect(try LineSplitter.split(line).map(\.text) == words)
    }

    @Test func quotedOptionsAreWords() throws {
        let words = try LineSplitter.split("load \"--name\" --name")
        #expect(words.map(\.quoted) == [false, true, false])
    }

    @Test(arguments: [("show \"report", 5), ("load 'a.md", 5), ("x \"ok\" 'no", 7)])
    func unclosedQuotesPointAtTheQuote(line: String, column: Int) {
        #expect(throws: CommandError.unclosedQuote(line: line, column: column)) { try LineSplitter.split(line) }
    }
}

struct LayoutTests {
    @Test(arguments: [
        ("one two three four five six seven eight nine ten eleven twelve", 20, "one two three four\n    five six seven eight\n    nine ten eleven\n    twelve"),
        ("short", 40, "short"),
        ("no wrapping in pipes at all however long the line is", 0, "no wrapping in pipes at all however long the line is"),
    ])
    func wrapsUnderALabel(text: String, width: Int, expected: String) {
        #expect(Layout.wrap(text, width: width, indent: "    ") == expected)
    }
}
