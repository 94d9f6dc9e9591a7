import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// The nineteen real reports in ../shared/reports, read as their readers see them.
@Suite struct RealReportsTests {
    static let environment = ProcessInfo.processInfo.environment.merging(["SENDLENS_NO_CACHE": "1"]) { $1 }

    static func documents() throws -> [(path: String, document: Document)] {
        let paths = Repository.reportFiles
        try #require(paths.count == 19, "the real reports are expected in \(Repository.reports)")
        var corpus = Corpus()
        let outcome = DocumentLoader(environment: environment).load(paths, into: &corpus)
        #expect(outcome.failures.isEmpty)
        return try paths.map { path in
            (path, try #require(corpus.document(named: DocumentLoader.defaultName(forPath: path))))
        }
    }

    @Test func everyReportReadsWithoutGluedFindingsLostHyphensOrWrongPages() throws {
        for (path, document) in try Self.documents() {
            let quality = ReportQuality.check(document, pdf: path)
            #expect(quality.gluedBullets == [], "\(document.name)")
            #expect(quality.lostHyphens == [], "\(document.name)")
            #expect(quality.wrongPages == [], "\(document.name)")
            #expect(quality.pagesChecked * 10 >= document.passages.count * 8, "\(document.name): too few passages found on a page")
            #expect(document.invariantViolations() == [])
        }
    }
}
