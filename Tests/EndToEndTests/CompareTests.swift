import Foundation
import SendLensTestSupport
import Testing

struct CompareTests {
    /// The keyword statistics, checked by a separate implementation in Python on the samples.
    @Test func keywordFiguresAgreeWithAnIndependentComputation() throws {
        let folder = NSTemporaryDirectory() + "sendlens-compare-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try Binary.run(["-c", "compare report response --all --limit 40 > \(folder)/a.json",
                                  "-c", "compare kind:report survey-2022 --all --min 3 --limit 40 > \(folder)/b.json",
                                  "-c", "compare report response > \(folder)/c.json"])
        #expect(run.errors == "")
        for name in ["a", "b", "c"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", Binary.repository + "/Tests/Fixtures/keyness.py", "\(folder)/\(name).json"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(name): \(text)")
            let rows = Int(text.split(separator: " ").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
            #expect(name == "c" ? rows >= 1 : rows >= 40, "\(name): \(text)")
        }
    }

    @Test func termsCompareWithCountsRatesAndPassages() throws {
        let run = try Binary.run(["-c", "compare report response on waiting dashboard \"speech and language\""])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "report (4,096 words) and response (870 words): each term's count and rate per 10,000 words")
        #expect(lines[2].hasPrefix("  waiting ") && lines[2].hasSuffix("-1.24"))
        #expect(lines[3].contains("2      4.9          2     23.0") && lines[3].hasSuffix("-2.24"))
        #expect(run.output.contains("\ndashboard\n  report\n    report p.7 ¶1.1  … introduction of the SEND ‘Data [Dashboard]’."))
        let errors = try Binary.run(["-c", "compare report", "-c", "compare report nosuch", "-c", "compare report survey-2022 question:nothing"])
        #expect(errors.errors.split(separator: "\n").map(String.init) == [
            "error: compare needs two things to compare, such as report response; see help compare",
            "error: no document named 'nosuch'; loaded: news, report, response, statement, survey-2022",
            "error: 'survey-2022 question:nothing' holds no passages to compare; check the question or section, or type outline DOC to see them",
        ])
    }
}
