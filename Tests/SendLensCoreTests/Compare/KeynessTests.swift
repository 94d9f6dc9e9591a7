import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

struct KeynessTests {
    /// Worked by hand: G² = 2 Σ O ln(O/E); Log Ratio = log2 of the ratio of relative frequencies.
    @Test(arguments: [
        // a, b, n1, n2, G², Log Ratio
        (10, 0, 1000, 1000, 20 * log(2.0), log2(20.0)),
        (10, 5, 1000, 1000, 2 * (10 * log(10 / 7.5) + 5 * log(5 / 7.5)), 1.0),
        (30, 10, 2000, 1000, 2 * (30 * log(30 / (2000 * 40 / 3000.0)) + 10 * log(10 / (1000 * 40 / 3000.0))), log2((30 / 2000.0) / (10 / 1000.0))),
        (0, 0, 100, 100, 0, 0),
    ])
    func statisticsMatchAHandComputation(a: Int, b: Int, n1: Int, n2: Int, g2: Double, ratio: Double) {
        #expect(abs(Keyness.logLikelihood(a: a, b: b, n1: n1, n2: n2) - g2) < 1e-9)
        #expect(abs(Keyness.logRatio(a: a, b: b, n1: n1, n2: n2) - ratio) < 1e-9)
    }

    @Test func pValuesAreThoseOfChiSquareOnOneDegree() {
        #expect(abs(Keyness.pValue(3.841459) - 0.05) < 1e-6)
        #expect(abs(Keyness.pValue(6.634897) - 0.01) < 1e-6)
        #expect(abs(Keyness.pValue(15.13671) - 0.0001) < 1e-7)
        #expect(Keyness.pValue(0) == 1)
        #expect(Keyness.rate(3, of: 1500) == 20)
    }

    /// Two small documents whose counts can be worked out by eye.
    @Test func keywordsOfASmallCorpus() throws {
        let folder = NSTemporaryDirectory() + "sendlens-keyness-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let waits = Array(repeating: "Families waited for therapy.", count: 20).joined(separator: " ")
        let plans = Array(repeating: "Leaders agreed plans.", count: 20).joined(separator: " ")
        try "# One\n\n\(waits)\n".write(toFile: folder + "/one.md", atomically: true, encoding: .utf8)
        try "# Two\n\n\(plans) Families waited.\n".write(toFile: folder + "/two.md", atomically: true, encoding: .utf8)
        let library = try Library()
        library.load([folder + "/one.md", folder + "/two.md"])
        let one = try library.side("one", passages: library.corpus.documents[0].passages.map { PassageRef(document: "one", passage: $0.index) })
        let two = try library.side("two", passages: library.corpus.documents[1].passages.map { PassageRef(document: "two", passage: $0.index) })
        // Headings are not passages: 20 × 4 words, and 20 × 3 + 2.
        #expect(one.words == 80 && two.words == 62)
        let keywords = try library.keywords(one, two, minimumCount: 5)
        let therapy = try #require(keywords.rows.first { $0.stem == "therapi" })
        #expect(therapy.word == "therapy" && therapy.counts == [20, 0] && therapy.side == 0)
        #expect(abs(therapy.g2 - Keyness.logLikelihood(a: 20, b: 0, n1: 80, n2: 62)) < 1e-12)
        let families = keywords.rows.first { $0.stem == "famili" }
        #expect(families == nil || families!.counts == [20, 1])
        #expect(keywords.rows.first { $0.stem == "agre" }.map { ($0.counts, $0.side) } ?? ([], -1) == ([0, 20], 1))
        #expect(keywords.rows.allSatisfy { $0.p < keywords.threshold })
        #expect(!keywords.rows.isEmpty)

        let terms = try library.compare(one, two, on: ["wait", "\"agreed plans\"", "therap*"])
        #expect(terms.rows.map(\.counts) == [[20, 1], [0, 20], [20, 0]])
        #expect(abs(terms.rows[0].rates[0] - 20 * 10_000 / 80.0) < 1e-9)
        #expect(abs(terms.rows[0].logRatio - log2((20 / 80.0) / (1 / 62.0))) < 1e-9)
        #expect(terms.rows[0].best.map(\.count) == [2, 1])
    }
}
