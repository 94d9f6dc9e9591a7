import Testing
@testable import SendLensCore

struct MarkdownParserTests {
    @Test func headingsParagraphsListsAndTables() {
        let text = """
        # Title

        First line
        continues here.

        ## Findings ##
        - one item
        - two **bold** item
        1. numbered

        | Service | Wait |
        |---|---|
        | SALT | 40 weeks |

        Setext heading
        --------------
        > Quoted [link text](https://example.org) and `code`.
        <!-- hidden
        comment -->
        ***
        """
        #expect(MarkdownParser.blocks(text) == [
            .heading(level: 1, text: "Title"),
            .paragraph("First line continues here."),
            .heading(level: 2, text: "Findings"),
            .paragraph("one item"),
            .paragraph("two bold item"),
            .paragraph("numbered"),
            .paragraph("Service | Wait"),
            .paragraph("SALT | 40 weeks"),
            .heading(level: 2, text: "Setext heading"),
            .paragraph("Quoted link text and code."),
        ])
    }

    @Test(arguments: [
        ("**strong** and *em*", "strong and em"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("_emphasis_ goes", "emphasis goes"),
        ("![alt text](x.png) image", "alt text image"),
        ("escaped \\* star", "escaped * star"),
        ("a <br> b", "a b"),
        ("2 < 3 and 5 > 4", "2 < 3 and 5 > 4"),
        ("[a] [b](x) [c", "a b [c"),
        ("[[nested] label](u) then ]", "[nested label](u) then ]"),
        ("<b>bold</b> <not a tag", "bold <not a tag"),
    ])
    func stripsInlineMarks(input: String, expected: String) {
        #expect(MarkdownParser.stripInline(input) == expected)
    }

    /// Unclosed brackets and angles by the thousand are read in one pass (they took minutes: a
    /// scan to the paragraph's end for each one), and read as written.
    @Test func unclosedMarksAreReadAsWritten() {
        #expect(MarkdownParser.stripInline(String(repeating: "[", count: 50_000)) == String(repeating: "[", count: 50_000))
        #expect(MarkdownParser.stripInline(String(repeating: "<", count: 50_000)) == String(repeating: "<", count: 50_000))
        #expect(MarkdownParser.stripInline(String(repeating: "[x](", count: 20_000)) == String(repeating: "x(", count: 20_000))
        // The first "[" and the only "]" make a link whose label is every other "[".
        let many = MarkdownParser.stripInline(String(repeating: "[", count: 30_000) + "]")
        #expect(many == String(repeating: "[", count: 29_999))
    }

    /// A word of 80,000 full stops after a year is read, and the year found, in one pass (the
    /// trimming of each word's punctuation once counted the whole word at every step).
    @Test func longRunsOfPunctuationAreTrimmedInOnePass() {
        let dots = Substring("2023" + String(repeating: ".", count: 80_000))
        #expect(dots.trimmingCharacters(",.;:") == "2023")
        #expect(Substring(String(repeating: ".", count: 10)).trimmingCharacters(".") == "")
        #expect(Substring("line" + String(repeating: "\r", count: 50_000)).trimmingSuffix(while: { $0 == "\r" }) == "line")
    }

    @Test func plainTextJoinsWrappedLinesAndKeepsLongOnes() {
        let wrapped = "A paragraph that is\nwrapped by hand.\n\nSECOND PART\n\nNext one."
        #expect(PlainTextParser.blocks(wrapped) == [
            .paragraph("A paragraph that is wrapped by hand."),
            .heading(level: 2, text: "SECOND PART"),
            .paragraph("Next one."),
        ])
        let long = String(repeating: "word ", count: 30)
        let onePerLine = "\(long)\nWhat happens now?\n\(long)"
        #expect(PlainTextParser.blocks(onePerLine).count == 3)
        #expect(PlainTextParser.blocks("Title\n=====\nBody text.") == [.heading(level: 1, text: "Title"), .paragraph("Body text.")])
    }

    @Test func textCopiedFromAPageKeepsItsHeadings() {
        let long = "The inspectors found that families across the county wait far too long for assessments and for support to begin."
        let text = ["Council gets lowest rating", long, "What happens now?", long, "It also sets out", long,
                    "'Poor quality'", long, "A short closing line.", long].joined(separator: "\n")
        #expect(PlainTextParser.blocks(text) == [
            .heading(level: 1, text: "Council gets lowest rating"), .paragraph(long),
            .heading(level: 2, text: "What happens now?"), .paragraph(long),
            .paragraph("It also sets out"), .paragraph(long),
            .heading(level: 2, text: "'Poor quality'"), .paragraph(long),
            .paragraph("A short closing line."), .paragraph(long),
        ])
    }
}
