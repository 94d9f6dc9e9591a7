import Foundation
import SendLensTestSupport
import Testing
@testable import SendLensCore

/// The coverage verdicts against findings labelled by hand (Tests/Fixtures/coverage/labels.tsv):
/// the sample report against the sample response, and a second pair written for these tests.
struct CoverageCalibrationTests {
    struct Labelled {
        let citation: String
        let verdict: CoverageTable.Verdict
        let score: Double
    }

    /// Every labelled finding with the score the coverage gives it, as `compare A B --coverage` works it out.
    static func labelled() throws -> [Labelled] {
        let fixtures = Repository.root.appendingPathComponent("Tests/Fixtures/coverage").path
        let library = try Library()
        library.load([Repository.writtenReport, Repository.samples + "/response.md",
                      fixtures + "/northdale-report.md", fixtures + "/northdale-response.md"])
        func side(_ name: String) throws -> ComparisonSide {
            let document = try #require(library.corpus.document(named: name))
            return try library.side(name, passages: document.passages.map { PassageRef(document: name, passage: $0.index) })
        }
        var scores: [String: Double] = [:]
        for (report, response) in [("report", "response"), ("northdale-report", "northdale-response")] {
            let first = try side(report)
            let (findings, _) = library.defaultFindings(of: first)
            let table = try library.coverage(of: findings, source: "", in: first, by: try side(response))
            for row in table.findings { scores[library.citation(of: row.finding)!.description] = row.score }
        }
        let lines = try String(contentsOfFile: fixtures + "/labels.tsv", encoding: .utf8).split(separator: "\n")
        return try lines.filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t").map(String.init)
            let verdict = try #require(CoverageTable.Verdict(rawValue: fields[2]))
            let score = try #require(scores[fields[1]], "no score for \(fields[1])")
            return Labelled(citation: fields[1], verdict: verdict, score: score)
        }
    }

    static func accuracy(_ labelled: [Labelled], _ thresholds: CoverageTable.Thresholds) -> Double {
        Double(labelled.filter { thresholds.verdict(for: $0.score) == $0.verdict }.count) / Double(labelled.count)
    }

    /// The mean over the three verdicts of the share of each labelled verdict given back: plain
    /// accuracy would rather never say "partly" than say it wrongly sometimes.
    static func balancedAccuracy(_ labelled: [Labelled], _ thresholds: CoverageTable.Thresholds) -> Double {
        let recalls = CoverageTable.Verdict.allCases.map { truth -> Double in
            let items = labelled.filter { $0.verdict == truth }
            return items.isEmpty ? 0 : Double(items.filter { thresholds.verdict(for: $0.score) == truth }.count) / Double(items.count)
        }
        return recalls.reduce(0, +) / Double(recalls.count)
    }

    /// The thresholds in use are the ones that fit the labels best: a search over every pair of
    /// thresholds finds none that does better.
    @Test func thresholdsAreTheBestFitToTheHandLabels() throws {
        let labelled = try Self.labelled()
        #expect(labelled.count >= 40)
        var best = (accuracy: 0.0, thresholds: CoverageTable.Thresholds(addressed: 1, partly: 1))
        for partly in stride(from: 0.0, through: 1.0, by: 0.01) {
            for addressed in stride(from: partly, through: 1.0, by: 0.01) {
                let thresholds = CoverageTable.Thresholds(addressed: addressed, partly: partly)
                let accuracy = Self.balancedAccuracy(labelled, thresholds)
                if accuracy > best.accuracy + 1e-12 { best = (accuracy, thresholds) }
            }
        }
        let calibrated = Self.balancedAccuracy(labelled, .calibrated)
        // The confusion table, for the README.
        var table = "labelled \\ verdict   addressed  partly  not found\n"
        for truth in CoverageTable.Verdict.allCases {
            let row = CoverageTable.Verdict.allCases.map { verdict in
                labelled.filter { $0.verdict == truth && CoverageTable.Thresholds.calibrated.verdict(for: $0.score) == verdict }.count
            }
            table += truth.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
                + row.map { String($0).padding(toLength: 10, withPad: " ", startingAt: 0) }.joined() + "\n"
        }
        print("coverage calibration: \(labelled.count) findings, balanced accuracy \(String(format: "%.3f", calibrated)), "
            + "accuracy \(String(format: "%.3f", Self.accuracy(labelled, .calibrated))) "
            + "(best possible with two thresholds: \(String(format: "%.3f", best.accuracy)) at \(best.thresholds.addressed), \(best.thresholds.partly))\n" + table)
        #expect(abs(calibrated - best.accuracy) < 1e-9)
    }
}
