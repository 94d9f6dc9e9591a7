import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// The nineteen real reports' dates, as `timeline` reads them, against the dates found in them
/// by hand (Tests/Fixtures/reports/dates.txt).
@Suite struct RealReportDatesTests {
    static let table = Repository.root.appendingPathComponent("Tests/Fixtures/reports/dates.txt").path

    @Test func everyReportsDatesAreFoundWithTheirWordsAndNothingElseIsRead() throws {
        let table = try ReportDateTable(String(contentsOfFile: Self.table, encoding: .utf8))
        let documents = try RealReportsTests.documents().map(\.document)
        #expect(Set(documents.map(\.name)) == Set(table.reports.keys))
        for document in documents {
            let score = try #require(table.score(document))
            #expect(score.missed == [], "\(document.name): dates not found")
            #expect(score.wrong == [], "\(document.name): read as dates wrongly")
            // A reading known to be wrong is listed only while it is still read.
            let known = Set(table.reports[document.name]!.knownWrong.map(\.written))
            #expect(Set(score.knownWrong.map(\.written)) == known, "\(document.name): a known wrong reading no longer read")
        }
    }

    @Test func theTableIsReadAsWritten() throws {
        let table = try ReportDateTable("""
            # a comment
            [alpha]
            date 2022-07-01 | 1 July 2022
            known duration P2Y | two-year | an age
            """)
        #expect(table.reports["alpha"]?.dates == [ReportDateTable.Entry(written: "date 2022-07-01", words: "1 July 2022")])
        #expect(table.reports["alpha"]?.knownWrong.first?.known == "an age")
        #expect(throws: ReportDateTable.ReadError.self) { try ReportDateTable("date 2022-07-01 | before any report") }
        #expect(throws: ReportDateTable.ReadError.self) { try ReportDateTable("[alpha]\ndate 2022-07-01") }
        #expect(throws: ReportDateTable.ReadError.self) { try ReportDateTable("[alpha]\nknown date 2022-07-01 | no reason") }
    }

    @Test func aDocumentIsScoredOnWhatIsFoundAndWhatIsNot() throws {
        let table = try ReportDateTable("""
            [alpha]
            date 2022-07-01 | 1 July 2022
            year 2019 | 2019
            known recurrence R/P1W | Tuesdays | an event's name
            """)
        let path = NSTemporaryDirectory() + "alpha-\(UUID().uuidString).md"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "---\ndate: 2024-01-10\n---\n\nOn 1 July 2022 the board changed. Families came to Takeover Tuesdays.\n\nThe waiting list grew in 2021.\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        var (document, _) = try DocumentLoader().read(path)
        document.name = "alpha"
        let score = try #require(table.score(document))
        #expect(score.found.map(\.words) == ["1 July 2022"])
        #expect(score.missed.map(\.words) == ["2019"])
        #expect(score.wrong.map(\.written) == ["year 2021"])
        #expect(score.knownWrong.map(\.written) == ["recurrence R/P1W"])
        #expect(score.precision == (1, 3))
    }
}
