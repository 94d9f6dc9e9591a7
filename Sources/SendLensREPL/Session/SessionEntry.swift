import SendLensCore

/// A line run in the session, kept for `history`, `save` and `notebook`.
public struct SessionEntry: Sendable {
    public let line: String
    /// The result it made, if any.
    public let cell: Int?
    /// False when the result went to a file rather than the screen.
    public let shown: Bool
    public let failed: Bool
    public let said: String?
    public let diagnostics: [Diagnostic]
    /// For a `load` (or the documents a session opened with): the paths it was given, made
    /// absolute, and its options, so a saved script can load the same files from elsewhere.
    public let load: LoadRecord?
    /// What the documents a session opened with were, for a saved script's first line.
    public let opening: LoadReport?
    /// When the line came from a replayed script, how many results the session had before it:
    /// its `$1` is the session's result offset + 1.
    public var offset = 0

    public struct LoadRecord: Sendable {
        public let paths: [String]
        public let options: LoadOptions
    }
}

/// While a script is replayed: its folder (relative paths start there), what it may read and
/// write, and where its own result numbers start.
struct ReplayContext {
    let folder: String
    /// Folders the script may read from; nil for anywhere (--allow-writes).
    let readable: [String]?
    let allowWrites: Bool
    /// `$1` in the script is this many results on in the session.
    let offset: Int
}
