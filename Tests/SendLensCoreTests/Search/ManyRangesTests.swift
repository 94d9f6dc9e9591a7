import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// Filters that pick thousands of separate stretches of the corpus still work.
struct ManyRangesTests {
    @Test func aSectionFilterOverThousandsOfSectionsCounts() throws {
        let folder = NSTemporaryDirectory() + "sendlens-ranges-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // 2,500 sections, alternately "Alpha" and "Beta", each with one sentence about waiting.
        var text = "# Minutes\n\n"
        for number in 0..<2500 {
            text += "## \(number % 2 == 0 ? "Alpha" : "Beta") \(number)\n\nFamilies were waiting in part \(number).\n\n"
        }
        try text.write(toFile: folder + "/minutes.md", atomically: true, encoding: .utf8)
        let library = try Library()
        library.load([folder + "/minutes.md"])
        let query = try QueryParser.parse("waiting section:alpha")
        let results = try library.search(query, limit: nil)
        #expect(results.total == 1250)
        #expect(results.hits.allSatisfy { library.corpus.documents[0].section(numbered: library.corpus.documents[0].passages[$0.passageIndex].section)!.title.hasPrefix("Alpha") })
        #expect(try library.count(query, by: .section).count == 1250)
        #expect(try library.search(QueryParser.parse("waiting section:beta"), limit: 5).total == 1250)
    }

    @Test func rangeMembershipBySearch() {
        let ranges = [0..<3, 5..<6, 10..<20]
        #expect((0..<25).filter { SearchIndex.contains($0, in: ranges) } == [0, 1, 2, 5] + Array(10..<20))
        #expect(!SearchIndex.contains(0, in: []))
    }
}
