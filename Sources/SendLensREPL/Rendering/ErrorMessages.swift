import SendLensCore

/// The one place errors become words. Messages are lower-case, quote what the user typed, and say
/// how to put it right.
enum ErrorMessages {
    static func message(for error: any Error) -> String {
        switch error {
        case let error as CommandError: message(for: error)
        case let error as LoadError: message(for: error)
        case let error as CitationError: message(for: error)
        case let error as QueryError: message(for: error)
        case let error as SearchError: message(for: error)
        case let error as WriteError: message(for: error)
        case is CancellationError: "stopped by Ctrl-C"
        default: "unexpected problem: \(error)"
        }
    }

    static func message(for error: CommandError) -> String {
        switch error {
        case .unknownCommand(let name, let suggestion):
            return "unknown command '\(name)'" + didYouMean(suggestion) + "; type help for the list"
        case .unknownOption(let command, let option, let suggestion):
            return "\(command) has no option '\(option)'" + didYouMean(suggestion) + "; see help \(command)"
        case .missingValue(let command, let option):
            return "\(option) needs a value; see help \(command)"
        case .badValue(let command, let option, let value, let expected):
            return "\(option) '\(value)' is not \(expected); see help \(command)"
        case .missingArgument(let command, let what):
            return "\(command) needs \(what); see help \(command)"
        case .unexpectedArgument(let command, let argument):
            return "\(command) does not take '\(argument)'; see help \(command)"
        case .unclosedQuote(let line, let column):
            return "this quote is never closed; add the closing quote or remove it" + caret(line, column)
        case .badClause(let command, let keyword, let value, let expected, let line, let column):
            let choices = expected.map { "\(keyword) \($0)" }
            let list = choices.dropLast().joined(separator: ", ") + " or " + choices.last!
            return "\(command) takes \(list), not '\(keyword) \(value)'; to search for the words, "
                + "put them in quotes: \"\(keyword) \(value)\"" + caret(line, column)
        case .notADocument(let name, let known, let words, let line, let column):
            return "no document named '\(name)'" + didYouMean(Nearest.match(for: name, in: known)) + "; \(loaded(known)). "
                + "To search for the words, put them in quotes: \"in \(words)\"" + caret(line, column)
        case .ambiguousDocument(let name, let candidates, let line, let column):
            return message(for: CitationError.ambiguousDocument(name, candidates: candidates)) + caret(line, column)
        case .unknownKind(let kind, let line, let column):
            let kinds = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
            return "'\(kind)' is not a kind of document; use one of \(kinds)" + caret(line, column)
        case .badRedirect(let line, let column, let extra):
            return (extra ? "> takes one file name, at the end of the line (quote a name with spaces)"
                : "> needs a file name after it, e.g. find waiting > waiting.md") + caret(line, column)
        case .notAReference(let text, let last):
            return "'\(text)' is not a result; write one as $N, $N.k or $ for the last; \(resultRange(last))"
        case .noSuchResult(let number, let last):
            return "there is no result $\(number); \(resultRange(last))"
        case .noSuchItem(let result, let item, let count):
            return count == 0
                ? "result $\(result) lists no passages"
                : "result $\(result) has no item \(item); it lists \(count) (use $\(result).1 to $\(result).\(count))"
        case .query(let error, let line, let offset):
            let text = message(for: error)
            guard let position = error.position else { return text }
            return text + caret(line, offset + position)
        case .unknownTerm(let term, let suggestion):
            return "'\(term)' is not in the SEND glossary" + didYouMean(suggestion) + "; type define for the list"
        case .tallyNeedsSurvey:
            return "tally counts a survey's answers, and no survey is loaded; load a CSV survey first"
        case .unknownQuestion(let text, let ambiguous, let known):
            let list = known.joined(separator: "; ")
            return ambiguous
                ? "'\(text)' fits more than one question; write more of it. The questions: \(list)"
                : "no survey question matches '\(text)'" + didYouMean(Nearest.match(for: text, in: known)) + ". The questions: \(list)"
        case .countNeedsSurvey:
            return "count by question works on survey answers, and no survey is loaded; try count QUERY by section"
        case .unknownTopic(let topic, let suggestion):
            return "there is no help on '\(topic)'" + didYouMean(suggestion) + "; type help for the list"
        case .unknownFormat(let path):
            return "SEND Lens cannot tell how to write '\(path)': end the name with " + formatList
        case .emptySide(let side):
            return "'\(side)' holds no passages to compare; check the question or section, or type outline DOC to see them"
        case .exportNeedsFile:
            return "export needs a file to write, ending with " + formatList + ", e.g. export $2 waiting.md"
        case .replayMayNotWrite(let path, let outside):
            return (outside ? "a replayed script may only write inside its own folder, and '\(path)' is not there"
                : "a replayed script may not write over a file, and '\(path)' exists (or the line asks to replace or add to it)")
                + "; replay with --allow-writes if you trust this script"
        case .nestedReplay:
            return "a replayed script cannot replay another; run each script on its own"
        case .unreadableScript(let path, let reason):
            return "cannot read the session script '\(path)': \(reason)"
        }
    }

    static let formatList = ".txt (plain text), .md (Markdown), .csv (a spreadsheet) or .json"

    static func message(for error: WriteError) -> String {
        switch error {
        case .exists(let path):
            return "'\(path)' already exists and was left as it was; add --force to replace it "
                + "(or write >| instead of >), or choose another name"
        case .isFolder(let path):
            return "'\(path)' is a folder; give a file name inside it"
        case .noFolder(let path, let folder):
            return "cannot write '\(path)': there is no folder '\(folder)'"
        case .cannotWrite(let path, let reason):
            return "cannot write '\(path)': \(reason); nothing was written"
        }
    }

    static func message(for error: LoadError) -> String {
        let formats = ".md, .txt, .csv, .html and .pdf"
        switch error {
        case .missing(let path) where path.contains(where: { $0 == "*" || $0 == "?" }):
            return "no file matches '\(path)'; check the spelling, or give the full path"
        case .missing(let path):
            return "no file or folder at '\(path)'; check the spelling, or give the full path"
        case .unreadable(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .binary(let path):
            return "'\(path)' is not a text document (it looks like a binary file); nothing was loaded from it"
        case .empty(let path):
            return "'\(path)' has no text; nothing was loaded from it"
        case .unsupportedFormat(let path):
            return "SEND Lens cannot read '\(path)': it reads \(formats) files"
        case .noSupportedFiles(let folder):
            return "the folder '\(folder)' has no documents SEND Lens can read (\(formats))"
        case .nameTaken(let name, let existing):
            return "'\(name)' is the name of another loaded document (from \(existing)); choose another name"
        case .duplicateName(let name, let existing, let path):
            return "'\(path)' was not loaded: a document named '\(name)' is already loaded (from \(existing)); "
                + "give this one another name with: load \(quoted(path)) --name NEW-NAME"
        case .notAFile(let path, let what):
            return "'\(path)' is \(what.hasPrefix("not") ? what : what + ", not a file"); SEND Lens reads only files, so nothing was loaded from it"
        case .tooLarge(let path, let size, let limit):
            return "'\(path)' is \(Shell.size(size)), more than the \(Shell.size(limit)) SEND Lens reads from one file; "
                + "nothing was loaded from it (load it with --max-size MB to read larger files)"
        case .outsideFolder(let path, let folder):
            return "'\(path)' is outside the script's folder (\(folder)), so a replayed script may not read it; "
                + "replay with --allow-writes if you trust this script"
        case .notIndexed(let path, let reason):
            return "'\(path)' was read but could not be added to the search index (\(reason)), so it was not loaded"
        case .invalidName(let name):
            return "'\(name)' cannot be a document name: use one word of letters, digits and hyphens"
        case .optionNeedsOneFile(let option, let count):
            return "\(option) names one document, but \(count) files were given; load them one at a time"
        case .csvUnterminatedQuote(let path, let line):
            return "'\(path)' line \(line): a quoted field starts here and is never closed; add the closing \" in the file"
        case .csvNoHeader(let path):
            return "'\(path)' has no header row: its first line should name the columns (each once), e.g. id,group,comments"
        case .csvNoRows(let path):
            return "'\(path)' has a header but no answers; nothing was loaded from it"
        case .stopped(let remaining):
            return "stopped: \(remaining) file\(remaining == 1 ? " was" : "s were") not loaded; the documents loaded before Ctrl-C are kept"
        case .noReadableText(let path):
            return "'\(path)' has no text to read: only navigation, scripts, forms or nothing at all; nothing was loaded from it"
        case .pdfToolMissing(let path):
            return "cannot read the PDF '\(path)': poppler's pdftohtml program is missing; install it with: apt-get install poppler-utils"
        case .pdfEncrypted(let path):
            return "'\(path)' is a password-protected PDF; save an unprotected copy and load that"
        case .pdfUnreadable(let path, let reason):
            return "'\(path)' could not be read as a PDF (it may be damaged): \(reason)"
        case .pdfNoText(let path):
            return "'\(path)' is a PDF with no text in it, probably scanned pages; it needs OCR before SEND Lens can read it"
        case .pdfTimedOut(let path, let seconds):
            return "reading '\(path)' took more than \(seconds) seconds, so it was stopped; nothing was loaded from it"
        case .notWhatItSays(let path, let format):
            return "'\(path)' is named as a \(format) but is not one; nothing was loaded from it"
        case .unknownColumn(let path, let column, let known):
            return "'\(path)' has no column '\(column)'" + didYouMean(Nearest.match(for: column, in: known))
                + "; its columns are: \(known.joined(separator: ", "))"
        }
    }

    static func message(for warning: LoadWarning) -> String {
        switch warning {
        case .sameContents(let path, let name, let existing, let existingPath):
            return "'\(path)' holds the same as '\(existing)' (\(existingPath)); it is loaded a second time as '\(name)' "
                + "(unload \(name) takes it out again)"
        case .notUTF8(let path):
            return "'\(path)' is not UTF-8 text; it was read as Windows-1252, so check accented letters and symbols"
        case .badFrontMatterDate(let path, let value):
            return "'\(path)': the front matter date '\(value)' is not a date (write 2023-11-10 or 10 November 2023); "
                + "the date was looked for in the text instead"
        case .unknownFrontMatterKind(let path, let value):
            let kinds = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
            return "'\(path)': the front matter kind '\(value)' is not one of \(kinds); it was ignored"
        case .unknownFrontMatterKey(let path, let key):
            let known = DocumentLoader.frontMatterKeys
            return "'\(path)': the front matter key '\(key)' is not used" + didYouMean(Nearest.match(for: key, in: known))
                + " (known keys: \(known.joined(separator: ", ")))"
        case .unclosedFrontMatter(let path):
            return "'\(path)': the front matter block that opens with --- is never closed, so it was read as text"
        case .skippedUnsupported(let folder, let count):
            return "skipped \(count) file\(count == 1 ? "" : "s") in '\(folder)' that SEND Lens cannot read"
        case .formatByContent(let path, let format):
            return "'\(path)' is really \(format), whatever its name says; it was read as \(format)"
        case .csvRaggedRows(let path, let lines):
            let shown = lines.prefix(5).map(String.init).joined(separator: ", ") + (lines.count > 5 ? ", …" : "")
            return "'\(path)': \(lines.count) row\(lines.count == 1 ? " does" : "s do") not have one field a column "
                + "(line\(lines.count == 1 ? "" : "s") \(shown)); missing fields were left empty and extra ones dropped"
        }
    }

    /// The documents loaded, for an error naming one that is not: all of them, or with many
    /// loaded, the first ten and how many more (`docs` lists them all).
    static func loaded(_ known: [String]) -> String {
        if known.isEmpty { return "no documents are loaded" }
        if known.count <= 12 { return "loaded: " + known.joined(separator: ", ") }
        return "loaded: " + known.prefix(10).joined(separator: ", ") + " and \(known.count - 10) more (docs lists them)"
    }

    static func message(for error: CitationError) -> String {
        switch error {
        case .unknownDocument(let name, let known):
            return "no document named '\(name)'" + didYouMean(Nearest.match(for: name, in: known)) + "; \(loaded(known))"
        case .ambiguousDocument(let name, let candidates):
            return "'\(name)' starts the names of \(candidates.count) documents (\(candidates.joined(separator: ", "))); type more of the name"
        case .noSuchPassage(let citation):
            let byPage = citation.page == nil && citation.section != nil && citation.paragraph != nil
                ? " (a PDF's passages are cited by their page, as \(citation.document) p.5 ¶2.1; outline lists each section's pages)"
                : ""
            return "\(citation) is not in the document; type outline \(citation.document) to see its sections" + byPage
        case .notACitation(let text):
            return "'\(text)' is not a citation; write one as it is printed, e.g. response §4 ¶2.1 or report p.7 ¶1.1 "
                + "(or type it as response s4 2.1), or a result as $3.2"
        }
    }

    static func message(for error: QueryError) -> String {
        switch error {
        case .empty:
            return "there is nothing to search for; type some words, e.g. find waiting times"
        case .unclosedQuote:
            return "this quote is never closed; add the closing \" to end the phrase"
        case .unclosedParenthesis:
            return "this bracket is never closed; add the closing )"
        case .unexpectedClosingParenthesis:
            return "this ) closes a bracket that was never opened"
        case .missingOperand(let op, _):
            return op == "-" || op == "NOT"
                ? "\(op) must be followed by the word to leave out"
                : "\(op) needs words on both sides, as in waiting \(op) delay"
        case .onlyExclusions:
            return "a search cannot only leave words out; add a word to look for, as in therapy -private"
        case .nothingToSearch(let word, _):
            return word.isEmpty
                ? "a filter alone finds nothing; add a word to look for, as in waiting in:report"
                : "'\(word)' has no letters or digits to search for"
        case .unknownFilter(let name, _, let suggestion):
            return "there is no filter '\(name):'" + didYouMean(suggestion.map { $0 + ":" })
                + "; the filters are in:DOC, kind:KIND, section:\"…\" and question:\"…\""
        case .emptyFilter(let name, _):
            return "\(name): needs a value, as in \(name == "in" ? "in:report" : name == "kind" ? "kind:survey" : name + ":\"waiting\"")"
        case .malformedNear(let reason, _):
            return reason
        case .tooLong(let limit, _):
            return "a query may have at most \(limit) words, operators and brackets, and this one goes on past them; shorten it"
        case .tooDeep(let limit, _):
            return "brackets nest more than \(limit) deep here; a query needs far fewer"
        case .emptyPhrase:
            return "this phrase has no words in it"
        }
    }

    static func message(for error: SearchError) -> String {
        switch error {
        case .unknownKind(let kind):
            let kinds = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
            return "'\(kind)' is not a kind of document; use one of \(kinds)"
        case .database(let problem):
            return "the search could not be run (\(problem)); try a simpler query"
        case .tooComplex:
            return "this query is too complex to search: its brackets and acronyms nest too deeply; split it into simpler queries"
        }
    }

    /// The line again with a ^ under the column to look at.
    private static func caret(_ line: String, _ column: Int) -> String {
        "\n  \(line)\n  " + String(repeating: " ", count: column) + "^"
    }

    private static func resultRange(_ last: Int) -> String {
        last == 0 ? "there are no results yet" : "results run from $1 to $\(last)"
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }

    private static func quoted(_ path: String) -> String {
        path.contains(" ") ? "\"\(path)\"" : path
    }
}
