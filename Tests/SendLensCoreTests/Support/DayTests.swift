import Testing
@testable import SendLensCore

struct DayTests {
    @Test(arguments: [
        ("2023-11-10", "2023-11-10"),
        ("10/11/2023", "2023-11-10"),
        ("10.11.2023", "2023-11-10"),
        ("10 November 2023", "2023-11-10"),
        ("Friday 10th November 2023", "2023-11-10"),
        ("November 10, 2023", "2023-11-10"),
        ("1 Sept 2025", "2025-09-01"),
        ("29 February 2024", "2024-02-29"),
    ])
    func parses(text: String, expected: String) {
        #expect(Day.parse(text)?.description == expected)
    }

    @Test(arguments: ["31/31/2023", "2023-02-30", "29 February 2023", "next Friday", "", "10 Novembre 2023", "Monday", "aged 16 to 25"])
    func rejects(text: String) {
        #expect(Day.parse(text) == nil)
    }

    @Test func findsTheFirstDateInASentence() {
        #expect(Day.first(in: "The report was published on Friday 10 November 2023, after 26 June 2023.")?.description == "2023-11-10")
        #expect(Day.first(in: "Updated 2024-02-15 (see above).")?.description == "2024-02-15")
        #expect(Day.first(in: "Young people aged 16 to 25 in Year 6.") == nil)
    }
}

struct ContentHashTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesKnownDigests(text: String, expected: String) {
        #expect(ContentHash.hex(of: Array(text.utf8)) == expected)
    }

    @Test func handlesLongInput() {
        #expect(ContentHash.hex(of: [UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

struct NearestTests {
    @Test(arguments: [
        ("fnd", ["find", "docs"], "find"),
        ("shwo", ["show", "help"], "show"),
        ("outlin", ["outline", "load"], "outline"),
        ("--contxt", ["--context"], "--context"),
        ("zzz", ["find", "docs"], nil),
        ("out", ["outline", "load"], "outline"),
    ] as [(String, [String], String?)])
    func suggests(word: String, candidates: [String], expected: String?) {
        #expect(Nearest.match(for: word, in: candidates) == expected)
    }
}
