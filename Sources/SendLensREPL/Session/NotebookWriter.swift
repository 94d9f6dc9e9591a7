import Foundation
import SendLensCore

/// The whole session as a document to read and share: a title, the documents with their dates
/// and fingerprints, then each command as a numbered block followed by its output. As Markdown,
/// or as one self-contained web page (no scripts, fonts or files beside it) that reads on a
/// phone and prints cleanly.
struct NotebookWriter {
    let shell: Shell

    /// The lines worth showing: the session's own commands, not `save`, `history` and the like.
    private var entries: [SessionEntry] {
        shell.history.filter { entry in
            !SessionWriter.unsaved.contains(entry.line.prefix { $0 != " " && $0 != "\t" }.lowercased())
        }
    }

    private func value(of entry: SessionEntry) -> ResultValue? {
        if let opening = entry.opening { return .load(opening) }
        guard let number = entry.cell, entry.shown else { return nil }
        return shell.cells[number - 1].value
    }

    private func label(of entry: SessionEntry) -> String {
        entry.cell.map { "[\($0)]" } ?? (entry.opening != nil ? "[opened]" : "[✗]")
    }

    // MARK: Markdown

    func markdown() -> String {
        var lines = ["# SEND Lens notebook", "", "## Documents", ""]
        lines += MarkdownRenderer.table(header: ["Name", "Kind", "Date", "Title", "SHA-256"], rows: shell.corpus.documents.map {
            [$0.name, $0.kind.rawValue, $0.date?.longDescription ?? "no date", $0.title, String($0.contentHash.prefix(16)) + "…"]
        })
        let renderer = MarkdownRenderer(library: shell.library)
        for entry in entries {
            lines += ["", "### \(label(of: entry))", "", "```", entry.line, "```", ""]
            lines += entry.diagnostics.map { "> **\($0.severity.rawValue):** " + MarkdownRenderer.escape($0.message).replacingOccurrences(of: "\n", with: "  \n> ") }
            if !entry.diagnostics.isEmpty { lines.append("") }
            if let value = value(of: entry) {
                lines.append(renderer.render(value).trimmingCharacters(in: .newlines))
            }
            if let said = entry.said { lines.append(MarkdownRenderer.escape(said)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: HTML

    func html() -> String {
        let documents = HTMLRenderer.table(header: ["Name", "Kind", "Date", "Title", "SHA-256"], rows: shell.corpus.documents.map {
            [HTMLRenderer.escape($0.name), $0.kind.rawValue, $0.date?.longDescription ?? "no date", HTMLRenderer.escape($0.title),
             "<code>\($0.contentHash.prefix(16))…</code>"]
        }, numeric: [])
        var cells: [String] = []
        for (position, entry) in entries.enumerated() {
            var parts = ["<section class=\"cell\" id=\"cell-\(position + 1)\">",
                         "<pre class=\"command\"><span class=\"label\">\(HTMLRenderer.escape(label(of: entry)))</span> \(HTMLRenderer.escape(entry.line))</pre>"]
            parts += entry.diagnostics.map { "<p class=\"\($0.severity.rawValue)\"><strong>\($0.severity.rawValue):</strong> \(HTMLRenderer.escape($0.message))</p>" }
            if let value = value(of: entry) {
                parts.append(HTMLRenderer(library: shell.library, anchorPrefix: "c\(position + 1)-").render(value))
            }
            if let said = entry.said { parts.append("<p class=\"note\">\(HTMLRenderer.escape(said))</p>") }
            parts.append("</section>")
            cells.append(parts.joined(separator: "\n"))
        }
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="generator" content="SEND Lens \(Version.current)" />
            <title>SEND Lens notebook</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            <main>
            <h1>SEND Lens notebook</h1>
            <h2>Documents</h2>
            \(documents)
            <h2>Session</h2>
            \(cells.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    /// Plain, readable, and the same on paper: system fonts, a narrow column, tables that scroll
    /// sideways on a phone rather than squeeze, and no colour that printing would lose.
    static let style = """
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #fff; }
        main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; }
        h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
        .cell { margin: 1.5rem 0; page-break-inside: avoid; }
        pre.command { background: #f3f3f3; border-left: 4px solid #1d70b8; padding: 0.5rem 0.75rem; white-space: pre-wrap; word-break: break-word; margin: 0 0 0.5rem; font-size: 0.95rem; }
        .label { color: #505a5f; }
        .summary { font-weight: 600; margin: 0.5rem 0; }
        .note { color: #505a5f; }
        .error { color: #b10e1e; }
        .warning { color: #7a5b00; }
        blockquote { margin: 0.75rem 0; padding: 0.25rem 0.75rem; border-left: 4px solid #b1b4b6; }
        blockquote.context { color: #505a5f; border-left-style: dotted; }
        blockquote p { margin: 0; }
        blockquote footer { font-size: 0.9rem; color: #505a5f; }
        mark { background: #fff2a8; color: inherit; font-weight: 600; }
        a.citation { color: #1d70b8; }
        .table { overflow-x: auto; }
        table { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.95rem; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        .track { display: inline-block; width: 8rem; height: 0.7rem; background: #e8e8e8; margin-left: 0.4rem; vertical-align: middle; }
        td .track { width: 5rem; }
        .bar { display: block; height: 100%; background: #1d70b8; min-width: 1px; }
        code { font-size: 0.9em; }
        @media print {
          body { font-size: 11pt; }
          main { max-width: none; }
          pre.command { border-left-color: #000; }
          .bar, .track { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .bar { background: #000; }
          a.citation { color: inherit; text-decoration: none; }
        }
        """
}
