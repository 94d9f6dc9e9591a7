import SendLensCore

/// How search results read: a header with the counts, then one aligned keyword-in-context line a hit.
enum SearchRendering {
    /// `waiting — 23 passages (report 15, response 4, statement 4); the best 20`
    static func header(for query: String, results: SearchResults, shown: Int, order: SearchOrder) -> String {
        let what = query.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard results.total > 0 else { return "\(what) — no passages match." }
        let spread = results.perDocument.map { "\($0.name) \($0.count)" }.joined(separator: ", ")
        var header = "\(what) — \(passages(results.total)) (\(spread))"
        if shown < results.total {
            header += order == .rank ? "; the best \(shown) (--all for every one)" : "; the first \(shown) (--all for every one)"
        }
        return header
    }

    static func passages(_ count: Int) -> String {
        count == 1 ? "1 passage" : "\(count.formattedWithCommas) passages"
    }

    /// Width used when output is not a terminal, so scripts and exports always read the same.
    static let plainWidth = 120

    static func lines(for hits: [SearchHit], width: Int) -> StyledText {
        var text = StyledText()
        guard !hits.isEmpty else { return text }
        let total = width > 0 ? width : plainWidth
        let numberWidth = String(hits.count).count
        let citationWidth = hits.map(\.citation.description.count).max() ?? 0
        let lead = numberWidth + 2 + citationWidth + 2
        let room = max(40, total - lead)
        let leftWidth = room * 2 / 5
        let rightWidth = room - leftWidth
        for (offset, hit) in hits.enumerated() {
            let number = String(offset + 1)
            text.append(String(repeating: " ", count: numberWidth - number.count) + number + "  ")
            text.append(Layout.pad(hit.citation.description, citationWidth) + "  ", .faint)
            let (left, right) = keywordInContext(hit.highlighted, leftWidth: leftWidth, rightWidth: rightWidth)
            text.append(String(repeating: " ", count: leftWidth - left.count) + left)
            for piece in right {
                if piece.isMatch {
                    text.append(width > 0 ? piece.text : "[\(piece.text)]", .match)
                } else {
                    text.append(piece.text)
                }
            }
            text.line()
        }
        return text
    }

    /// The text before the first match, cut from the left to fit, and the rest from the match on,
    /// cut from the right, so matches line up in one column.
    static func keywordInContext(_ pieces: [Highlight], leftWidth: Int, rightWidth: Int) -> (String, [Highlight]) {
        let firstMatch = pieces.firstIndex(where: \.isMatch) ?? pieces.count
        var left = pieces[..<firstMatch].map(\.text).joined()
        if left.count > leftWidth {
            left = "…" + left.suffix(leftWidth - 1).drop(while: { $0 != " " })
        }
        var right: [Highlight] = []
        var used = 0
        for piece in pieces[firstMatch...] {
            let cost = piece.text.count + (piece.isMatch ? 2 : 0)
            if used + cost <= rightWidth {
                right.append(piece)
                used += cost
                continue
            }
            let room = rightWidth - used - 1
            if room > 0, !piece.isMatch {
                var cut = String(piece.text.prefix(room))
                if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > room / 2 {
                    cut = String(cut[..<space])
                }
                right.append(Highlight(text: cut, isMatch: false))
            }
            right.append(Highlight(text: "…", isMatch: false))
            break
        }
        return (left, right)
    }
}
