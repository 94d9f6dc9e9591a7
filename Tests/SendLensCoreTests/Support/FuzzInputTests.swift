import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// Every input kept for the fuzzers (the seeds, and any a fuzzer found a fault with) goes through
/// its target as `scripts/fuzz` runs it: a crash or a broken document fails the test run.
struct FuzzInputTests {
    @Test(arguments: FuzzTarget.allCases)
    func everyKeptInputPassesThroughItsTarget(_ target: FuzzTarget) throws {
        let folder = Repository.root.appendingPathComponent("Tests/Fixtures/fuzz/\(target.rawValue)").path
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(!names.isEmpty, "no seeds for \(target.rawValue)")
        for name in names {
            let data = try #require(FileManager.default.contents(atPath: folder + "/" + name))
            target.run(Array(data))
        }
    }

    /// The targets see what a person's file or typing would give them: a document that breaks its
    /// rules is caught, not read past.
    @Test func aLoadedSeedIsADocument() throws {
        let path = Repository.root.appendingPathComponent("Tests/Fixtures/fuzz/markdown/report.md").path
        var corpus = Corpus()
        let outcome = DocumentLoader().load([path], into: &corpus)
        #expect(outcome.failures.isEmpty)
        #expect(corpus.documents.first?.passages.count ?? 0 >= 5)
    }
}
