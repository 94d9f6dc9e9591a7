import Foundation
import SendLensCore

/// The date tagger scored on a table of phrases written as Tests/Fixtures/dates/phrases.txt is:
/// a phrase counts as right when every date in it is found with its kind and ISO value (and,
/// where the phrase marks words, exactly those words).
enum DatesBench {
    static func run(table path: String) {
        let table: DatePhraseTable
        do {
            table = try DatePhraseTable(String(contentsOfFile: path, encoding: .utf8))
        } catch {
            FileHandle.standardError.write(Data("sendlens-bench: \(path): \(error)\n".utf8))
            exit(1)
        }
        let misses = table.misses()
        let total = table.phrases.count
        let right = total - misses.count
        let negatives = table.phrases.filter(\.expected.isEmpty)
        let falseAlarms = misses.filter { $0.phrase.expected.isEmpty }.count
        print("Date phrases in \(path): \(right) of \(total) read right (\(String(format: "%.1f", 100 * Double(right) / Double(max(total, 1)))) %);",
              "\(negatives.count - falseAlarms) of \(negatives.count) phrases with no date left alone.")
        for miss in misses { print(miss) }
    }

    /// Each real report in `folder` read as `timeline` reads it, against the dates found by hand:
    /// how many of those were found (with their words), and how many of the values read were right.
    static func run(reportTable path: String, folder: String) {
        let table: ReportDateTable
        do {
            table = try ReportDateTable(String(contentsOfFile: path, encoding: .utf8))
        } catch {
            FileHandle.standardError.write(Data("sendlens-bench: \(path): \(error)\n".utf8))
            exit(1)
        }
        let paths = table.reports.keys.sorted().map { "\(folder)/\($0).pdf" }
        var documents: [Document] = []
        let outcome = DocumentLoader().load(paths, adding: { document, _ throws(LoadError) in
            documents.append(document)
            return true
        })
        for failure in outcome.failures { FileHandle.standardError.write(Data("sendlens-bench: \(failure)\n".utf8)) }
        var found = 0, expected = 0, right = 0, read = 0
        print("| report | dates found (of those found by hand) | values read right (of those read) |\n|---|---|---|")
        let scores = documents.sorted { $0.name < $1.name }.compactMap(table.score)
        for score in scores {
            let precision = score.precision
            found += score.found.count
            expected += score.found.count + score.missed.count
            right += precision.right
            read += precision.read
            print("| \(score.document) | \(score.found.count) of \(score.found.count + score.missed.count) | \(precision.right) of \(precision.read) |")
        }
        print("| all \(scores.count) | \(found) of \(expected) (\(percent(found, expected))) | \(right) of \(read) (\(percent(right, read))) |")
        for score in scores {
            for entry in score.missed { print("\(score.document): missed   \(entry)") }
            for entry in score.wrong { print("\(score.document): wrong    \(entry)") }
            for entry in score.knownWrong { print("\(score.document): known    \(entry)") }
        }
    }

    private static func percent(_ part: Int, _ whole: Int) -> String {
        String(format: "%.1f %%", 100 * Double(part) / Double(max(whole, 1)))
    }
}
