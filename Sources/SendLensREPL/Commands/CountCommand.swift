import Foundation
import SendLensCore

extension Commands {
    static let count = CommandSpec(
        name: "count",
        summary: "how many passages match a query, by document, section or survey question",
        arguments: "QUERY [by doc|section|question]",
        options: [OptionSpec(name: "--exact", value: nil, help: "match words exactly as typed")],
        details: "Counts the passages that match, as find would, grouped by document (the default), by section or by survey question. " + queryHelp,
        examples: ["count waiting", "count EHCP by section", "count wait by question"],
        completes: .words, takesQuery: true
    ) { invocation, shell in
        var invocation = invocation
        let grouping = CountGrouping.take(from: &invocation.query)
        let surveysOnly = grouping == .question
        if surveysOnly, !shell.corpus.documents.contains(where: { $0.survey != nil }) { throw CommandError.countNeedsSurvey }
        let results = try shell.search(invocation, limit: 0, order: .rank)

        var counts: [String: Int] = [:]
        var labels: [String] = []
        for row in results.matchingRows {
            guard let (documentIndex, passageIndex) = shell.index?.location(ofRow: row) else { break }
            let document = shell.corpus.documents[documentIndex]
            if surveysOnly && document.survey == nil { continue }
            var label = document.name
            if grouping != .document, let section = document.section(numbered: document.passages[passageIndex].section),
               section.number > 0 {
                label += " §\(section.number) \(section.title)"
            }
            if counts[label] == nil { labels.append(label) }
            counts[label, default: 0] += 1
        }

        var output = CommandOutput()
        let what = invocation.query.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        output.text.line("\(what) — \(SearchRendering.passages(counts.values.reduce(0, +)))" + (surveysOnly ? " in survey answers" : ""))
        let width = labels.map(\.count).max() ?? 0
        let numberWidth = counts.values.map { String($0).count }.max() ?? 0
        for label in labels {
            let digits = String(counts[label]!)
            output.text.line("  " + Layout.pad(label, width + 2) + String(repeating: " ", count: numberWidth - digits.count) + digits)
        }
        return output
    }
}

/// How `count` groups its passages, chosen by a closing `by doc`, `by section` or `by question`.
enum CountGrouping {
    case document, section, question

    /// Reads and blanks out a trailing "by …" in the query, keeping the positions of the rest.
    static func take(from query: inout String) -> CountGrouping {
        let words = query.split(separator: " ")
        guard words.count >= 2, words[words.count - 2].lowercased() == "by" else { return .document }
        let grouping: CountGrouping
        switch words.last!.lowercased() {
        case "doc", "docs", "document", "documents": grouping = .document
        case "section", "sections": grouping = .section
        case "question", "questions": grouping = .question
        default: return .document
        }
        let phrase = words[words.count - 2] + " " + words.last!
        if let range = query.range(of: phrase, options: .backwards) {
            query.replaceSubrange(range, with: String(repeating: " ", count: phrase.count))
        }
        return grouping
    }
}
