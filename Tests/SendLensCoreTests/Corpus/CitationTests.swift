import Testing
@testable import SendLensCore

struct CitationTests {
    @Test(arguments: [
        ("report §4 ¶2.1", Citation(document: "report", section: 4, paragraph: 2, sentence: 1)),
        ("report s4 2.1", Citation(document: "report", section: 4, paragraph: 2, sentence: 1)),
        ("report S4 ¶2", Citation(document: "report", section: 4, paragraph: 2)),
        ("report section 4 para 2.1", Citation(document: "report", section: 4, paragraph: 2, sentence: 1)),
        ("report § 4", Citation(document: "report", section: 4)),
        ("report p.5 ¶3.1", Citation(document: "report", page: 5, paragraph: 3, sentence: 1)),
        ("report page 5 3", Citation(document: "report", page: 5, paragraph: 3)),
        ("report p9", Citation(document: "report", page: 9)),
        ("report P9 2.1", Citation(document: "report", page: 9, paragraph: 2, sentence: 1)),
        ("statement ¶3.2", Citation(document: "statement", paragraph: 3, sentence: 2)),
        ("statement 3.2", Citation(document: "statement", paragraph: 3, sentence: 2)),
        ("report", Citation(document: "report")),
    ])
    func parses(text: String, expected: Citation) {
        #expect(Citation.parse(text) == expected)
    }

    @Test(arguments: ["", "report ¶2 §4", "report §x", "report 1.2.3", "report §4 §5", "report page", "report banana",
                         // Numbers no document reaches (a citation keeps four bytes for each).
                         "report p.99999999999", "report §4 ¶2.99999999999", "report ¶3000000000"])
    func rejects(text: String) {
        #expect(Citation.parse(text) == nil)
    }

    @Test(arguments: [
        (Citation(document: "report", section: 4, paragraph: 2, sentence: 1), "report §4 ¶2.1"),
        (Citation(document: "report", page: 5, paragraph: 3, sentence: 1), "report p.5 ¶3.1"),
        (Citation(document: "statement", section: 0, paragraph: 3, sentence: 2), "statement ¶3.2"),
        (Citation(document: "report", section: 6), "report §6"),
    ])
    func prints(citation: Citation, expected: String) {
        #expect(citation.description == expected)
    }

    @Test func aParagraphContainsItsSentences() {
        let paragraph = Citation(document: "r", section: 2, paragraph: 1)
        #expect(paragraph.contains(Citation(document: "r", section: 2, paragraph: 1, sentence: 3)))
        #expect(!paragraph.contains(Citation(document: "r", section: 2, paragraph: 2, sentence: 1)))
        #expect(!paragraph.contains(Citation(document: "s", section: 2, paragraph: 1, sentence: 1)))
    }
}
