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

    /// Written from the printed reports: the area each is about, and the rows of its table of
    /// areas for priority action (none where the outcome did not call for them).
    static let expected: [String: (area: String, priorityActions: Int)] = [
        "barking-and-dagenham": ("Barking and Dagenham", 0), "blackpool": ("Blackpool", 0), "bury": ("Bury", 6),
        "derbyshire": ("Derbyshire", 6), "durham": ("Durham", 0), "gateshead": ("Gateshead", 0), "halton": ("Halton", 0),
        "herefordshire": ("Herefordshire", 0), "hertfordshire": ("Hertfordshire", 2), "kingston-upon-hull": ("Kingston upon Hull", 0),
        "medway": ("Medway", 0), "newham": ("Newham", 0), "nottinghamshire": ("Nottinghamshire", 2), "plymouth": ("Plymouth", 5),
        "rutland": ("Rutland", 0), "southend-on-sea": ("Southend-on-Sea", 0), "telford-and-wrekin": ("Telford and Wrekin", 0),
        "warrington": ("Warrington", 0), "wiltshire": ("Wiltshire", 0),
    ]

    @Test func everyReportHasItsTitleSectionsAndPriorityActions() throws {
        for (_, document) in try Self.documents() {
            let expected = try #require(Self.expected[document.name])
            #expect(document.title == "Area SEND inspection of \(expected.area) Local Area Partnership")
            #expect(document.kind == .report && document.origins.date == .pdfCreated)
            var sections = document.sections.map(\.title).dropFirst().filter { !$0.hasPrefix("What is it like to be a child or young person") }
            if expected.priorityActions == 0 {
                #expect(!sections.contains("Areas for priority action"))
            } else {
                sections.removeAll { $0 == "Areas for priority action" }
            }
            #expect(Array(sections) == [
                "Inspection outcome", "Information about the local area partnership",
                "What is the area partnership doing that is effective?", "What does the area partnership need to do better?",
                "Areas for improvement", "Local area partnership details", "Information about this inspection", "Inspection team",
                "About this publication",
            ], "\(document.name)")
            let actions = document.sections.first { $0.title == "Areas for priority action" }
                .map { document.passages[$0.passageRange] } ?? []
            #expect(actions.count == expected.priorityActions, "\(document.name)")
            // Each row names both its columns and reads as whole sentences.
            for action in actions {
                #expect(action.text.hasPrefix("Responsible body: ") && action.text.contains(" Areas for priority action: "))
                #expect(action.text.hasSuffix("."), "\(action.citation)")
            }
        }
    }
}
