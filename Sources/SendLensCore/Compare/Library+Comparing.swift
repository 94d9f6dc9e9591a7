/// Comparing two sides: term by term, or word by word for what sets them apart.
extension Library {
    /// A side made of these passages, with its words counted by the index's tokenizer.
    public func side(_ label: String, passages: [PassageRef]) throws -> ComparisonSide {
        let references = PassageRefs(passages)
        let words = try index.withTokenizer(exact: false) { tokenizer in
            references.reduce(0) { total, reference in
                var count = 0
                tokenizer.visit(text(of: reference) ?? "", for: .document) { _, _ in count += 1 }
                return total + count
            }
        }
        return ComparisonSide(label: label, passages: references, words: words)
    }

    /// For each term, its occurrences and rate on each side, the Log Ratio, and the two best
    /// passages of each side (BM25, as `find` ranks them).
    public func compare(_ first: ComparisonSide, _ second: ComparisonSide, on terms: [String], exact: Bool = false) throws -> TermComparison {
        let sides = [first, second]
        let members = sides.map { Set($0.passages) }
        let rows = try terms.map { term -> TermComparison.Row in
            let query = try QueryParser.parse(term)
            let ranked = try search(query, exact: exact, limit: nil, order: .rank).hits
                .map { PassageRef(document: $0.citation.document, passage: $0.passageIndex) }
            var counts: [Int] = []
            var best: [PassageRefs] = []
            for side in sides.indices {
                let inside = ranked.filter { members[side].contains($0) }
                best.append(PassageRefs(inside.prefix(2)))
                counts.append(highlights(of: inside, query: query.match, exact: exact).reduce(0) { $0 + $1.filter(\.isMatch).count })
            }
            return TermComparison.Row(
                term: term, counts: counts, rates: zip(counts, sides).map { Keyness.rate($0, of: $1.words) },
                logRatio: Keyness.logRatio(a: counts[0], b: counts[1], n1: first.words, n2: second.words), best: best)
        }
        return TermComparison(sides: sides, exact: exact, rows: rows)
    }

    /// The words most distinctive of each side: those used at least `minimumCount` times in all,
    /// stopwords aside, whose G² passes 0.05 shared among every word tested (with `all`, every
    /// word tested, the strongest first); `limit` a side.
    public func keywords(_ first: ComparisonSide, _ second: ComparisonSide, minimumCount: Int = 5, limit: Int = 15,
                         all: Bool = false) throws -> KeywordComparison {
        let (counts, forms, stopwords) = try index.withTokenizer(exact: false) { tokenizer in
            var counts: [[String: Int]] = [[:], [:]]
            var forms: [String: [String: Int]] = [:]
            for (side, passages) in [first.passages, second.passages].enumerated() {
                for reference in passages {
                    let text = self.text(of: reference) ?? ""
                    let bytes = Array(text.utf8)
                    tokenizer.visit(text, for: .document) { stem, range in
                        counts[side][stem, default: 0] += 1
                        let form = String(decoding: bytes[range], as: UTF8.self)
                        forms[stem, default: [:]][form, default: 0] += 1
                    }
                }
            }
            let stopwords = Stopwords.stems(by: tokenizer)
            return (counts, forms, stopwords)
        }
        let (n1, n2) = (first.words, second.words)
        let stems = Set(counts[0].keys).union(counts[1].keys).filter { (stem: String) -> Bool in
            let total = (counts[0][stem] ?? 0) + (counts[1][stem] ?? 0)
            return total >= minimumCount && !stopwords.contains(stem) && stem.contains { $0.isLetter }
        }
        let threshold = 0.05 / Double(max(1, stems.count))
        var rows: [KeywordComparison.Row] = []
        for stem in stems {
            let (a, b) = (counts[0][stem] ?? 0, counts[1][stem] ?? 0)
            let g2 = Keyness.logLikelihood(a: a, b: b, n1: n1, n2: n2)
            let p = Keyness.pValue(g2)
            guard p < threshold || all else { continue }
            let (e1, e2) = Keyness.expected(a: a, b: b, n1: n1, n2: n2)
            let ratio = Keyness.logRatio(a: a, b: b, n1: n1, n2: n2)
            // The commonest way it is written, lower case when that is as common.
            let word = forms[stem]?.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }?.key ?? stem
            rows.append(KeywordComparison.Row(word: word, stem: stem, counts: [a, b], expected: [e1, e2], g2: g2, logRatio: ratio,
                                              p: p, side: ratio >= 0 ? 0 : 1, significant: p < threshold))
        }
        rows.sort { first, second in
            if first.side != second.side { return first.side < second.side }
            if first.g2 != second.g2 { return first.g2 > second.g2 }
            return first.word < second.word
        }
        let listed = rows.filter { $0.side == 0 }.prefix(limit) + rows.filter { $0.side == 1 }.prefix(limit)
        return KeywordComparison(sides: [first, second], tested: stems.count, minimumCount: minimumCount, threshold: threshold,
                                 rows: Array(listed))
    }
}
