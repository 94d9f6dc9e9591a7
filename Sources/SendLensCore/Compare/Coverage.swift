import Foundation

/// `compare A B --coverage`: for each finding of A, the passage of B that answers it best, how much
/// of the finding it covers, and a verdict.
public struct CoverageTable: Sendable, Hashable, Codable {
    public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
        case addressed
        case partly
        case notFound = "not found"
    }

    public struct Finding: Sendable, Hashable, Codable {
        public var finding: PassageRef
        /// The passage of B that covers most of it, if any covers anything.
        public var best: PassageRef?
        /// How much of the finding's content the best passage (or its paragraph) holds, 0 to 1:
        /// its content words weighted by how rare they are, an acronym and its meaning one word.
        public var score: Double
        public var verdict: Verdict
    }

    public var sides: [ComparisonSide]
    /// Where the findings came from: the section titles, or "every sentence".
    public var source: String
    /// Not found first, then partly, then addressed; in the document's order within each.
    public var findings: [Finding]
    public var thresholds: Thresholds

    /// The scores at which a finding counts as addressed, or partly: calibrated on hand-labelled
    /// findings (Tests/Fixtures/coverage/labels.tsv), not guessed.
    public struct Thresholds: Sendable, Hashable, Codable {
        public var addressed: Double
        public var partly: Double

        public static let calibrated = Thresholds(addressed: 0.60, partly: 0.57)

        public init(addressed: Double, partly: Double) {
            self.addressed = addressed
            self.partly = partly
        }

        public func verdict(for score: Double) -> Verdict {
            score >= addressed ? .addressed : score >= partly ? .partly : .notFound
        }
    }

    public func count(_ verdict: Verdict) -> Int {
        findings.filter { $0.verdict == verdict }.count
    }

    /// "of 34 findings, 14 addressed, 11 partly, 9 not found"
    public var summary: String {
        "of \(Plural.count(findings.count, "finding")), \(count(.addressed)) addressed, \(count(.partly)) partly, "
            + "\(count(.notFound)) not found"
    }
}

extension Library {
    /// The sections an inspection report keeps its findings in.
    public static let findingSections = ["priority action", "areas for improvement", "need to do better", "needs to be better",
                                         "needs to improve", "need to improve"]

    /// The findings of a side by default: its sentences under the headings reports keep their
    /// findings in, or every sentence when it has none.
    public func defaultFindings(of side: ComparisonSide) -> (passages: [PassageRef], source: String) {
        var titles: [String] = []
        let chosen = side.passages.filter { reference in
            guard let passage = passage(reference), let document = corpus.document(named: reference.document),
                  let section = document.section(numbered: passage.section) else { return false }
            let found = section.headingPath.contains { heading in Self.findingSections.contains { heading.lowercased().contains($0) } }
            if found, !titles.contains(section.title) { titles.append(section.title) }
            return found
        }
        guard !chosen.isEmpty else { return (Array(side.passages), "every sentence") }
        return (chosen, titles.map { "\"\($0)\"" }.joined(separator: ", "))
    }

    /// For each finding, the passage of `other` covering most of its content words, with the
    /// share covered and the verdict the thresholds give it.
    public func coverage(of findings: [PassageRef], source: String, in first: ComparisonSide, by other: ComparisonSide,
                         thresholds: CoverageTable.Thresholds = .calibrated) throws -> CoverageTable {
        let (findingWords, candidates, weights) = try index.withTokenizer(exact: false) { tokenizer in
            let concepts = ConceptReader(tokenizer: tokenizer)
            let findingWords = findings.map { concepts.words(in: text(of: $0) ?? "") }
            // What a finding asks for comes first; "so that …" and "including …" say why or what else.
            let mainWords = findings.map { reference -> Set<String> in
                let text = self.text(of: reference) ?? ""
                let lowered = text.lowercased()
                let cut = [" so that ", ", including ", " including "].compactMap { lowered.range(of: $0)?.lowerBound }.min()
                return concepts.words(in: cut.map { String(text[..<$0]) } ?? text)
            }
            // Each sentence of B, and each paragraph of B as a whole: a commitment often spans two.
            var candidates: [(best: PassageRef, words: Set<String>)] = []
            var paragraph: (key: String, first: PassageRef, words: Set<String>)?
            for reference in other.passages {
                let words = concepts.words(in: text(of: reference) ?? "")
                candidates.append((reference, words))
                let key = passage(reference).map { "\(reference.document) \($0.section) \($0.citation.paragraph ?? -$0.index)" } ?? ""
                if let open = paragraph, open.key == key {
                    paragraph!.words.formUnion(words)
                } else {
                    if let open = paragraph { candidates.append((open.first, open.words)) }
                    paragraph = (key, reference, words)
                }
            }
            if let open = paragraph { candidates.append((open.first, open.words)) }
            // Rare words weigh more: inverse document frequency over both sides' sentences.
            var frequency: [String: Int] = [:]
            let all = findingWords + candidates.map(\.words)
            for words in all { for word in words { frequency[word, default: 0] += 1 } }
            let total = Double(all.count)
            let weights = frequency.mapValues { log((total + 1) / (Double($0) + 0.5)) }
            return (zip(findingWords, mainWords).map { ($0, $1) }, candidates, weights)
        }
        var rows: [CoverageTable.Finding] = []
        for (reference, (words, main)) in zip(findings, findingWords) {
            func weight(_ set: Set<String>) -> Double { set.reduce(0.0) { $0 + (weights[$1] ?? 0) * (main.contains($1) ? 1 : 0.5) } }
            let whole = weight(words)
            // The closest passage, then what a second one adds: a finding that asks for two things
            // is often answered in two places.
            var best: (PassageRef?, Set<String>) = (nil, [])
            for candidate in candidates {
                let covered = words.intersection(candidate.words)
                if weight(covered) > weight(best.1) { best = (candidate.best, covered) }
            }
            var covered = best.1
            var extra = Set<String>()
            for candidate in candidates {
                let more = words.intersection(candidate.words).subtracting(covered)
                if weight(more) > weight(extra) { extra = more }
            }
            covered.formUnion(extra)
            let score: Double = whole > 0 ? weight(covered) / whole : 0
            rows.append(CoverageTable.Finding(finding: reference, best: best.0, score: score, verdict: thresholds.verdict(for: score)))
        }
        let order = CoverageTable.Verdict.allCases.reversed()
        rows = order.flatMap { verdict in rows.filter { $0.verdict == verdict } }
        return CoverageTable(sides: [first, other], source: source, findings: rows, thresholds: thresholds)
    }
}

/// A passage's content words as the index stems them, stopwords out, and each acronym and its
/// meaning read as one word: "EHC plans", "EHCP" and "education, health and care plan" alike.
struct ConceptReader {
    let tokenizer: IndexTokenizer
    private let stopwords: Set<String>
    /// Each glossary form as a run of stems, with the entry it stands for; longest first.
    private let forms: [(stems: [String], concept: String)]

    init(tokenizer: IndexTokenizer) {
        self.tokenizer = tokenizer
        stopwords = Stopwords.stems(by: tokenizer)
        var forms: [(stems: [String], concept: String)] = []
        for entry in Glossary.standard.entries {
            for form in [entry.term] + entry.expansions {
                let stems = tokenizer.tokens(in: form, for: .query).map(\.token)
                if !stems.isEmpty { forms.append((stems, "≡" + entry.term)) }
            }
        }
        self.forms = forms.sorted { $0.stems.count > $1.stems.count }
    }

    func words(in text: String) -> Set<String> {
        let stems = tokenizer.tokens(in: text, for: .document).map(\.token)
        var words = Set<String>()
        var position = 0
        outer: while position < stems.count {
            for form in forms where position + form.stems.count <= stems.count
                && Array(stems[position..<(position + form.stems.count)]) == form.stems {
                words.insert(form.concept)
                position += form.stems.count
                continue outer
            }
            let stem = stems[position]
            if !stopwords.contains(stem), stem.contains(where: \.isLetter) { words.insert(stem) }
            position += 1
        }
        return words
    }
}
