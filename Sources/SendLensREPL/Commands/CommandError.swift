import SendLensCore

/// Why a command line could not run. Each case carries the user's own words; `ErrorMessages`
/// turns them into text.
public enum CommandError: Error, Equatable, Sendable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(command: String, option: String, suggestion: String?)
    case missingValue(command: String, option: String)
    case badValue(command: String, option: String, value: String, expected: String)
    case missingArgument(command: String, what: String)
    case unexpectedArgument(command: String, argument: String)
    case unclosedQuote(line: String, column: Int)
    /// A clause's word that is not one it takes: `count waiting by bus`.
    case badClause(command: String, keyword: String, value: String, expected: [String], line: String, column: Int)
    case unknownKind(String, line: String, column: Int)
    /// `in NAME` where NAME is no document and no word of any passage.
    case notADocument(String, known: [String], words: String, line: String, column: Int)
    case ambiguousDocument(String, candidates: [String], line: String, column: Int)
    /// `>` with no file name after it, or more than one.
    case badRedirect(line: String, column: Int, extra: Bool)
    case notAReference(String, last: Int)
    case noSuchResult(Int, last: Int)
    case noSuchItem(result: Int, item: Int, count: Int)
    case unknownTopic(String, suggestion: String?)
    /// A query that could not be read, with the command line it came in and where the query starts there.
    case query(QueryError, line: String, offset: Int)
    case countNeedsSurvey
    case unknownTerm(String, suggestion: String?)
    case tallyNeedsSurvey
    case unknownQuestion(String, ambiguous: Bool, known: [String])
    case unknownFormat(path: String)
    /// A replayed script tried to write outside its folder or over a file.
    case replayMayNotWrite(path: String, outside: Bool)
    case nestedReplay
    case unreadableScript(path: String, reason: String)
    case exportNeedsFile
    /// A side of a compare with nothing in it.
    case emptySide(String)
}
