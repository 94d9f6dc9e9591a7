/// Why a path could not be loaded. Nothing already in the corpus is affected.
public enum LoadError: Error, Equatable, Sendable {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case binary(path: String)
    case empty(path: String)
    case unsupportedFormat(path: String)
    case noSupportedFiles(folder: String)
    case duplicateName(name: String, existingSource: String, path: String)
    /// A pipe, a device or a socket: only regular files are read.
    case notAFile(path: String, what: String)
    case tooLarge(path: String, size: Int, limit: Int)
    /// A replayed script asked for a file outside the folders it may read.
    case outsideFolder(path: String, folder: String)
    /// Read, but the search index refused it: it is not loaded, so search never misses a document.
    case notIndexed(path: String, reason: String)
    case invalidName(String)
    /// `rename` to a name another document has.
    case nameTaken(name: String, existingSource: String)
    case optionNeedsOneFile(option: String, count: Int)
    case csvUnterminatedQuote(path: String, line: Int)
    case csvNoHeader(path: String)
    case csvNoRows(path: String)
    case unknownColumn(path: String, column: String, known: [String])
    case noReadableText(path: String)
    case pdfToolMissing(path: String)
    case pdfEncrypted(path: String)
    case pdfUnreadable(path: String, reason: String)
    case pdfNoText(path: String)
    case pdfTimedOut(path: String, seconds: Int)
    /// Ctrl-C during a load: these files were not loaded; the ones before them were.
    case stopped(remaining: Int)
    /// The extension promises a format the content is not, and the content is nothing SEND Lens reads.
    case notWhatItSays(path: String, format: String)
}

/// Something a loaded document's reader should know; the document is loaded all the same.
public enum LoadWarning: Equatable, Sendable {
    case notUTF8(path: String)
    case badFrontMatterDate(path: String, value: String)
    case unknownFrontMatterKind(path: String, value: String)
    case unknownFrontMatterKey(path: String, key: String)
    case unclosedFrontMatter(path: String)
    case skippedUnsupported(folder: String, count: Int)
    case csvRaggedRows(path: String, lines: [Int])
    /// The content is another format than the extension says; it was read as what it is.
    case formatByContent(path: String, format: String)
    /// A file with the same bytes as a loaded document, loaded again under another name.
    case sameContents(path: String, name: String, existing: String, existingPath: String)
}
