/// A survey's table, kept whole so `tally` can count its answers: each column with its role,
/// each row a respondent.
public struct Survey: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Hashable, Codable {
        /// Identifies the respondent.
        case id
        /// Answers from a short list (Yes/No, a scale, a district): counted by `tally`.
        case category
        /// Free-text answers: each one is a passage, found by `find`.
        case text
    }

    public struct Column: Sendable, Hashable, Codable {
        public let name: String
        public let role: Role
    }

    public let columns: [Column]
    public let rows: [[String]]

    /// The questions with set answers, which `tally` counts: never the respondent id, never free text.
    public var setAnswerQuestions: [Int] {
        columns.indices.filter { columns[$0].role == .category }
    }

    /// The questions answered in free text, each a section of passages that `find` searches.
    public var freeTextQuestions: [Int] {
        columns.indices.filter { columns[$0].role == .text }
    }

    /// The column a person means: its exact name, ignoring case, or the only one that starts with
    /// or contains what they typed ("Q3", "satisfied").
    /// Only the columns in `among` are considered (by default, every one).
    public func column(named text: String, among candidates: [Int]? = nil) -> Int? {
        let wanted = text.lowercased()
        let candidates = candidates ?? Array(columns.indices)
        if let exact = candidates.first(where: { columns[$0].name.lowercased() == wanted }) { return exact }
        let starting = candidates.filter { columns[$0].name.lowercased().hasPrefix(wanted) }
        if starting.count == 1 { return starting[0] }
        let containing = candidates.filter { columns[$0].name.lowercased().contains(wanted) }
        return containing.count == 1 ? containing[0] : nil
    }

    /// The respondent's id, or their row number when the survey has no id column.
    public func respondent(_ row: Int) -> String {
        columns.firstIndex { $0.role == .id }.map { rows[row][$0] } ?? "row \(row + 1)"
    }
}
