/// Spelling distance for "did you mean …?" suggestions.
public enum Nearest {
    /// The candidate closest to `word` by edit distance (adjacent swaps count as one edit), if it is
    /// close enough to be a plausible slip: at most one edit for short words, two for longer ones.
    ///
    ///     Nearest.match(for: "fnd", in: ["find", "docs"])   // "find"
    public static func match(for word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let limit = lowered.count <= 4 ? 1 : 2
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            guard distance <= limit else { continue }
            // On a tie, a candidate that starts with what was typed is the likelier one ("senc" → "SENCO").
            let better = distance < (best?.distance ?? Int.max)
                || (distance == best?.distance && candidate.lowercased().hasPrefix(lowered)
                    && !(best?.candidate.lowercased().hasPrefix(lowered) ?? false))
            if better { best = (candidate, distance) }
        }
        if best == nil, lowered.count >= 2 {
            let prefixed = candidates.filter { $0.lowercased().hasPrefix(lowered) }
            if prefixed.count == 1 { return prefixed[0] }
        }
        return best?.candidate
    }

    /// Optimal string alignment distance between two strings.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
