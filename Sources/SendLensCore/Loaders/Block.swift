/// A document's structure as its reader sees it, before sentences are split: what every format's
/// parser produces and `DocumentBuilder` consumes.
enum Block: Equatable, Sendable, Codable {
    case heading(level: Int, text: String)
    /// A paragraph, list item or table row: sentences are split inside it, never across it.
    case paragraph(String)
    /// A table's row, its cells named by the table's header: one passage, however many sentences.
    case row(String)
    /// The start of a page of a PDF: paragraphs after it are cited by page.
    case page(Int)
}
