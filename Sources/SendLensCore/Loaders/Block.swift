/// A document's structure as its reader sees it, before sentences are split: what every format's
/// parser produces and `DocumentBuilder` consumes.
enum Block: Equatable, Sendable {
    case heading(level: Int, text: String)
    /// A paragraph, list item or table row: sentences are split inside it, never across it.
    case paragraph(String)
    /// The start of a page of a PDF: paragraphs after it are cited by page.
    case page(Int)
}
