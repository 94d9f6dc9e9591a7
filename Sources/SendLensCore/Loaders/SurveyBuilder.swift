/// Turns a CSV table into a survey document: works out which column identifies respondents,
/// which hold answers from a short list and which hold free text, unless the user said.
struct SurveyBuilder {
    let name: String
    /// Column names (or their start) the user named with --id and --text.
    var idColumn: String?
    var textColumns: [String]?

    enum Problem: Error, Equatable {
        case unknownColumn(String, known: [String])
    }

    func build(_ table: CSVParser.Table) throws(Problem) -> (Survey, [Section], [Passage]) {
        let header = table.header
        func find(_ text: String) throws(Problem) -> Int {
            let probe = Survey(columns: header.map { Survey.Column(name: $0, role: .category) }, rows: [])
            guard let index = probe.column(named: text) else { throw .unknownColumn(text, known: header) }
            return index
        }
        var roles = [Survey.Role](repeating: .category, count: header.count)
        let id = try idColumn.map(find) ?? Self.guessID(table)
        if let id { roles[id] = .id }
        if let textColumns {
            for text in textColumns { roles[try find(text)] = .text }
        } else {
            for column in header.indices where column != id && Self.looksFreeText(table.rows.map { $0[column] }) {
                roles[column] = .text
            }
        }
        let survey = Survey(columns: zip(header, roles).map { Survey.Column(name: $0, role: $1) }, rows: table.rows)

        var sections: [Section] = []
        var passages: [Passage] = []
        for (number, column) in header.indices.filter({ roles[$0] == .text }).enumerated() {
            let start = passages.count
            for (row, values) in table.rows.enumerated() where !values[column].isEmpty {
                for (offset, sentence) in SentenceSplitter.split(values[column].collapsingWhitespace()).enumerated() {
                    let citation = Citation(document: name, section: number + 1, paragraph: row + 1, sentence: offset + 1)
                    passages.append(Passage(citation: citation, text: sentence, index: passages.count, section: number + 1))
                }
            }
            sections.append(Section(number: number + 1, title: header[column], level: 1, headingPath: [header[column]],
                                    passageRange: start..<passages.count))
        }
        return (survey, sections, passages)
    }

    /// A column named like an id, or a first column whose values are all different and short.
    static func guessID(_ table: CSVParser.Table) -> Int? {
        let names = ["id", "respondent", "respondent id", "response id", "respondent number", "ref", "reference"]
        if let named = table.header.firstIndex(where: { names.contains($0.lowercased()) }) { return named }
        let first = table.rows.map { $0[0] }
        guard !first.contains(where: \.isEmpty), Set(first).count == first.count, first.allSatisfy({ $0.count <= 12 }) else { return nil }
        return 0
    }

    /// Long answers, or answers that are nearly all different: not a list of choices.
    static func looksFreeText(_ values: [String]) -> Bool {
        let answered = values.filter { !$0.isEmpty }
        guard !answered.isEmpty else { return false }
        let averageLength = answered.reduce(0) { $0 + $1.count } / answered.count
        let distinct = Set(answered).count
        return averageLength > 40 || (averageLength > 15 && distinct * 10 > answered.count * 8)
    }
}
