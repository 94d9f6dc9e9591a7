import Testing
@testable import SendLensCore

struct FrontMatterTests {
    @Test(arguments: [
        ("---\ntitle: Report\nkind: report\n---\nBody", ["title": "Report", "kind": "report"], "Body"),
        ("---\ntitle: \"Quoted: title\"\n---\n", ["title": "Quoted: title"], ""),
        ("---\nTitle:  Spaced  \n---\nx", ["title": "Spaced"], "x"),
        ("No front matter\n---\n", [:], "No front matter\n---\n"),
        ("---\nnot a key line\ndate: 2023-11-10\n---\nText", ["date": "2023-11-10"], "Text"),
    ])
    func reads(text: String, fields: [String: String], body: String) {
        let matter = FrontMatter.split(text)
        #expect(matter.fields == fields)
        #expect(matter.body == body)
        #expect(!matter.unclosed)
    }

    @Test func unclosedBlockIsKeptAsText() {
        let matter = FrontMatter.split("---\ntitle: x\nThe rest")
        #expect(matter.unclosed)
        #expect(matter.fields.isEmpty)
        #expect(matter.body == "---\ntitle: x\nThe rest")
    }
}
