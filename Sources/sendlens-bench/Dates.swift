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
}
