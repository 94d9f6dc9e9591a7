/// What `define` shows: one glossary entry in full, or every entry's term and meaning.
public struct GlossaryList: Sendable, Hashable, Codable {
    public var entries: [GlossaryEntry]
    /// Whether this is the whole glossary (listed briefly) rather than the terms asked about.
    public var whole: Bool

    public init(entries: [GlossaryEntry], whole: Bool) {
        self.entries = entries
        self.whole = whole
    }
}
